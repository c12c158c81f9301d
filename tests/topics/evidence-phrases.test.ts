import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate.js';

const evidenceOf = (text: string) => (annotate(text).layers.issues ?? []).flatMap((i) => i.evidence.map((e) => e.text));
const labelsOf = (text: string) => (annotate(text).layers.issues ?? []).map((i) => i.label);

describe('issue evidence and labels stay clear of names and quantities', () => {
  it.each([
    [
      'Ports strike hits trade\n\nEvery day the port is closed costs the Dutch economy tens of millions of euros, economists said. Economy Minister Pieter Vermeulen told reporters the economy would recover.',
      ['Pieter Vermeulen', 'tens'],
    ],
    [
      'Budget talks stall\n\nFinance Minister Anna Berg said the budget deficit would reach billions of dollars as inflation and interest rates rose.',
      ['Anna Berg', 'billions'],
    ],
  ])('%#', (text, absent) => {
    const evidence = evidenceOf(text);
    const labels = labelsOf(text);
    expect(evidence.length).toBeGreaterThan(0);
    for (const word of absent) {
      for (const e of evidence) expect(e).not.toContain(word);
      for (const l of labels) expect(l).not.toContain(word);
    }
  });

  it('a phrase without names or quantities is kept whole (counter-example)', () => {
    const evidence = evidenceOf('Fentanyl crisis deepens\n\nThe fentanyl crisis killed thousands last year, health officials said, and the illicit synthetic drugs trade grew.');
    expect(evidence.map((e) => e.toLowerCase())).toEqual(expect.arrayContaining(['fentanyl crisis', 'illicit synthetic drugs']));
  });

  it('evidence never cuts an organization name the entity stage found', () => {
    const text =
      'Measles outbreak grows\n\nThe measles outbreak has sent 20 children to Nationwide Children’s Hospital, doctors said. The Ohio Department of Health urged parents to vaccinate.';
    const doc = annotate(text);
    const orgs = (doc.layers.mentions ?? []).filter((m) => m.type === 'org');
    expect(orgs.length).toBeGreaterThan(0);
    for (const issue of doc.layers.issues ?? []) {
      for (const e of issue.evidence) {
        for (const org of orgs) {
          const overlaps = e.start < org.end && org.start < e.end;
          if (overlaps) expect(e.start <= org.start && e.end >= org.end, `evidence '${e.text}' cuts the name '${org.text}'`).toBe(true);
        }
      }
    }
  });
});
