import { describe, expect, it } from 'vitest';
import { dates, isoWeek, parseDay } from '../../src/annotators/dates.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { createDoc, type ArticleMeta, type DateMention } from '../../src/model/document.js';

function run(text: string, options: { meta?: ArticleMeta; referenceDate?: string } = {}): DateMention[] {
  const doc = createDoc('t', text, options.meta);
  // The stages run one after another by hand (no pipeline, so no span check hides a bad span).
  const blocks = structure.run(doc, {}).blocks;
  const cut = { ...doc, layers: { blocks, ...tokens.run({ ...doc, layers: { blocks } }, {}) } };
  const found = dates.run(cut, { referenceDate: options.referenceDate }).dates;
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

describe('dates', () => {
  it.each([
    ['He arrived on June 18.', [['June 18', undefined]]],
    ['The vote is on March 3, 2024, officials said.', [['March 3, 2024', '2024-03-03']]],
    ['LONDON 1996-08-30', [['1996-08-30', '1996-08-30']]],
    ['Talks resume next week and end in November 2023.', [['next week', undefined], ['November 2023', '2023-11']]],
    ['She said on Friday that last year was hard.', [['Friday', undefined], ['last year', undefined]]],
    ['It may rain. In May, prices rose.', [['May', undefined]]],
    ['Talks began in 2019 and continue in recent weeks.', [['2019', '2019'], ['recent weeks', undefined]]],
  ])('without a reference date: %s', (text, expected) => {
    expect(run(text).map((d) => [d.text, d.value])).toEqual(expected);
  });
});

// 2024-03-08 is a Friday (ISO week 2024-W10).
const published = { published: '2024-03-08T14:05:00-06:00' };

describe('relative dates resolved against the published date', () => {
  it.each([
    // A weekday in past-tense reporting is the last such day (the day itself counts).
    ['The council voted on Wednesday.', 'Wednesday', '2024-03-06'],
    ['Wednesday’s meeting ended late.', 'Wednesday', '2024-03-06'],
    ['Officials met on Friday.', 'Friday', '2024-03-08'],
    ['The mayor spoke Tuesday evening.', 'Tuesday evening', '2024-03-05'],
    // The future: a modal, a plan word or a present-tense verb before the date, else after it.
    ['The council will vote on Wednesday.', 'Wednesday', '2024-03-13'],
    ['The strike begins Monday.', 'Monday', '2024-03-11'],
    ['He is expected to arrive Tuesday.', 'Tuesday', '2024-03-12'],
    ['On Sunday, the union will decide.', 'Sunday', '2024-03-10'],
    ['Talks collapsed Tuesday.', 'Tuesday', '2024-03-05'],
    ['Officials are meeting Monday.', 'Monday', '2024-03-11'],
    ['He said on Monday it would close the plant on Saturday.', 'Monday', '2024-03-04'],
    ['He said on Monday it would close the plant on Saturday.', 'Saturday', '2024-03-09'],
    ['Prices rose last Friday.', 'last Friday', '2024-03-01'],
    ['They meet again next Friday.', 'next Friday', '2024-03-15'],
    ['It rained yesterday.', 'yesterday', '2024-03-07'],
    ['It rains today.', 'today', '2024-03-08'],
    ['It may rain tomorrow.', 'tomorrow', '2024-03-09'],
    ['Sales fell last week.', 'last week', '2024-W09'],
    ['Sales are up this week.', 'this week', '2024-W10'],
    ['Prices rise next month.', 'next month', '2024-04'],
    ['Profits fell last year.', 'last year', '2023'],
    ['The shop opened on December 20.', 'December 20', '2023-12-20'],
    ['The vote is on April 2.', 'April 2', '2024-04-02'],
    ['Elections are due in May.', 'May', '2024-05'],
  ])('%s', (text, date, value) => {
    const found = run(text, { meta: published }).find((d) => d.text === date);
    expect(found).toMatchObject({ value, anchor: 'published', anchorDate: '2024-03-08' });
  });

  it.each([
    ['Prices rose in recent weeks.', 'recent weeks'],
    ['Talks go on in the coming months.', 'coming months'],
    ['They met last weekend.', 'last weekend'],
  ])('a vague span has no single value: %s', (text, date) => {
    const found = run(text, { meta: published }).find((d) => d.text === date);
    expect(found).toBeDefined();
    expect(found!.value).toBeUndefined();
    expect(found!.anchor).toBeUndefined();
  });

  it('"may" the verb is no date, even with a reference date', () => {
    expect(run('Prices may fall, he said.', { meta: published })).toEqual([]);
  });

  it('a date that names its year keeps its own value and no anchor', () => {
    expect(run('The vote was on March 3, 2021.', { meta: published })).toEqual([{ start: 16, end: 29, text: 'March 3, 2021', value: '2021-03-03' }]);
  });
});

describe('where the reference date comes from', () => {
  const conll = 'SOCCER - BLUES WIN AGAIN.\nLONDON 1996-08-30\nChelsea beat Arsenal 2-1 on Thursday.\nThe win lifts them to third.';
  it('a dated dateline, when there is no published date', () => {
    expect(run(conll).find((d) => d.text === 'Thursday')).toMatchObject({ value: '1996-08-29', anchor: 'dateline', anchorDate: '1996-08-30' });
  });
  it('the published date wins over the dateline, the dateline over the date given', () => {
    expect(run(conll, { meta: published, referenceDate: '2000-01-01' }).find((d) => d.text === 'Thursday')).toMatchObject({ value: '2024-03-07', anchor: 'published' });
    expect(run(conll, { referenceDate: '2000-01-01' }).find((d) => d.text === 'Thursday')).toMatchObject({ anchor: 'dateline' });
  });
  it('the date given (--date) for plain text without either', () => {
    expect(run('Markets fell\n\nStocks fell on Monday, traders said.', { referenceDate: '2024-03-08' }).find((d) => d.text === 'Monday')).toMatchObject({
      value: '2024-03-04',
      anchor: 'given',
      anchorDate: '2024-03-08',
    });
  });
  it('a dateline without a year takes the year nearest the date given', () => {
    const text = 'Oil slips\n\nLONDON, Dec 1 (Reuters) - Oil prices fell on Tuesday as stocks rose.';
    const found = run(text, { referenceDate: '2024-01-03' });
    expect(found.find((d) => d.text === 'Dec 1')).toMatchObject({ value: '2023-12-01', anchor: 'dateline', anchorDate: '2023-12-01' });
    expect(found.find((d) => d.text === 'Tuesday')).toMatchObject({ value: '2023-11-28', anchor: 'dateline' });
  });
  it('an unparseable published date is no reference', () => {
    expect(run('Stocks fell on Monday.', { meta: { published: 'recently' } })[0]!.value).toBeUndefined();
  });
});

describe('date helpers', () => {
  it.each([
    ['2024-03-08', '2024-03-08'],
    ['2024-03-08T23:30:00-05:00', '2024-03-08'],
    ['March 8, 2024', '2024-03-08'],
    ['Friday, 8 March 2024', '2024-03-08'],
    ['2024-02-30', undefined],
    ['soon', undefined],
  ])('parseDay(%j)', (input, expected) => expect(parseDay(input)?.toISOString().slice(0, 10)).toBe(expected));
  it.each([
    ['2024-01-01', '2024-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('isoWeek(%s) = %s', (day, week) => expect(isoWeek(parseDay(day)!)).toBe(week));
});
