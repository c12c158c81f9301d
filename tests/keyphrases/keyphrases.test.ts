import { describe, expect, it } from 'vitest';
import { articleWords } from '../../src/keyphrases/words.js';
import { nounPhrases } from '../../src/keyphrases/candidates.js';
import { DEFAULT_RANK_OPTIONS, rankKeyphrases } from '../../src/keyphrases/rank.js';
import { annotateIssues, handDoc, ADJ, DET, N, PN, PREP, VERB } from '../topics/helpers.js';

const phrasesOf = (sentences: Parameters<typeof handDoc>[0], headline = false) => {
  const { tokens, blocks, sentences: s } = handDoc(sentences, headline);
  const words = articleWords(tokens, blocks, s);
  return nounPhrases(words).map((p) => words.slice(p.from, p.to).map((w) => w.text).join(' '));
};

describe('candidate noun phrases', () => {
  it.each([
    ['adjectives and nouns, no determiner', [[['the', DET], ['alleged', ADJ], ['spy', N], ['balloon', N], ['drifted', VERB]]], ['alleged spy balloon']],
    ['a phrase must end in a noun', [[['the', DET], ['economy', N], ['is', ['Verb', 'Copula']], ['stable', ADJ]]], ['economy']],
    ['prepositions split phrases', [[['flow', N], ['of', PREP], ['precursor', N], ['chemicals', ['Noun', 'Plural']]]], ['flow', 'precursor chemicals']],
    ['grading adjectives are trimmed', [[['the', DET], ['largest', ['Adjective', 'Superlative']], ['oil', N], ['spill', N]]], ['oil spill']],
    ['a possessive name ends its own phrase', [[['Ben', ['Noun', 'ProperNoun', 'Possessive']], ["Johnson's", ['Noun', 'ProperNoun', 'Possessive']], ['drug', N], ['test', N]]], ["Ben Johnson's", 'drug test']],
    ['a common possessive is left out', [[["company's", ['Noun', 'Possessive']], ['chief', ADJ], ['officer', N]]], ['chief officer']],
    ['"its" is no name', [[['its', ['Noun', 'Possessive']], ['cleanup', N]]], ['cleanup']],
    ['a function word tagged as a noun breaks the phrase', [[['Philippines', PN], ['is', N], ['Asia', PN]]], ['Philippines', 'Asia']],
    ['a generic noun heads a compound', [[['crew', N], ['members', ['Noun', 'Plural']]]], ['crew members']],
    ['a generic noun alone is no phrase', [[['the', DET], ['members', ['Noun', 'Plural']], ['voted', VERB]]], []],
    ['ordinals and "new" modify', [[['first', ['Value', 'TextValue', 'Ordinal']], ['diamond', N], ['mine', N], ['and', ['Conjunction']], ['new', ADJ], ['treatments', ['Noun', 'Plural']]]], ['first diamond mine', 'new treatments']],
    ['a season is a noun, a weekday is not', [[['hurricane', N], ['season', ['Date', 'Noun', 'Duration', 'Singular']], ['Saturday', ['Date', 'Noun', 'WeekDay', 'Duration']]]], ['hurricane season']],
    ['a base-form verb after a singular noun is a compound', [[['drug', ['Noun', 'Singular']], ['use', ['Verb', 'PresentTense', 'Infinitive']], ['rose', VERB]]], ['drug use']],
    ['…but not after a plural subject', [[['farmers', ['Noun', 'Plural']], ['use', ['Verb', 'PresentTense', 'Infinitive']], ['pesticides', ['Noun', 'Plural']]]], ['farmers', 'pesticides']],
    ['…nor when an object follows it', [[['the', DET], ['bank', ['Noun', 'Singular']], ['approve', ['Verb', 'PresentTense', 'Infinitive']], ['the', DET], ['loan', N]]], ['bank', 'loan']],
    ['…nor after a name', [[['Exxon', PN], ['plan', ['Verb', 'PresentTense', 'Infinitive']]]], ['Exxon']],
    ['stop words never head a phrase', [[['last', ADJ], ['year', N]]], []],
    ['measures written as one word are left out', [[['a', DET], ['2,000-acre', ADJ], ['forest', N], ['fire', N]]], ['forest fire']],
  ] as const)('%s', (_, sentences, expected) => {
    expect(phrasesOf(sentences as unknown as Parameters<typeof handDoc>[0])).toEqual(expected);
  });

  it('a title-case headline word the body never uses as a noun is not content', () => {
    const phrases = phrasesOf(
      [
        [['Environmentalists', PN], ['Call', PN], ['Spill', PN], ['Disaster', PN]],
        [['Environmentalists', ['Noun', 'Plural']], ['call', VERB], ['the', DET], ['spill', N], ['a', DET], ['disaster', N]],
      ],
      true,
    );
    expect(phrases.slice(0, 2)).toEqual(['Environmentalists', 'Spill Disaster']);
  });
});

describe('ranking', () => {
  const text = [
    'Oil spill fouls Alaska coast',
    'A huge oil spill from a grounded tanker spread along the Alaska coast on Saturday, and cleanup crews struggled to contain the crude oil.',
    'The tanker ran aground on a reef. Officials said the oil spill was the largest in US history and that cleanup crews needed more equipment.',
    'Fishermen worried about the salmon season as the crude oil reached the beaches. Later, a spokesman talked about the weather.',
  ].join('\n\n');
  const keyphrases = annotateIssues(text).layers.keyphrases!;
  const texts = keyphrases.map((k) => k.text.toLowerCase());

  it('puts the repeated, early phrase first', () => {
    expect(texts[0]).toBe('oil spill');
    expect(texts.slice(0, 5)).toEqual(expect.arrayContaining(['crude oil', 'cleanup crews']));
  });
  it('ranks a late, one-off phrase below the lead phrases', () => {
    expect(texts.indexOf('weather')).toBeGreaterThan(texts.indexOf('cleanup crews'));
  });
  it('writes a possessive name without its ’s', () => {
    const kp = annotateIssues('Johnson’s steroid use\n\nBen Johnson’s steroid use shocked Canada. Johnson’s coach spoke.').layers.keyphrases!.map((k) => k.text);
    expect(kp).toContain('Ben Johnson');
    expect(kp.some((k) => /’s$/.test(k))).toBe(false);
  });
  it('ranks a one-word phrase below a compound of the same weight', () => {
    const { tokens, blocks, sentences } = handDoc([[['ocean', N], ['temperature', N], ['rose', VERB], ['and', ['Conjunction']], ['drought', N], ['followed', VERB]]]);
    const words = articleWords(tokens, blocks, sentences);
    const phrases = nounPhrases(words);
    const texts = (factor: number) => rankKeyphrases(words, phrases, { ...DEFAULT_RANK_OPTIONS, singleWordFactor: factor }).map((k) => k.text);
    expect(texts(0.6)).toEqual(['ocean temperature', 'drought']);
    expect(texts(3)[0]).toBe('drought');
  });
  it('keeps one phrase per stem sequence', () => {
    expect(texts.filter((t) => t.startsWith('oil spill')).length).toBe(1);
  });
  it('scores best first, normalized to 1', () => {
    expect(keyphrases[0]!.score).toBe(1);
    const scores = keyphrases.map((k) => k.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
  it('is deterministic', () => {
    expect(annotateIssues(text).layers.keyphrases).toEqual(keyphrases);
  });
  it('an empty article has none', () => {
    const { tokens, blocks, sentences } = handDoc([]);
    const words = articleWords(tokens, blocks, sentences);
    expect(rankKeyphrases(words, nounPhrases(words))).toEqual([]);
  });
});
