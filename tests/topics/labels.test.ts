/** Issue labels name a subject: never a person's title or role, a fragment of one, or a bare generic word. */
import { describe, expect, it } from 'vitest';
import { isGenericPhrase, isPersonPhrase, isPersonWord } from '../../src/topics/labels.js';
import { demoteUntopical, labelOf, buildIssues, type Draft } from '../../src/topics/issues.js';
import { buildTree } from '../../src/topics/taxonomy.js';
import { TermMatcher } from '../../src/topics/matcher.js';
import { scoreTopics } from '../../src/topics/score.js';
import { articleWords } from '../../src/keyphrases/words.js';
import { nounPhrases } from '../../src/keyphrases/candidates.js';
import { handDoc, ADJ, DET, N, PN, VERB } from './helpers.js';

describe('person words and phrases', () => {
  it.each([
    ['minister', true],
    ['Officials', true],
    ['parents', true],
    ['dockworkers', true],
    ['lawmakers', true],
    ['director', true],
    ['MPs', true],
    ['shareholders', true],
    ['co-chairman', true],
    ['journalists', true],
    ['co-operation', false],
    // Title words that also name fields or things.
    ['justice', false],
    ['general', false],
    ['monitor', false],
    ['relations', false],
    ['strike', false],
  ])('%s is a person word: %s', (word, person) => {
    expect(isPersonWord(word)).toBe(person);
  });

  it.each([
    ['foreign minister', undefined, true],
    ['Chinese Defense Minister', undefined, true],
    ['Secretary of State', undefined, true],
    ['top military officials', undefined, true],
    ['medical director', undefined, true],
    ['Olympic relay star', undefined, true],
    ['Tory co-chairman', undefined, true],
    // A fragment of a longer person description: the next word is the head.
    ['senior State Department', 'official', true],
    ['senior State Department', 'said', false],
    ['Asia-Pacific Economic Cooperation', 'leaders’', false],
    ['US-China relations', 'on', false],
    ['war in Ukraine', undefined, false],
    ['criminal justice', undefined, false],
    ['lines of communication', undefined, false],
    ['fentanyl crisis', undefined, false],
  ] as const)('%s (next: %s) describes a person: %s', (phrase, next, person) => {
    expect(isPersonPhrase(phrase, next)).toBe(person);
  });

  it.each([
    ['children', true],
    ['Department', true],
    ['the government', true],
    ['state officials', true],
    ['euros', true],
    ['quarter', true],
    ['£227bn;331bn euros', true],
    ['2005 budget', false],
    ['role', true],
    ['measles cases', false],
    ['Government bonds', false],
    ['vaccination', false],
    ['port', false],
  ])('%s is generic: %s', (phrase, generic) => {
    expect(isGenericPhrase(phrase)).toBe(generic);
  });
});

const tree = buildTree([
  { id: 'medtop:1', label: 'politics', parent: null, level: 1 },
  { id: 'medtop:2', label: 'international relations', parent: 'medtop:1', level: 2 },
  { id: 'medtop:3', label: 'government', parent: 'medtop:1', level: 2 },
  { id: 'medtop:4', label: 'defense', parent: 'medtop:1', level: 2 },
  { id: 'medtop:5', label: 'society', parent: null, level: 1 },
  { id: 'medtop:6', label: 'family', parent: 'medtop:5', level: 2 },
]);

let at = 0;
const ev = (text: string, strength: number, topical = true, nominal = true) => ({ start: at, end: (at += text.length), text, strength, nominal, topical });
const draft = (id: string, score: number, evidence: Draft['evidence']): Draft => ({ id, own: score, score, evidence, lead: 0 });

describe('labels skip titles, roles and generic words', () => {
  it.each([
    ['a strong title gives way to a topical phrase', [ev('foreign minister', 9, false), ev('US-China relations', 3)], 'US-China relations'],
    ['a generic word gives way too', [ev('children', 9, false), ev('school closures', 2)], 'School closures'],
    ['only titles: the IPTC label', [ev('Defense Secretary', 5, false), ev('Chinese Defense Minister', 4, false)], 'Defense'],
    ['counter-example: a topical phrase is kept as before', [ev('military budget', 5), ev('Defense Secretary', 2, false)], 'Military budget'],
  ] as const)('%s', (_, evidence, label) => {
    expect(labelOf(draft('medtop:4', 1, [...evidence]), tree)).toBe(label);
  });
});

describe('issues with only titles and generic words for evidence', () => {
  const main = () => draft('medtop:2', 1.2, [ev('US-China relations', 5)]);
  it('are dropped when weak', () => {
    const kept = demoteUntopical([main(), draft('medtop:4', 0.37, [ev('Chinese Defense Minister', 3, false)]), draft('medtop:6', 0.33, [ev('parents', 2, false), ev('mother', 1, false)])], tree, 'medtop:1');
    expect(kept.map((d) => d.id)).toEqual(['medtop:2']);
  });
  it('rank at a discount when strong', () => {
    const kept = demoteUntopical([main(), draft('medtop:3', 0.8, [ev('governments', 3, false)]), draft('medtop:6', 0.5, [ev('childcare costs', 2)])], tree, 'medtop:1');
    expect(kept.map((d) => [d.id, d.score])).toEqual([
      ['medtop:2', 1.2],
      ['medtop:6', 0.5],
      ['medtop:3', 0.4],
    ]);
  });
  it('counter-example: a weak issue with one topical phrase stays', () => {
    const kept = demoteUntopical([main(), draft('medtop:6', 0.2, [ev('parents', 2, false), ev('childcare costs', 1)])], tree, 'medtop:1');
    expect(kept.map((d) => [d.id, d.score])).toEqual([
      ['medtop:2', 1.2],
      ['medtop:6', 0.2],
    ]);
  });
  it('the main issue stays even with only titles', () => {
    const kept = demoteUntopical([draft('medtop:3', 0.3, [ev('minister', 3, false)])], tree, 'medtop:1');
    expect(kept.map((d) => d.id)).toEqual(['medtop:3']);
  });
});

describe('in a built article', () => {
  const matcher = new TermMatcher([
    { topic: 'medtop:2', term: 'relations', weight: 2 },
    { topic: 'medtop:2', term: 'talks', weight: 2 },
    { topic: 'medtop:3', term: 'State Department', weight: 2 },
  ]);
  const build = (sentences: Parameters<typeof handDoc>[0]) => {
    const { doc, tokens, blocks, sentences: s } = handDoc(sentences);
    const words = articleWords(tokens, blocks, s);
    return buildIssues(doc.text, words, nounPhrases(words), scoreTopics(words, matcher, tree), tree);
  };
  const lead: [string, string[]][] = [['Trade', N], ['relations', N], ['improved', VERB], ['after', DET], ['talks', N]];
  it('a phrase cut out of "senior State Department official" never labels an issue, which ranks at a discount', () => {
    const issues = build([lead, [['A', DET], ['senior', ADJ], ['State', PN], ['Department', PN], ['official', N], ['spoke', VERB]]]);
    const government = issues.find((i) => i.iptc === 'medtop:3')!;
    expect(government.label).toBe('Government');
    expect(government.score).toBeLessThan(0.5 * issues[0]!.score);
  });
  it('counter-example: the State Department as a subject labels its issue', () => {
    const issues = build([lead, [['The', DET], ['State', PN], ['Department', PN], ['budget', N], ['grew', VERB]], [['The', DET], ['State', PN], ['Department', PN], ['reorganized', VERB]]]);
    expect(issues.find((i) => i.iptc === 'medtop:3')?.label).toMatch(/State Department/);
  });
});
