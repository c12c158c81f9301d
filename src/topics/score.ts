import type { LexiconEntry } from './lexicon.js';
import type { TermMatcher } from './matcher.js';
import type { TopicTree } from './taxonomy.js';
import type { Word } from '../keyphrases/words.js';

/**
 * Topic scores for one article. Each matched cue adds weight × salience to its topic; repeats of
 * one term count sublinearly (an article that says "film" ten times is about film, but not ten
 * times more than one that also says "actor" and "box office"). A topic's subtree score adds its
 * descendants' scores, so the top-level decision sums all the evidence under it.
 */
export interface TopicHit {
  /** Word range [from, to) of the match. */
  from: number;
  to: number;
  salience: number;
  weight: number;
}

export interface TopicScore {
  id: string;
  /** Score from the topic's own cues. */
  own: number;
  /** Own plus all descendants' own scores. */
  subtree: number;
  hits: TopicHit[];
}

export interface TopicScores {
  topics: Map<string, TopicScore>;
  /** Level-1 topics by subtree score, best first. */
  roots: { id: string; score: number }[];
}

/** Headline words count this much more than body words. */
const HEADLINE_BOOST = 3;
const CAPTION_WEIGHT = 0.5;
/** How fast the lead's extra weight fades: the sentence at this rank gets half the lead bonus. */
const LEAD_HALF_LIFE = 4;
const LEAD_BONUS = 1;
/** Repeats of one term: salience sums are raised to this power. */
const REPEAT_DAMPING = 0.7;

export function salience(word: Word): number {
  if (word.kind === 'headline') return HEADLINE_BOOST;
  const lead = 1 + LEAD_BONUS / (1 + word.sentenceRank / LEAD_HALF_LIFE);
  return word.kind === 'caption' ? lead * CAPTION_WEIGHT : lead;
}

export function scoreTopics(words: readonly Word[], matcher: TermMatcher, tree: TopicTree): TopicScores {
  const topics = new Map<string, TopicScore>();
  // topic → term → salience sum, so repeats of a term can be damped together.
  const perTerm = new Map<string, Map<string, { entry: LexiconEntry; sum: number }>>();
  for (const match of matcher.match(words)) {
    const s = salience(words[match.from]!);
    for (const entry of match.entries) {
      if (!tree.nodes.has(entry.topic)) continue;
      let score = topics.get(entry.topic);
      if (!score) topics.set(entry.topic, (score = { id: entry.topic, own: 0, subtree: 0, hits: [] }));
      score.hits.push({ from: match.from, to: match.to, salience: s, weight: entry.weight });
      let terms = perTerm.get(entry.topic);
      if (!terms) perTerm.set(entry.topic, (terms = new Map()));
      const key = entry.term.toLowerCase();
      const t = terms.get(key);
      if (t) t.sum += s;
      else terms.set(key, { entry, sum: s });
    }
  }
  for (const [topic, terms] of perTerm) {
    let own = 0;
    for (const { entry, sum } of terms.values()) own += entry.weight * sum ** REPEAT_DAMPING;
    topics.get(topic)!.own = own;
  }
  propagate(topics, tree);
  const roots = [...topics.values()]
    .filter((t) => tree.nodes.get(t.id)?.parent === null)
    .map((t) => ({ id: t.id, score: t.subtree }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { topics, roots };
}

/** Add every topic's own score to all its ancestors' subtree scores (creating ancestors as needed). */
function propagate(topics: Map<string, TopicScore>, tree: TopicTree): void {
  const owners = [...topics.values()];
  for (const t of owners) t.subtree += t.own;
  for (const t of owners) {
    for (const ancestor of tree.ancestors(t.id)) {
      let a = topics.get(ancestor);
      if (!a) topics.set(ancestor, (a = { id: ancestor, own: 0, subtree: 0, hits: [] }));
      a.subtree += t.own;
    }
  }
}
