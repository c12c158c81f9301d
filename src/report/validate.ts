import type { ArticleOutput } from '../model/output.js';

/**
 * Whether a value read back is one article of newsmark output, told cheaply (no schema library on
 * the hot path of 100,000 articles): an object with an `id`, a `schema: newsmark/…` field and the
 * lists the report reads. The lists may be missing (older outputs, `--only` selections) and count as
 * empty; present, they must be lists. Returns why not, or undefined when it is.
 */
export function notNewsmarkOutput(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `not newsmark output (a JSON ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}, not an article object)`;
  const o = value as Record<string, unknown>;
  if (typeof o.schema !== 'string' || !o.schema.startsWith('newsmark/')) return "not newsmark output (no 'schema: newsmark/…' field)";
  if (typeof o.id !== 'string') return "not newsmark output (no 'id')";
  for (const key of ['people', 'places', 'organizations', 'quotes', 'speakers', 'issues']) {
    if (o[key] !== undefined && !Array.isArray(o[key])) return `not newsmark output ('${key}' is not a list)`;
  }
  return undefined;
}

/** The parts of an output the report reads, with absent lists as empty ones. */
export type ReportInput = Pick<ArticleOutput, 'id' | 'people' | 'places' | 'organizations' | 'quotes' | 'speakers' | 'issues'> & {
  structure?: unknown;
  text?: string;
  meta?: Record<string, unknown>;
  [key: string]: unknown;
};

export function asReportInput(value: Record<string, unknown>): ReportInput {
  const list = (k: string) => (Array.isArray(value[k]) ? value[k] : []);
  return { ...value, id: value.id as string, people: list('people'), places: list('places'), organizations: list('organizations'), quotes: list('quotes'), speakers: list('speakers'), issues: list('issues') } as ReportInput;
}
