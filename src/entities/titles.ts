import type { Entity, Mention, Token } from '../model/document.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

const norm = (w: string): string => w.toLowerCase().replace(/[.’']+$/, '');

/**
 * Title-only mentions ("the secretary", "the top US diplomat" is not one: no person's title says
 * "diplomat"): "the" + up to three title modifiers + a job-title word, outside any name, refers to
 * the one person whose title has that word — linked only when exactly one person's does. The
 * title may be capitalized ("The President later acted"); one that begins a name lies inside the
 * name and is skipped ("The President Donald Trump").
 */
export function titleMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[], entities: readonly Entity[]): Mention[] {
  const byHead = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'person' || !e.title) continue;
    for (const w of e.title.split(/\s+/).map(norm)) if (TITLE_HEADS.has(w)) byHead.set(w, [...(byHead.get(w) ?? []), e]);
  }
  if (!byHead.size) return [];
  // Tokens inside a name; mentions and tokens are both in text order, so one merge pass finds them.
  const inName = new Set<number>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let k0 = 0;
  for (const m of sorted) {
    while (k0 < tokens.length && tokens[k0]!.end <= m.start) k0++;
    for (let k = k0; k < tokens.length && tokens[k]!.start < m.end; k++) if (tokens[k]!.start >= m.start && tokens[k]!.end <= m.end) inName.add(k);
  }
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (norm(tokens[k]!.text) !== 'the' || inName.has(k + 1)) continue;
    let j = k + 1;
    while (j < tokens.length && j - k <= 3 && tokens[j]!.sentence === tokens[k]!.sentence && TITLE_MODIFIERS.has(norm(tokens[j]!.text)) && !TITLE_HEADS.has(norm(tokens[j]!.text))) j++;
    const head = tokens[j];
    // "the top Chinese diplomat Wang Yi": a title right before a name belongs to that name.
    if (!head || head.sentence !== tokens[k]!.sentence || inName.has(j) || inName.has(j + 1)) continue;
    const word = norm(head.text);
    const next = tokens[j + 1];
    // "the secretary of defense" names another office; "the president's" is fine.
    if (next && next.sentence === head.sentence && norm(next.text) === 'of' && !/[,.;:]/.test(head.post)) continue;
    const candidates = byHead.get(word);
    if (candidates?.length !== 1) continue;
    const start = tokens[k]!.start;
    const end = head.end - (/['’]s$/.test(head.text) ? 2 : 0);
    out.push({ id: '', start, end, text: text.slice(start, end), type: 'person', form: 'title', entityId: candidates[0]!.id, source: 'link:title' });
    k = j;
  }
  return out;
}
