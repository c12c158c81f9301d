/**
 * The import rules of docs/ARCHITECTURE.md on src/'s real import graph: imports only to the same
 * floor or lower ones, no circle between files or between the folders of one floor. ALLOWED lists
 * exactly what the second step of issue 14 still has to fix; the test fails on anything new and on
 * an allowed line that no longer occurs (then take it out of ALLOWED).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { ALLOWED, circles, floorOf, FLOORS, layerOf, readGraph, violations } from '../../scripts/import-graph.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('the import rules, on a made-up graph', () => {
  const floors = [['model'], ['writers'], ['cli']];
  const graph = (edges: [string, string][], unresolved: string[] = []) => {
    const files = [...new Set(edges.flat())].sort();
    return { files, edges: edges.map(([from, to]) => ({ from, to })), unresolved };
  };

  it.each([
    ['downward and level imports pass', [['src/cli/a.ts', 'src/writers/b.ts'], ['src/writers/b.ts', 'src/model/c.ts'], ['src/writers/b.ts', 'src/writers/d.ts']], []],
    ['an import to a higher floor is reported', [['src/model/c.ts', 'src/cli/a.ts']], ['upward: src/model/c.ts -> src/cli/a.ts']],
    ['two files importing each other are a circle', [['src/model/c.ts', 'src/model/d.ts'], ['src/model/d.ts', 'src/model/c.ts']], ['circle: src/model/c.ts ⇄ src/model/d.ts']],
    ['a circle of three files is one line', [['src/model/a.ts', 'src/model/b.ts'], ['src/model/b.ts', 'src/model/c.ts'], ['src/model/c.ts', 'src/model/a.ts']], ['circle: src/model/a.ts ⇄ src/model/b.ts ⇄ src/model/c.ts']],
    ['a file at the top of src/ is its own layer', [['src/model/a.ts', 'src/cli.ts']], ['upward: src/model/a.ts -> src/cli.ts']],
  ] as [string, [string, string][], string[]][])('%s', (_, edges, expected) => {
    expect(violations(graph(edges), floors)).toEqual(expected);
  });

  it('two folders of one floor importing each other are a folder circle, with no file circle', () => {
    const f = [['model'], ['ner', 'entities']];
    expect(violations(graph([['src/ner/a.ts', 'src/entities/b.ts'], ['src/entities/c.ts', 'src/ner/d.ts']]), f)).toEqual(['folder circle: entities ⇄ ner']);
  });

  it('an upward import is not also counted as a folder circle', () => {
    expect(violations(graph([['src/cli/a.ts', 'src/model/b.ts'], ['src/model/c.ts', 'src/cli/d.ts']]), floors)).toEqual(['upward: src/model/c.ts -> src/cli/d.ts']);
  });

  it('a folder with no floor and an import of a missing file are reported', () => {
    expect(violations(graph([['src/serve/a.ts', 'src/model/b.ts']], ['src/model/b.ts -> ./gone.js']), floors)).toEqual([
      'no floor: src/serve (add it to FLOORS in scripts/import-graph.mjs)',
      'unresolved import: src/model/b.ts -> ./gone.js',
    ]);
  });

  it('finds circles by strongly connected components, a self-import aside', () => {
    expect(circles(['a', 'b', 'c'], [{ from: 'a', to: 'a' }, { from: 'a', to: 'b' }, { from: 'b', to: 'c' }])).toEqual([]);
  });
});

describe("src/'s import graph", () => {
  const graph = readGraph(root);

  it('reads the imports of every file, type-only and dynamic ones included', () => {
    const from = (file: string) => graph.edges.filter((e: { from: string }) => e.from === file).map((e: { to: string }) => e.to);
    expect(from('src/model/output.ts')).toContain('src/model/schema.ts'); // `import type`
    expect(from('src/cli/main.ts')).toContain('src/model/schema.ts'); // `await import()`
    expect(graph.unresolved).toEqual([]);
  });

  it('every folder of src/ has a floor', () => {
    for (const layer of new Set(graph.files.map(layerOf))) expect(floorOf(layer), `src/${layer}`).not.toBeUndefined();
    expect(FLOORS.flat()).toContain('serve');
  });

  it('breaks the rules only where ALLOWED says (what the second step of issue 14 fixes)', () => {
    const found: string[] = violations(graph);
    expect(found.filter((v) => !ALLOWED.includes(v)), 'new imports that break the rules: see docs/ARCHITECTURE.md').toEqual([]);
    expect(ALLOWED.filter((v: string) => !found.includes(v)), 'fixed: take these out of ALLOWED in scripts/import-graph.mjs').toEqual([]);
  });
});
