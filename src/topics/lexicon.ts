import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { termWords, wordKey } from './normalize.js';
import type { TopicTree } from './taxonomy.js';

/**
 * The topic lexicon: cue terms per IPTC Media Topic, read from YAML (data/topics/lexicon.yaml by
 * default). A newsroom replaces it (`issues.lexicon` in newsmark.config.yaml) or adds to it
 * (`issues.extend`). Each topic lists `strong` (weight 2), `terms` (1) and `weak` (0.5) cues, or
 * `weights: {term: number}`. A term written with a capital letter ("Labour", "Oscar") matches only
 * where the article capitalizes it too. Terms listed under `ambiguous` name different things in
 * different fields ("virus", "director", "cases"): they count only where other cues back their field.
 */
export interface LexiconEntry {
  topic: string;
  /** The term as written in the lexicon. */
  term: string;
  weight: number;
  /** The term has senses in several fields; it needs corroboration from other cues (see score.ts). */
  ambiguous?: boolean;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** IPTC labels that are too generic to be cues by themselves ("party", "series"). */
  ignoreLabels: Set<string>;
  /** Add each IPTC topic's own label as a weak cue. */
  labelCues: boolean;
  /** Matching keys (words joined by spaces, see `termKey`) of the ambiguous terms. */
  ambiguous: Set<string>;
}

export class LexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_LEXICON = path.join(repoRoot, 'data/topics/lexicon.yaml');

const LIST_WEIGHTS = { strong: 2, terms: 1, weak: 0.5 } as const;
export const LABEL_CUE_WEIGHT = 0.5;

interface RawTopic {
  strong?: unknown;
  terms?: unknown;
  weak?: unknown;
  weights?: unknown;
  label?: unknown;
}

/** Parse lexicon YAML text; `source` names it in error messages. */
export function parseLexicon(content: string, source: string): Lexicon {
  let raw: unknown;
  try {
    raw = YAML.parse(content);
  } catch (error) {
    throw new LexiconError(`${source}: ${(error as Error).message.split('\n')[0]}`);
  }
  return fromRaw(raw, source);
}

function fromRaw(raw: unknown, source: string): Lexicon {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new LexiconError(`${source}: expected a mapping with 'topics'`);
  const doc = raw as { topics?: unknown; ignore_labels?: unknown; label_cues?: unknown; ambiguous?: unknown };
  if (!doc.topics || typeof doc.topics !== 'object' || Array.isArray(doc.topics)) throw new LexiconError(`${source}: 'topics' must map IPTC codes to cue lists`);
  const entries: LexiconEntry[] = [];
  for (const [code, value] of Object.entries(doc.topics as Record<string, RawTopic | null>)) {
    const topic = normalizeCode(code);
    if (!topic) throw new LexiconError(`${source}: '${code}' is not an IPTC Media Topic code (medtop:NNNNNNNN)`);
    if (!value) continue;
    for (const [list, weight] of Object.entries(LIST_WEIGHTS)) {
      const terms = value[list as keyof typeof LIST_WEIGHTS];
      if (terms === undefined || terms === null) continue;
      if (!Array.isArray(terms)) throw new LexiconError(`${source}: ${code}.${list} must be a list of terms`);
      for (const term of terms) entries.push({ topic, term: String(term), weight });
    }
    if (value.weights) {
      if (typeof value.weights !== 'object') throw new LexiconError(`${source}: ${code}.weights must map terms to numbers`);
      for (const [term, weight] of Object.entries(value.weights as Record<string, unknown>)) {
        if (typeof weight !== 'number' || !Number.isFinite(weight)) throw new LexiconError(`${source}: ${code}.weights['${term}'] must be a number`);
        entries.push({ topic, term, weight });
      }
    }
  }
  const ignore = Array.isArray(doc.ignore_labels) ? doc.ignore_labels.map((l) => String(l).toLowerCase()) : [];
  if (doc.ambiguous !== undefined && doc.ambiguous !== null && !Array.isArray(doc.ambiguous)) throw new LexiconError(`${source}: 'ambiguous' must be a list of terms`);
  const ambiguous = new Set(((doc.ambiguous as unknown[] | null | undefined) ?? []).map((t) => termKey(String(t))));
  return { entries, ignoreLabels: new Set(ignore), labelCues: doc.label_cues !== false, ambiguous };
}

export function readLexicon(file: string): Lexicon {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new LexiconError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  // Parsing the YAML costs a few hundred milliseconds in a fresh process (the yaml package warming
  // up), too much for one article on the command line. `npm run build` stores the parsed form of
  // the shipped lexicon as JSON (scripts/build-data.mjs), keyed by the YAML's hash so an edited
  // lexicon is never read stale; anything else is parsed as YAML. Nothing is written at run time.
  const compiled = compiledLexicon(file, content);
  if (compiled) return fromRaw(compiled, file);
  return parseLexicon(content, file);
}

export const COMPILED_LEXICON = path.join(repoRoot, 'dist/data/topics-lexicon.json');

export const lexiconHash = (content: string): string => createHash('sha1').update(content).digest('hex');

function compiledLexicon(file: string, content: string): unknown {
  if (path.resolve(file) !== DEFAULT_LEXICON) return undefined;
  try {
    const stored = JSON.parse(fs.readFileSync(COMPILED_LEXICON, 'utf8')) as { sha1: string; lexicon: unknown };
    return stored.sha1 === lexiconHash(content) ? stored.lexicon : undefined;
  } catch {
    return undefined;
  }
}

/** The base lexicon (built-in or a replacement) plus every extension, in order. */
export function mergeLexicons(base: Lexicon, extensions: Lexicon[]): Lexicon {
  const merged: Lexicon = { entries: [...base.entries], ignoreLabels: new Set(base.ignoreLabels), labelCues: base.labelCues, ambiguous: new Set(base.ambiguous) };
  for (const ext of extensions) {
    merged.entries.push(...ext.entries);
    for (const l of ext.ignoreLabels) merged.ignoreLabels.add(l);
    for (const a of ext.ambiguous) merged.ambiguous.add(a);
  }
  return merged;
}

/** Entries of ambiguous terms marked as such. */
export function markAmbiguous(entries: readonly LexiconEntry[], ambiguous: ReadonlySet<string>): LexiconEntry[] {
  if (!ambiguous.size) return [...entries];
  return entries.map((e) => (ambiguous.has(termKey(e.term)) ? { ...e, ambiguous: true } : e));
}

/** The IPTC labels as weak cues: level-1 labels split at commas and "and" ("crime, law and justice"). */
export function labelEntries(tree: TopicTree, ignore: Set<string>): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const node of tree.nodes.values()) {
    const label = node.label.replace(/\(.*?\)/g, '').replace(/:$/, '').trim();
    const parts = node.level === 1 ? label.split(/,\s*|\s+and\s+/) : [label];
    for (const part of parts) {
      const term = part.trim();
      if (term && !ignore.has(term.toLowerCase())) out.push({ topic: node.id, term, weight: LABEL_CUE_WEIGHT });
    }
  }
  return out;
}

export function normalizeCode(code: string): string | null {
  const m = /^(?:medtop:)?(\d{8})$/.exec(code.trim());
  return m ? `medtop:${m[1]}` : null;
}

/** One key for a whole term: its words' matching keys ("Directors" → "director"). */
export const termKey = (term: string): string => termKeys(term).keys.join(' ');

/** The words of a term as matching keys, and whether the term asks for capitalized matches. */
export function termKeys(term: string): { keys: string[]; cased: string[] | null } {
  const words = termWords(term);
  const cased = /[A-Z]/.test(term) ? words.map((w) => w.replace(/['’]s$/, '')) : null;
  return { keys: words.map(wordKey), cased };
}
