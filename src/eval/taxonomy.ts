import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

/** IPTC Media Topics as a parent map, enough to find a topic's top-level ancestor. */
export interface Taxonomy {
  source: string;
  parent: Map<string, string | null>;
  label: Map<string, string>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The subset newsmark ships (data/topics/), else the full vocabulary beside the project. */
const SHIPPED_DIR = path.join(repoRoot, 'data/topics');
const SHARED_FILE = path.resolve(repoRoot, '../shared/eval/iptc-mediatopics/mediatopics.json');

export class TaxonomyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaxonomyError';
  }
}

/** The given file, or the shipped taxonomy when there is one, or the shared IPTC file. */
export function loadTaxonomy(file?: string): Taxonomy {
  if (file) return readTaxonomy(file);
  for (const candidate of shippedCandidates()) {
    try {
      return readTaxonomy(candidate);
    } catch {
      // Not a taxonomy (a lexicon, a licence note…): try the next.
    }
  }
  if (fs.existsSync(SHARED_FILE)) return readTaxonomy(SHARED_FILE);
  throw new TaxonomyError('no IPTC taxonomy found (data/topics/ or ../shared/eval/iptc-mediatopics/mediatopics.json); give one with --taxonomy FILE');
}

function shippedCandidates(): string[] {
  if (!fs.existsSync(SHIPPED_DIR)) return [];
  return fs
    .readdirSync(SHIPPED_DIR)
    .filter((f) => /\.(json|ya?ml)$/i.test(f))
    .sort((a, b) => Number(/topic/i.test(b)) - Number(/topic/i.test(a)) || a.localeCompare(b))
    .map((f) => path.join(SHIPPED_DIR, f));
}

interface RawTopic {
  id?: string;
  qcode?: string;
  label?: string | Record<string, string>;
  prefLabel?: string | Record<string, string>;
  parent?: string | null;
  broader?: string | string[] | null;
}

/**
 * Reads `{topics: [{id, label, parent}]}` (the shared file's shape), a bare list of such topics, or
 * IPTC's SKOS-like `{qcode, prefLabel, broader}` records; ids with or without the `medtop:` prefix.
 */
export function readTaxonomy(file: string): Taxonomy {
  let raw: unknown;
  try {
    const content = fs.readFileSync(file, 'utf8');
    raw = /\.ya?ml$/i.test(file) ? YAML.parse(content) : JSON.parse(content);
  } catch (error) {
    throw new TaxonomyError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message.split('\n')[0]}`);
  }
  const list = (Array.isArray(raw) ? raw : ((raw as { topics?: unknown; conceptSet?: unknown })?.topics ?? (raw as { conceptSet?: unknown })?.conceptSet)) as RawTopic[] | undefined;
  if (!Array.isArray(list) || !list.length) throw new TaxonomyError(`${file}: no list of topics`);
  const parent = new Map<string, string | null>();
  const label = new Map<string, string>();
  for (const t of list) {
    const id = qcode(t.id ?? t.qcode);
    if (!id) continue;
    const broader = Array.isArray(t.broader) ? t.broader[0] : t.broader;
    parent.set(id, qcode(t.parent ?? broader) ?? null);
    const l = t.label ?? t.prefLabel;
    label.set(id, typeof l === 'string' ? l : (l?.['en-US'] ?? l?.['en-GB'] ?? l?.en ?? Object.values(l ?? {})[0] ?? id));
  }
  if (![...parent.values()].some((p) => p === null)) throw new TaxonomyError(`${file}: no top-level topics (parent null)`);
  return { source: file, parent, label };
}

const qcode = (id: unknown): string | undefined => {
  if (typeof id !== 'string' || !id) return undefined;
  const m = /(\d{8})$/.exec(id);
  return m ? `medtop:${m[1]}` : id;
};

/** The top-level ancestor of a code, or null when the code is not in the taxonomy (as score.mjs: at most 10 steps up). */
export function topLevel(taxonomy: Taxonomy, code: string | undefined): string | null {
  if (!code) return null;
  // Predicted codes are taken as written (score.mjs does not normalize them either).
  let current = code;
  for (let steps = 0; taxonomy.parent.get(current) && steps < 10; steps++) current = taxonomy.parent.get(current)!;
  return taxonomy.parent.has(current) ? current : null;
}
