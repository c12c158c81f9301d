import type { Word } from './words.js';

/**
 * Candidate noun phrases: runs of adjectives and nouns inside a sentence, ending in a noun, with no
 * determiners, pronouns or verbs ("alleged Chinese spy balloon", "crude oil", "supply chains").
 * A possessive ("Alaska’s") closes the phrase before it and is left out of both.
 */
export interface Candidate {
  /** Indices into the word list, [from, to). */
  from: number;
  to: number;
}

const NOUN_TAGS = ['Noun', 'ProperNoun', 'Acronym', 'Singular', 'Plural', 'Uncountable'];
const NOT_CONTENT = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Date', 'Month', 'WeekDay', 'Possessive', 'QuestionWord', 'Adverb', 'Copula', 'Auxiliary', 'Modal', 'Negative'];

/** Words a content tag sometimes lands on but that never head or start a useful phrase. */
const STOP = new Set([
  'mr', 'mrs', 'ms', 'dr', 'year', 'years', 'day', 'days', 'week', 'weeks', 'month', 'months', 'time', 'times', 'today',
  'yesterday', 'tomorrow', 'way', 'lot', 'thing', 'things', 'part', 'number', 'kind', 'sort', 'other', 'others', 'many',
  'much', 'more', 'most', 'such', 'same', 'own', 'last', 'next', 'first', 'second', 'third', 'several', 'few', 'new',
  'old', 'recent', 'certain', 'various', 'per', 'cent', 'percent', 'people', 'one', 'ones', 'something', 'anything',
  'everything', 'nothing', 'someone', 'anyone', 'everyone', 'whole', 'sure', 'able', 'likely', 'possible', 'far',
  'earlier', 'later', 'former', 'latter', 'end', 'top', 'side', 'sides', 'area', 'areas', 'fact', 'point', 'case',
  'cases', 'issue', 'issues', 'matter', 'place', 'group', 'member', 'members', 'statement', 'comment', 'comments',
  'report', 'reports', 'official', 'officials', 'spokesman', 'spokeswoman', 'source', 'sources', 'u', 'etc', 'ago',
]);

/** Measures written as one word ("2,000-acre", "987-foot", "10-year"): detail, not topic. */
const MEASURE = /^\d[\d,.]*-?[a-z]+$/i;

export type WordClass = 'noun' | 'adjective' | null;

export function wordClass(word: Word): WordClass {
  const tags = word.token.tags;
  const lower = word.token.normal;
  if (STOP.has(lower) || !/[a-z]/i.test(word.text) || MEASURE.test(word.text)) return null;
  if (/['’]s$/i.test(word.text) || /['’]$/.test(word.text)) return null;
  if (tags.some((t) => NOT_CONTENT.includes(t))) return null;
  if (tags.includes('Adjective') || tags.includes('Comparable')) return 'adjective';
  // compromise sometimes reads a plural noun as a present-tense verb ("talks"): a noun tag wins.
  if (tags.some((t) => NOUN_TAGS.includes(t))) return 'noun';
  return null;
}

/** Adjectives that grade rather than describe ("largest", "bigger"): a phrase never starts with one. */
const GRADING = ['Superlative', 'Comparative'];

export function nounPhrases(words: readonly Word[], maxWords = 5): Candidate[] {
  const out: Candidate[] = [];
  const classes = headlineChecked(words, words.map(wordClass));
  // compromise splits "2,000-acre" into a number and "acre": the unit belongs to the measure, not the phrase.
  for (let i = 1; i < words.length; i++) if (/^\d[\d,.]*$/.test(words[i - 1]!.text) && words[i - 1]!.token.post === '-') classes[i] = null;
  let i = 0;
  while (i < words.length) {
    if (!classes[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && classes[j + 1] && !words[j]!.breakAfter) j++;
    // [i, j] is a run of content words; it must end in a noun.
    let end = j;
    while (end >= i && classes[end] !== 'noun') end--;
    let start = i;
    while (start < end && classes[start] === 'adjective' && words[start]!.token.tags.some((t) => GRADING.includes(t))) start++;
    if (end >= start) {
      // Keep only the last maxWords words: the head noun and its nearest modifiers.
      out.push({ from: Math.max(start, end + 1 - maxWords), to: end + 1 });
    }
    i = j + 1;
  }
  return out;
}

/**
 * Title-case headlines make compromise tag verbs as proper nouns ("Environmentalists Call Spill",
 * "Johnson Took Steroids"): a capitalized headline word takes the class the body gives the same
 * word, and is not content when the body never uses it as a noun or adjective.
 */
function headlineChecked(words: readonly Word[], classes: WordClass[]): WordClass[] {
  const body = new Map<string, WordClass>();
  words.forEach((w, i) => {
    if (w.kind === 'headline') return;
    const key = w.token.normal;
    const c = classes[i];
    if (c === 'noun' || (c === 'adjective' && body.get(key) !== 'noun')) body.set(key, c);
    else if (!body.has(key)) body.set(key, null);
  });
  return classes.map((c, i) => {
    const w = words[i]!;
    if (!c || w.kind !== 'headline' || !/^[A-Z]/.test(w.text)) return c;
    const n = w.token.normal;
    return body.get(n) ?? body.get(n.replace(/s$/, '')) ?? body.get(`${n}s`) ?? null;
  });
}
