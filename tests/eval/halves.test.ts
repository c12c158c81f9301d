/** The fixed tune/confirm split of every dev set: stable, near even, and applied by `eval --half`. */
import { describe, expect, it } from 'vitest';
import { halfOf } from '../../src/eval/halves.js';
import { parseGoldJsonl } from '../../src/eval/gold.js';

describe('halfOf', () => {
  it('is pinned: the same ids fall in the same halves on every machine (a change would move the split)', () => {
    expect(['1001', 'doc-1', 'doc-2', 'g', 'h', 'i'].map(halfOf)).toEqual(['confirm', 'tune', 'tune', 'tune', 'tune', 'tune']);
  });

  it('does not follow the parity of the last character (plain FNV-1a would)', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `x${i}`);
    const same = ids.filter((id) => (halfOf(id) === 'tune') === (id.charCodeAt(id.length - 1) % 2 === 0)).length;
    expect(same).toBeGreaterThan(900);
    expect(same).toBeLessThan(1100);
  });

  it('splits many ids close to evenly', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `article-${i}`);
    const tune = ids.filter((id) => halfOf(id) === 'tune').length;
    expect(tune).toBeGreaterThan(900);
    expect(tune).toBeLessThan(1100);
  });

  it('does not follow --shard 1/2, which hashes the bare id', async () => {
    const { shardOf } = await import('../../src/batch/shard.js');
    const ids = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const same = ids.filter((id) => (halfOf(id) === 'tune') === (shardOf(id, 2) === 1)).length;
    expect(same).toBeGreaterThan(140);
    expect(same).toBeLessThan(260);
  });
});

describe('readGold with a half', () => {
  it('keeps exactly the documents of that half, and the two halves partition the file', async () => {
    const { readGold } = await import('../../src/eval/gold.js');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'x', entities: [] }));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nm-half-')), 'gold.jsonl');
    fs.writeFileSync(file, lines.join('\n'));
    const all = parseGoldJsonl(lines.join('\n'), file, 'ner').map((d) => d.id);
    const tune = readGold(file, 'ner', { half: 'tune' }).map((d) => d.id);
    const confirm = readGold(file, 'ner', { half: 'confirm' }).map((d) => d.id);
    expect(tune.length).toBeGreaterThan(0);
    expect(confirm.length).toBeGreaterThan(0);
    expect([...tune, ...confirm].sort()).toEqual([...all].sort());
    expect(tune.every((id) => halfOf(id) === 'tune')).toBe(true);
    expect(readGold(file, 'ner', { half: 'tune', limit: 2 }).map((d) => d.id)).toEqual(tune.slice(0, 2));
  });
});
