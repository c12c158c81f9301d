import type { Word } from './words.js';

/**
 * Candidate noun phrases: runs of adjectives and nouns inside a sentence, ending in a noun, with no
 * determiners, pronouns or verbs ("alleged Chinese spy balloon", "crude oil", "supply chains").
 * A possessive name ends its phrase ("Ben Johnson’s" → "Ben Johnson"); other possessives ("the
 * company’s") are left out.
 */
export interface Candidate {
  /** Indices into the word list, [from, to). */
  from: number;
  to: number;
}

const NOUN_TAGS = ['Noun', 'ProperNoun', 'Acronym', 'Singular', 'Plural', 'Uncountable'];
const NOT_CONTENT = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Date', 'Month', 'WeekDay', 'QuestionWord', 'Adverb', 'Copula', 'Auxiliary', 'Modal', 'Negative'];

/** Words a content tag sometimes lands on but that never head or start a useful phrase. */
const STOP = new Set([
  'mr', 'mrs', 'ms', 'dr', 'year', 'years', 'day', 'days', 'week', 'weeks', 'month', 'months', 'time', 'times', 'today',
  'yesterday', 'tomorrow', 'way', 'lot', 'thing', 'things', 'kind', 'sort', 'other', 'others', 'many',
  'much', 'more', 'most', 'such', 'same', 'own', 'last', 'next', 'several', 'few',
  'old', 'recent', 'certain', 'various', 'per', 'cent', 'percent', 'one', 'ones', 'something', 'anything',
  'everything', 'nothing', 'someone', 'anyone', 'everyone', 'whole', 'sure', 'able', 'likely', 'far',
  'earlier', 'later', 'latter', 'end', 'top', 'fact', 'u', 'etc', 'ago',
  // Who speaks, not what about: even as a head ("US officials") these make poor phrases.
  'official', 'officials', 'spokesman', 'spokeswoman',
  // Function words compromise sometimes tags as nouns or adjectives ("Philippines is Asia’s", "under control").
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'may', 'might',
  'must', 'can', 'could', 'will', 'would', 'shall', 'should', 'against', 'under', 'over', 'about', 'above', 'below',
  'there', 'here', 'then', 'than', 'also', 'too', 'very', 'just', 'only', 'even', 'still', 'yet', 'both', 'each',
  'either', 'neither', 'all', 'any', 'some', 'every', 'no', 'not', 'nor', 'so', 'if', 'because', 'while', 'whether',
  'say', 'says', 'said', 'saying', 'tell', 'told', 'put', 'get', 'got', 'make', 'made', 'up', 'down', 'out', 'off',
  'the', 'a', 'an', 'tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions',
]);

/**
 * Words too general to be a phrase on their own but that belong in a longer one: heads ("TB
 * cases", "crew members", "environmental issues") and modifiers ("new treatments", "first diamond
 * mine", "Third World", "former Yugoslavia").
 */
const GENERIC = new Set([
  'part', 'number', 'people', 'side', 'sides', 'area', 'areas', 'point', 'case', 'cases', 'issue', 'issues', 'matter',
  'place', 'group', 'groups', 'member', 'members', 'statement', 'comment', 'comments', 'report', 'reports', 'source',
  'sources', 'new', 'first', 'second', 'third', 'former', 'possible',
]);
const ORDINALS = new Set(['first', 'second', 'third']);

/** Measures written as one word ("2,000-acre", "987-foot", "10-year"): detail, not topic. */
const MEASURE = /^\d[\d,.]*-?[a-z]+$/i;

/** compromise tags every word of a possessive name Possessive ("Ben Johnson’s"), and "its" too. */
const isPossessive = (word: Word): boolean => word.token.tags.includes('Possessive') || /['’]s?$/i.test(word.text);
/** The word that carries the 's of a possessive: a phrase ends there. */
const endsPossessive = (words: readonly Word[], i: number): boolean => isPossessive(words[i]!) && !words[i + 1]?.token.tags.includes('Possessive');

export type WordClass = 'noun' | 'adjective' | null;

export function wordClass(word: Word): WordClass {
  const tags = word.token.tags;
  const lower = word.token.normal;
  if (STOP.has(lower) || !/[a-z]/i.test(word.text) || MEASURE.test(word.text)) return null;
  // A possessive name ends its phrase ("Ben Johnson’s" gives "Ben Johnson"); other possessives
  // ("the company’s", "its") are left out.
  if (isPossessive(word) && !tags.includes('ProperNoun')) return null;
  // compromise tags "first" a value and "season" a date; both belong in phrases ("first diamond mine", "hurricane season").
  if (ORDINALS.has(lower)) return 'adjective';
  if (tags.includes('Duration') && tags.includes('Noun') && !tags.includes('Month') && !tags.includes('WeekDay')) return 'noun';
  if (tags.some((t) => NOT_CONTENT.includes(t))) return null;
  if (tags.includes('Adjective') || tags.includes('Comparable')) return 'adjective';
  // compromise sometimes reads a plural noun as a present-tense verb ("talks"): a noun tag wins.
  if (tags.some((t) => NOUN_TAGS.includes(t))) return 'noun';
  return null;
}

const OBJECT_START = ['Determiner', 'Pronoun', 'Particle', 'PhrasalVerb', 'Adverb', 'Value'];

/**
 * A base-form verb right after a singular common noun is a noun compound ("drug use", "forest
 * fire", "price rise"): a singular subject would take "uses", "fires".
 */
function baseVerbAfterNoun(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]!;
  const tags = words[i]!.token.tags;
  const prevTags = prev.token.tags;
  if (prev.breakAfter || STOP.has(words[i]!.token.normal)) return false;
  if (!tags.includes('Infinitive') || tags.some((t) => ['PastTense', 'Gerund', 'Modal', 'Auxiliary', 'Copula', 'Participle'].includes(t))) return false;
  // A verb takes an object or a particle after it ("the crew shut down", "banks approve the project"); a noun does not.
  const next = words[i + 1];
  if (next && !words[i]!.breakAfter && next.token.tags.some((t) => OBJECT_START.includes(t))) return false;
  return (prevTags.includes('Singular') || prevTags.includes('Uncountable')) && !prevTags.includes('Plural') && !prevTags.includes('ProperNoun') && !prevTags.includes('Pronoun');
}

/** Adjectives that grade rather than describe ("largest", "bigger"): a phrase never starts with one. */
const GRADING = ['Superlative', 'Comparative'];

/** Each word's class in its sentence: the headline checked against the body, tagging slips around numbers and compounds mended. */
export function contextClasses(words: readonly Word[]): WordClass[] {
  const classes = headlineChecked(words, words.map(wordClass));
  // compromise splits "2,000-acre" into a number and "acre": the unit belongs to the measure, not the phrase.
  for (let i = 1; i < words.length; i++) if (/^\d[\d,.]*$/.test(words[i - 1]!.text) && words[i - 1]!.token.post === '-') classes[i] = null;
  for (let i = 1; i < words.length; i++) if (!classes[i] && classes[i - 1] === 'noun' && baseVerbAfterNoun(words, i)) classes[i] = 'noun';
  return classes;
}

export function nounPhrases(words: readonly Word[], maxWords = 5): Candidate[] {
  const out: Candidate[] = [];
  const classes = contextClasses(words);
  let i = 0;
  while (i < words.length) {
    if (!classes[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && classes[j + 1] && !words[j]!.breakAfter && !endsPossessive(words, j)) j++;
    // [i, j] is a run of content words; it must end in a noun.
    let end = j;
    while (end >= i && classes[end] !== 'noun') end--;
    let start = i;
    while (start < end && classes[start] === 'adjective' && words[start]!.token.tags.some((t) => GRADING.includes(t))) start++;
    if (end > start || (end === start && !GENERIC.has(words[end]!.token.normal))) {
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
