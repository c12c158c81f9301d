/**
 * The output formats, named once. Everything that lists formats reads this: commander's `--format`
 * choices, `--only` (machine formats), `--out-dir` (file extensions), the start-up snapshot (which
 * warms each), the service (media types). It imports nothing, so registering the commands does not
 * load a writer; the writers themselves are in registry.ts, keyed by these names (a name without a
 * writer does not compile).
 */
export const FORMATS = ['yaml', 'json', 'jsonl', 'pretty', 'summary', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatInfo {
  /** The extension of each article's file with `--out-dir`. */
  extension: string;
  /** For programs: `--only` picks fields of it, and it carries every field of the output. */
  machine: boolean;
  /** A view for a person: coloured when stdout is a terminal (and NO_COLOR is not set). */
  color: boolean;
  /** The Content-Type of a whole output (the service's responses). */
  mediaType: string;
}

export const FORMAT_INFO: Readonly<Record<Format, FormatInfo>> = {
  yaml: { extension: '.yaml', machine: true, color: false, mediaType: 'application/yaml; charset=utf-8' },
  json: { extension: '.json', machine: true, color: false, mediaType: 'application/json; charset=utf-8' },
  // One JSON object per file with --out-dir, so `.json` (a one-line file is a JSON document too).
  jsonl: { extension: '.json', machine: true, color: false, mediaType: 'application/x-ndjson; charset=utf-8' },
  pretty: { extension: '.txt', machine: false, color: true, mediaType: 'text/plain; charset=utf-8' },
  summary: { extension: '.txt', machine: false, color: true, mediaType: 'text/plain; charset=utf-8' },
  html: { extension: '.html', machine: false, color: false, mediaType: 'text/html; charset=utf-8' },
};

/** The formats a program reads; `--only` picks fields of these. */
export const MACHINE_FORMATS: readonly Format[] = FORMATS.filter((f) => FORMAT_INFO[f].machine);

export const isFormat = (name: string): name is Format => (FORMATS as readonly string[]).includes(name);
