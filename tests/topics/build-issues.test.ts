import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../src/topics/matcher.js';
import { buildTree } from '../../src/topics/taxonomy.js';
import { scoreTopics } from '../../src/topics/score.js';
import { buildIssues } from '../../src/topics/issues.js';
import { articleWords } from '../../src/keyphrases/words.js';
import { nounPhrases } from '../../src/keyphrases/candidates.js';
import { isValidSpan } from '../../src/model/span.js';
import { handDoc, ADJ, DET, N, PN, PREP, VERB } from './helpers.js';

const tree = buildTree([
  { id: 'medtop:10', label: 'politics', parent: null, level: 1 },
  { id: 'medtop:11', label: 'election', parent: 'medtop:10', level: 2 },
  { id: 'medtop:12', label: 'government', parent: 'medtop:10', level: 2 },
  { id: 'medtop:20', label: 'sport', parent: null, level: 1 },
  { id: 'medtop:21', label: 'soccer', parent: 'medtop:20', level: 2 },
]);
const matcher = new TermMatcher([
  { topic: 'medtop:11', term: 'election', weight: 2 },
  { topic: 'medtop:11', term: 'voters', weight: 2 },
  { topic: 'medtop:12', term: 'minister', weight: 2 },
  { topic: 'medtop:12', term: 'cabinet', weight: 2 },
  { topic: 'medtop:21', term: 'football', weight: 3 },
]);

function issuesOf(sentences: Parameters<typeof handDoc>[0]) {
  const { doc, tokens, blocks, sentences: s } = handDoc(sentences);
  const words = articleWords(tokens, blocks, s);
  return { text: doc.text, issues: buildIssues(doc.text, words, nounPhrases(words), scoreTopics(words, matcher, tree), tree) };
}

describe('issues from topic scores', () => {
  // One strong sport cue, but more politics evidence spread over two topics: politics is the subject.
  const { text, issues } = issuesOf([
    [['The', DET], ['football', N], ['club', N], ['backed', VERB], ['the', DET], ['minister', N]],
    [['The', DET], ['election', N], ['worried', VERB], ['young', ADJ], ['voters', N]],
    [['The', DET], ['cabinet', N], ['met', VERB]],
  ]);

  it('puts the best issue of the winning top-level topic first', () => {
    expect(tree.root(issues[0]!.iptc)).toBe('medtop:10');
    expect(issues.map((i) => i.iptc)).toEqual(expect.arrayContaining(['medtop:11', 'medtop:12', 'medtop:21']));
  });
  it('scores best first', () => {
    const scores = issues.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
  it('grows evidence to the noun phrase around the cue and labels issues with it', () => {
    const soccer = issues.find((i) => i.iptc === 'medtop:21')!;
    expect(soccer.evidence.map((e) => e.text)).toEqual(['football club']);
    expect(soccer.label).toBe('Football club');
    expect(soccer.topic).toBe('soccer');
    const election = issues.find((i) => i.iptc === 'medtop:11')!;
    expect(election.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['election', 'young voters']));
    for (const issue of issues) for (const e of issue.evidence) expect(isValidSpan(text, e)).toBe(true);
  });
  it('leaves out the top-level topic when a more specific issue carries its evidence', () => {
    expect(issues.some((i) => i.iptc === 'medtop:10')).toBe(false);
  });
  it('gives no issues to an article with no cues', () => {
    expect(issuesOf([[['The', DET], ['weather', N], ['changed', VERB]]]).issues).toEqual([]);
  });
});

describe('evidence and organization names', () => {
  // "The Ministry of Football Affairs backed the minister": an organization's name around two cues.
  function withName(name: readonly [number, number] | undefined) {
    const { doc, tokens, blocks, sentences } = handDoc([
      [['The', DET], ['Ministry', PN], ['of', PREP], ['Football', PN], ['Affairs', PN], ['backed', VERB], ['the', DET], ['minister', N]],
      [['The', DET], ['cabinet', N], ['met', VERB], ['after', PREP], ['the', DET], ['election', N]],
    ]);
    const words = articleWords(tokens, blocks, sentences);
    const inName = (i: number) => (name && i >= name[0] && i < name[1] ? name : undefined);
    return buildIssues(doc.text, words, nounPhrases(words), scoreTopics(words, matcher, tree), tree, undefined, () => false, inName);
  }
  const evidence = (issues: ReturnType<typeof withName>) => issues.flatMap((i) => i.evidence.map((e) => e.text));

  it('a phrase that cuts a name takes in the whole name', () => {
    const issues = withName([1, 5]);
    expect(evidence(issues)).toContain('Ministry of Football Affairs');
    expect(evidence(issues)).not.toContain('Football Affairs');
  });
  it('a cue that is not the head of the name does not make the name topical', () => {
    // "Football" sits inside "Ministry of … Affairs": the ministry is no soccer story. The soccer
    // issue keeps the taxonomy's label and ranks lower than when the same words are no name.
    const named = withName([1, 5]).find((i) => i.iptc === 'medtop:21')!;
    const unnamed = withName(undefined).find((i) => i.iptc === 'medtop:21')!;
    expect(named.label).toBe('Soccer');
    expect(unnamed.label).toBe('Football Affairs');
    expect(named.score).toBeLessThan(unnamed.score);
  });
  it('without a name the phrase is what the tagger chunks (counter-example)', () => {
    expect(evidence(withName(undefined))).not.toContain('Ministry of Football Affairs');
  });
});

