import { describe, expect, it } from 'vitest';
import { dates } from '../../src/annotators/dates.js';
import { structure } from '../../src/annotators/structure.js';
import { createDoc, type DateMention } from '../../src/model/document.js';

function run(text: string): DateMention[] {
  const doc = createDoc('t', text);
  const ctx = { config: {}, explain: false };
  doc.layers.blocks = structure.run(doc, ctx).blocks;
  return dates.run(doc, ctx).dates as DateMention[];
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
  ])('%s', (text, expected) => {
    const found = run(text);
    expect(found.map((d) => [d.text, d.value])).toEqual(expected);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
