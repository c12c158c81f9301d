import type { Annotator } from '../pipeline/annotator.js';
import { layer } from '../model/document.js';
import { articleWords } from '../keyphrases/words.js';
import { nounPhrases } from '../keyphrases/candidates.js';
import { rankKeyphrases } from '../keyphrases/rank.js';
import { topicEngine, type TopicEngine } from '../topics/engine.js';
import { scoreTopics } from '../topics/score.js';
import { buildIssues } from '../topics/issues.js';
import { LexiconError } from '../topics/lexicon.js';

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
    return { issues: buildIssues(doc.text, words, phrases, scores, engine.tree), keyphrases };
  },
};
