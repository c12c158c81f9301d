import { defineStage, type Stage } from '../pipeline/annotator.js';
import type { Resources } from './resources.js';
import type { NewsmarkConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { articleWords } from '../keyphrases/words.js';
import { nounPhrases } from '../keyphrases/candidates.js';
import { rankKeyphrases } from '../keyphrases/rank.js';
import { compileTopicEngine, topicEngine, type TopicEngine } from '../topics/engine.js';
import { scoreTopics } from '../topics/score.js';
import { buildIssues } from '../topics/issues.js';
import { LexiconError, readLexicon } from '../topics/lexicon.js';
import type { Mention } from '../model/document.js';
import type { Word } from '../keyphrases/words.js';

/**
 * For each word inside a name of this type (from the mentions layer), the words [from, to) of that
 * name; undefined elsewhere. An issue's evidence never takes in a person's name, and never cuts an
 * organization's ("Rotterdam Authority" of "Port of Rotterdam Authority" takes in the whole name).
 */
function nameSpans(words: readonly Word[], mentions: readonly Mention[], type: Mention['type']): (index: number) => readonly [number, number] | undefined {
  const spans = new Int32Array(words.length * 2).fill(-1);
  // Widest first where names nest ("Port of Rotterdam" inside "Port of Rotterdam Authority"): a word
  // belongs to the whole name around it.
  const names = mentions.filter((m) => m.type === type).sort((a, b) => a.start - b.start || b.end - a.end);
  let i = 0;
  for (const name of names) {
    while (i < words.length && words[i]!.token.end <= name.start) i++;
    let to = i;
    while (to < words.length && words[to]!.token.start < name.end) to++;
    for (let k = i; k < to; k++) {
      if (spans[2 * k]! >= 0) continue;
      spans[2 * k] = i;
      spans[2 * k + 1] = to;
    }
  }
  return (k) => (spans[2 * k]! >= 0 ? [spans[2 * k]!, spans[2 * k + 1]!] : undefined);
}

/**
 * Issues in the IPTC Media Topics taxonomy and keyphrases. Both read the same words and noun
 * phrases: the lexicon's cues score topics (see docs/ISSUES.md), the phrases around the cues become
 * the issues' evidence and labels, and PositionRank over the phrases gives the keyphrases.
 */
export const issues: Stage<'blocks' | 'sentences' | 'tokens' | 'mentions' | 'entities', 'issues' | 'keyphrases', Resources> = defineStage(
  { name: 'issues', requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'], provides: ['issues', 'keyphrases'] },
  (config, resources) => {
    // Compiled once, when the pipeline is built: a lexicon file that cannot be used stops the run
    // before any article is read, instead of one diagnostic per article.
    const engine = loadTopicEngine(config, resources?.topics);
    return (doc) => {
      const { blocks, sentences, tokens, mentions } = doc.layers;
      const words = articleWords(tokens, blocks, sentences);
      const phrases = nounPhrases(words);
      const keyphrases = rankKeyphrases(words, phrases);
      const scores = scoreTopics(words, engine.matcher, engine.tree);
      const personName = nameSpans(words, mentions, 'person');
      return { issues: buildIssues(doc.text, words, phrases, scores, engine.tree, undefined, (i) => personName(i) !== undefined, nameSpans(words, mentions, 'org')), keyphrases };
    };
  },
);

/** The topic engine given, or that of `config.issues`; a lexicon file it cannot use is a ConfigError of one line. */
function loadTopicEngine(config: NewsmarkConfig, given: Resources['topics']): TopicEngine {
  try {
    if (given === undefined) return topicEngine(config);
    if (typeof given === 'string') return compileTopicEngine(readLexicon(given));
    return 'matcher' in given ? given : compileTopicEngine(given);
  } catch (error) {
    if (!(error instanceof LexiconError)) throw error;
    throw new ConfigError(`topic lexicon ${error.message}`);
  }
}
