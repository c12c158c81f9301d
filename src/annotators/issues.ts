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
 * For each word inside an organization's name (from the mentions layer), the words [from, to) of
 * that name; -1 elsewhere. Evidence that cuts a name ("Rotterdam Authority" of "Port of Rotterdam
 * Authority", "Port" of "Port of Rotterdam") takes in the whole name.
 */
function organizationNames(words: readonly Word[], mentions: readonly Mention[]): (index: number) => readonly [number, number] | undefined {
  const names = new Int32Array(words.length * 2).fill(-1);
  const orgs = mentions.filter((m) => m.type === 'org').sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const { start, end } = words[i]!.token;
    while (k < orgs.length && orgs[k]!.end <= start) k++;
    const org = orgs[k];
    if (!org || org.start >= end) continue;
    let from = i;
    let to = i + 1;
    while (from > 0 && words[from - 1]!.token.start >= org.start) from--;
    while (to < words.length && words[to]!.token.end <= org.end) to++;
    names[2 * i] = from;
    names[2 * i + 1] = to;
  }
  return (i) => (names[2 * i]! >= 0 ? [names[2 * i]!, names[2 * i + 1]!] : undefined);
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
    const mentions = layer(doc, 'mentions');
    const inPersonName = personNameWords(words, mentions);
    return { issues: buildIssues(doc.text, words, phrases, scores, engine.tree, undefined, (i) => inPersonName[i] === 1, organizationNames(words, mentions)), keyphrases };
  },
};
