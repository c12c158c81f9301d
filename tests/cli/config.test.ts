// The configuration file is validated (issue 11): a misspelt key or a wrong type is a usage error of
// one line naming the file, the key and what was expected, never a setting silently ignored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config.js';
import { editDistance, nearest } from '../../src/suggest.js';
import { both } from './run-in.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-config-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const article = path.join(dir, 'a.txt');
fs.writeFileSync(article, 'Storm hits coast\n\nThe storm reached Valdera on Monday, officials said.\n');

const problem = (source: string): string => {
  try {
    parseConfig(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('valid configurations', () => {
  it.each([
    ['empty file', '', {}],
    ['comments only', '# nothing yet\n', {}],
    ['every key', 'quotes:\n  cueVerbs: [quip, concede]\n  doubledApostrophes: true\ncheck:\n  ignore: [keyphrases, quotes.cue]\n  overlap: 0.5\n  scores: false\n', { quotes: { cueVerbs: ['quip', 'concede'], doubledApostrophes: true }, check: { ignore: ['keyphrases', 'quotes.cue'], overlap: 0.5, scores: false } }],
    ['overlap as true', 'check:\n  overlap: true\n', { check: { overlap: true } }],
    ['an empty section', 'quotes: {}\n', { quotes: {} }],
  ])('%s', (_, source, expected) => expect(parseConfig(source)).toEqual(expected));
});

describe('unknown keys: named with their path and the nearest known key', () => {
  it.each([
    ['quote:\n  cueVerbs: [quip]\n', "newsmark.config.yaml: unknown key 'quote' — did you mean 'quotes'?"],
    ['quotes:\n  cueVerb: [quip]\n', "newsmark.config.yaml: unknown key 'quotes.cueVerb' — did you mean 'quotes.cueVerbs'?"],
    ['quotes:\n  cueverbs: [quip]\n', "newsmark.config.yaml: unknown key 'quotes.cueverbs' — did you mean 'quotes.cueVerbs'?"],
    ['check:\n  ignor: [dates]\n', "newsmark.config.yaml: unknown key 'check.ignor' — did you mean 'check.ignore'?"],
    ['isues:\n  extend: []\n', "newsmark.config.yaml: unknown key 'isues' — did you mean 'issues'?"],
    // Too far from every key for a guess: the known keys instead.
    ['output:\n  format: json\n', "newsmark.config.yaml: unknown key 'output' (known keys: quotes, issues, check)"],
    ['check:\n  reporter: junit\n', "newsmark.config.yaml: unknown key 'check.reporter' (known keys in check: ignore, overlap, scores)"],
    ['zzz: 1\nquote: 2\n', "newsmark.config.yaml: unknown key 'zzz' (known keys: quotes, issues, check) (and 1 more problem)"],
  ])('%j', (source, message) => expect(problem(source)).toBe(message));
});

describe('wrong types: the key, what was expected and what was found', () => {
  it.each([
    ['quotes:\n  cueVerbs: 5\n', 'newsmark.config.yaml: quotes.cueVerbs must be a list of words, got 5'],
    ['quotes:\n  cueVerbs: quip\n', "newsmark.config.yaml: quotes.cueVerbs must be a list of words, got 'quip'"],
    ['quotes:\n  cueVerbs:\n', 'newsmark.config.yaml: quotes.cueVerbs must be a list of words, got an empty value'],
    ['quotes:\n  cueVerbs: [quip, point out]\n', "newsmark.config.yaml: quotes.cueVerbs[1] must be a word (a verb's base form, such as 'quip'), got 'point out'"],
    ['quotes:\n  cueVerbs: [quip, 7]\n', "newsmark.config.yaml: quotes.cueVerbs[1] must be a word (a verb's base form, such as 'quip'), got 7"],
    ['quotes:\n  doubledApostrophes: yes please\n', "newsmark.config.yaml: quotes.doubledApostrophes must be true or false, got 'yes please'"],
    ['quotes: 5\n', 'newsmark.config.yaml: quotes must be a mapping (cueVerbs, doubledApostrophes), got 5'],
    ['check:\n  ignore: keyphrases\n', "newsmark.config.yaml: check.ignore must be a list of output fields, got 'keyphrases'"],
    ['check:\n  overlap: 3\n', 'newsmark.config.yaml: check.overlap must be true, false or a ratio between 0 and 1, got 3'],
    ['check:\n  overlap: [1]\n', 'newsmark.config.yaml: check.overlap must be true, false or a ratio between 0 and 1, got a list'],
    ['issues:\n  extend: my-topics.yaml\n', "newsmark.config.yaml: issues.extend must be a list of file paths, got 'my-topics.yaml'"],
    ['- quotes\n- check\n', 'newsmark.config.yaml: the top level must be a mapping of settings (quotes, issues, check), got a list'],
    ['just words\n', "newsmark.config.yaml: the top level must be a mapping of settings (quotes, issues, check), got 'just words'"],
  ])('%j', (source, message) => expect(problem(source)).toBe(message));
});

describe('broken YAML: one line with line:column', () => {
  it.each([
    ['quotes:\n  cueVerbs: [quip\n', /^newsmark\.config\.yaml:3:1: invalid YAML: [^\n]+$/],
    ['quotes:\n  cueVerbs: [quip]\nquotes:\n  doubledApostrophes: true\n', /^newsmark\.config\.yaml:3:1: invalid YAML: Map keys must be unique$/],
    ['quotes:\n cueVerbs: [quip]\n  doubledApostrophes: true\n', /^newsmark\.config\.yaml:3:\d+: invalid YAML: [^\n]+$/],
  ])('%j', (source, message) => expect(problem(source)).toMatch(message));
});

describe('loadConfig: files', () => {
  it('resolves lexicon paths from the config file and refuses a missing one by its key', () => {
    const sub = path.join(dir, 'team');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'topics.yaml'), 'topics: []\n');
    fs.writeFileSync(path.join(sub, 'good.yaml'), 'issues:\n  extend: [topics.yaml]\n');
    expect(loadConfig('team/good.yaml', dir).issues?.extend).toEqual([path.join(sub, 'topics.yaml')]);
    fs.writeFileSync(path.join(sub, 'bad.yaml'), 'issues:\n  extend: [topics.yaml, nope.yaml]\n');
    expect(() => loadConfig('team/bad.yaml', dir)).toThrow("team/bad.yaml: issues.extend[1]: no such file 'nope.yaml' (relative paths are read from the config file's folder)");
  });

  it('names a missing --config file as given, without a raw ENOENT', () => {
    expect(() => loadConfig('nope.yaml', dir)).toThrow(new ConfigError('nope.yaml: no such config file'));
    expect(() => loadConfig('team', dir)).toThrow(new ConfigError('team: is a directory, not a config file'));
  });

  it('without --config and without newsmark.config.yaml, the defaults', () => expect(loadConfig(undefined, path.join(dir, 'team'))).toEqual({}));
});

describe('suggestions by edit distance', () => {
  it.each([
    ['quote', 'quotes', 1],
    ['chek', 'check', 1],
    ['chekc', 'check', 1],
    ['cueverb', 'cueVerbs', 2],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it.each([
    ['chek', ['annotate', 'check', 'eval'], 'check'],
    ['evl', ['annotate', 'check', 'eval'], 'eval'],
    ['CHECK', ['annotate', 'check', 'eval'], 'check'],
    ['report', ['annotate', 'check', 'eval'], undefined],
    ['x', ['a', 'b'], undefined],
  ])('nearest(%j) is %j', (word, known, expected) => expect(nearest(word, known)).toBe(expected));
});

describe.each(both)('the CLI on a bad configuration (%s)', (_, run) => {
  it('a misspelt key in ./newsmark.config.yaml: exit 2, one line, nothing annotated', async () => {
    const cwd = fs.mkdtempSync(path.join(dir, 'cwd-'));
    fs.writeFileSync(path.join(cwd, 'newsmark.config.yaml'), 'quote:\n  cueVerbs: [quip]\n');
    const r = await run([article], { cwd });
    expect(r).toEqual({ code: 2, stdout: '', stderr: "newsmark: newsmark.config.yaml: unknown key 'quote' — did you mean 'quotes'?\n" });
  });

  it('a wrong type given by -c: exit 2, the file named as given', async () => {
    fs.writeFileSync(path.join(dir, 'team.yaml'), 'quotes:\n  cueVerbs: 5\n');
    const r = await run(['-c', 'team.yaml', article], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'newsmark: team.yaml: quotes.cueVerbs must be a list of words, got 5\n' });
  });

  it('a misspelt check.ignore fails newsmark check too', async () => {
    fs.writeFileSync(path.join(dir, 'ci.yaml'), 'check:\n  ignroe: [keyphrases]\n');
    const r = await run(['check', '-c', 'ci.yaml', 'fixtures'], { cwd: dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: "newsmark: ci.yaml: unknown key 'check.ignroe' — did you mean 'check.ignore'?\n" });
  });

  it('a missing -c FILE is one clear line', async () => {
    const r = await run(['-c', 'nope.yaml', article], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'newsmark: nope.yaml: no such config file\n' });
  });

  it('broken YAML: one line with line and column', async () => {
    fs.writeFileSync(path.join(dir, 'broken.yaml'), 'quotes:\n  cueVerbs: [quip\n');
    const r = await run(['-c', 'broken.yaml', article], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsmark: broken\.yaml:3:1: invalid YAML: [^\n]+\n$/);
  });
});
