import type { LexiconEntry } from './lexicon.js';
import { termKeys } from './lexicon.js';
import { wordKey } from './normalize.js';

/**
 * A token trie over normalized words: the lexicon is compiled once per process and every article
 * is matched in one left-to-right pass, taking the longest term at each position ("spy balloon"
 * before "balloon", "Premier League" before "league").
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  entries: { entry: LexiconEntry; cased: string[] | null }[];
}

export interface MatchWord {
  /** The word as written (possessive included). */
  text: string;
  /** A break before the next word: sentence end or punctuation that a term never spans. */
  breakAfter: boolean;
}

export interface TermMatch {
  /** Index of the first and one past the last matched word. */
  from: number;
  to: number;
  entries: LexiconEntry[];
}

export class TermMatcher {
  private readonly root: TrieNode = { next: new Map(), entries: [] };

  constructor(entries: Iterable<LexiconEntry>) {
    for (const entry of entries) this.add(entry);
  }

  private add(entry: LexiconEntry): void {
    const { keys, cased } = termKeys(entry.term);
    if (!keys.length) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    // The same term listed twice for one topic (an extension repeating the base) counts once, at the later weight.
    const same = node.entries.findIndex((e) => e.entry.topic === entry.topic && e.entry.term.toLowerCase() === entry.term.toLowerCase());
    if (same >= 0) node.entries.splice(same, 1);
    node.entries.push({ entry, cased });
  }

  match(words: readonly MatchWord[]): TermMatch[] {
    const keys = words.map((w) => wordKey(w.text));
    const out: TermMatch[] = [];
    for (let i = 0; i < words.length; ) {
      let node: TrieNode | undefined = this.root;
      let best: TermMatch | null = null;
      for (let j = i; j < words.length; j++) {
        node = node.next.get(keys[j]!);
        if (!node) break;
        const ok = node.entries.filter((e) => casedOk(e.cased, words, i));
        if (ok.length) best = { from: i, to: j + 1, entries: ok.map((e) => e.entry) };
        if (words[j]!.breakAfter) break;
      }
      if (best) {
        out.push(best);
        i = best.to;
      } else i++;
    }
    return out;
  }
}

/** A capitalized lexicon word only matches a capitalized word in the text ("Labour" the party, not labour). */
function casedOk(cased: string[] | null, words: readonly MatchWord[], from: number): boolean {
  if (!cased) return true;
  return cased.every((c, k) => {
    const first = c[0]!;
    if (first === first.toLowerCase()) return true;
    const written = words[from + k]!.text[0] ?? '';
    return written !== written.toLowerCase() || written === '';
  });
}
