import type { Issue } from '../model/document.js';
import { textSpan, type TextSpan } from '../model/span.js';
import type { Candidate } from '../keyphrases/candidates.js';
import type { Word } from '../keyphrases/words.js';
import type { TopicHit, TopicScores } from './score.js';
import type { TopicTree } from './taxonomy.js';

/**
 * Issues as the article states them: every IPTC topic with cues of its own becomes an issue whose
 * evidence is the noun phrases around those cues ("the fentanyl crisis" around "fentanyl") and whose
 * label is the article's own wording. Scores mix the topic's own evidence with the weight of its
 * top-level branch, and the first issue is always the best topic under the winning top-level
 * topic, so the article's main subject and its first issue agree.
 */
export interface IssueOptions {
  /** Topics need at least this much own score (one plain cue in the body scores 1–2, a strong one 2–4). */
  minOwn: number;
  maxIssues: number;
  maxEvidence: number;
}

export const DEFAULT_ISSUE_OPTIONS: IssueOptions = { minOwn: 1.5, maxIssues: 20, maxEvidence: 4 };
/** How much an issue's rank leans on its top-level branch rather than its own evidence. */
const BRANCH_SHARE = 0.3;

interface Draft {
  id: string;
  score: number;
  own: number;
  /** `nominal`: the evidence is a noun phrase (a label reads well from it), not a verb or an adjective cue. */
  evidence: (TextSpan & { strength: number; nominal: boolean })[];
}

/**
 * Quantity nouns that compromise chunks into a noun phrase ("the Dutch economy tens [of millions]"),
 * and title words in front of a name: an evidence phrase stops before them.
 */
const QUANTITY = new Set(['tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'scores', 'lots', 'plenty']);
const stopsPhrase = (w: Word) => QUANTITY.has(w.token.normal) || (w.token.tags.includes('Person') && w.token.tags.includes('ProperNoun'));

export function buildIssues(
  text: string,
  words: readonly Word[],
  phrases: readonly Candidate[],
  scores: TopicScores,
  tree: TopicTree,
  options = DEFAULT_ISSUE_OPTIONS,
  /** Words inside a person's name (from the mentions layer): evidence never grows into them. */
  inPersonName: (index: number) => boolean = () => false,
): Issue[] {
  const blocked = (i: number) => inPersonName(i) || stopsPhrase(words[i]!);
  const bestRoot = scores.roots[0];
  if (!bestRoot || bestRoot.score <= 0) return [];
  const rootScore = new Map(scores.roots.map((r) => [r.id, r.score]));
  const phraseAt = phraseIndex(words.length, phrases);
  const owned = [...scores.topics.values()].filter((t) => t.own >= options.minOwn);
  const maxOwn = Math.max(...owned.map((t) => t.own + 0.5 * (t.subtree - t.own)), 1e-9);
  let drafts: Draft[] = owned.map((t) => ({
    id: t.id,
    own: t.own,
    score: ((1 - BRANCH_SHARE) * (t.own + 0.5 * (t.subtree - t.own))) / maxOwn + (BRANCH_SHARE * (rootScore.get(tree.root(t.id)) ?? 0)) / bestRoot.score,
    evidence: evidenceOf(text, words, t.hits, phraseAt, options.maxEvidence, blocked),
  }));
  drafts = dropEchoes(drafts, tree);
  drafts.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  // The first issue must sit under the winning top-level topic: the scorer and editors read it as the main subject.
  const lead = drafts.findIndex((d) => tree.root(d.id) === bestRoot.id);
  if (lead > 0) {
    const [first] = drafts.splice(lead, 1);
    first!.score = Math.max(first!.score, drafts[0]!.score + 1e-6);
    drafts.unshift(first!);
  } else if (lead < 0) {
    // The winning branch has only weak cues, none enough for an issue of its own: name the branch
    // itself, with the cues under it as evidence.
    const hits = [...scores.topics.values()].filter((t) => tree.root(t.id) === bestRoot.id).flatMap((t) => t.hits);
    drafts.unshift({ id: bestRoot.id, own: 0, score: (drafts[0]?.score ?? 1) + 1e-6, evidence: evidenceOf(text, words, hits, phraseAt, options.maxEvidence, blocked) });
  }
  return drafts.slice(0, options.maxIssues).map((d) => ({
    label: labelOf(d, tree),
    iptc: d.id,
    topic: tree.nodes.get(d.id)!.label,
    score: Math.round(d.score * 1e4) / 1e4,
    evidence: d.evidence.map(({ start, end, text: t }) => ({ start, end, text: t })),
  }));
}

/** For each word, the noun phrase it sits in (or -1). */
function phraseIndex(length: number, phrases: readonly Candidate[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  phrases.forEach((p, k) => {
    for (let i = p.from; i < p.to; i++) at[i] = k;
  });
  return at;
}

function evidenceOf(text: string, words: readonly Word[], hits: readonly TopicHit[], phraseAt: Int32Array, max: number, blocked: (i: number) => boolean): Draft['evidence'] {
  const bySpan = new Map<string, Draft['evidence'][number]>();
  for (const hit of hits) {
    let from = hit.from;
    let to = hit.to;
    // Grow the cue to the noun phrase around it when the phrase holds the whole cue.
    const p = phraseAt[from]!;
    const nominal = p >= 0 && phraseAt[to - 1] === p;
    if (nominal) {
      while (from > 0 && phraseAt[from - 1] === p && !blocked(from - 1)) from--;
      while (to < words.length && phraseAt[to] === p && !blocked(to)) to++;
    }
    const span = textSpan(text, words[from]!.token.start, words[to - 1]!.token.end);
    const key = span.text.toLowerCase();
    const strength = hit.weight * hit.salience;
    const seen = bySpan.get(key);
    if (seen) seen.strength += strength;
    else bySpan.set(key, { ...span, strength, nominal });
  }
  return [...bySpan.values()].sort((a, b) => b.strength - a.strength || a.start - b.start).slice(0, max);
}

/**
 * Drop an ancestor whose evidence a more specific issue already shows (the same cue listed for
 * both), and a top-level topic when a more specific issue under it has at least as much evidence:
 * "politics" says less than "diplomacy".
 */
function dropEchoes(drafts: Draft[], tree: TopicTree): Draft[] {
  return drafts.filter((d) => {
    if (tree.nodes.get(d.id)?.parent === null && drafts.some((other) => other !== d && tree.root(other.id) === d.id && other.own >= d.own)) return false;
    const texts = new Set(d.evidence.map((e) => e.text.toLowerCase()));
    return !drafts.some((other) => other !== d && tree.ancestors(other.id).includes(d.id) && [...texts].every((t) => other.evidence.some((e) => e.text.toLowerCase() === t)));
  });
}

function labelOf(d: Draft, tree: TopicTree): string {
  const phrases: string[] = [];
  // Noun phrases make labels ("Fentanyl crisis"); a verb cue ("fell") only when there is nothing else.
  const nominal = d.evidence.filter((e) => e.nominal);
  for (const e of nominal.length ? nominal : d.evidence.slice(0, 1)) {
    const phrase = e.text.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '');
    if (phrases.some((p) => p.toLowerCase().includes(phrase.toLowerCase()) || phrase.toLowerCase().includes(p.toLowerCase()))) continue;
    phrases.push(phrase);
    if (phrases.length === 2) break;
  }
  const label = phrases.length ? phrases.join(' and ') : tree.nodes.get(d.id)!.label;
  return label[0]!.toUpperCase() + label.slice(1);
}
