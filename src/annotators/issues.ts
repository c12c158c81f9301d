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
      doc.diagnostics.push({ stage: 'issues', code: 'issues/lexicon-unusable', severity: 'error', message: `${error.message}; using the built-in lexicon` });
      engine = topicEngine({});
    }
    const scores = scoreTopics(words, engine.matcher, engine.tree);
    const mentions = layer(doc, 'mentions');
    const personName = nameSpans(words, mentions, 'person');
    return { issues: buildIssues(doc.text, words, phrases, scores, engine.tree, undefined, (i) => personName(i) !== undefined, nameSpans(words, mentions, 'org')), keyphrases };
  },
};
