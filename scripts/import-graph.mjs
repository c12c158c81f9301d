#!/usr/bin/env node
// newsmark's import rules, checked on the import graph of src/ (docs/ARCHITECTURE.md, "Import rules"):
// 1. every file sits on a floor (by its folder under src/, or its name for a file at the top), and
//    imports only from its own floor or lower ones;
// 2. no import circle between files, and none between the folders of one floor.
// Run by tests/architecture/imports.test.ts; `node scripts/import-graph.mjs` prints what breaks them.
//
// Imports are read with TypeScript's own pre-processor (`ts.preProcessFile`): static imports,
// `export … from`, type-only imports and `import()` alike, never words inside comments or strings.
// TypeScript is already a dev dependency; a graph tool (madge, dependency-cruiser) would add a
// dozen packages for what fits in this file.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The floors, lowest first. A folder of src/ (or a file at its top, without `.ts`) names its floor here;
 * a new folder must be given one before the test passes.
 */
export const FLOORS = [
  /* 0 base */ ['errors', 'suggest'],
  /* 1 model */ ['model', 'config'],
  /* 2 edges */ ['nlp', 'data', 'io', 'writers'],
  /* 3 pipeline */ ['pipeline'],
  /* 4 engines */ ['ner', 'entities', 'quotes', 'topics', 'keyphrases'],
  /* 5 stages */ ['annotators'],
  /* 6 library */ ['annotate'],
  /* 7 runs */ ['batch', 'eval', 'report', 'training'],
  /* 8 front ends */ ['cli', 'serve'],
  /* 9 public API */ ['index'],
];

/**
 * What still breaks the rules: exactly these, so the test fails on a new one and on one that is gone
 * (remove it here then). The quotes circle is left to the rewrite of speaker resolution in src/quotes.
 */
export const ALLOWED = [
  'circle: src/quotes/attribution.ts ⇄ src/quotes/cue.ts',
];

/** The layer a file belongs to: its first folder under src/, or its own name for a file at the top. */
export function layerOf(file) {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : parts[1].replace(/\.ts$/, '');
}

export function floorOf(layer, floors = FLOORS) {
  const i = floors.findIndex((names) => names.includes(layer));
  return i < 0 ? undefined : i;
}

/** Every import between files of src/: `{ from, to }`, paths relative to the project root with `/`. */
export function readGraph(root) {
  const src = path.join(root, 'src');
  const files = fs
    .readdirSync(src, { recursive: true })
    .map((f) => String(f).split(path.sep).join('/'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `src/${f}`)
    .sort();
  const known = new Set(files);
  const edges = [];
  const unresolved = [];
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(path.join(root, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package or a node: built-in
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)).replace(/\.js$/, '.ts');
      if (known.has(target)) edges.push({ from: file, to: target });
      else if (!target.endsWith('.json')) unresolved.push(`${file} -> ${fileName}`);
    }
  }
  return { files, edges, unresolved };
}

/** Strongly connected components of more than one node (Tarjan), each sorted, in a stable order. */
export function circles(nodes, edges) {
  const next = new Map(nodes.map((n) => [n, []]));
  for (const { from, to } of edges) if (from !== to) next.get(from)?.push(to);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

/** Everything in the graph that breaks the rules, one line each, sorted. */
export function violations({ files, edges, unresolved }, floors = FLOORS) {
  const out = unresolved.map((u) => `unresolved import: ${u}`);
  const layers = [...new Set(files.map(layerOf))].sort();
  for (const layer of layers) if (floorOf(layer, floors) === undefined) out.push(`no floor: src/${layer} (add it to FLOORS in scripts/import-graph.mjs)`);
  const seen = new Set();
  for (const { from, to } of edges) {
    const a = floorOf(layerOf(from), floors);
    const b = floorOf(layerOf(to), floors);
    const line = `upward: ${from} -> ${to}`;
    if (a !== undefined && b !== undefined && b > a && !seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  for (const c of circles(files, edges)) out.push(`circle: ${c.join(' ⇄ ')}`);
  // Between folders, only the imports that are not upward (those are reported above): what is left is
  // a circle between folders of one floor, such as two analysis engines importing each other.
  const layerEdges = edges
    .map((e) => ({ from: layerOf(e.from), to: layerOf(e.to) }))
    .filter((e) => e.from !== e.to && !(floorOf(e.to, floors) > floorOf(e.from, floors)));
  for (const c of circles(layers, layerEdges)) out.push(`folder circle: ${c.join(' ⇄ ')}`);
  return out.sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const found = violations(readGraph(path.resolve(import.meta.dirname, '..')));
  const fresh = found.filter((v) => !ALLOWED.includes(v));
  const gone = ALLOWED.filter((v) => !found.includes(v));
  for (const v of found) console.log(`${ALLOWED.includes(v) ? 'allowed ' : 'NEW     '} ${v}`);
  for (const v of gone) console.log(`FIXED    ${v} (remove it from ALLOWED)`);
  process.exitCode = fresh.length || gone.length ? 1 : 0;
}
