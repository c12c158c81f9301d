import { describe, expect, it } from 'vitest';
import { capitalRuns, docContexts, documentEvidence, sentenceFeatures, wordFeatures, type FeatureOptions, type NerToken } from '../../src/ner/features.js';
import { predictionFeatures } from '../../src/ner/stack.js';
import { decodeClusters, encodeClusters } from '../../src/ner/clusters.js';
import { decodeModel, encodeModel } from '../../src/ner/model-io.js';
import { staticScores, tagSentences } from '../../src/ner/tagger.js';
import { tokenizeForTraining } from '../../src/training/tokenize.js';
import { trainTagger, type TrainingDoc } from '../../src/ner/train.js';
import { TAG_COUNT } from '../../src/ner/tags.js';
import { foldOf } from '../../src/training/cv.js';

const words = (s: string): NerToken[] => s.split(' ').map((text) => ({ text, tags: [], pre: '', post: ' ' }));

describe('capitalized runs', () => {
  it('groups the capitalized words around each token', () => {
    expect(capitalRuns(['shares', 'of', 'Ask', 'Jeeves', 'rose'])).toEqual([null, null, [2, 4], [2, 4], null]);
    // Counter-example: a lower-case word ends the run ("of" is not bridged).
    expect(capitalRuns(['Bank', 'of', 'Wales'])).toEqual([[0, 1], null, [2, 3]]);
  });
});

describe('document contexts', () => {
  it("gives each occurrence of a capitalized word the contexts of the word's other occurrences", () => {
    const article = [words('KORVAX SHARES FALL'), words('Investors sold shares of Korvax on Monday .'), words('Korvax said in a statement it would appeal .')];
    const ctx = docContexts(article);
    // The headline (in capitals) gets both body contexts; it has none of its own.
    expect(ctx[0]![0]).toEqual(expect.arrayContaining(['rl=of', 'rl2=shares|of', 'rr=said', 'rl=<s>']));
    // The second occurrence gets the first's context, not its own.
    expect(ctx[2]![0]).toEqual(expect.arrayContaining(['rl=of', 'rr=on']));
    expect(ctx[2]![0]).not.toContain('rr=said');
    // Counter-example: a word seen once has no document context, and lower-case words none at all.
    expect(ctx[1]![6]).toEqual([]);
    expect(ctx[1]![2]).toEqual([]);
  });

  it('adds run and document features only when the options ask for them', () => {
    const article = [words('Investors sold shares of Ask Jeeves today'), words('Ask Jeeves said it would appeal')];
    const evidence = documentEvidence(article);
    const plain = sentenceFeatures(article[0]!, evidence)[5]!;
    expect(plain.some((f) => f.startsWith('rl='))).toBe(false);
    const options: FeatureOptions = { runContext: true, docContext: true };
    const rich = sentenceFeatures(article[0]!, evidence, options, docContexts(article)[0])[5]!;
    expect(rich).toEqual(expect.arrayContaining(['rl=of', 'rl2=shares|of', 'rr=today', 'rpos=I2', 'drr=said']));
  });
});

describe('second-pass features', () => {
  it("carry a word's predicted types from its other occurrences, and its role in a longer name", () => {
    const article = [words('Menatep Group owns the bank'), words('Menatep denied it'), words('The bank was sold'), words('The end')];
    const spans = [[{ start: 0, end: 2, type: 'ORG' as const }], [{ start: 0, end: 1, type: 'PER' as const }], [], []];
    const feats = predictionFeatures(article, spans);
    // "Menatep" alone learns that it opens an organization's name elsewhere.
    expect(feats[1]![0]).toEqual(expect.arrayContaining(['P:p=ORG', 'P:pfirst=ORG', 'P:pmaj=ORG']));
    expect(feats[1]![0]).not.toContain('P:p=PER');
    expect(feats[0]![0]).toEqual(expect.arrayContaining(['P:p=PER', 'P:psingle=PER']));
    // Counter-example: "The" is capitalized twice but was never in a name; a word seen once gets nothing.
    expect(feats[2]![0]).toEqual(['P:p=O', 'P:pmaj=O']);
    expect(feats[0]![1]).toEqual([]);
  });
});

describe('word clusters', () => {
  it('gives words their shipped clusters, but not a short all-caps word outside a capitals line', () => {
    const feats = (text: string, caps = false) => wordFeatures({ text, tags: [], pre: '', post: ' ' }, caps, { clusters: [0, 1, 2] }).filter((f) => /^c\d?=/.test(f));
    // Unknown companies cluster with known ones: the uncased vectors put them together.
    const fine = (w: string) => feats(w).find((f) => f.startsWith('c0='));
    expect(fine('Rosneft')).toBeDefined();
    expect(fine('Rosneft')).toBe(fine('Gazprom'));
    expect(fine('Rosneft')).not.toBe(fine('Paris'));
    // "US" is not the pronoun "us" (counter-example: in a headline in capitals case says nothing, so it keeps the cluster).
    expect(feats('US')).toEqual(['c=none']);
    expect(feats('us')).not.toEqual(['c=none']);
    expect(feats('US', true)).not.toEqual(['c=none']);
  });

  it('round-trips a cluster table and answers -1 for unknown words', () => {
    const table = decodeClusters(encodeClusters(['gazprom', 'lukoil', 'paris'], [3, 3, 7], [[0, 0, 0, 1, 0, 0, 0, 2]]));
    expect(table.clusterOf('gazprom')).toBe(3);
    expect(table.clusterOf('lukoil')).toBe(3);
    expect(table.clusterOf('paris')).toBe(7);
    expect(table.levels[0]![7]).toBe(2);
    expect(table.clusterOf('zzqx')).toBe(-1);
  });
});

const tiny = [
  { text: 'Shares of Korvax fell. Korvax said in a statement that Anna Berg would resign.', entities: [[10, 16, 'ORG'], [23, 29, 'ORG'], [55, 64, 'PER']] },
  { text: 'Anna Berg left Paris. Berg said Paris was cold.', entities: [[0, 9, 'PER'], [15, 20, 'LOC'], [22, 26, 'PER'], [32, 37, 'LOC']] },
  { text: 'The Velmor Group bought Korvax. Velmor said it paid cash.', entities: [[4, 16, 'ORG'], [24, 30, 'ORG'], [32, 38, 'ORG']] },
  { text: 'Peter Lund visited Oslo. Lund met Velmor staff.', entities: [[0, 10, 'PER'], [19, 23, 'LOC'], [25, 29, 'PER'], [34, 40, 'ORG']] },
] as const;
const docs = (): TrainingDoc[] => tiny.map((d) => ({ sentences: tokenizeForTraining(d.text), entities: d.entities.map(([start, end, type]) => ({ start, end, type })) }));

describe('a two-pass model with document features', () => {
  const features: FeatureOptions = { runContext: true, docContext: true, twoPass: true };

  it('trains deterministically, records its options and keeps them through the file', () => {
    const a = trainTagger(docs(), { epochs: 3, features, jackknife: 2 });
    const b = trainTagger(docs(), { epochs: 3, features, jackknife: 2 });
    expect(Buffer.from(encodeModel(a)).equals(Buffer.from(encodeModel(b)))).toBe(true);
    const loaded = decodeModel(encodeModel(a));
    expect(loaded.options).toEqual(features);
    const sentences = docs()[0]!.sentences;
    expect(tagSentences(sentences, loaded)).toEqual(tagSentences(sentences, a));
  });

  it('scores document features hashed part by part like their strings', () => {
    const model = trainTagger(docs(), { epochs: 2, features: { runContext: true, docContext: true } });
    const sentences = docs()[2]!.sentences;
    const evidence = documentEvidence(sentences);
    const contexts = docContexts(sentences);
    sentences.forEach((s, k) => {
      const fast = staticScores(model, s, evidence, contexts[k]);
      sentenceFeatures(s, evidence, model.options, contexts[k]).forEach((feats, i) => {
        const slow = new Float64Array(TAG_COUNT);
        model.addScores(feats, slow);
        for (let t = 0; t < TAG_COUNT; t++) expect(fast[i * TAG_COUNT + t]).toBeCloseTo(slow[t]!, 6);
      });
    });
  });
});

describe('cross-validation folds', () => {
  it('are fixed by the document id and spread documents over all folds', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `doc-${i}`);
    const folds = ids.map((id) => foldOf(id, 5));
    expect(ids.map((id) => foldOf(id, 5))).toEqual(folds);
    for (let k = 0; k < 5; k++) expect(folds.filter((f) => f === k).length).toBeGreaterThan(20);
  });
});
