import type { NerToken } from '../ner/features.js';
import type { TokenSpan } from '../ner/tags.js';
import { orgKind, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

/**
 * Two places where news layout says more than the words: a byline names its authors, and a
 * dateline or credit names the agency in parentheses ("COLUMBUS, Ohio (AP) —").
 */

/** Words of a byline's job line ("Legal Affairs Correspondent", "Senior Reporter", "Staff Writer"): no person. */
const BYLINE_ROLE = new Set(['correspondent', 'reporter', 'writer', 'editor', 'staff', 'columnist', 'contributor', 'desk', 'bureau', 'chief', 'critic', 'producer']);
const isRoleWord = (w: string): boolean => {
  const n = w.toLowerCase().replace(/[.,]$/, '');
  const one = n.replace(/s$/, '');
  return [n, one].some((x) => BYLINE_ROLE.has(x) || TITLE_HEADS.has(x) || TITLE_MODIFIERS.has(x));
};

/**
 * "By Elena Marsh and John Doe": each run of capitalized words after "By"/"From", split at "and" and
 * commas, is a person — unless it is the author's job ("By Sarah Collins, Legal Affairs
 * Correspondent": every word a title word) or names an outlet ("…, BBC News": an organization).
 */
export function bylineSpans(sentence: readonly NerToken[]): TokenSpan[] | null {
  if (!sentence.length || !/^(by|from)$/i.test(sentence[0]!.text)) return null;
  const out: TokenSpan[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) {
      const words = sentence.slice(start, end).map((t) => t.text);
      if (orgKind(words) && words.length > 1) out.push({ start, end, type: 'ORG', source: 'rule:byline' });
      else if (!words.every(isRoleWord)) out.push({ start, end, type: 'PER', source: 'rule:byline' });
    }
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

/** The first word of a wire sign-off's role: "(Reporting by …", "Writing by", "Additional reporting by", "Editing by". */
const SIGNOFF_ROLE = /^(reporting|writing|editing|compiled|compilation|research|researching|graphics|produced|production|translated|translation|additional|edited|written|reported|fact-checking|sub-editing)$/i;

/**
 * A wire sign-off — "(Reporting by Jane Doe in London and John Roe; Additional reporting by Ana
 * Silva; Writing by Tom Brown; Editing by Mark Potter and Sue Li)" — names people: each run of
 * capitalized words after "by", split at "and", commas and semicolons; "in London" after a name is
 * a place. Returns the sign-off's token range and its names, or null. A sentence that merely says
 * "reporting by the BBC" is no sign-off: the role must open the sentence, a parenthesis or follow a
 * semicolon, and the sign-off must end at the sentence end or a closing parenthesis.
 */
export function signoffSpans(sentence: readonly NerToken[]): { start: number; end: number; spans: TokenSpan[] } | null {
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    if (!(i === 0 || sentence[i]!.pre.includes('(')) || !SIGNOFF_ROLE.test(sentence[i]!.text)) continue;
    const spans: TokenSpan[] = [];
    let k = i;
    let end = -1;
    while (k < n) {
      // The role: "Reporting", "Additional reporting", "Editing", then "by".
      let by = k;
      while (by < n && by - k < 3 && sentence[by]!.text.toLowerCase() !== 'by') by++;
      if (by >= n || sentence[by]!.text.toLowerCase() !== 'by' || !SIGNOFF_ROLE.test(sentence[k]!.text)) break;
      let j = by + 1;
      let start = -1;
      let place = false;
      let done = false;
      const close = (to: number) => {
        if (start >= 0 && to > start) spans.push({ start, end: to, type: place ? 'LOC' : 'PER', source: 'rule:signoff' });
        start = -1;
        place = false;
      };
      for (; j < n; j++) {
        const t = sentence[j]!;
        const w = t.text.toLowerCase();
        if (w === 'and' || w === 'in' || w === 'from') {
          close(j);
          place = w !== 'and';
          continue;
        }
        if (!/^\p{Lu}/u.test(t.text)) {
          close(j);
          done = true;
          break;
        }
        if (start < 0) start = j;
        if (/[,;)]/.test(t.post)) {
          close(j + 1);
          if (/\)/.test(t.post)) {
            end = j + 1;
            done = true;
            break;
          }
          if (/;/.test(t.post)) break;
        }
      }
      if (j >= n) {
        close(n);
        end = n;
        break;
      }
      if (done) break;
      k = j + 1;
    }
    if (end < 0 || !spans.some((s) => s.type === 'PER')) continue;
    return { start: i, end, spans };
  }
  return null;
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
