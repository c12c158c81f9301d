import type { TermMatch, TermMatcher } from './matcher.js';
import type { LexiconEntry } from './lexicon.js';
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
  /** The evidence of the topic and everything under it, each term counted once. */
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
const LEAD_BONUS = 2;
/** Repeats of one term: salience sums are raised to this power. */
const REPEAT_DAMPING = 0.7;
/**
 * An ambiguous cue ("virus", "director", "cases") counts for a topic only when the topic's top-level
 * branch has at least this much evidence from unambiguous cues (about one plain cue in the lead, or
 * one strong cue anywhere): "the medical director" in a measles story is no film director.
 */
export const CORROBORATION = 2;

export function salience(word: Word): number {
  if (word.kind === 'headline') return HEADLINE_BOOST;
  const lead = 1 + LEAD_BONUS / (1 + word.sentenceRank / LEAD_HALF_LIFE);
  return word.kind === 'caption' ? lead * CAPTION_WEIGHT : lead;
}

export function scoreTopics(words: readonly Word[], matcher: TermMatcher, tree: TopicTree): TopicScores {
  const topics = new Map<string, TopicScore>();
  const get = (id: string): TopicScore => {
    let score = topics.get(id);
    if (!score) topics.set(id, (score = { id, own: 0, subtree: 0, hits: [] }));
    return score;
  };
  // node → term → {weight, salience sum}: `own` from the node's own entries, `branch` from the node and
  // everything under it. A term counts once per node, at its highest weight, so a cue listed for a
  // topic and for its parent (or for two siblings) does not count twice toward the branch above them.
  const own = new Map<string, Map<string, TermSum>>();
  const branch = new Map<string, Map<string, TermSum>>();
  const matches = matcher.match(words).filter((m) => !isMonthName(words, m));
  const support = rootSupport(words, matches, tree);
  for (const match of matches) {
    const entries = corroborated(match.entries, support, tree);
    if (!entries.length) continue;
    const s = salience(words[match.from]!);
    const key = entries[0]!.term.toLowerCase();
    const ownWeight = new Map<string, number>();
    const branchWeight = new Map<string, number>();
    for (const entry of entries) {
      if (!tree.nodes.has(entry.topic)) continue;
      get(entry.topic).hits.push({ from: match.from, to: match.to, salience: s, weight: entry.weight });
      ownWeight.set(entry.topic, Math.max(ownWeight.get(entry.topic) ?? 0, entry.weight));
      for (const node of [entry.topic, ...tree.ancestors(entry.topic)]) branchWeight.set(node, Math.max(branchWeight.get(node) ?? 0, entry.weight));
    }
    add(own, ownWeight, key, s);
    add(branch, branchWeight, key, s);
  }
  for (const [id, terms] of own) get(id).own = damped(terms);
  for (const [id, terms] of branch) get(id).subtree = damped(terms);
  const roots = [...topics.values()]
    .filter((t) => tree.nodes.get(t.id)?.parent === null)
    .map((t) => ({ id: t.id, score: t.subtree }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { topics, roots };
}

/** "March" (capitalized and tagged a month) is a date, never the protest a lower-case cue "march" means. */
function isMonthName(words: readonly Word[], match: TermMatch): boolean {
  if (match.to - match.from !== 1) return false;
  const token = words[match.from]!.token;
  return token.tags.includes('Month') && /^\p{Lu}/u.test(token.text) && match.entries.every((e) => !/^\p{Lu}/u.test(e.term));
}

/** Each top-level topic's evidence from unambiguous cues, damped per term like the scores themselves. */
function rootSupport(words: readonly Word[], matches: readonly TermMatch[], tree: TopicTree): Map<string, number> {
  const terms = new Map<string, Map<string, TermSum>>();
  for (const match of matches) {
    if (match.entries.some((e) => e.ambiguous)) continue;
    const weights = new Map<string, number>();
    for (const entry of match.entries) {
      if (!tree.nodes.has(entry.topic)) continue;
      const root = tree.root(entry.topic);
      weights.set(root, Math.max(weights.get(root) ?? 0, entry.weight));
    }
    add(terms, weights, match.entries[0]!.term.toLowerCase(), salience(words[match.from]!));
  }
  return new Map([...terms].map(([root, t]) => [root, damped(t)]));
}

/**
 * The entries of a match that count. An ambiguous term counts only under top-level topics with
 * unambiguous evidence of their own (`CORROBORATION`), and when it is listed under several, only
 * under the best-supported of them: one sense per article ("virus" in a measles story is the disease,
 * not malware).
 */
export function corroborated(entries: readonly LexiconEntry[], support: ReadonlyMap<string, number>, tree: TopicTree): readonly LexiconEntry[] {
  if (!entries.some((e) => e.ambiguous)) return entries;
  const known = entries.filter((e) => tree.nodes.has(e.topic));
  const best = Math.max(0, ...known.map((e) => support.get(tree.root(e.topic)) ?? 0));
  if (best < CORROBORATION) return [];
  return known.filter((e) => (support.get(tree.root(e.topic)) ?? 0) === best);
}

interface TermSum {
  weight: number;
  sum: number;
}

function add(into: Map<string, Map<string, TermSum>>, weights: Map<string, number>, term: string, s: number): void {
  for (const [node, weight] of weights) {
    let terms = into.get(node);
    if (!terms) into.set(node, (terms = new Map()));
    const t = terms.get(term);
    if (t) {
      t.sum += s;
      t.weight = Math.max(t.weight, weight);
    } else terms.set(term, { weight, sum: s });
  }
}

function damped(terms: Map<string, TermSum>): number {
  let total = 0;
  for (const { weight, sum } of terms.values()) total += weight * sum ** REPEAT_DAMPING;
  return total;
}
