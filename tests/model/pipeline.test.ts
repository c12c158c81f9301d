import { describe, expect, it } from 'vitest';
import { createPipeline, PipelineError } from '../../src/pipeline/pipeline.js';
import type { AnyAnnotator } from '../../src/pipeline/annotator.js';
import { createDoc } from '../../src/model/document.js';
import { diagnostic, DIAGNOSTIC_CODES } from '../../src/model/diagnostics.js';
import { toOutput } from '../../src/model/output.js';
import { annotate } from '../../src/annotate.js';

// Stages that break the contract on purpose (a bad span, a missing layer) are built untyped.
const stage = (name: string, requires: AnyAnnotator['requires'], provides: AnyAnnotator['provides'], run: AnyAnnotator['run'] = () => ({})): AnyAnnotator => ({ name, requires, provides, run });

describe('createPipeline', () => {
  it('refuses a stage whose requirement no earlier stage provides, naming both', () => {
    expect(() => createPipeline([stage('quotes', ['mentions'], ['quotes'])])).toThrow(PipelineError);
    expect(() => createPipeline([stage('quotes', ['mentions'], ['quotes'])])).toThrow("annotator 'quotes' requires 'mentions'");
  });

  it('drops items with spans that do not match the text, with a diagnostic', () => {
    const pipeline = createPipeline([
      stage('bad', [], ['dates'], () => ({
        dates: [
          { start: 0, end: 5, text: 'Hello' },
          { start: 0, end: 5, text: 'Howdy' },
          { start: 3, end: 99, text: 'x' },
        ],
      })),
    ]);
    const doc = pipeline.run(createDoc('t', 'Hello world'));
    expect(doc.layers.dates).toEqual([{ start: 0, end: 5, text: 'Hello' }]);
    expect(doc.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['pipeline/bad-span', "dropped dates[1]: invalid span [0, 5) 'Howdy'"],
      ['pipeline/bad-span', "dropped dates[2]: invalid span [3, 99) 'x'"],
    ]);
  });

  it('checks nested spans too (a quote speaker outside the text)', () => {
    const pipeline = createPipeline([
      stage('q', [], ['quotes'], () => ({
        quotes: [{ id: 'q1', start: 0, end: 2, text: 'ab', kind: 'full', speaker: { name: 'X', entity: null, start: 1, end: 50, text: 'b' }, cue: null, confidence: 1, rule: 't' }],
      })),
    ]);
    const doc = pipeline.run(createDoc('t', 'abc'));
    expect(doc.layers.quotes).toEqual([]);
    expect(doc.diagnostics).toHaveLength(1);
  });

  it('turns a stage that throws into a diagnostic and empty layers, keeping the other stages', () => {
    const pipeline = createPipeline([
      stage('boom', [], ['quotes'], () => {
        throw new Error('kaput');
      }),
      stage('ok', [], ['dates'], () => ({ dates: [] })),
    ]);
    const doc = pipeline.run(createDoc('t', 'abc'));
    expect(doc.layers.quotes).toEqual([]);
    expect(doc.layers.dates).toEqual([]);
    expect(doc.diagnostics[0]).toMatchObject({ stage: 'boom', code: 'pipeline/stage-failed', severity: 'error', message: 'stage failed: kaput' });
  });
});

describe('diagnostic codes', () => {
  it('a stage that leaves out a layer it provides: pipeline/missing-layer', () => {
    const doc = createPipeline([stage('lazy', [], ['dates'], () => ({}))]).run(createDoc('t', 'abc'));
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['pipeline/missing-layer']);
  });

  it('a code set by the stage is kept; one made without gets <stage>/unspecified', () => {
    const doc = createPipeline([
      stage('mine', [], ['dates'], (d) => {
        d.diagnostics.push(diagnostic('mine', 'info', 'coded', undefined, 'quotes/unclosed-mark'));
        d.diagnostics.push({ stage: 'mine', severity: 'info', message: 'uncoded' });
        return { dates: [] };
      }),
    ]).run(createDoc('t', 'abc'));
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['quotes/unclosed-mark', 'mine/unspecified']);
  });

  it('every code is <who>/<what> in lower case', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(code).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
  });

  it('the output carries the code after the stage, before the severity', () => {
    const doc = annotate('Title\n\nHe said “this is not closed.\n\nNext paragraph here.', { id: 'x' });
    const out = toOutput(doc);
    expect(out.diagnostics.length).toBeGreaterThan(0);
    for (const d of out.diagnostics) expect(Object.keys(d).slice(0, 3)).toEqual(['stage', 'code', 'severity']);
  });
});
