import type { Issue } from '../model/document.js';
import { textSpan, type TextSpan } from '../model/span.js';
import type { Candidate } from '../keyphrases/candidates.js';
import type { Word } from '../keyphrases/words.js';
import type { TopicHit, TopicScores } from './score.js';
import type { TopicTree } from './taxonomy.js';
import { isGenericPhrase, isPersonPhrase } from './labels.js';

/**
 * Issues as the article states them: every IPTC topic with cues of its own becomes an issue whose
 * evidence is the noun phrases around those cues ("the fentanyl crisis" around "fentanyl") and whose
 * label is the article's own wording. Scores mix the topic's own evidence with the weight of its
 * top-level branch and a bonus for a cue in the headline or lead; the first issue is always the
 * best topic under the winning top-level topic, so the article's main subject and its first issue
 * agree.
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
/**
 * Added to the score of an issue with a cue in the headline (half of it for the first body
 * sentence): the headline names what the article is about, even when the rest of the article
 * spends more words on a neighbouring branch (a port strike told through its cost to the economy).
 */
const LEAD_WEIGHT = 0.4;
/** The lexicon's weight for a strong cue: a headline cue of this weight earns the whole lead bonus. */
const STRONG_WEIGHT = 2;
/** An ancestor merges into a descendant issue when this share of its evidence (by strength) is the descendant's too. */
const MOSTLY_SHARED = 0.6;
/** A label phrase gains this much weight per word after the first: "wage negotiations" says more than "strike". */
const SPECIFIC_BONUS = 0.75;
/**
 * An issue whose evidence is only people's titles and generic words ("Defense Secretary", "the
 * department") is weak evidence of a subject: it is dropped below this score and ranks at half its
 * score above it. The first issue (the article's main subject) always stays.
 */
const WEAK_SCORE = 0.5;
const UNTOPICAL_FACTOR = 0.5;

export type Evidence = TextSpan & { strength: number; nominal: boolean; topical: boolean };

export interface Draft {
  id: string;
  score: number;
  own: number;
  /**
   * All of it, strongest first (the output shows the first `maxEvidence`). `nominal`: a noun phrase
   * (a label reads well from it), not a verb or an adjective cue. `topical`: it names a subject, not
   * a person's title or role ("foreign minister") nor a bare generic word ("children").
   */
  evidence: Evidence[];
  /** Its most prominent cue: 1 for a strong cue in the headline, 0.5 in the first body sentence, less for weaker cues, else 0. */
  lead: number;
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
  /** The words [from, to) of the organization name a word sits in: evidence never cuts one. */
  organizationName: (index: number) => readonly [number, number] | undefined = () => undefined,
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
    evidence: evidenceOf(text, words, t.hits, phraseAt, blocked, organizationName),
    lead: leadOf(words, t.hits),
  }));
  for (const d of drafts) d.score += LEAD_WEIGHT * d.lead;
  drafts = dropEchoes(drafts, tree, options.maxEvidence);
  drafts.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  drafts = demoteUntopical(drafts, tree, bestRoot.id);
  // The first issue must sit under the winning top-level topic: the scorer and editors read it as the main subject.
  const main = drafts.findIndex((d) => tree.root(d.id) === bestRoot.id);
  if (main > 0) {
    const [first] = drafts.splice(main, 1);
    first!.score = Math.max(first!.score, drafts[0]!.score + 1e-6);
    drafts.unshift(first!);
  } else if (main < 0) {
    // The winning branch has only weak cues, none enough for an issue of its own: name the branch
    // itself, with the cues under it as evidence.
    const hits = [...scores.topics.values()].filter((t) => tree.root(t.id) === bestRoot.id).flatMap((t) => t.hits);
    drafts.unshift({ id: bestRoot.id, own: 0, score: (drafts[0]?.score ?? 1) + 1e-6, evidence: evidenceOf(text, words, hits, phraseAt, blocked, organizationName), lead: leadOf(words, hits) });
  }
  const used = new Set<string>();
  return drafts.slice(0, options.maxIssues).map((d) => ({
    label: labelOf(d, tree, used),
    iptc: d.id,
    topic: tree.nodes.get(d.id)!.label,
    score: Math.round(d.score * 1e4) / 1e4,
    evidence: d.evidence.slice(0, options.maxEvidence).map(({ start, end, text: t }) => ({ start, end, text: t })),
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

function leadOf(words: readonly Word[], hits: readonly TopicHit[]): number {
  let lead = 0;
  for (const hit of hits) {
    const w = words[hit.from]!;
    // A weak cue in the headline ("cases") says less about the subject than a strong one ("strike").
    const position = w.kind === 'headline' ? 1 : w.sentenceRank === 0 ? 0.5 : 0;
    lead = Math.max(lead, position * Math.min(1, hit.weight / STRONG_WEIGHT));
  }
  return lead;
}

/** Evidence order: what names a subject before titles and generic words, then by strength and position. */
const strongestTopicalFirst = (a: Evidence, b: Evidence): number => Number(b.topical) - Number(a.topical) || b.strength - a.strength || a.start - b.start;

function evidenceOf(
  text: string,
  words: readonly Word[],
  hits: readonly TopicHit[],
  phraseAt: Int32Array,
  blocked: (i: number) => boolean,
  organizationName: (index: number) => readonly [number, number] | undefined = () => undefined,
): Evidence[] {
  const bySpan = new Map<string, Evidence>();
  for (const hit of hits) {
    let from = hit.from;
    let to = hit.to;
    // Grow the cue to the noun phrase around it when the phrase holds the whole cue.
    const p = phraseAt[from]!;
    const grows = p >= 0 && phraseAt[to - 1] === p;
    // A cue of several words from noun phrase to noun phrase reads as one too ("war in Ukraine"), not one that starts with a verb ("avoid conflict").
    const nominal = grows || (to - from > 1 && p >= 0 && phraseAt[to - 1]! >= 0);
    if (grows) {
      while (from > 0 && phraseAt[from - 1] === p && !blocked(from - 1)) from--;
      while (to < words.length && phraseAt[to] === p && !blocked(to)) to++;
    }
    // An organization's name is one thing: a phrase that cuts one takes in all of it. The name
    // speaks for the topic only through its head ("Hospital", "Port of …", "Bank of …"):
    // "Nationwide Children's Hospital" is a hospital, not a story about children.
    const first = organizationName(from);
    if (first) from = Math.min(from, first[0]);
    const last = organizationName(to - 1);
    if (last) to = Math.max(to, last[1]);
    const name = organizationName(hit.from);
    const outsideHead = name !== undefined && !namesHead(words, name, hit.from, hit.to);
    const span = textSpan(text, words[from]!.token.start, words[to - 1]!.token.end);
    const key = span.text.toLowerCase();
    const strength = hit.weight * hit.salience;
    const seen = bySpan.get(key);
    if (seen) {
      seen.strength += strength;
      continue;
    }
    // The word right after the phrase, when nothing breaks it off: "senior State Department" + "official".
    // With its trailing apostrophe, if any: a possessive ("leaders’ summit") heads nothing.
    const next = !words[to - 1]!.breakAfter && to < words.length ? words[to]!.token.text + (/^['’]/.test(words[to]!.token.post) ? '’' : '') : undefined;
    const topical = !outsideHead && !isPersonPhrase(span.text, next) && !isGenericPhrase(span.text);
    bySpan.set(key, { ...span, strength, nominal, topical });
  }
  return [...bySpan.values()].sort(strongestTopicalFirst);
}

/** Whether the cue [from, to) holds the head of the name [start, end): its last word, or the word before its first "of". */
function namesHead(words: readonly Word[], [start, end]: readonly [number, number], from: number, to: number): boolean {
  const heads = [end - 1];
  for (let i = start + 1; i < end; i++) {
    if (words[i]!.token.normal === 'of') {
      heads.push(i - 1);
      break;
    }
  }
  return heads.some((h) => h >= from && h < to);
}

/**
 * Merge an ancestor into a more specific issue that shows (mostly) the same evidence: "transport"
 * and "waterway and maritime transport" both listing "Port" and "container traffic" are one issue,
 * the specific one, with the evidence of both and the better score. A top-level topic goes when a
 * more specific issue under it has at least as much evidence: "politics" says less than "diplomacy".
 */
export function dropEchoes(drafts: Draft[], tree: TopicTree, maxEvidence = DEFAULT_ISSUE_OPTIONS.maxEvidence): Draft[] {
  let kept = drafts.filter((d) => !(tree.nodes.get(d.id)?.parent === null && drafts.some((other) => other !== d && tree.root(other.id) === d.id && other.own >= d.own)));
  // Deepest ancestors first, so a parent merged into its child can take the grandparent with it.
  const byDepth = [...kept].sort((a, b) => tree.ancestors(b.id).length - tree.ancestors(a.id).length || a.id.localeCompare(b.id));
  for (const d of byDepth) {
    let best: Draft | undefined;
    let bestShare = MOSTLY_SHARED;
    for (const other of kept) {
      if (other === d || !tree.ancestors(other.id).includes(d.id)) continue;
      const share = sharedEvidence(d, other, maxEvidence);
      if (share > bestShare || (share === bestShare && best === undefined) || (best && share === bestShare && other.score > best.score)) {
        best = other;
        bestShare = share;
      }
    }
    if (!best) continue;
    const texts = new Set(best.evidence.map((e) => e.text.toLowerCase()));
    best.evidence = [...best.evidence, ...d.evidence.filter((e) => !texts.has(e.text.toLowerCase()))].sort(strongestTopicalFirst);
    best.score = Math.max(best.score, d.score);
    best.own = Math.max(best.own, d.own);
    best.lead = Math.max(best.lead, d.lead);
    kept = kept.filter((k) => k !== d);
  }
  return kept;
}

/** The share of `d`'s evidence strength (its shown evidence) whose text `other` shows too. */
function sharedEvidence(d: Draft, other: Draft, max: number): number {
  const texts = new Set(other.evidence.slice(0, max).map((e) => e.text.toLowerCase()));
  let total = 0;
  let shared = 0;
  for (const e of d.evidence.slice(0, max)) {
    total += e.strength;
    if (texts.has(e.text.toLowerCase())) shared += e.strength;
  }
  return total > 0 ? shared / total : 0;
}

/**
 * Issues with no topical evidence (only titles, roles and generic words) other than the first:
 * dropped when weak, else ranked at a discount, since "Chinese Defense Minister" says who acts, not
 * what happens. Returns the drafts re-sorted by score (the caller then puts the main issue first).
 */
export function demoteUntopical(drafts: Draft[], tree: TopicTree, mainRoot: string): Draft[] {
  const main = drafts.find((d) => tree.root(d.id) === mainRoot);
  const kept = drafts.filter((d) => d === main || d.evidence.some((e) => e.topical) || d.score >= WEAK_SCORE);
  for (const d of kept) if (d !== main && !d.evidence.some((e) => e.topical)) d.score *= UNTOPICAL_FACTOR;
  return kept.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * One readable phrase: the most salient topical noun-phrase evidence, a phrase of several words
 * counting more than a bare cue ("US-China relations" over "tensions"); never a person's title or
 * role ("Foreign minister") or a bare generic word ("Children"). The IPTC label says it better when
 * there is no such phrase (only verb or adjective cues, "fell"), or when a better-ranked issue
 * already took the phrase as its label. `used` collects the labels given so far, lower case.
 */
export function labelOf(d: Pick<Draft, 'id' | 'evidence'>, tree: TopicTree, used = new Set<string>()): string {
  let best: { phrase: string; weight: number } | undefined;
  for (const e of d.evidence) {
    if (!e.nominal || !e.topical) continue;
    const phrase = e.text.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '');
    // Parts of a hyphenated compound count as words: "US-China relations" says as much as "US and China relations".
    const weight = e.strength * (1 + SPECIFIC_BONUS * (phrase.split(/[\s\-–]+/).length - 1));
    if (phrase && (!best || weight > best.weight)) best = { phrase, weight };
  }
  const label = best && !used.has(best.phrase.toLowerCase()) ? best.phrase : tree.nodes.get(d.id)!.label;
  used.add(label.toLowerCase());
  return label[0]!.toUpperCase() + label.slice(1);
}
