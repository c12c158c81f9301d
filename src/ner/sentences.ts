import type { Token } from '../model/document.js';

/** An article's tokens grouped by sentence: what the tagger reads, one group per sentence. */
export function groupBySentence(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let at = -1;
  for (const t of tokens) {
    if (t.sentence !== at && current.length) {
      out.push(current);
      current = [];
    }
    at = t.sentence;
    current.push(t);
  }
  if (current.length) out.push(current);
  return out;
}
