import fs from 'node:fs';
import path from 'node:path';

/** Extensions a folder walk picks up. `.md` is read as plain text (Markdown marks stay in the text). */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.jsonl', '.jsonl.gz'] as const;

export const isArticleFile = (name: string): boolean => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

const GLOB_CHARS = /[*?[\]{}]/;

/** One argument turned into paths: a path that exists is itself; otherwise a pattern the shell did not expand. */
export type ExpandedArg = { kind: 'path'; path: string } | { kind: 'missing'; path: string };

/**
 * Paths in a stable order: files as given, folders walked recursively (sorted, hidden entries skipped),
 * and glob patterns expanded here (quoted patterns reach us unexpanded; `'archive/**\/*.txt'`).
 * Folders and globs are listed lazily, one folder at a time, so a huge tree is not held in memory.
 */
export async function* expandPaths(args: string[], cwd: string = process.cwd()): AsyncGenerator<ExpandedArg> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'path', path: arg };
      continue;
    }
    const stat = statOrNull(path.resolve(cwd, arg));
    if (stat?.isDirectory()) yield* walkFolder(arg, cwd);
    else if (stat || !GLOB_CHARS.test(arg)) yield { kind: stat ? 'path' : 'missing', path: arg };
    else {
      const matches = await expandGlob(arg, cwd);
      if (!matches.length) yield { kind: 'missing', path: arg };
      for (const match of matches) yield { kind: 'path', path: match };
    }
  }
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  // Loaded on demand: a single-article run never pays for it.
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
  return found.filter(isArticleFileOrExplicit(pattern)).sort();
}

/** A pattern such as `*.txt` names what it wants; `**\/*` still means articles only. */
const isArticleFileOrExplicit = (pattern: string) => (file: string) => /\.[a-z0-9]+$/i.test(pattern) || isArticleFile(file);

function* walkFolder(folder: string, cwd: string): Generator<ExpandedArg> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.resolve(cwd, folder), { withFileTypes: true });
  } catch {
    yield { kind: 'missing', path: folder };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(child, cwd);
    else if (entry.isFile() && isArticleFile(entry.name)) yield { kind: 'path', path: child };
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}
