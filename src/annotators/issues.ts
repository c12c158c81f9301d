import type { Annotator } from '../pipeline/annotator.js';
import { layer } from '../model/document.js';
import { articleWords } from '../keyphrases/words.js';
import { nounPhrases } from '../keyphrases/candidates.js';
import { rankKeyphrases } from '../keyphrases/rank.js';
import { topicEngine, type TopicEngine } from '../topics/engine.js';
import { scoreTopics } from '../topics/score.js';
import { buildIssues } from '../topics/issues.js';
import { LexiconError } from '../topics/lexicon.js';
import type { Mention } from '../model/document.js';
import type { Word } from '../keyphrases/words.js';

/** 1 for each word inside a person mention: an issue's evidence and label never take in people's names. */
function personNameWords(words: readonly Word[], mentions: readonly Mention[]): Uint8Array {
  const marks = new Uint8Array(words.length);
  const people = mentions.filter((m) => m.type === 'person').sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const { start, end } = words[i]!.token;
    while (k < people.length && people[k]!.end <= start) k++;
    if (k < people.length && people[k]!.start < end) marks[i] = 1;
  }
  return marks;
}

/**
 * Issues in the IPTC Media Topics taxonomy and keyphrases. Both read the same words and noun
 * phrases: the lexicon's cues score topics (see docs/ISSUES.md), the phrases around the cues become
 * the issues' evidence and labels, and PositionRank over the phrases gives the keyphrases.
 */
export const issues: Annotator = {
  name: 'issues',
  requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: ['issues', 'keyphrases'],
  run(doc, ctx) {
    const words = articleWords(layer(doc, 'tokens'), layer(doc, 'blocks'), layer(doc, 'sentences'));
    const phrases = nounPhrases(words);
    const keyphrases = rankKeyphrases(words, phrases);
    let engine: TopicEngine;
    try {
      engine = topicEngine(ctx.config);
    } catch (error) {
      if (!(error instanceof LexiconError)) throw error;
      // A broken custom lexicon must not stop a batch: report it and fall back to the built-in one.
      doc.diagnostics.push({ stage: 'issues', severity: 'error', message: `${error.message}; using the built-in lexicon` });
      engine = topicEngine({});
    }
    const scores = scoreTopics(words, engine.matcher, engine.tree);
    const inPersonName = personNameWords(words, layer(doc, 'mentions'));
    return { issues: buildIssues(doc.text, words, phrases, scores, engine.tree, undefined, (i) => inPersonName[i] === 1), keyphrases };
  },
};
