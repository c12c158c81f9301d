import type { NerToken } from '../ner/features.js';
import type { TokenSpan } from '../ner/tags.js';
import { orgKind } from './lexicon.js';

/**
 * Two places where news layout says more than the words: a byline names its authors, and a
 * dateline or credit names the agency in parentheses ("COLUMBUS, Ohio (AP) —").
 */

/** "By Elena Marsh and John Doe": each run of capitalized words after "By"/"From", split at "and" and commas, is a person. */
export function bylineSpans(sentence: readonly NerToken[]): TokenSpan[] | null {
  if (!sentence.length || !/^(by|from)$/i.test(sentence[0]!.text)) return null;
  const out: TokenSpan[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) out.push({ start, end, type: 'PER', source: 'rule:byline' });
    start = -1;
  };
  for (let i = 1; i < sentence.length; i++) {
    const t = sentence[i]!;
    if (/^\p{Lu}/u.test(t.text) && !/^(and|in|for)$/i.test(t.text)) {
      if (start < 0) start = i;
      if (/[,;|/]/.test(t.post)) close(i + 1);
    } else close(i);
  }
  close(sentence.length);
  return out.length ? out : null;
}

/** "(AP)", "(Reuters)": a news agency in parentheses is an organization, whatever the tagger said. */
export function agencyInParentheses(sentence: readonly NerToken[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  sentence.forEach((t, i) => {
    if (!/\($/.test(t.pre.trim()) || !/^\)/.test(t.post.trim()) || orgKind([t.text]) !== 'news agency') return;
    out ??= [...spans];
    out = out.filter((s) => s.end <= i || s.start > i);
    out.push({ start: i, end: i + 1, type: 'ORG', source: 'rule:credit' });
  });
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : (spans as TokenSpan[]);
}
