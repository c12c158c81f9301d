import { describe, expect, it } from 'vitest';
import { alignTags } from '../../src/ner/align.js';
import { bareWord, documentEvidence, isAllCaps, sentenceFeatures, shape, type NerToken } from '../../src/ner/features.js';
import { decodeModel, encodeModel } from '../../src/ner/model-io.js';
import { hashFeature, LinearModel } from '../../src/ner/perceptron.js';
import { allowed, spansOf, tagIndex, TAG_COUNT } from '../../src/ner/tags.js';
import { tokenizeForTraining } from '../../src/training/tokenize.js';
import { trainTagger, type TrainingDoc } from '../../src/ner/train.js';
import { staticScores, tagSentences } from '../../src/ner/tagger.js';

const t = (text: string, tags: string[] = [], pre = '', post = ' '): NerToken => ({ text, tags, pre, post });
const tag = (name: string) => tagIndex.get(name)!;

describe('features', () => {
  it.each([
    ['Blinken', 'Xxx'],
    ['US', 'XX'],
    ['U.S.', 'X.X.'],
    ['1996-08-22', 'dd-dd-dd'],
    ['McCain', 'XxXxx'],
  ])('shape(%s) = %s', (word, expected) => expect(shape(word)).toBe(expected));

  it.each([
    ['Blinken’s', 'Blinken'],
    ["Germany's", 'Germany'],
    ["Jones'", 'Jones'],
    ['us', 'us'],
  ])('bareWord(%s) = %s', (word, expected) => expect(bareWord(word)).toBe(expected));

  it('recognizes all-caps lines', () => {
    expect(isAllCaps([t('SOCCER'), t('-'), t('JAPAN'), t('GET'), t('LUCKY'), t('WIN')])).toBe(true);
    expect(isAllCaps([t('Japan'), t('get'), t('a'), t('WIN')])).toBe(false);
  });

  it('gives word, shape, compromise, gazetteer, title and document features', () => {
    const sentence = [t('Secretary'), t('Antony', ['Person', 'FirstName', 'ProperNoun']), t('Blinken'), t('visited'), t('Beijing', ['Place', 'City'])];
    const other = [t('Later'), t('Blinken'), t('left')];
    const feats = sentenceFeatures(sentence, documentEvidence([sentence, other]));
    expect(feats[1]).toEqual(expect.arrayContaining(['w=Antony', 'lw=antony', 'sh=Xxx', 't=FirstName', 't=Person', 'w-1=secretary', 'w+1=blinken', 'title-1|Xxx']));
    expect(feats[4]).toEqual(expect.arrayContaining(['g=city:B', 't=City']));
    expect(feats[2]).toEqual(expect.arrayContaining(['doc=cap', 'doc=cap|M']));
    expect(feats[0]).toContain('first');
  });
});

describe('tags', () => {
  it.each([
    ['O', 'I-PER', false],
    ['B-PER', 'I-PER', true],
    ['I-PER', 'I-PER', true],
    ['B-LOC', 'I-PER', false],
    ['O', 'B-ORG', true],
  ])('%s → %s allowed: %s', (prev, next, ok) => expect(allowed(tag(prev), tag(next))).toBe(ok));

  it('reads BIO tags as spans', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-MISC'].map(tag);
    expect(spansOf(tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
      { start: 7, end: 8, type: 'MISC' },
    ]);
  });

  it('aligns gold character spans to tokens, splitting and merging', () => {
    // "Asia-Pacific" is one gold token but two of ours; "Germany's" one of ours covering a shorter gold span.
    const tokens = [{ start: 0, end: 4 }, { start: 5, end: 12 }, { start: 13, end: 22 }, { start: 23, end: 28 }];
    const gold = [{ start: 0, end: 12, type: 'ORG' as const }, { start: 13, end: 20, type: 'LOC' as const }];
    expect(alignTags(tokens, gold)).toEqual([tag('B-ORG'), tag('I-ORG'), tag('B-LOC'), tag('O')]);
  });
});

const tiny: { text: string; entities: { start: number; end: number; type: 'PER' | 'LOC' | 'ORG' | 'MISC' }[] }[] = [
  { text: 'Peter Blackburn visited Paris on Monday.', entities: [{ start: 0, end: 15, type: 'PER' }, { start: 24, end: 29, type: 'LOC' }] },
  { text: 'The European Commission met in Brussels.', entities: [{ start: 4, end: 23, type: 'ORG' }, { start: 31, end: 39, type: 'LOC' }] },
  { text: 'Anna Schmidt left Berlin for Reuters.', entities: [{ start: 0, end: 12, type: 'PER' }, { start: 18, end: 24, type: 'LOC' }, { start: 29, end: 36, type: 'ORG' }] },
];
const trainingDocs = (): TrainingDoc[] => tiny.map((d) => ({ sentences: tokenizeForTraining(d.text), entities: d.entities }));

describe('training', () => {
  it('is deterministic and learns its training data', () => {
    const a = trainTagger(trainingDocs(), { epochs: 5, seed: 7 });
    const b = trainTagger(trainingDocs(), { epochs: 5, seed: 7 });
    expect(a.size).toBeGreaterThan(50);
    expect(Buffer.from(encodeModel(a)).equals(Buffer.from(encodeModel(b)))).toBe(true);
    const tagged = tagSentences(trainingDocs()[0]!.sentences, a);
    expect(tagged[0]).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('survives a save/load round trip with the same scores', () => {
    const model = trainTagger(trainingDocs(), { epochs: 3, seed: 1 });
    const loaded = decodeModel(encodeModel(model));
    const feats = ['b', 'w=Paris', 'sh=Xxxx', 'never-seen-feature'];
    const s1 = new Float64Array(TAG_COUNT);
    const s2 = new Float64Array(TAG_COUNT);
    model.addScores(feats, s1);
    loaded.addScores(feats, s2);
    for (let i = 0; i < TAG_COUNT; i++) expect(s2[i]! / loaded.scale).toBeCloseTo(s1[i]!, 2);
    expect(Buffer.from(encodeModel(loaded)).equals(Buffer.from(encodeModel(model)))).toBe(true);
    expect(loaded.size).toBe(model.size);
  });

  it('scores features hashed part by part exactly like the feature strings it was trained on', () => {
    const model = trainTagger(trainingDocs(), { epochs: 2, seed: 3 });
    const sentences = tokenizeForTraining('BRUSSELS 1996-08-22\nThe European Commission said Anna Schmidt’s plan for Asia-Pacific trade (APEC) was fine.');
    const evidence = documentEvidence(sentences);
    for (const s of sentences) {
      const fast = staticScores(model, s, evidence);
      sentenceFeatures(s, evidence).forEach((feats, i) => {
        const slow = new Float64Array(TAG_COUNT);
        model.addScores(feats, slow);
        for (let t = 0; t < TAG_COUNT; t++) expect(fast[i * TAG_COUNT + t]).toBeCloseTo(slow[t]!, 6);
      });
    }
  });

  it('finds features by hash and ignores unknown ones', () => {
    const model = LinearModel.fromMap(new Map([['w=a', 0], ['w=b', 1]]), Float32Array.from({ length: 2 * TAG_COUNT }, (_, i) => i));
    expect(model.slot('w=a')).toBeGreaterThanOrEqual(0);
    expect(model.slot('w=c')).toBe(-1);
    expect(hashFeature('w=a')).not.toBe(hashFeature('w=b'));
  });
});
