/**
 * Golden files: every fixtures/<name>.txt is annotated and its YAML compared with
 * fixtures/<name>.expected.yaml, exactly. `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`
 * rewrites them; review the diff before committing. (Gold files, *.gold.yaml, are hand-made truth
 * and scored in seed.test.ts; expected files are our current output.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate.js';
import { toOutput } from '../src/model/output.js';
import { writeYaml } from '../src/writers/yaml.js';

const dir = path.resolve(import.meta.dirname, '../fixtures');
const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('golden files', () => {
  it('there are fixture articles', () => expect(articles.length).toBeGreaterThanOrEqual(3));
  it.each(articles)('%s matches its .expected.yaml', (file) => {
    const name = file.replace(/\.txt$/, '');
    const yaml = writeYaml(toOutput(annotate(fs.readFileSync(path.join(dir, file), 'utf8'), { id: name })));
    const expectedPath = path.join(dir, `${name}.expected.yaml`);
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(expectedPath, yaml);
    expect(fs.existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(yaml).toBe(fs.readFileSync(expectedPath, 'utf8'));
  });
});
