import { describe, expect, it } from 'vitest';
import { amountValue, quantities } from '../../src/annotators/quantities.js';
import { dates } from '../../src/annotators/dates.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { createDoc, type Quantity } from '../../src/model/document.js';

function run(text: string): Quantity[] {
  const doc = createDoc('t', text);
  // The stages run one after another by hand (no pipeline, so no span check hides a bad span).
  const blocks = structure.run(doc, {}).blocks;
  const cut = { ...doc, layers: { blocks, ...tokens.run({ ...doc, layers: { blocks } }, {}) } };
  const found = quantities.run({ ...cut, layers: { ...cut.layers, ...dates.run(cut, {}) } }, {}).quantities;
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found;
}
const short = (q: Quantity) => [q.text, q.kind, q.value, q.unit ?? q.currency ?? null, ...(q.unit && q.currency ? [q.currency] : [])];

describe('quantities', () => {
  it.each([
    // money
    ['The deal is worth $2.1bn, the company said.', [['$2.1bn', 'money', 2.1e9, 'USD']]],
    ['It will cost €40 million over five years.', [['€40 million', 'money', 4e7, 'EUR'], ['five years', 'measure', 5, 'year']]],
    ['Shares closed at 142.6 kroner on the exchange.', [['142.6 kroner', 'money', 142.6, 'kroner']]],
    ['Tickets cost £3,500 each.', [['£3,500', 'money', 3500, 'GBP']]],
    ['The fund raised US$5m last year.', [['US$5m', 'money', 5e6, 'USD']]],
    ['Fines of 40 million euros were paid.', [['40 million euros', 'money', 4e7, 'EUR']]],
    ['The bank lent 3 billion yuan.', [['3 billion yuan', 'money', 3e9, 'CNY']]],
    ['It paid 500 million USD in damages.', [['500 million USD', 'money', 5e8, 'USD']]],
    ['The club sold him for five million pounds.', [['five million pounds', 'money', 5e6, 'GBP']]],
    ['A loaf costs 95p now.', [['95p', 'money', 95, 'pence', 'GBP']]],
    // percentages
    ['Inflation rose 18% in a year.', [['18%', 'percent', 18, '%']]],
    ['Inflation rose 18 percent.', [['18 percent', 'percent', 18, '%']]],
    ['Growth slowed to 4.5 per cent.', [['4.5 per cent', 'percent', 4.5, '%']]],
    ['Rates rose by 0.25 percentage points.', [['0.25 percentage points', 'percent', 0.25, 'percentage points']]],
    ['Turnout fell five percent.', [['five percent', 'percent', 5, '%']]],
    // measures
    ['The tunnel is 3.2 km long.', [['3.2 km', 'measure', 3.2, 'km']]],
    ['The tunnel is 3.2km long.', [['3.2km', 'measure', 3.2, 'km']]],
    ['Police seized 12 tonnes of cocaine.', [['12 tonnes', 'measure', 12, 't']]],
    ['Temperatures hit 30C in the city.', [['30C', 'measure', 30, '°C']]],
    ['He ran the 100m in Rome.', [['100m', 'measure', 100, 'm']]],
    ['The plant makes 600 MW of power.', [['600 MW', 'measure', 600, 'MW']]],
    ['A 10-mile stretch of road was shut.', [['10-mile', 'measure', 10, 'mi']]],
    ['Output fell to 2 million barrels a day.', [['2 million barrels', 'measure', 2e6, 'bbl']]],
    ['The strike lasted three days.', [['three days', 'measure', 3, 'day']]],
    // counts
    ['About 6,000 workers walked out.', [['6,000 workers', 'count', 6000, 'workers']]],
    ['About 6,000 dock workers walked out.', [['6,000 dock workers', 'count', 6000, 'workers']]],
    ['The virus infected two million people.', [['two million people', 'count', 2e6, 'people']]],
    ['Some 5m people live there.', [['5m people', 'count', 5e6, 'people']]],
    ['Twenty-five students were hurt.', [['Twenty-five students', 'count', 25, 'students']]],
  ])('%s', (text, expected) => {
    expect(run(text).map(short)).toEqual(expected);
  });

  it.each([
    ['The law was passed in 2021.'], // a year
    ['The 2024 elections were close.'], // a year before a noun
    ['The vote is on March 3.'], // a date
    ['They met on 3 March 2024.'],
    ['Chelsea won 2-1 at home.'], // a score
    ['Call 555-0123 or (202) 555-0100 for details.'], // phone numbers
    ['She finished 3rd in the race.'], // an ordinal
    ['He was the second person to speak.'],
    ['The meeting starts at 10:30 tomorrow.'], // a time
    ['Boeing 737 jets were grounded.'], // a model number
    ['COVID-19 cases rose again.'],
    ['G7 leaders met in Japan.'],
    ['A 45-year-old man was arrested.'], // an age
    ['He lives at No. 10 and has 3 of them.'],
    ['Only one person came.'], // "one" is left out
    ['The alarm rang 3 times.'],
    ['The team scored 6,000 .'],
    ['Thousands of people marched.'], // no number
    ['Windows 3.1 ran on 4 of the machines.'],
  ])('not a quantity: %s', (text) => {
    expect(run(text).map(short)).toEqual([]);
  });

  it('"50 pounds" alone is a weight, not money', () => {
    expect(run('The bag weighed 50 pounds.').map(short)).toEqual([['50 pounds', 'measure', 50, 'lb']]);
  });

  it('several in one sentence, in text order', () => {
    expect(run('Sales rose 18% to $2.1bn as 6,000 workers shipped 12 tonnes.').map((q) => q.text)).toEqual(['18%', '$2.1bn', '6,000 workers', '12 tonnes']);
  });

  it.each([
    ['6,000', 6000],
    ['2.1bn', 2.1e9],
    ['2.1 billion', 2.1e9],
    ['twenty-five', 25],
    ['two million', 2e6],
    ['1.15 million', 1.15e6],
    ['0.1', 0.1],
  ])('amountValue(%j) = %d', (amount, value) => expect(amountValue(amount)).toBe(value));
});
