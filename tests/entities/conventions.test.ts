/**
 * News conventions the tagger alone gets wrong (tracker issue 12): each rule with example sentences
 * written for these tests and counter-examples the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { createDoc, type Entity, type Mention } from '../../src/model/document.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { entities } from '../../src/annotators/entities.js';
import { datelineAt } from '../../src/entities/dateline.js';

const pipeline = createPipeline([structure, tokens, entities]);

function run(text: string): { mentions: Mention[]; entities: Entity[] } {
  const doc = pipeline.run(createDoc('t', text), { explain: true });
  return { mentions: doc.layers.mentions ?? [], entities: doc.layers.entities ?? [] };
}
/** Name mentions as "type:text", in text order. */
const names = (text: string) =>
  run(text)
    .mentions.filter((m) => m.form === 'name')
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.type}:${m.text}`);
const toks = (text: string) => createPipeline([structure, tokens]).run(createDoc('t', text)).layers.tokens ?? [];

describe('wire datelines', () => {
  it.each([
    ['MANCHESTER, England (Reuters) - Erling Haaland scored twice on Saturday.', ['place:MANCHESTER', 'place:England', 'org:Reuters', 'person:Erling Haaland']],
    ['NEW DELHI, Jan 5 (Reuters) - Rahul Mehta, a farmer, sold his crop.', ['place:NEW DELHI', 'org:Reuters', 'person:Rahul Mehta']],
    ['OSLO (AP) — Ingrid Solberg won the vote on Monday.', ['place:OSLO', 'org:AP', 'person:Ingrid Solberg']],
    ['WASHINGTON — Senator Maria Lopez introduced the bill on Tuesday.', ['place:WASHINGTON', 'person:Maria Lopez']],
  ])('%s', (text, expected) => {
    const got = names(text);
    for (const e of expected) expect(got).toContain(e);
    // Nothing of the dateline is glued to the lead's first name.
    expect(got.some((m) => /\)|Reuters .|AP ./.test(m))).toBe(false);
  });

  it.each([
    ['MANCHESTER, England (Reuters) - Erling Haaland scored.', 'Erling'],
    ['NEW DELHI, Jan 5 (Reuters) - Priya Nair sold.', 'Priya'],
    ['GENEVA (AFP) – Talks ended.', 'Talks'],
  ])('cuts "%s" before the lead', (text, lead) => {
    const t = toks(text);
    expect(t[datelineAt(t)!.end]!.text).toBe(lead);
  });

  it.each([
    ['NATO — the alliance — met on Monday.'],
    ['The talks (Reuters) - a report said so.'],
    ['LONDON 1996-08-30'],
    ['IBM (International Business Machines) - the company said.'],
  ])('is no dateline: %s', (text) => expect(datelineAt(toks(text))).toBeNull());
});
