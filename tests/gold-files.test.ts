/** Every hand-made gold file's spans are right for its article, and its JSON twin is up to date. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

it('fixtures/*.gold.yaml: every span slices to its text and every .gold.json matches', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/gold-json.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
