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
