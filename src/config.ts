import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import YAML from 'yaml';
import type * as Zod from 'zod';
import { ConfigError } from './errors.js';
import { nearest } from './suggest.js';

/**
 * What a team can set in `newsmark.config.yaml` (looked up from the working directory).
 * Every field is optional; the defaults are what newsmark does out of the box.
 */
export interface NewsmarkConfig {
  quotes?: {
    /** Extra speech verbs (lemmas) to accept as attribution cues, on top of the built-in list. */
    cueVerbs?: string[];
    /**
     * Read two apostrophes or backquotes as double quotation marks (''like this'', ``like this''), as
     * archive copy such as old New York Times text writes them. Default false.
     */
    doubledApostrophes?: boolean;
  };
  issues?: {
    /** Path to a topic lexicon YAML that replaces the built-in one. */
    lexicon?: string;
    /** Extra lexicon files whose topics are added to the built-in ones. */
    extend?: string[];
  };
  check?: {
    /** Output fields (dotted paths such as `keyphrases` or `quotes.confidence`) left out of comparisons. */
    ignore?: string[];
    /** Compare spans by overlap instead of exact offsets: true for any overlap, or the least Jaccard ratio (0–1). */
    overlap?: boolean | number;
    /** Compare scores and confidences too (ignored by default). */
    scores?: boolean;
  };
}

export const CONFIG_FILE = 'newsmark.config.yaml';

export function defaultConfig(): NewsmarkConfig {
  return {};
}

export { ConfigError } from './errors.js';

/**
 * The schema of the file, strict at every level so that a misspelt key (`quote:`, `cueVerb:`,
 * `check.ignor`) is an error rather than a setting silently ignored. Each value's `describe` is what
 * the error message says was expected. Built on first use: zod loads only when a config file exists.
 */
function configSchema(z: typeof Zod) {
  const word = z
    .string()
    .regex(/^\s*[A-Za-z][A-Za-z'-]*\s*$/)
    .describe("a word (a verb's base form, such as 'quip')");
  const file = z.string().min(1).describe('a file path');
  const flag = z.boolean().describe('true or false');
  return z
    .strictObject({
      quotes: z
        .strictObject({
          cueVerbs: z.array(word).describe('a list of words').optional(),
          doubledApostrophes: flag.optional(),
        })
        .describe('a mapping (cueVerbs, doubledApostrophes)')
        .optional(),
      issues: z
        .strictObject({
          lexicon: file.optional(),
          extend: z.array(file).describe('a list of file paths').optional(),
        })
        .describe('a mapping (lexicon, extend)')
        .optional(),
      check: z
        .strictObject({
          ignore: z.array(z.string().min(1).describe('an output field, such as keyphrases or quotes.cue')).describe('a list of output fields').optional(),
          overlap: z.union([z.boolean(), z.number().min(0).max(1)]).describe('true, false or a ratio between 0 and 1').optional(),
          scores: flag.optional(),
        })
        .describe('a mapping (ignore, overlap, scores)')
        .optional(),
    })
    .describe('a mapping of settings (quotes, issues, check)');
}

let zod: typeof Zod | undefined;
let schema: ReturnType<typeof configSchema> | undefined;
const loadSchema = () => (schema ??= configSchema((zod ??= createRequire(import.meta.url)('zod') as typeof Zod)));

/**
 * Load a config file; with no path, `newsmark.config.yaml` in `cwd` if it exists. A relative path is
 * read from `cwd`. Every problem is a ConfigError of one line that names the file as given, the key
 * and what was expected (the CLI exits 2 on it).
 */
export function loadConfig(file?: string, cwd = process.cwd()): NewsmarkConfig {
  const name = file ?? CONFIG_FILE;
  const target = path.resolve(cwd, name);
  if (file === undefined && !fs.existsSync(target)) return defaultConfig();
  let source: string;
  try {
    source = fs.readFileSync(target, 'utf8');
  } catch (error) {
    throw new ConfigError(`${name}: ${readProblem(error as NodeJS.ErrnoException)}`);
  }
  const config = parseConfig(source, name);
  // Relative lexicon paths are relative to the config file, not to wherever newsmark runs.
  const base = path.dirname(target);
  const existing = (p: string, key: string) => {
    const full = path.resolve(base, p);
    if (!fs.existsSync(full)) throw new ConfigError(`${name}: ${key}: no such file '${p}' (relative paths are read from the config file's folder)`);
    return full;
  };
  if (config.issues?.lexicon) config.issues.lexicon = existing(config.issues.lexicon, 'issues.lexicon');
  if (config.issues?.extend) config.issues.extend = config.issues.extend.map((p, i) => existing(p, `issues.extend[${i}]`));
  return config;
}

/** Parse and validate a config file's text; `name` is how messages call the file. */
export function parseConfig(source: string, name: string = CONFIG_FILE): NewsmarkConfig {
  let parsed: unknown;
  try {
    parsed = YAML.parse(source);
  } catch (error) {
    throw new ConfigError(yamlProblem(error as Error, name));
  }
  if (parsed === null || parsed === undefined) return defaultConfig();
  const s = loadSchema();
  const result = s.safeParse(parsed, { reportInput: true });
  if (result.success) return result.data as NewsmarkConfig;
  // One problem per unknown key, so that each is counted and the first gets its suggestion.
  const issues = result.error.issues.flatMap((issue): Issue[] => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue]));
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new ConfigError(`${name}: ${describeIssue(issues[0]!, s)}${more}`);
}

function readProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such config file';
    case 'EISDIR':
      return 'is a directory, not a config file';
    case 'EACCES':
    case 'EPERM':
      return 'config file not readable (permission denied)';
    default:
      return `cannot read config file (${error.message.split('\n')[0]})`;
  }
}

/** `file:LINE:COL: problem`, one line, from the yaml package's error (its message holds a code excerpt after the first line). */
function yamlProblem(error: Error, name: string): string {
  const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return pos ? `${name}:${pos.line}:${pos.col}: invalid YAML: ${message}` : `${name}: invalid YAML: ${message}`;
}

type Issue = Zod.core.$ZodIssue;
type Path = readonly PropertyKey[];

function describeIssue(issue: Issue, root: Zod.ZodType): string {
  const at = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(root, at);
    const key = issue.keys[0]!;
    const full = dotted([...at, key]);
    const near = nearest(key, known);
    const hint = near ? ` — did you mean '${dotted([...at, near])}'?` : known.length ? ` (known keys${at.length ? ` in ${dotted(at)}` : ''}: ${known.join(', ')})` : '';
    return `unknown key '${full}'${hint}`;
  }
  const expected = schemaAt(root, at)?.description ?? 'something else';
  const input = (issue as { input?: unknown }).input;
  const subject = at.length ? dotted(at) : 'the top level';
  return `${subject} must be ${expected}, got ${show(input)}`;
}

/** The schema of the value at `at` (through optional wrappers, objects and list elements). */
function schemaAt(root: Zod.ZodType, at: Path): Zod.ZodType | undefined {
  let node: Zod.ZodType | undefined = unwrap(root);
  for (const key of at) {
    if (!node) return undefined;
    const def = node.def as { type: string; shape?: Record<string, Zod.ZodType>; element?: Zod.ZodType };
    if (def.type === 'object') node = def.shape?.[String(key)];
    else if (def.type === 'array') node = def.element;
    else return undefined;
    node = node && unwrap(node);
  }
  return node;
}

function unwrap(node: Zod.ZodType): Zod.ZodType {
  let n = node;
  while ((n.def as { type: string }).type === 'optional') n = (n.def as unknown as { innerType: Zod.ZodType }).innerType;
  return n;
}

function keysAt(root: Zod.ZodType, at: Path): string[] {
  const node = schemaAt(root, at);
  const shape = node && (node.def as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** `quotes.cueVerbs[1]`: keys dotted, list positions in brackets. */
function dotted(at: Path): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

/** A value as the message shows it: a scalar as written, a list or mapping by its kind. */
function show(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 40 ? value.slice(0, 40) + '…' : value}'`;
  return String(value);
}
