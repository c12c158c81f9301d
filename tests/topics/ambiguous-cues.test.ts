/** Cues with senses in several fields count only where other cues back their field: "the medical director" is no film director. */
import { describe, expect, it } from 'vitest';
import { LexiconError, markAmbiguous, parseLexicon } from '../../src/topics/lexicon.js';
import { TermMatcher } from '../../src/topics/matcher.js';
import { buildTree } from '../../src/topics/taxonomy.js';
import { corroborated, CORROBORATION, scoreTopics } from '../../src/topics/score.js';
import { articleWords } from '../../src/keyphrases/words.js';
import { handDoc, ADJ, DET, N, VERB } from './helpers.js';
import { annotateIssues } from './helpers.js';

describe('the lexicon lists ambiguous terms', () => {
  it('reads them as matching keys and marks their entries', () => {
    const lex = parseLexicon('ambiguous: [Directors, virus]\ntopics:\n  medtop:20000005: {strong: [director, film]}\n', 'x');
    expect([...lex.ambiguous].sort()).toEqual(['director', 'virus']);
    expect(markAmbiguous(lex.entries, lex.ambiguous).map((e) => [e.term, e.ambiguous ?? false])).toEqual([
      ['director', true],
      ['film', false],
    ]);
  });
  it('rejects a value that is not a list', () => {
    expect(() => parseLexicon('ambiguous: virus\ntopics: {}\n', 'x')).toThrow(LexiconError);
  });
  it('has none unless listed', () => {
    expect(parseLexicon('topics: {}\n', 'x').ambiguous.size).toBe(0);
  });
});

const tree = buildTree([
  { id: 'medtop:1', label: 'arts', parent: null, level: 1 },
  { id: 'medtop:2', label: 'movies', parent: 'medtop:1', level: 2 },
  { id: 'medtop:3', label: 'health', parent: null, level: 1 },
  { id: 'medtop:4', label: 'communicable disease', parent: 'medtop:3', level: 2 },
  { id: 'medtop:5', label: 'technology', parent: null, level: 1 },
  { id: 'medtop:6', label: 'computing', parent: 'medtop:5', level: 2 },
]);

describe('which senses of an ambiguous cue count', () => {
  const virus = [
    { topic: 'medtop:4', term: 'virus', weight: 1, ambiguous: true },
    { topic: 'medtop:6', term: 'virus', weight: 1, ambiguous: true },
  ];
  it.each([
    ['no field backed: none', new Map<string, number>(), []],
    ['a field backed below the threshold: none', new Map([['medtop:5', CORROBORATION - 0.1]]), []],
    ['the backed field only', new Map([['medtop:3', 3]]), ['medtop:4']],
    ['the better-backed field of two', new Map([['medtop:3', 9], ['medtop:5', 3]]), ['medtop:4']],
    ['…whichever it is', new Map([['medtop:3', 3], ['medtop:5', 9]]), ['medtop:6']],
    ['both when equally backed', new Map([['medtop:3', 4], ['medtop:5', 4]]), ['medtop:4', 'medtop:6']],
  ] as const)('%s', (_, support, topics) => {
    expect(corroborated(virus, support, tree).map((e) => e.topic)).toEqual(topics);
  });
  it('counter-example: an unambiguous cue counts without any backing', () => {
    const film = [{ topic: 'medtop:2', term: 'film', weight: 2 }];
    expect(corroborated(film, new Map(), tree)).toEqual(film);
  });
});

describe('in an article', () => {
  const matcher = new TermMatcher([
    { topic: 'medtop:2', term: 'director', weight: 2, ambiguous: true },
    { topic: 'medtop:2', term: 'film', weight: 2 },
    { topic: 'medtop:4', term: 'measles', weight: 2 },
    { topic: 'medtop:4', term: 'virus', weight: 1, ambiguous: true },
    { topic: 'medtop:6', term: 'virus', weight: 1, ambiguous: true },
    { topic: 'medtop:6', term: 'software', weight: 2 },
  ]);
  const topics = (sentences: Parameters<typeof handDoc>[0]) => {
    const { tokens, blocks, sentences: s } = handDoc(sentences);
    const scores = scoreTopics(articleWords(tokens, blocks, s), matcher, tree);
    return [...scores.topics.values()].filter((t) => t.own > 0).map((t) => t.id).sort();
  };
  it('"the medical director" in a measles story is no film director, and its virus is the disease', () => {
    expect(topics([[['Measles', N], ['spread', VERB]], [['The', DET], ['medical', ADJ], ['director', N], ['said', VERB], ['the', DET], ['virus', N], ['spreads', VERB]]])).toEqual(['medtop:4']);
  });
  it('counter-example: a director in a film story counts for movies', () => {
    expect(topics([[['The', DET], ['film', N], ['opened', VERB]], [['The', DET], ['director', N], ['smiled', VERB]]])).toEqual(['medtop:2']);
  });
  it('counter-example: a virus in a software story is computing', () => {
    expect(topics([[['The', DET], ['software', N], ['failed', VERB]], [['A', DET], ['virus', N], ['spread', VERB]]])).toEqual(['medtop:6']);
  });
});

describe('month names', () => {
  const matcher = new TermMatcher([{ topic: 'medtop:4', term: 'march', weight: 2 }]);
  const own = (word: string, tags: string[]) => {
    const { tokens, blocks, sentences } = handDoc([[['Crowds', N], ['joined', VERB], ['in', DET], [word, tags]]]);
    return scoreTopics(articleWords(tokens, blocks, sentences), matcher, tree).topics.get('medtop:4')?.own ?? 0;
  };
  it('"in March" is a date, no cue', () => {
    expect(own('March', ['ProperNoun', 'Noun', 'Date', 'Month'])).toBe(0);
  });
  it('counter-example: "the march" counts', () => {
    expect(own('march', ['Noun', 'Singular', 'Date', 'Month'])).toBeGreaterThan(0);
  });
});

describe('the shipped lexicon', () => {
  it('keeps a contagious virus out of computing in a measles story', () => {
    const doc = annotateIssues(
      'Measles cases climb as officials urge parents to vaccinate\n\nHealth officials reported 14 new measles cases on Thursday. "Measles is one of the most contagious viruses we know," the medical director said.',
    );
    const topicsFound = doc.layers.issues!.map((i) => i.topic);
    expect(topicsFound).toContain('communicable disease');
    expect(topicsFound).not.toContain('information technology and computer science');
    expect(topicsFound).not.toContain('movies');
    expect(topicsFound).not.toContain('judiciary');
  });
});
