/**
 * The Porter (1980) stemmer, "An algorithm for suffix stripping", as published (step 2 uses the
 * paper's `abli → able`, not the later `bli → ble` and `logi → log` revisions), because keyphrase
 * scores are defined after Porter stemming and ours must equal ../shared/tools/score.mjs's word for word.
 *
 * Words are lower-case. A word is [C](VC)^m[V]; `m` is its measure. `y` is a vowel after a consonant.
 */

const VOWELS = 'aeiou';

/** Is the letter at i a consonant? A leading `y` was upper-cased to `Y` so it stays a consonant. */
function isConsonant(word: string, i: number): boolean {
  const letter = word[i]!;
  if (VOWELS.includes(letter)) return false;
  if (letter === 'y') return i === 0 || !isConsonant(word, i - 1);
  return true;
}

/** m in [C](VC)^m[V]. */
function measure(stem: string): number {
  let count = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++;
    if (i >= n) break;
    count++;
    while (i < n && isConsonant(stem, i)) i++;
  }
  return count;
}

function containsVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

/** *d: ends in a double consonant. */
function endsInDoubleConsonant(stem: string): boolean {
  const n = stem.length;
  return n >= 2 && stem[n - 1] === stem[n - 2] && isConsonant(stem, n - 1);
}

/** *o: ends consonant-vowel-consonant, the last not w, x or y ("hop", not "bow"). */
function endsCvc(stem: string): boolean {
  const n = stem.length;
  return n >= 3 && isConsonant(stem, n - 1) && !isConsonant(stem, n - 2) && isConsonant(stem, n - 3) && !'wxy'.includes(stem[n - 1]!);
}

/** Steps 2 and 3: the first listed suffix the word ends with is replaced when its stem has m > 0; the step ends there either way. */
const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: [string, string][] = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];
/** Step 4: suffixes removed when the stem has m > 1 (`ion` only after s or t). */
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

function replaceSuffix(word: string, rules: [string, string][]): string {
  const rule = rules.find(([suffix]) => word.endsWith(suffix));
  if (!rule) return word;
  const stem = word.slice(0, word.length - rule[0].length);
  return measure(stem) > 0 ? stem + rule[1] : word;
}

function step1a(word: string): string {
  if (word.endsWith('sses') || word.endsWith('ies')) return word.slice(0, -2);
  if (word.endsWith('ss')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function step1b(word: string): string {
  if (word.endsWith('eed')) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  let stem: string | undefined;
  if (word.endsWith('ed') && containsVowel(word.slice(0, -2))) stem = word.slice(0, -2);
  else if (word.endsWith('ing') && containsVowel(word.slice(0, -3))) stem = word.slice(0, -3);
  if (stem === undefined) return word;
  // Undo what removing -ed/-ing broke: "conflat(ed)" → "conflate", "hopp(ing)" → "hop", "fil(ing)" → "file".
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  if (endsInDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return stem + 'e';
  return stem;
}

function step1c(word: string): string {
  return word.endsWith('y') && containsVowel(word.slice(0, -1)) ? word.slice(0, -1) + 'i' : word;
}

function step4(word: string): string {
  const suffix = STEP4.find((s) => word.endsWith(s));
  if (!suffix) return word;
  const stem = word.slice(0, word.length - suffix.length);
  if (measure(stem) <= 1) return word;
  if (suffix === 'ion' && !/[st]$/.test(stem)) return word;
  return stem;
}

function step5(word: string): string {
  if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) word = stem;
  }
  if (measure(word) > 1 && endsInDoubleConsonant(word) && word.endsWith('l')) word = word.slice(0, -1);
  return word;
}

/** The stem of one lower-case word. Words of one or two letters are their own stems. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  let w = word[0] === 'y' ? 'Y' + word.slice(1) : word;
  w = step1a(w);
  w = step1b(w);
  w = step1c(w);
  w = replaceSuffix(w, STEP2);
  w = replaceSuffix(w, STEP3);
  w = step4(w);
  w = step5(w);
  return w[0] === 'Y' ? 'y' + w.slice(1) : w;
}
