import { describe, expect, it } from 'vitest';
import { TermMatcher, type MatchWord } from '../../src/topics/matcher.js';
import { wordKey } from '../../src/topics/normalize.js';
import { buildTree } from '../../src/topics/taxonomy.js';
import { scoreTopics, salience } from '../../src/topics/score.js';
import { articleWords } from '../../src/keyphrases/words.js';
import { handDoc, N, PN, VERB, DET } from './helpers.js';

const words = (text: string): MatchWord[] => text.split(' ').map((w, i, all) => ({ text: w.replace(/[,.]$/, ''), breakAfter: /[,.]$/.test(w) || i === all.length - 1 }));
const matcher = new TermMatcher([
  { topic: 'spy', term: 'spy balloon', weight: 2 },
  { topic: 'weather', term: 'balloon', weight: 1 },
  { topic: 'soccer', term: 'striker', weight: 2 },
  { topic: 'party', term: 'Labour', weight: 2 },
  { topic: 'drugs', term: 'precursor chemicals', weight: 2 },
  { topic: 'trade', term: 'supply chain', weight: 2 },
]);
const found = (text: string) => matcher.match(words(text)).map((m) => m.entries.map((e) => e.topic).join('+'));

describe('normalized words', () => {
  it.each([
    ['Strikers', 'striker'],
    ['striker’s', 'striker'],
    ["strikers'", 'striker'],
    ['policies', 'policy'],
    ['taxes', 'tax'],
    ['news', 'news'],
    ['crisis', 'crisis'],
    ['goods', 'goods'],
    ['US', 'us'],
  ])('%s → %s', (word, key) => expect(wordKey(word)).toBe(key));
});

describe('term matching', () => {
  it.each([
    ['an alleged spy balloon drifted', ['spy']],
    ['a weather balloon', ['weather']],
    ['the spy, balloon', ['weather']], // a comma ends a phrase
    ['two strikers scored', ['soccer']],
    ['Labour won', ['party']],
    ['labour costs rose', []], // a capitalized lexicon term needs a capitalized word
    ['the flow of precursor chemicals and broken supply chains', ['drugs', 'trade']],
  ])('%s', (text, topics) => expect(found(text)).toEqual(topics));
});

describe('topic scores', () => {
  const tree = buildTree([
    { id: 'medtop:1', label: 'sport', parent: null, level: 1 },
    { id: 'medtop:2', label: 'competition discipline', parent: 'medtop:1', level: 2 },
    { id: 'medtop:3', label: 'soccer', parent: 'medtop:2', level: 3 },
    { id: 'medtop:9', label: 'economy', parent: null, level: 1 },
  ]);
  const m = new TermMatcher([
    { topic: 'medtop:3', term: 'striker', weight: 2 },
    { topic: 'medtop:1', term: 'striker', weight: 1 },
    { topic: 'medtop:1', term: 'match', weight: 1 },
    { topic: 'medtop:9', term: 'shares', weight: 1 },
  ]);
  const { doc, tokens, blocks, sentences } = handDoc([
    [['Striker', N], ['signs', VERB]],
    [['The', DET], ['striker', N], ['missed', VERB], ['the', DET], ['match', N]],
    [['Club', PN], ['shares', N], ['fell', VERB]],
  ], true);
  const w = articleWords(tokens, blocks, sentences);
  const scores = scoreTopics(w, m, tree);

  it('a child lifts its ancestors, and the top level adds up every cue under it', () => {
    const soccer = scores.topics.get('medtop:3')!;
    const discipline = scores.topics.get('medtop:2')!;
    const sport = scores.topics.get('medtop:1')!;
    expect(soccer.own).toBeGreaterThan(0);
    expect(discipline.own).toBe(0);
    expect(discipline.subtree).toBeCloseTo(soccer.subtree);
    expect(sport.subtree).toBeGreaterThan(soccer.subtree);
    expect(scores.roots.map((r) => r.id)).toEqual(['medtop:1', 'medtop:9']);
  });

  it('a term listed for a topic and its ancestor counts once toward the branch, at its higher weight', () => {
    const sport = scores.topics.get('medtop:1')!;
    const soccer = scores.topics.get('medtop:3')!;
    const matchOnly = sport.subtree - soccer.subtree;
    // sport's branch = striker (weight 2, once) + match; not striker twice.
    expect(matchOnly).toBeGreaterThan(0);
    expect(matchOnly).toBeLessThan(soccer.subtree);
  });

  it('headline words weigh at least as much as the lead, and the lead more than later sentences', () => {
    expect(salience(w[0]!)).toBeGreaterThanOrEqual(salience(w[2]!));
    expect(salience(w[3]!)).toBeGreaterThan(salience(w[w.length - 1]!));
    void doc;
  });
});
