import fs from 'node:fs';
import path from 'node:path';

/** Extensions a folder walk picks up. `.md` is read as plain text (Markdown marks stay in the text). */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.jsonl', '.jsonl.gz'] as const;

export const isArticleFile = (name: string): boolean => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * One argument turned into paths: a path that exists is itself; otherwise a pattern the shell did not
 * expand. A folder with no article files and a pattern that matches none are `nothing`, with the
 * problem to report (one line, instead of a run that silently does nothing).
 */
export type ExpandedArg = { kind: 'path'; path: string } | { kind: 'missing'; path: string } | { kind: 'nothing'; path: string; problem: string };

const LOOKED_FOR = `looked for ${ARTICLE_EXTENSIONS.join(', ')}`;

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
    if (stat?.isDirectory()) {
      const seen: Seen = { articles: 0, others: 0, problems: 0 };
      yield* walkFolder(arg, cwd, seen);
      if (seen.articles === 0 && seen.problems === 0) {
        const others = seen.others ? `; ${seen.others} other file${seen.others === 1 ? '' : 's'} skipped` : '';
        yield { kind: 'nothing', path: arg, problem: `no article files in this folder (${LOOKED_FOR}${others})` };
      }
    } else if (stat || !GLOB_CHARS.test(arg)) yield { kind: stat ? 'path' : 'missing', path: arg };
    else {
      const { matches, others } = await expandGlob(arg, cwd);
      if (!matches.length) yield { kind: 'nothing', path: arg, problem: others ? `no article files match this pattern (${others} other file${others === 1 ? ' does' : 's do'}; ${LOOKED_FOR})` : 'no such file, and no files match it as a pattern' };
      for (const match of matches) yield { kind: 'path', path: match };
    }
  }
}

async function expandGlob(pattern: string, cwd: string): Promise<{ matches: string[]; others: number }> {
  // Loaded on demand: a single-article run never pays for it.
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
  const matches = found.filter(isArticleFileOrExplicit(pattern)).sort();
  return { matches, others: found.length - matches.length };
}

/** A pattern such as `*.txt` names what it wants; `**\/*` still means articles only. */
const isArticleFileOrExplicit = (pattern: string) => (file: string) => /\.[a-z0-9]+$/i.test(pattern) || isArticleFile(file);

/** What a folder walk found: article files, other files (skipped), folders it could not read. */
interface Seen {
  articles: number;
  others: number;
  problems: number;
}

function* walkFolder(folder: string, cwd: string, seen: Seen): Generator<ExpandedArg> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.resolve(cwd, folder), { withFileTypes: true });
  } catch (error) {
    seen.problems++;
    const code = (error as NodeJS.ErrnoException).code;
    yield { kind: 'nothing', path: folder, problem: code === 'EACCES' || code === 'EPERM' ? 'cannot read this folder (permission denied)' : `cannot read this folder (${code ?? (error as Error).message})` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(child, cwd, seen);
    else if (entry.isFile() && isArticleFile(entry.name)) {
      seen.articles++;
      yield { kind: 'path', path: child };
    } else if (entry.isFile()) seen.others++;
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/**
 * Whether these inputs make a batch — several inputs, a folder, a glob, a JSONL archive, or JSONL on
 * stdin — rather than one article. A batch gets a progress bar and an end-of-run summary on a
 * terminal; one article gets neither (cli/run/annotate.ts).
 */
export function isBatchInput(paths: readonly string[], inputFormat: string | undefined, cwd: string = process.cwd()): boolean {
  if (paths.length > 1) return true;
  const only = paths[0];
  if (only === undefined || only === '-') return inputFormat === 'jsonl';
  if (/\.jsonl(\.gz)?$/i.test(only)) return true;
  const stat = statOrNull(path.resolve(cwd, only));
  if (stat) return stat.isDirectory();
  return GLOB_CHARS.test(only);
}
