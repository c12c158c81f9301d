/** Issues as a reader sees them: one-phrase labels, headline subjects ranked high, no ancestor echoing its child. */
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../src/topics/matcher.js';
import { buildTree } from '../../src/topics/taxonomy.js';
import { scoreTopics } from '../../src/topics/score.js';
import { buildIssues, dropEchoes, labelOf, type Draft } from '../../src/topics/issues.js';
import { articleWords } from '../../src/keyphrases/words.js';
import { nounPhrases } from '../../src/keyphrases/candidates.js';
import { handDoc, ADJ, DET, N, VERB } from './helpers.js';

const tree = buildTree([
  { id: 'medtop:1', label: 'economy, business and finance', parent: null, level: 1 },
  { id: 'medtop:2', label: 'transport', parent: 'medtop:1', level: 2 },
  { id: 'medtop:3', label: 'waterway and maritime transport', parent: 'medtop:2', level: 3 },
  { id: 'medtop:4', label: 'labour', parent: null, level: 1 },
  { id: 'medtop:5', label: 'labor strike', parent: 'medtop:4', level: 2 },
  { id: 'medtop:6', label: 'wages and benefits', parent: 'medtop:4', level: 2 },
]);

let at = 0;
const ev = (text: string, strength: number, nominal = true, topical = true) => ({ start: at, end: (at += text.length), text, strength, nominal, topical });
const draft = (id: string, score: number, evidence: Draft['evidence'], lead = 0): Draft => ({ id, own: score, score, evidence, lead });

describe('labels', () => {
  it.each([
    ['the strongest noun phrase, alone', [ev('wage talks', 3), ev('pay deal', 2)], 'Wage talks'],
    ['a phrase of several words beats a slightly stronger bare cue', [ev('tensions', 3), ev('US-China relations', 2.5)], 'US-China relations'],
    ['…but not a much stronger one', [ev('strike', 6), ev('long strike', 2)], 'Strike'],
    ['the IPTC label when the cues are verbs', [ev('fell', 3, false), ev('rose', 2, false)], 'Wages and benefits'],
    ['no leading article', [ev('the pay rise', 3)], 'Pay rise'],
  ] as const)('%s', (_, evidence, label) => {
    expect(labelOf(draft('medtop:6', 1, [...evidence]), tree)).toBe(label);
  });
  it('never joins two phrases with "and"', () => {
    expect(labelOf(draft('medtop:2', 1, [ev('port', 3), ev('container traffic', 3)]), tree)).not.toMatch(/ and /);
  });
  it('a label a better issue already took gives way to the IPTC label', () => {
    const used = new Set<string>();
    const evidence = [ev('wage talks', 3)];
    expect(labelOf(draft('medtop:5', 1, evidence), tree, used)).toBe('Wage talks');
    expect(labelOf(draft('medtop:6', 1, evidence), tree, used)).toBe('Wages and benefits');
  });
});

describe('ancestors merge into their descendants', () => {
  it('an ancestor with mostly the same evidence merges: one issue, the specific code, the evidence of both', () => {
    const port = ev('Port', 3);
    const traffic = ev('container traffic', 2);
    const parts = ev('car parts', 1);
    const docks = ev('Dockworkers', 2);
    const kept = dropEchoes([draft('medtop:2', 0.71, [port, traffic, parts]), draft('medtop:3', 0.7, [port, docks, traffic], 1)], tree);
    expect(kept.map((d) => d.id)).toEqual(['medtop:3']);
    expect(kept[0]!.score).toBe(0.71);
    expect(kept[0]!.evidence.map((e) => e.text)).toEqual(['Port', 'container traffic', 'Dockworkers', 'car parts']);
  });
  it('an ancestor with evidence of its own stays', () => {
    const kept = dropEchoes([draft('medtop:2', 0.7, [ev('Port', 1), ev('railways', 3), ev('airlines', 2)]), draft('medtop:3', 0.6, [ev('Port', 1), ev('ferries', 2)])], tree);
    expect(kept.map((d) => d.id)).toEqual(['medtop:2', 'medtop:3']);
  });
  it('siblings never merge', () => {
    const talks = ev('wage talks', 2);
    expect(dropEchoes([draft('medtop:5', 0.5, [talks]), draft('medtop:6', 0.4, [talks])], tree)).toHaveLength(2);
  });
});

describe('headline subjects rank high', () => {
  const matcher = new TermMatcher([
    { topic: 'medtop:5', term: 'strike', weight: 2 },
    { topic: 'medtop:6', term: 'wages', weight: 2 },
    { topic: 'medtop:6', term: 'pay', weight: 2 },
  ]);
  const issuesOf = (sentences: Parameters<typeof handDoc>[0], headline: boolean, m = matcher) => {
    const { doc, tokens, blocks, sentences: s } = handDoc(sentences, headline);
    const words = articleWords(tokens, blocks, s);
    return buildIssues(doc.text, words, nounPhrases(words), scoreTopics(words, m, tree), tree).map((i) => i.iptc);
  };
  const body: [string, string[]][][] = [
    [['Ships', N], ['waited', VERB]],
    [['Unions', N], ['want', VERB], ['higher', ADJ], ['wages', N]],
    [['The', DET], ['pay', N], ['offer', N], ['failed', VERB]],
    [['Workers', N], ['discussed', VERB], ['wages', N]],
    [['A', DET], ['strike', N], ['began', VERB]],
  ];
  it('an issue named in the headline ranks above one with more body evidence', () => {
    expect(issuesOf([[['Dock', N], ['strike', N], ['halts', VERB], ['port', N]], ...body], true)).toEqual(['medtop:5', 'medtop:6']);
  });
  it('a weak cue in the headline earns less', () => {
    const weak = new TermMatcher([
      { topic: 'medtop:5', term: 'strike', weight: 0.5 },
      { topic: 'medtop:5', term: 'stoppage', weight: 2 },
      { topic: 'medtop:6', term: 'wages', weight: 2 },
      { topic: 'medtop:6', term: 'pay', weight: 2 },
    ]);
    const issues = issuesOf([[['Dock', N], ['strike', N], ['halts', VERB], ['port', N]], ...body, [['The', DET], ['stoppage', N], ['continued', VERB]]], true, weak);
    expect(issues).toEqual(['medtop:6', 'medtop:5']);
  });
  it('without the headline, more evidence ranks first', () => {
    expect(issuesOf([[['Dock', N], ['workers', N], ['gathered', VERB]], ...body], true)).toEqual(['medtop:6', 'medtop:5']);
  });
});
