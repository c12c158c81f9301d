import { bareWord, isAllCaps, type NerToken } from './features.js';
import type { TokenSpan } from './tags.js';

/**
 * Second-pass (document) features: what the first pass predicted for the same word elsewhere in
 * the article. A name is usually one thing throughout an article, and its clearest occurrence
 * ("shares of Yukos", "Menatep Group") should decide the others (a headline in capitals, a bare
 * "Menatep" at the start of a sentence). Each token gets, from the word's *other* capitalized
 * occurrences: the types predicted there (`p=ORG`, or `p=O` where one was left untagged), the
 * type where the occurrence was mid-sentence in a normal line (`pm=`, case being evidence there),
 * the word's role in that name (`pfirst=ORG`: it opens a longer organization name, `plast=PER`: it
 * ends a person's name, `psingle=`, `pmid=`) and the majority type (`pmaj=`).
 *
 * These weights are learned on top of the first pass's scores (train.ts), from first-pass
 * predictions on training documents that the first-pass model was not trained on, so they learn
 * how far the first pass can be trusted on unseen text.
 */
export function predictionFeatures(sentences: readonly (readonly NerToken[])[], spans: readonly (readonly TokenSpan[])[]): string[][][] {
  interface Occurrence {
    s: number;
    i: number;
    type: string;
    role: string;
    reliable: boolean;
  }
  const lowers = sentences.map((s) => s.map((t) => bareWord(t.text).toLowerCase()));
  const occurrences = new Map<string, Occurrence[]>();
  sentences.forEach((s, k) => {
    const caps = isAllCaps(s);
    const typeAt: (Omit<Occurrence, 's' | 'i' | 'reliable'> | undefined)[] = new Array(s.length);
    for (const sp of spans[k]!) {
      for (let i = sp.start; i < sp.end; i++) {
        const role = sp.end - sp.start === 1 ? 'single' : i === sp.start ? 'first' : i === sp.end - 1 ? 'last' : 'mid';
        typeAt[i] = { type: sp.type, role };
      }
    }
    s.forEach((t, i) => {
      const first = t.text.charCodeAt(0);
      // Capitalized (or in a capitals line): the occurrences that could be names.
      if (!(caps ? /\p{L}/u.test(t.text) : /^\p{Lu}/u.test(t.text)) || first === undefined) return;
      const at = typeAt[i] ?? { type: 'O', role: 'none' };
      const w = lowers[k]![i]!;
      let list = occurrences.get(w);
      if (!list) occurrences.set(w, (list = []));
      list.push({ s: k, i, type: at.type, role: at.role, reliable: !caps && i > 0 });
    });
  });
  return sentences.map((s, k) =>
    s.map((_, i) => {
      const list = occurrences.get(lowers[k]![i]!);
      if (!list || list.length < 2) return [];
      const out = new Set<string>();
      const counts = new Map<string, number>();
      for (const o of list) {
        if (o.s === k && o.i === i) continue;
        out.add(`P:p=${o.type}`);
        if (o.type !== 'O') out.add(`P:p${o.role}=${o.type}`);
        if (o.reliable) out.add(`P:pm=${o.type}`);
        counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
      }
      let major = '';
      let most = 0;
      for (const [type, n] of counts) if (n > most) [major, most] = [type, n];
      if (major) out.add(`P:pmaj=${major}`);
      return [...out];
    }),
  );
}
