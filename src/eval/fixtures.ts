import fs from 'node:fs';
import path from 'node:path';

/**
 * Fixture articles for `newsmark check`: `X.txt` (or `.html`, or a `.jsonl` of articles) next to
 * `X.expected.yaml` (or `X.expected.json`) holding newsmark's output for it.
 */
export interface Fixture {
  input: string;
  /** The expected file, or where `--update` creates one. */
  expected: string;
  exists: boolean;
}

export const INPUT_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl', '.jsonl.gz'];
const EXPECTED_SUFFIXES = ['.expected.yaml', '.expected.yml', '.expected.json'];

export interface FixtureSearch {
  fixtures: Fixture[];
  /** Paths that could not be used, with the reason. */
  problems: { path: string; problem: string }[];
}

/**
 * Folders are searched recursively and yield only articles that have an expected file (others,
 * such as edge-case inputs, are not fixtures). A file named explicitly must have one, unless
 * `creating` (for --update). An expected file named explicitly stands for its article.
 */
export function findFixtures(paths: string[], cwd: string, creating = false): FixtureSearch {
  const fixtures: Fixture[] = [];
  const problems: FixtureSearch['problems'] = [];
  const seen = new Set<string>();
  const add = (f: Fixture) => {
    if (seen.has(f.input)) return;
    seen.add(f.input);
    fixtures.push(f);
  };
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      problems.push({ path: given, problem: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of walk(full)) {
        if (!INPUT_EXTENSIONS.some((e) => file.toLowerCase().endsWith(e))) continue;
        const expected = expectedFor(file);
        if (expected) add({ input: file, expected, exists: true });
      }
      continue;
    }
    const suffix = EXPECTED_SUFFIXES.find((s) => full.endsWith(s));
    if (suffix) {
      const base = full.slice(0, -suffix.length);
      const input = INPUT_EXTENSIONS.map((e) => base + e).find((f) => fs.existsSync(f));
      if (input) add({ input, expected: full, exists: true });
      else problems.push({ path: given, problem: `no article for it (${INPUT_EXTENSIONS.map((e) => path.basename(base) + e).join(', ')})` });
      continue;
    }
    const expected = expectedFor(full);
    if (expected) add({ input: full, expected, exists: true });
    else if (creating) add({ input: full, expected: stripExtension(full) + '.expected.yaml', exists: false });
    else problems.push({ path: given, problem: `no expected file (${path.basename(stripExtension(full))}.expected.yaml); run with --update to create it` });
  }
  return { fixtures, problems };
}

function expectedFor(input: string): string | undefined {
  const base = stripExtension(input);
  return EXPECTED_SUFFIXES.map((s) => base + s).find((f) => fs.existsSync(f));
}

/** `X.txt` → `X`; `X.jsonl.gz` → `X`. */
const stripExtension = (file: string) => {
  const known = INPUT_EXTENSIONS.filter((e) => file.toLowerCase().endsWith(e)).sort((a, b) => b.length - a.length)[0];
  return file.slice(0, file.length - (known ?? path.extname(file)).length);
};

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
