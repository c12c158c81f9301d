/**
 * Our Porter stemmer against the published algorithm's examples and, word for word, against the
 * stemmer inside ../shared/tools/score.mjs (keyphrase scores are defined after stemming, so any
 * disagreement would shift F1@k).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { porterStem } from '../../src/nlp/porter.js';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared');
const scoreMjs = path.join(shared, 'tools/score.mjs');

describe('porterStem', () => {
  // Examples from Porter (1980) for each step, and the classic full-word results.
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'],
    ['feed', 'feed'], ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'], ['sing', 'sing'],
    ['conflated', 'conflat'], ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['tanned', 'tan'],
    ['falling', 'fall'], ['hissing', 'hiss'], ['fizzed', 'fizz'], ['failing', 'fail'], ['filing', 'file'],
    ['happy', 'happi'], ['sky', 'sky'],
    ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'], ['valenci', 'valenc'], ['hesitanci', 'hesit'],
    ['digitizer', 'digit'], ['conformabli', 'conform'], ['radicalli', 'radic'], ['differentli', 'differ'], ['vileli', 'vile'],
    ['analogousli', 'analog'], ['vietnamization', 'vietnam'], ['predication', 'predic'], ['operator', 'oper'],
    ['feudalism', 'feudal'], ['decisiveness', 'decis'], ['hopefulness', 'hope'], ['callousness', 'callous'],
    ['formaliti', 'formal'], ['sensitiviti', 'sensit'], ['sensibiliti', 'sensibl'],
    ['triplicate', 'triplic'], ['formative', 'form'], ['formalize', 'formal'], ['electriciti', 'electr'], ['electrical', 'electr'],
    ['hopeful', 'hope'], ['goodness', 'good'],
    ['revival', 'reviv'], ['allowance', 'allow'], ['inference', 'infer'], ['airliner', 'airlin'], ['gyroscopic', 'gyroscop'],
    ['adjustable', 'adjust'], ['defensible', 'defens'], ['irritant', 'irrit'], ['replacement', 'replac'], ['adjustment', 'adjust'],
    ['dependent', 'depend'], ['adoption', 'adopt'], ['homologou', 'homolog'], ['communism', 'commun'], ['activate', 'activ'],
    ['angulariti', 'angular'], ['homologous', 'homolog'], ['effective', 'effect'], ['bowdlerize', 'bowdler'],
    ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'], ['controll', 'control'], ['roll', 'roll'],
    ['generalizations', 'gener'], ['oscillators', 'oscil'], ['is', 'is'], ['a', 'a'], ['yelling', 'yell'], ['youth', 'youth'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

/** score.mjs's own stemmer, taken from its source (it exports nothing; the file runs a task on load). */
function referenceStemmer(): (w: string) => string {
  const source = fs.readFileSync(scoreMjs, 'utf8');
  const start = source.indexOf('function porter(w)');
  const end = source.indexOf('\n}\n', start);
  if (start < 0 || end < 0) throw new Error('porter() not found in score.mjs');
  return new Function(`${source.slice(start, end + 2)}\nreturn porter;`)() as (w: string) => string;
}

describe.skipIf(!fs.existsSync(scoreMjs))('porterStem agrees with score.mjs', () => {
  const reference = fs.existsSync(scoreMjs) ? referenceStemmer() : () => '';

  it('on every word of the shared keyphrase and NER dev texts', () => {
    const words = new Set<string>();
    for (const set of ['duc2001', 'conll2003', 'bbc-news']) {
      const file = path.join(shared, 'eval', set, 'dev.jsonl');
      if (!fs.existsSync(file)) continue;
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        const doc = JSON.parse(line) as { text: string; keyphrases?: string[] };
        for (const w of (doc.text + ' ' + (doc.keyphrases ?? []).join(' ')).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
      }
    }
    expect(words.size).toBeGreaterThan(5000);
    const disagreements = [...words].filter((w) => porterStem(w) !== reference(w)).map((w) => `${w}: ${porterStem(w)} ≠ ${reference(w)}`);
    expect(disagreements).toEqual([]);
  });

  it('on random letter strings (every rule path, including y and doubled consonants)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'aeiouybcdlmnrstzgpwx'), { minLength: 1, maxLength: 14 }), (letters) => {
        const w = letters.join('');
        expect(porterStem(w)).toBe(reference(w));
      }),
      { numRuns: 20000 },
    );
  });

  it('on suffix-heavy made-up words', () => {
    const stems = ['rel', 'condit', 'hop', 'fil', 'sens', 'y', 'ay', 'tr', 'bowdl', 'gen', 'oscill'];
    const suffixes = ['ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'sion', 'tion', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'e', 'll', 'ed', 'ing', 'eed', 'ies', 'sses', 's', 'y'];
    for (const s of stems) for (const a of suffixes) for (const b of ['', 's', 'ed', 'ing', 'ly', 'ness']) expect(porterStem(s + a + b), s + a + b).toBe(reference(s + a + b));
  });
});
