// Issue 14, step two: a pipeline is built once with its resources, then run. What a config or a
// library user names (a topic lexicon, a tagger model) is loaded and checked when the pipeline is
// built — a ConfigError of one line before any article is read — and read once, not per article.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { annotate, buildPipeline } from '../../src/annotate.js';
import { ConfigError } from '../../src/errors.js';
import { LinearModel } from '../../src/ner/perceptron.js';
import { encodeModel } from '../../src/ner/model-io.js';
import { TAG_COUNT } from '../../src/ner/tags.js';
import { parseLexicon } from '../../src/topics/lexicon.js';
import { bin, both } from '../cli/run-in.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-build-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  fs.writeFileSync(full, content);
  return full;
};

const ARTICLE = 'Blinken meets Xi in Beijing\n\nUS Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, the State Department said.';
const SPORT = 'Zorblat fans cheer\n\nThe zorblat league final drew a record crowd of zorblat fans.';
const ZORBLAT = 'label_cues: false\ntopics:\n  medtop:20001083:\n    strong: [zorblat]\n';
/** A model with no weights: the tagger finds no name, so only the rules' mentions are left. */
const emptyModel = () => new LinearModel(new Uint32Array(1024), new Float32Array(1024 * TAG_COUNT));

const oneLine = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
};

describe('resources that cannot be used: a ConfigError when the pipeline is built', () => {
  it('a topic lexicon file that does not exist, by its name', () => {
    const missing = path.join(dir, 'nope.yaml');
    expect(oneLine(() => buildPipeline({ issues: { lexicon: missing } }))).toBe(`topic lexicon ${missing}: no such file`);
  });

  it('a topic lexicon that does not parse', () => {
    const broken = file('broken.yaml', 'topics: [oops\n');
    expect(oneLine(() => buildPipeline({ issues: { extend: [broken] } }))).toMatch(new RegExp(`^topic lexicon ${broken.replace(/[.\\]/g, '\\$&')}: `));
  });

  it('a tagger model file that is missing, or is not a model', () => {
    expect(oneLine(() => buildPipeline({}, { nerModel: path.join(dir, 'none.bin') }))).toBe(`NER model ${path.join(dir, 'none.bin')}: no such file (run npm run train:ner)`);
    const junk = file('junk.bin', 'this is not a model at all');
    expect(oneLine(() => buildPipeline({}, { nerModel: junk }))).toMatch(/^NER model .*junk\.bin: not a model newsmark can read/);
    const empty = file('empty.bin', '');
    expect(oneLine(() => buildPipeline({}, { nerModel: empty }))).toMatch(/^NER model .*empty\.bin: not a model newsmark can read/);
  });
});

describe('resources are read once, when built', () => {
  it('a custom lexicon is read once for any number of articles, and not again after', () => {
    const lexicon = file('once.yaml', ZORBLAT);
    const read = vi.spyOn(fs, 'readFileSync');
    try {
      const pipeline = buildPipeline({ issues: { lexicon } });
      const reads = () => read.mock.calls.filter(([p]) => p === lexicon).length;
      expect(reads()).toBe(1);
      fs.rmSync(lexicon); // gone after the build: the articles do not need it
      for (let i = 0; i < 3; i++) {
        const doc = annotate(SPORT, { pipeline });
        expect(doc.layers.issues!.map((issue) => issue.iptc)).toEqual(['medtop:20001083']);
        expect(doc.diagnostics).toEqual([]);
      }
      expect(reads()).toBe(1);
    } finally {
      read.mockRestore();
    }
  });
});

describe('injected resources are used', () => {
  it('another tagger model changes the entities', () => {
    const people = (names: string[]) => names.filter((n) => n.startsWith('person:'));
    const names = (doc: ReturnType<typeof annotate>) => doc.layers.entities!.map((e) => `${e.type}:${e.name}`);
    const shipped = names(annotate(ARTICLE));
    expect(people(shipped)).toEqual(expect.arrayContaining(['person:Antony Blinken', 'person:Xi Jinping']));
    const blank = names(annotate(ARTICLE, { pipeline: buildPipeline({}, { nerModel: emptyModel() }) }));
    expect(people(blank)).not.toContain('person:Antony Blinken');
    expect(blank.length).toBeLessThan(shipped.length);
    // The same model from a file, by its path.
    const saved = file('blank.bin', encodeModel(emptyModel()));
    expect(names(annotate(ARTICLE, { pipeline: buildPipeline({}, { nerModel: saved }) }))).toEqual(blank);
  });

  it('another topic lexicon, given as a parsed lexicon, replaces the config’s', () => {
    const built = buildPipeline({}, { topics: parseLexicon(ZORBLAT, 'zorblat') });
    expect(annotate(SPORT, { pipeline: built }).layers.issues!.map((i) => i.iptc)).toEqual(['medtop:20001083']);
    expect(annotate(SPORT).layers.issues!.map((i) => i.iptc)).not.toEqual(['medtop:20001083']);
  });
});

describe('newsmark with a lexicon it cannot use', () => {
  it('exits 2 with one line before any article, for two articles as for one', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'cli-'));
    fs.writeFileSync(path.join(sub, 'lex.yaml'), 'topics: [oops\n');
    fs.writeFileSync(path.join(sub, 'cfg.yaml'), 'issues:\n  lexicon: lex.yaml\n');
    fs.writeFileSync(path.join(sub, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(sub, 'b.txt'), SPORT);
    for (const [, run] of both) {
      const r = await run(['-c', 'cfg.yaml', '-f', 'jsonl', 'a.txt', 'b.txt'], { cwd: sub });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^newsmark: topic lexicon .*lex\.yaml: /);
    }
  });

  it('newsmark serve refuses it before listening: exit 2, one line', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'serve-'));
    fs.writeFileSync(path.join(sub, 'lex.yaml'), 'topics: [oops]\n');
    fs.writeFileSync(path.join(sub, 'cfg.yaml'), 'issues:\n  lexicon: lex.yaml\n');
    const r = spawnSync(process.execPath, [bin, 'serve', '-c', 'cfg.yaml', '--port', '0', '-j', '1'], { cwd: sub, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^newsmark: topic lexicon .*lex\.yaml: 'topics' must map IPTC codes to cue lists\n$/);
  });
});
