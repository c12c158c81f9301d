import fs from 'node:fs';
import readline from 'node:readline';

/**
 * Ids already in a JSONL output (one `{"id", …}` object a line). A line cut short by an interrupted run
 * does not parse and is ignored, so that article is annotated again.
 */
export async function idsInJsonl(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!fs.existsSync(file)) return ids;
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as { id?: unknown };
      if (value && typeof value === 'object' && value.id !== undefined) ids.add(String(value.id));
    } catch {
      // the last line of an interrupted run
    }
  }
  return ids;
}

/**
 * Why FILE cannot be the earlier output `--resume FILE` wants, or undefined. The usual slip is
 * `newsmark -f jsonl --resume archive.jsonl` with the output file forgotten: the archive is then taken
 * for it, every id in it counts as done and stdin is read. Output lines carry `"schema": "newsmark/…"`;
 * archive lines are `{"id", "text"}` without it. A missing or empty FILE is fine (a first run).
 */
export async function resumeFileProblem(file: string): Promise<string | undefined> {
  if (/\.gz$/i.test(file)) return 'a compressed file is an input archive, not newsmark output';
  let first: string | undefined;
  try {
    if (fs.statSync(file).isDirectory()) return 'is a folder; with a folder of outputs use --out-dir DIR --resume';
    const lines = readline.createInterface({ input: fs.createReadStream(file, { end: 4 * 1024 * 1024 }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim()) {
        first = line;
        break;
      }
    }
    lines.close();
  } catch {
    return undefined; // missing: nothing done yet
  }
  if (first === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(first);
  } catch {
    return undefined; // a cut-off line; idsInJsonl skips it
  }
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.schema === 'string' && record.schema.startsWith('newsmark/')) return undefined;
  if (typeof record.text === 'string') return 'this is input ({"id", "text"} lines), not earlier newsmark output';
  return undefined;
}
