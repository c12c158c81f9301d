/**
 * The learned speaker ranker: its training is deterministic and learns what it is shown, the
 * candidates describe the phrases a reader would weigh, the engine uses the model it is given, and
 * the quote's speaker never contradicts the entities layer.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choose, NO_SPEAKER, speakerModel, trainRanker, trainRankerEnsemble, type RankingExample } from '../../src/quotes/speaker-ranker.js';
import { findQuotes } from '../../src/quotes/engine.js';
import type { SpeakerCandidate } from '../../src/quotes/speaker-candidates.js';
import { annotate, buildPipeline } from '../../src/annotate.js';
import { ConfigError } from '../../src/errors.js';
import { article, docWith, quoteInput, type HandEntity } from './support.js';

const obama: HandEntity = { name: 'Barack Obama', forms: ['Barack Obama', 'Obama'], gender: 'male' };
const clinton: HandEntity = { name: 'Hillary Clinton', forms: ['Hillary Clinton', 'Clinton'], gender: 'female' };

describe('ranking perceptron', () => {
  // The right answer is always the candidate with feature "near"; "far" and "none" are wrong.
  const examples: RankingExample[] = Array.from({ length: 40 }, (_, k) => ({
    candidates: k % 2 ? [['far', 'capital'], ['near']] : [['near', 'capital'], ['far']],
    none: ['none'],
    correct: [k % 2 ? 1 : 0],
  }));

  it('learns a separable choice', () => {
    const weights = trainRanker(examples, 3);
    expect(examples.every((e) => e.correct.includes(choose(weights, e).index))).toBe(true);
    expect(weights.get('near')!).toBeGreaterThan(weights.get('far') ?? 0);
  });
  it('gives the same weights on every run (seeded order)', () => {
    expect([...trainRankerEnsemble(examples, 2)]).toEqual([...trainRankerEnsemble(examples, 2)]);
  });
  it('learns "no speaker" when that is the right answer', () => {
    const none: RankingExample[] = examples.map((e) => ({ ...e, correct: [NO_SPEAKER] }));
    const weights = trainRanker(none, 3);
    expect(none.every((e) => choose(weights, e).index === NO_SPEAKER)).toBe(true);
  });
  it('breaks ties towards the earlier candidate', () => {
    expect(choose(new Map([['a', 1]]), { candidates: [['a'], ['a']], none: [] }).index).toBe(0);
  });
});

/** The candidates of the article's first quote, by their text. */
function candidatesOf(paragraphs: string[], people: HandEntity[] = [obama, clinton]): Map<string, SpeakerCandidate> {
  const doc = quoteInput(docWith(article(...paragraphs), people));
  let found: readonly SpeakerCandidate[] | undefined;
  findQuotes(doc, {}, { observe: (_q, candidates) => (found ??= candidates) });
  return new Map((found ?? []).map((c) => [doc.text.slice(c.span.start, c.span.end), c]));
}

describe('speaker candidates', () => {
  it.each([
    ['subject of a cue after the quote', ['“We will win,” the spokesman said.'], 'the spokesman', ['subject-of-cue', 'pos:after', 'cue:say', 'stops:after:0']],
    ['object of an inverted cue', ['“We will win,” said Obama.'], 'Obama', ['object-of-cue', 'mention:person', 'pos:after']],
    ['"according to" names the source', ['The plan is “dead on arrival,” according to Clinton.'], 'Clinton', ['according-to', 'pos:after']],
    ['"per" as "according to"', ['The vote must be held “within ten days,” per the party’s bylaws.'], 'the party’s bylaws', ['according-to']],
    ['a pronoun subject before the quote', ['Obama spoke first. He said: “It is time.”'], 'He', ['pronoun:he', 'subject-of-cue', 'pos:before', 'stops:before:0']],
    // Counter-example: a sentence end between a phrase and the quote is counted, even when the
    // tagger keeps both in one sentence.
    ['a sentence end counts after a closed quote', ['“It is over.” The committee met and the members said nothing.'], 'nothing', ['stops:after:1']],
  ])('%s', (_name, paragraphs, phrase, features) => {
    const c = candidatesOf(paragraphs).get(phrase);
    expect(c, `no candidate '${phrase}'`).toBeDefined();
    for (const f of features) expect(c!.features).toContain(f);
  });
  it('marks the phrase the rules chose', () => {
    const c = candidatesOf(['“We will win,” the spokesman said.']).get('the spokesman')!;
    expect(c.fromRule).toBe(true);
    expect(c.features).toContain('rule');
  });
  it('never offers words inside the quote', () => {
    const texts = [...candidatesOf(['“Obama said he would come,” Clinton said.']).keys()];
    expect(texts).toContain('Clinton');
    expect(texts).not.toContain('Obama');
  });
});

describe('the engine and its model', () => {
  const paragraphs = ['Obama spoke in Ohio on Monday.', '“We will win,” he said.'];
  it('uses the model it is given (one that always answers "no speaker")', () => {
    const doc = quoteInput(docWith(article(...paragraphs), [obama]));
    const silent = { version: 1 as const, trainedOn: 'test', epochs: 1, weights: { none: 1000 } };
    const withModel = findQuotes(doc, {}, { speakerModel: silent }).quotes.filter((q) => q.kind !== 'indirect');
    const rulesOnly = findQuotes(doc, {}, {}).quotes.filter((q) => q.kind !== 'indirect');
    expect(withModel[0]!.speaker).toBeNull();
    expect(withModel[0]!.rule).toBe('ranker:no-speaker');
    expect(rulesOnly[0]!.speaker?.name).toBe('Barack Obama');
  });
  it('ships a model (models/speakers.json) that the quotes stage loads', () => {
    const model = speakerModel();
    expect(model?.version).toBe(1);
    expect(Object.keys(model!.weights).length).toBeGreaterThan(100);
  });
  it('a pipeline takes another speaker model as a resource, and null runs the rules alone', () => {
    const text = article('Obama spoke in Ohio on Monday.', '“We will win,” he said.');
    const speakerOf = (resources: Parameters<typeof buildPipeline>[1]) => annotate(text, { pipeline: buildPipeline({}, resources) }).layers.quotes!.find((q) => q.kind !== 'indirect')!;
    expect(speakerOf({ speakerModel: { version: 1, trainedOn: 'test', epochs: 1, weights: { none: 1000 } } }).rule).toBe('ranker:no-speaker');
    expect(speakerOf({ speakerModel: null }).speaker?.text).toBe('he');
  });
  it('a speaker model file that cannot be read is a ConfigError when the pipeline is built', () => {
    expect(() => buildPipeline({}, { speakerModel: 'no/such/speakers.json' })).toThrow(ConfigError);
  });
  it('counter-example: a name near an unattributed quote does not become its speaker', () => {
    const doc = quoteInput(docWith(article('Obama visited Ohio on Monday.', '“The economy is strong.”'), [obama]));
    const q = findQuotes(doc, {}, { speakerModel: speakerModel() }).quotes.filter((x) => x.kind !== 'indirect');
    expect(q[0]?.speaker ?? null).toBeNull();
  });
});

describe('one speaker, one entity', () => {
  const fixtures = fs.readdirSync('fixtures').filter((f) => f.endsWith('.txt'));
  it.each(fixtures)('%s: a quote’s speaker is the entity the entities layer gives its mention', (file) => {
    const doc = annotate(fs.readFileSync(`fixtures/${file}`, 'utf8'));
    const clashes: string[] = [];
    for (const q of doc.layers.quotes ?? []) {
      const s = q.speaker;
      if (!s || s.start === undefined || s.end === undefined) continue;
      const mention = (doc.layers.mentions ?? []).find((m) => m.entityId && m.start <= s.start! && s.end! <= m.end && (m.type === 'person' || m.type === 'org'));
      if (mention && s.entity !== mention.entityId) clashes.push(`${s.text} → ${s.entity} but the mention is ${mention.entityId}`);
    }
    expect(clashes).toEqual([]);
  });
});
