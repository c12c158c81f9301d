import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

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

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Load a config file; with no path, `newsmark.config.yaml` in `cwd` if it exists. */
export function loadConfig(file?: string, cwd = process.cwd()): NewsmarkConfig {
  const target = file ?? path.join(cwd, CONFIG_FILE);
  if (!file && !fs.existsSync(target)) return defaultConfig();
  let parsed: unknown;
  try {
    parsed = YAML.parse(fs.readFileSync(target, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${target}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (parsed === null || parsed === undefined) return defaultConfig();
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`${target}: expected a mapping at the top level`);
  const config = parsed as NewsmarkConfig;
  // Relative lexicon paths are relative to the config file, not to wherever newsmark runs.
  const base = path.dirname(path.resolve(target));
  if (config.issues?.lexicon) config.issues.lexicon = path.resolve(base, config.issues.lexicon);
  if (config.issues?.extend) config.issues.extend = config.issues.extend.map((p) => path.resolve(base, p));
  return config;
}
