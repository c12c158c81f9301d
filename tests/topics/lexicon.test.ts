import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, LexiconError, parseLexicon, readLexicon, termKeys } from '../../src/topics/lexicon.js';
import { topicEngine } from '../../src/topics/engine.js';
import { topicTree } from '../../src/topics/taxonomy.js';
import { annotateIssues, issuesPipelineFor } from './helpers.js';
import { ConfigError } from '../../src/errors.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-lexicon-'));
const write = (name: string, content: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('lexicon file', () => {
  it('reads strong, terms, weak and explicit weights', () => {
    const lex = parseLexicon('topics:\n  medtop:20001065:\n    strong: [striker]\n    terms: [goal]\n    weak: [match]\n    weights: {penalty: 3}\n', 'x');
    expect(lex.entries.map((e) => [e.term, e.weight])).toEqual([
      ['striker', 2],
      ['goal', 1],
      ['match', 0.5],
      ['penalty', 3],
    ]);
    expect(lex.entries.every((e) => e.topic === 'medtop:20001065')).toBe(true);
  });

  it.each([
    ['topics: [a, b]', /'topics' must map/],
    ['topics:\n  football: [goal]', /not an IPTC Media Topic code/],
    ['topics:\n  medtop:20001065:\n    strong: goal', /must be a list/],
    ['topics:\n  medtop:20001065:\n    weights: {goal: high}', /must be a number/],
    ['topics: {a: [', /x:/],
  ])('rejects %j', (content, message) => {
    expect(() => parseLexicon(content, 'x')).toThrow(message);
  });

  it('accepts codes without the medtop: prefix', () => {
    expect(parseLexicon('topics:\n  "20001065": {terms: [goal]}', 'x').entries[0]!.topic).toBe('medtop:20001065');
  });

  it('the built-in lexicon only names topics of the shipped taxonomy', () => {
    const tree = topicTree();
    const unknown = readLexicon(DEFAULT_LEXICON).entries.filter((e) => !tree.nodes.has(e.topic));
    expect(unknown).toEqual([]);
    expect(topicEngine({}).unknownTopics).toEqual([]);
  });

  it.each([
    ['Labour', ['labour'], ['Labour']],
    ['supply chains', ['supply', 'chain'], null],
    ['US-China relations', ['us', 'china', 'relation'], ['US', 'China', 'relations']],
    ["Taiwan's", ['taiwan'], ['Taiwan']],
  ])('term %s has keys %j', (term, keys, cased) => {
    expect(termKeys(term)).toEqual({ keys, cased });
  });

  it('reports a missing file as a LexiconError', () => {
    expect(() => readLexicon(path.join(tmp, 'none.yaml'))).toThrow(LexiconError);
  });
});

describe('lexicon through newsmark.config.yaml', () => {
  const text = 'Zorblat fans cheer\n\nThe zorblat league final drew a record crowd of zorblat fans.';
  it('the built-in lexicon does not know the made-up sport', () => {
    expect(annotateIssues(text).layers.issues!.some((i) => i.iptc === 'medtop:20001083')).toBe(false);
  });

  it('issues.extend adds topics to the built-in lexicon', () => {
    const ext = write('ext.yaml', 'topics:\n  medtop:20001083:\n    strong: [zorblat]\n');
    const doc = annotateIssues(text, { issues: { extend: [ext] } });
    const added = doc.layers.issues!.find((i) => i.iptc === 'medtop:20001083');
    expect(added?.topic).toBe('table tennis');
    expect(added?.evidence.map((e) => e.text)).toContain('zorblat league');
    // The built-in cues (league, final, fans) still count, and all of it lands under sport.
    expect(topicTree().root(doc.layers.issues![0]!.iptc)).toBe('medtop:15000000');
    expect(doc.layers.issues!.length).toBeGreaterThan(1);
  });

  it('issues.lexicon replaces the built-in lexicon', () => {
    const only = write('only.yaml', 'label_cues: false\ntopics:\n  medtop:20001083:\n    strong: [zorblat]\n');
    const doc = annotateIssues(text, { issues: { lexicon: only } });
    expect(doc.layers.issues!.map((i) => i.iptc)).toEqual(['medtop:20001083']);
  });

  it('a broken custom lexicon stops the build with one ConfigError line naming it, before any article', () => {
    const broken = write('broken.yaml', 'topics: [oops]\n');
    expect(() => annotateIssues('Parliament votes on the budget\n\nMPs voted on the government budget.', { issues: { lexicon: broken } })).toThrow(ConfigError);
    expect(() => issuesPipelineFor({ issues: { lexicon: broken } })).toThrow(/^topic lexicon .*broken\.yaml: 'topics' must map IPTC codes to cue lists$/);
  });
});
