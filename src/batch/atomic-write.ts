import fs from 'node:fs';
import path from 'node:path';

let counter = 0;

/**
 * Write a file so that it either exists complete or not at all: write a temporary file in the same
 * folder (same file system, so the rename is atomic), then rename it over the target. A run killed
 * midway leaves at most a `.newsmark-*.tmp` file, never a half-written output.
 */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const dir = path.dirname(target);
  await fs.promises.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.newsmark-${process.pid}-${counter++}.tmp`);
  try {
    await fs.promises.writeFile(temp, content);
    await fs.promises.rename(temp, target);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}

/** Temporary files of runs that were killed before they could rename them (removed at start of a run). */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.isFile() && /^\.newsmark-\d+-\d+\.tmp$/.test(entry.name)) {
      await fs.promises.rm(path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name), { force: true });
    }
  }
}
