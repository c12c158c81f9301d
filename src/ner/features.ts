import { gazetteerMarks } from '../data/gazetteer.js';
import { TAGS } from './tags.js';
import { TITLE_HEADS, ORG_SUFFIXES } from '../data/words.js';
import type { FeatureOptions } from './feature-options.js';
import { wordClusters, type WordClusters } from './clusters.js';

/**
 * Tagger features. The same code runs at training time (over CoNLL text tokenized by the `tokens`
 * stage) and at run time, so the model sees exactly the features it was trained on.
 *
 * Static features (everything but the previous tags) are computed once per sentence; the tag
 * features are added during decoding.
 */

/** A word as the tagger sees it: what the `tokens` layer holds. */
export interface NerToken {
  text: string;
  tags: readonly string[];
  pre: string;
  post: string;
}

/** Evidence from the whole article about a word (lower-cased): how it is written where case tells. */
export interface DocEvidence {
  /** Capitalized somewhere that is not sentence-initial and not in an all-caps line. */
  capitalized: Set<string>;
  /** Written in lower case somewhere. */
  lower: Set<string>;
}

export type { FeatureOptions } from './feature-options.js';

/** compromise tags worth a feature; the rest (Singular, PresentTense…) add noise and cost. */
const USEFUL_TAGS = new Set([
  'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City',
  'Region', 'Organization', 'Acronym', 'Abbreviation', 'Noun', 'Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner',
  'Conjunction', 'Pronoun', 'Value', 'Date', 'Month', 'WeekDay', 'Demonym', 'Possessive', 'Plural', 'Hyphenated',
  'Actor', 'Copula', 'Currency', 'Url', 'SportsTeam', 'Company', 'School', 'Uncountable',
]);

const POSSESSIVE = /['’]s$|s['’]$/;
/** The word without a trailing possessive ("Blinken’s" → "Blinken"). */
export const bareWord = (w: string): string => (w.length > 2 && POSSESSIVE.test(w) ? w.slice(0, w.endsWith('s') ? -2 : -1) : w);

export function shape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by code ranges (the common case, and far cheaper than a Unicode regex per character).
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : ch
        : /\p{Lu}/u.test(ch)
          ? 'X'
          : /\p{Ll}/u.test(ch)
            ? 'x'
            : /\d/.test(ch)
              ? 'd'
              : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
const hasLower = (w: string): boolean => /\p{Ll}/u.test(w);
const hasLetter = (w: string): boolean => /\p{L}/u.test(w);

/** A headline or CoNLL's upper-case lines: case says nothing there. */
export function isAllCaps(sentence: readonly NerToken[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const t of sentence) {
    if (!hasLetter(t.text)) continue;
    letters++;
    if (!hasLower(t.text)) upper++;
  }
  return letters >= 2 && upper / letters >= 0.8;
}

/** Does the previous token end a sentence-like unit (quote opening, colon, dash)? Then case is not evidence. */
const opensClause = (prev: NerToken | undefined): boolean => !prev || /[:"“(—–-]\s*$/.test(prev.post);

export function documentEvidence(sentences: readonly (readonly NerToken[])[]): DocEvidence {
  const capitalized = new Set<string>();
  const lower = new Set<string>();
  for (const s of sentences) {
    if (isAllCaps(s)) continue;
    s.forEach((t, i) => {
      const w = bareWord(t.text);
      if (!hasLetter(w)) return;
      const key = w.toLowerCase();
      if (!hasLower(w[0]!) && isCapitalized(w)) {
        if (i > 0 && !opensClause(s[i - 1])) capitalized.add(key);
      } else if (/^\p{Ll}/u.test(w)) lower.add(key);
    });
  }
  return { capitalized, lower };
}

/**
 * Features of the word alone (its spelling, compromise's tags, the punctuation around it, whether
 * the line is in capitals). They repeat for every occurrence of a word, so the tagger caches their
 * scores by `wordKey`.
 */
export function wordFeatures(t: NerToken, caps: boolean, options: FeatureOptions = {}): string[] {
  const w = bareWord(t.text);
  const lw = w.toLowerCase();
  const sh = (caps ? 'C:' : '') + shape(w);
  const f: string[] = ['b', `w=${w}`, `lw=${lw}`, `sh=${sh}`, `p1=${lw.slice(0, 1)}`, `p2=${lw.slice(0, 2)}`, `p3=${lw.slice(0, 3)}`,
    `s1=${lw.slice(-1)}`, `s2=${lw.slice(-2)}`, `s3=${lw.slice(-3)}`, `s4=${lw.slice(-4)}`, `len=${Math.min(w.length, 8)}`];
  if (caps) f.push('caps-line');
  // Job titles come before person names ("Adviser Jake Sullivan"); organization words end organization names.
  if (TITLE_HEADS.has(lw)) f.push('title');
  if (ORG_SUFFIXES.has(lw)) f.push('orgword');
  const pre = t.pre.trim();
  const post = t.post.trim();
  if (pre) f.push(`pre=${pre.slice(-1)}`);
  if (post) f.push(`post=${post.slice(0, 1)}`);
  if (w !== t.text) f.push('possessive');
  for (const tag of t.tags) if (USEFUL_TAGS.has(tag)) f.push(`t=${tag}`);
  if (options.clusters?.length && hasLetter(w)) {
    const table = wordClusters();
    const c = table && !(!caps && isShortAcronym(w)) ? table.clusterOf(lw) : -1;
    if (c < 0) f.push('c=none');
    else for (const level of options.clusters) f.push(`c${level}=${level === 0 ? c : table!.levels[level - 1]![c]}`);
  }
  return f;
}

/** Everything `wordFeatures` depends on except compromise's tags (compared separately). */
export const wordKey = (t: NerToken, caps: boolean): string => `${caps ? 1 : 0}${edgeChar(t.pre, true)}\u0001${edgeChar(t.post, false)}\u0001${t.text}`;

/** The last (or first) character of `s` that `trim()` would keep; '' when none. Allocation-free. */
function edgeChar(s: string, last: boolean): string {
  for (let k = 0; k < s.length; k++) {
    const i = last ? s.length - 1 - k : k;
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return s[i]!;
  }
  return '';
}

/**
 * Receives one feature of token `i`, as up to five parts to be concatenated. The tagger hashes the
 * parts directly (no string is built); training and tests collect the strings (`contextFeatures`).
 */
export type Emit = (i: number, a: string, b?: string, c?: string, d?: string, e?: string) => void;

/**
 * The vectors are uncased, so a short all-caps word shares its cluster with the common lower-case
 * word it spells ("US" with "us", "IT" with "it", "WHO" with "who"): outside lines in capitals it
 * gets no cluster.
 */
const isShortAcronym = (w: string): boolean => w.length <= 3 && /^\p{Lu}+$/u.test(w);

const middleCache = new Map<string, string>();
/** A word's middle-level cluster as a feature value ('p' for no letter, 'none' outside the table); cached by word. */
function middleCluster(table: WordClusters, w: string): string {
  let v = middleCache.get(w);
  if (v === undefined) {
    const c = hasLetter(w) ? table.clusterOf(w) : -2;
    v = c === -2 ? 'p' : c < 0 ? 'none' : String(table.levels[0]![c]);
    if (middleCache.size >= 200_000) middleCache.clear();
    middleCache.set(w, v);
  }
  return v;
}

/**
 * Runs of capitalized words in a sentence not in capitals: [start, end) of the run each token is
 * in, or null. A name's context is the words around the whole name, not around each of its words.
 */
export function capitalRuns(words: readonly string[]): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = words.map(() => null);
  for (let i = 0; i < words.length; ) {
    if (!isCapitalized(words[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && isCapitalized(words[j]!)) j++;
    for (let k = i; k < j; k++) out[k] = [i, j];
    i = j;
  }
  return out;
}

const runFeatures = (lowers: readonly string[], a: number, b: number): string[] => {
  const word = (i: number) => (i < 0 ? '<s>' : i >= lowers.length ? '</s>' : lowers[i]!);
  return [`rl=${word(a - 1)}`, `rl2=${word(a - 2)}|${word(a - 1)}`, `rr=${word(b)}`, `rr2=${word(b)}|${word(b + 1)}`];
};

const MAX_DOC_CONTEXT = 16;

/**
 * Per sentence, per capitalized token (or any in a line of capitals): the run-context features
 * (`rl=`, `rr=`…) of the same word's other capitalized occurrences in the article, deduplicated,
 * at most 16 — what the rest of the article says about a
 * name ("shares of Yukos", "Yukos said") reaches every occurrence, including headlines in capitals
 * and sentence-initial ones.
 */
export function docContexts(sentences: readonly (readonly NerToken[])[], wordsOnly = false): string[][][] {
  // Per word: every context feature of its occurrences with how many occurrences have it, in order of first appearance.
  const counts = new Map<string, Map<string, number>>();
  const own: (string[] | undefined)[][] = sentences.map((s) => new Array(s.length));
  const lowersOf = sentences.map((s) => s.map((t) => bareWord(t.text).toLowerCase()));
  // Only a word written capitalized at least twice, or also in a line of capitals, can give another occurrence a context.
  const seen = new Map<string, number>();
  sentences.forEach((s, k) => {
    const caps = isAllCaps(s);
    s.forEach((t, i) => {
      if (caps || isCapitalized(t.text)) seen.set(lowersOf[k]![i]!, (seen.get(lowersOf[k]![i]!) ?? 0) + 1);
    });
  });
  sentences.forEach((s, k) => {
    if (isAllCaps(s)) return;
    const words = s.map((t) => bareWord(t.text));
    const runs = capitalRuns(words);
    runs.forEach((run, i) => {
      if (!run || (seen.get(lowersOf[k]![i]!) ?? 0) < 2 || !hasLetter(words[i]!)) return;
      const all = runFeatures(lowersOf[k]!, run[0], run[1]);
      const feats = wordsOnly ? [all[0]!, all[2]!] : all;
      own[k]![i] = feats;
      const key = lowersOf[k]![i]!;
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Map()));
      for (const f of new Set(feats)) c.set(f, (c.get(f) ?? 0) + 1);
    });
  });
  const none: string[] = [];
  return sentences.map((s, k) => {
    const caps = isAllCaps(s);
    return s.map((t, i) => {
      // Lower-case words ("the" after "The") are not names: no document context.
      if (!caps && !isCapitalized(t.text)) return none;
      const c = counts.get(lowersOf[k]![i]!);
      if (!c) return none;
      const mine = own[k]![i];
      const out: string[] = [];
      for (const [f, n] of c) {
        // A context only this occurrence has is its own, not the article's.
        if (n - (mine?.includes(f) ? 1 : 0) <= 0) continue;
        out.push(f);
        if (out.length >= MAX_DOC_CONTEXT) break;
      }
      return out;
    });
  });
}

/** Features of each token in its sentence and article: neighbours, gazetteer phrases, position, document evidence. Returns whether the line is all caps. */
export function emitContextFeatures(sentence: readonly NerToken[], doc: DocEvidence, emit: Emit, options: FeatureOptions = {}, docContext?: readonly string[][]): boolean {
  const n = sentence.length;
  const words = sentence.map((t) => bareWord(t.text));
  const lowers = words.map((w) => w.toLowerCase());
  const caps = isAllCaps(sentence);
  const shapes = words.map((w) => (caps ? 'C:' : '') + shape(w));
  const gaz = gazetteerMarks(caps ? words.map((w) => w.toUpperCase()) : words);
  const tags = options.lean ? [] : sentence.map((t) => t.tags.filter((x) => USEFUL_TAGS.has(x)));
  const word = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : lowers[i]!);
  const runs = options.runContext && !caps ? capitalRuns(words) : null;
  const table = options.clusterContext ? wordClusters() : null;
  const mid = table ? words.map((w, i) => (!caps && isShortAcronym(w) ? 'none' : middleCluster(table, lowers[i]!))) : null;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lowers[i]!;
    const t = sentence[i]!;
    const shPrev = i > 0 ? shapes[i - 1]! : '<s>';
    const shNext = i < n - 1 ? shapes[i + 1]! : '</s>';
    emit(i, 'w-1=', word(i - 1));
    emit(i, 'w+1=', word(i + 1));
    emit(i, 'w-2=', word(i - 2));
    emit(i, 'w+2=', word(i + 2));
    emit(i, 'w-1w=', word(i - 1), '|', lw);
    emit(i, 'ww+1=', lw, '|', word(i + 1));
    emit(i, 'sh-1=', shPrev);
    emit(i, 'sh+1=', shNext);
    emit(i, 'sh-1sh=', shPrev, `|${shapes[i]}|`, shNext);
    if (i === 0) emit(i, 'first');
    else if (opensClause(sentence[i - 1])) emit(i, 'clause-start');
    if (n <= 3) emit(i, 'short-line|', shapes[i]!);
    if (i > 0 && TITLE_HEADS.has(lowers[i - 1]!)) emit(i, 'title-1|', shapes[i]!);
    if (i > 1 && TITLE_HEADS.has(lowers[i - 2]!)) emit(i, 'title-2');
    if (i < n - 1 && ORG_SUFFIXES.has(lowers[i + 1]!)) emit(i, 'orgword+1');
    if (i < n - 2 && ORG_SUFFIXES.has(lowers[i + 2]!)) emit(i, 'orgword+2');
    // compromise splits "Asia-Pacific"; the whole hyphenated word is evidence too.
    if (t.post === '-' && i < n - 1) emit(i, 'hw=', lw, '-', lowers[i + 1]!);
    if (i > 0 && sentence[i - 1]!.post === '-') emit(i, 'hw=', lowers[i - 1]!, '-', lw);
    if (!options.lean) {
      if (i > 0) for (const tag of tags[i - 1]!) emit(i, 't-1=', tag);
      if (i < n - 1) for (const tag of tags[i + 1]!) emit(i, 't+1=', tag);
    }
    for (const g of gaz[i]!) {
      emit(i, 'g=', g);
      emit(i, 'g=', g, '|', shapes[i]!);
    }
    if (i > 0) for (const g of gaz[i - 1]!) emit(i, 'g-1=', g);
    if (i < n - 1) for (const g of gaz[i + 1]!) emit(i, 'g+1=', g);
    if (hasLetter(w)) {
      const cap = doc.capitalized.has(lw);
      const low = doc.lower.has(lw);
      const ev = cap ? (low ? 'both' : 'cap') : low ? 'lower' : 'none';
      emit(i, 'doc=', ev);
      emit(i, 'doc=', ev, caps ? '|C' : i === 0 ? '|F' : '|M');
    }
    if (mid) {
      emit(i, 'c-1=', i > 0 ? mid[i - 1]! : '<s>');
      emit(i, 'c+1=', i < n - 1 ? mid[i + 1]! : '</s>');
    }
    const run = runs?.[i];
    if (run) {
      const [a, b] = run;
      emit(i, 'rl=', word(a - 1));
      emit(i, 'rl2=', word(a - 2), '|', word(a - 1));
      emit(i, 'rr=', word(b));
      emit(i, 'rr2=', word(b), '|', word(b + 1));
      emit(i, 'rpos=', i === a ? 'B' : 'I', String(Math.min(b - a, 4)));
    }
    if (docContext) for (const f of docContext[i]!) emit(i, 'd', f);
  }
  return caps;
}

/** The context features as strings (training, tests). */
export function contextFeatures(sentence: readonly NerToken[], doc: DocEvidence, options: FeatureOptions = {}, docContext?: readonly string[][]): { caps: boolean; features: string[][] } {
  const features: string[][] = sentence.map(() => []);
  const caps = emitContextFeatures(sentence, doc, (i, a, b = '', c = '', d = '', e = '') => features[i]!.push(a + b + c + d + e), options, docContext);
  return { caps, features };
}

/** All static features (everything but the previous tags) of every token of a sentence. */
export function sentenceFeatures(sentence: readonly NerToken[], doc: DocEvidence, options: FeatureOptions = {}, docContext?: readonly string[][]): string[][] {
  const { caps, features } = contextFeatures(sentence, doc, options, docContext);
  return features.map((f, i) => [...wordFeatures(sentence[i]!, caps, options), ...f]);
}

/** Features that depend on the tags already chosen to the left. */
export function tagFeatures(prev: number, prev2: number, word: string): string[] {
  const p = TAGS[prev] ?? '<s>';
  return [`pt=${p}`, `pt2=${TAGS[prev2] ?? '<s>'}|${p}`, prevTagWord(prev, word)];
}

/** The previous tag with this word (the one tag feature that depends on the word). */
export function prevTagWord(prev: number, word: string): string {
  return `ptw=${TAGS[prev] ?? '<s>'}|${word}`;
}
