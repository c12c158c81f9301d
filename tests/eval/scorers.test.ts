/** The scorers on small golds whose scores are worked out by hand. */
import { describe, expect, it } from 'vitest';
import type { GoldDoc } from '../../src/eval/gold.js';
import type { Pair, Prediction } from '../../src/eval/prediction.js';
import { worstDocuments } from '../../src/eval/result.js';
import { scoreCoref } from '../../src/eval/score-coref.js';
import { normalizePhrase, scoreKeyphrases } from '../../src/eval/score-keyphrases.js';
import { scoreNer } from '../../src/eval/score-ner.js';
import { quoteCore, scoreQuotes, speakerCorrect } from '../../src/eval/score-quotes.js';
import { scoreTopics } from '../../src/eval/score-topics.js';
import type { Taxonomy } from '../../src/eval/taxonomy.js';

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length, text: part };
};
const entity = (text: string, part: string, type: string) => ({ ...span(text, part), type });
const mention = (text: string, part: string) => ({ ...span(text, part) });

describe('scoreNer on three documents', () => {
  const t1 = 'Alice Smith met Bob in Paris.';
  const t2 = 'Acme Corp hired Carol from Berlin.';
  const t3 = 'French officials visited Rome.';
  const gold: GoldDoc[] = [
    { id: 'd1', text: t1, entities: [entity(t1, 'Alice Smith', 'PER'), entity(t1, 'Bob', 'PER'), entity(t1, 'Paris', 'LOC')] },
    { id: 'd2', text: t2, entities: [entity(t2, 'Acme Corp', 'ORG'), entity(t2, 'Carol', 'PER'), entity(t2, 'Berlin', 'LOC')] },
    { id: 'd3', text: t3, entities: [entity(t3, 'French', 'MISC'), entity(t3, 'Rome', 'LOC')] },
  ];
  const predictions: Prediction[] = [
    // Alice right; Bob typed as a place (wrong); Paris right: 2 of 3.
    { id: 'd1', people: [{ id: 'e1', name: 'Alice Smith', mentions: [mention(t1, 'Alice Smith')] }], places: [{ id: 'e2', name: 'Bob', mentions: [mention(t1, 'Bob')] }, { id: 'e3', name: 'Paris', mentions: [mention(t1, 'Paris')] }] },
    // "Acme" is short of "Acme Corp" (wrong); Carol right; Berlin missed: 1 of 2.
    { id: 'd2', organizations: [{ id: 'e1', name: 'Acme', mentions: [mention(t2, 'Acme')] }], people: [{ id: 'e2', name: 'Carol', mentions: [mention(t2, 'Carol'), mention(t2, 'Carol')] }] },
    // "French" overlaps a MISC name, so it is left out; Rome right: 1 of 1.
    { id: 'd3', places: [{ id: 'e1', name: 'French', mentions: [mention(t3, 'French')] }, { id: 'e2', name: 'Rome', mentions: [mention(t3, 'Rome')] }] },
  ];
  const pairs = gold.map((g, i): Pair => [g, predictions[i]!]);
  const score = scoreNer(pairs);
  const perType = score.detail.perType as Record<string, { precision: number; recall: number; gold: number; predicted: number; correct: number }>;

  it('counts 4 correct of 6 predicted and 7 gold: P 2/3, R 4/7, F1 8/13', () => {
    expect(score.precision).toBeCloseTo((100 * 2) / 3, 1);
    expect(score.recall).toBeCloseTo((100 * 4) / 7, 1);
    expect(score.f1).toBeCloseTo((100 * 8) / 13, 1);
    expect(perType.ALL).toMatchObject({ gold: 7, predicted: 6, correct: 4 });
  });

  it.each([
    ['PER', 3, 2, 2],
    ['LOC', 3, 3, 2],
    ['ORG', 1, 1, 0],
  ])('%s: gold %i, predicted %i, correct %i', (type, g, p, c) => {
    expect(perType[type]).toMatchObject({ gold: g, predicted: p, correct: c });
  });

  it('ranks the worst document first and lists each error with a reason', () => {
    expect(worstDocuments(score, 1)[0]!.id).toBe('d2');
    const described = score.errors.map((e) => `${e.doc} ${e.kind} ${e.type} ${e.text}${e.note ? ` (${e.note.split(':')[0]})` : ''}`);
    expect(described).toEqual([
      'd1 false positive LOC Bob (wrong type)',
      'd1 miss PER Bob (wrong type)',
      "d2 false positive ORG Acme (boundary)",
      "d2 miss ORG Acme Corp (boundary)",
      'd2 miss LOC Berlin',
    ]);
  });
});

describe('scoreQuotes', () => {
  const text = 'Ann Lee said: “We will win.” Tom Ray said “no way” and “later”.';
  const q1 = span(text, 'We will win.');
  const q2 = span(text, 'no way');
  const q3 = span(text, 'later');
  const gold: GoldDoc[] = [{ id: 'q', text, quotes: [{ ...q1, kind: 'full', speaker: span(text, 'Ann Lee') }, { ...q2, kind: 'partial', speaker: span(text, 'Tom Ray') }, { ...q3, kind: 'partial', speaker: span(text, 'Tom Ray') }] }];
  const predicted: Prediction = {
    id: 'q',
    quotes: [
      // Marks included: overlap ≥ 0.5 and exact once trimmed; speaker by name ("Lee").
      { start: q1.start - 1, end: q1.end + 1, kind: 'full', speaker: { name: 'Ann Lee' } },
      // Half the span: Jaccard 3/6 = 0.5, matched but not exact; speaker by overlapping span.
      { start: q2.start, end: q2.start + 3, kind: 'partial', speaker: { name: 'Ray', start: text.indexOf('Ray'), end: text.indexOf('Ray') + 3 } },
      // Not a quote in the gold.
      { start: 0, end: 3, kind: 'full', speaker: null },
      // Indirect quotes have no span of their own and are not scored here.
      { kind: 'indirect', speaker: { name: 'Tom Ray' } },
    ],
  };
  const score = scoreQuotes([[gold[0]!, predicted]]);
  const d = score.detail as any;

  it('matches 2 of 3 gold with 3 predicted: P, R, F1 = 2/3', () => {
    expect([score.precision, score.recall, score.f1].map((x) => x!.toFixed(2))).toEqual(['66.67', '66.67', '66.67']);
  });
  it('counts 1 exact span, 2 right speakers of 2, end to end 2/3', () => {
    expect(d.exact.correct).toBe(1);
    expect(d.speakerAccuracy).toBe(100);
    expect(d.endToEnd.correct).toBe(2);
  });
  it('recall by kind: full 1/1, partial 1/2', () => {
    expect(d.recallByKind).toEqual({ full: { recall: 100, gold: 1, found: 1 }, partial: { recall: 50, gold: 2, found: 1 } });
  });
  it.each([
    [' “Hello,” ', 'Hello'],
    ['— fine —', 'fine'],
  ])('trims %j to %j', (s, core) => {
    const c = quoteCore(s, { start: 0, end: s.length });
    expect(s.slice(c.start, c.end)).toBe(core);
  });
  it.each([
    [{ start: 0, end: 2, text: 'he' }, { name: 'John Smith' }, false],
    [{ start: 0, end: 11, text: 'John Smith’s' }, { name: 'Smith' }, true],
    [{ start: 0, end: 10, text: 'John Smith' }, { name: 'Jones', start: 5, end: 10 }, true],
    [{ start: 0, end: 10, text: 'John Smith' }, null, false],
  ])('speaker %j vs %j: %s', (g, p, ok) => {
    expect(speakerCorrect(g, p)).toBe(ok);
  });
});

describe('scoreCoref', () => {
  const text = 'Mary Poppins met John. Poppins smiled. John left. Mary waved.';
  const m = (part: string, from: number, cluster: string, type = 'PER') => ({ ...span(text, part, from), type, named: true, cluster });
  const gold: GoldDoc[] = [{ id: 'c', text, entities: [m('Mary Poppins', 0, 'A'), m('John', 0, 'B'), m('Poppins', 20, 'A'), m('John', 30, 'B'), m('Mary', 45, 'A')] }];
  // Poppins ×2 right, John ×2 right, but the last "Mary" was made a separate person.
  const predicted: Prediction = {
    id: 'c',
    people: [
      { id: 'e1', name: 'Mary Poppins', mentions: [span(text, 'Mary Poppins'), span(text, 'Poppins', 20)] },
      { id: 'e2', name: 'John', mentions: [span(text, 'John'), span(text, 'John', 30)] },
      { id: 'e3', name: 'Mary', mentions: [span(text, 'Mary', 45)] },
    ],
  };
  const score = scoreCoref([[gold[0]!, predicted]]);
  it('gold links: A has 3 mentions (3 links), B 2 (1 link) = 4; predicted links 2, both right', () => {
    expect(score.detail).toMatchObject({ goldLinks: 4, predictedLinks: 2, correctLinks: 2, mentionRecall: 100 });
    expect(score.precision).toBe(100);
    expect(score.recall).toBe(50);
  });
  it('names the split cluster', () => {
    expect(score.errors.map((e) => e.kind)).toEqual(['split']);
  });
});

describe('scoreKeyphrases', () => {
  it('stems both sides: plurals, case, hyphens and possessives match', () => {
    expect(normalizePhrase('Oil-Spills')).toBe(normalizePhrase('oil spill'));
    expect(normalizePhrase("Alaska's coast")).toBe(normalizePhrase('alaska coasts'));
  });
  it('F1@5 and F1@10 macro over documents', () => {
    const gold: GoldDoc[] = [
      { id: 'a', text: '', keyphrases: ['oil spill', 'cleanup', 'tanker', 'wildlife'] },
      { id: 'b', text: '', keyphrases: ['election'] },
    ];
    const predictions: Prediction[] = [
      // Top 5: 2 right ("Oil spills", "tankers"); the repeat "oil spill" after stemming is dropped.
      { id: 'a', keyphrases: ['Oil spills', { text: 'oil spill', score: 0.9 }, 'coast', 'tankers', 'storm', 'ship', 'cleanup'] },
      { id: 'b', keyphrases: [] },
    ];
    const score = scoreKeyphrases(gold.map((g, i) => [g, predictions[i]!]));
    // a@5: P 2/5, R 2/4 → F1 4/9; a@10 (6 ranked): P 3/6, R 3/4 → F1 0.6; b: 0.
    expect((score.detail as any).at5.f1).toBeCloseTo((100 * 4) / 9 / 2, 1);
    expect(score.f1).toBeCloseTo(30, 5);
  });
});

describe('scoreTopics', () => {
  const taxonomy: Taxonomy = {
    source: 'test',
    parent: new Map<string, string | null>([['medtop:A', null], ['medtop:A1', 'medtop:A'], ['medtop:A11', 'medtop:A1'], ['medtop:B', null], ['medtop:B1', 'medtop:B']]),
    label: new Map([['medtop:A', 'alpha'], ['medtop:B', 'beta']]),
  };
  const gold: GoldDoc[] = [
    { id: '1', text: 'x', label: 'a', iptc: 'medtop:A' },
    { id: '2', text: 'y', label: 'a', iptc: 'medtop:A' },
    { id: '3', text: 'z', label: 'b', iptc: 'medtop:B' },
  ];
  const predictions: Prediction[] = [
    { id: '1', issues: [{ label: 'x', iptc: 'medtop:B1', score: 0.2 }, { label: 'y', iptc: 'medtop:A11', score: 0.9 }] },
    // A tie keeps the listed order: B1 first, wrong; A is second → top 3.
    { id: '2', issues: [{ label: 'x', iptc: 'medtop:B1', score: 0.5 }, { label: 'y', iptc: 'medtop:A1', score: 0.5 }] },
    { id: '3', issues: [{ label: 'x', iptc: 'medtop:unknown', score: 1 }] },
  ];
  const score = scoreTopics(gold.map((g, i) => [g, predictions[i]!]), taxonomy);
  it('1 of 3 right; gold in the top 3 for 2; one with no known issue', () => {
    expect(score.accuracy).toBeCloseTo(33.33, 2);
    expect(score.detail).toMatchObject({ correct: 1, top3: 66.67, noIssue: 1 });
    expect(score.errors.map((e) => e.doc)).toEqual(['2', '3']);
  });
});
