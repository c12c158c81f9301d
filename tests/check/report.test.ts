/** The check reports: text (colored or plain) and JUnit XML escaping. */
import { describe, expect, it } from 'vitest';
import type { CheckCase } from '../../src/eval/check.js';
import { formatCheckReport, toGithub } from '../../src/eval/check-report.js';
import { escapeXml, toJunit } from '../../src/eval/junit.js';

const cases: CheckCase[] = [
  { name: 'a.txt', input: 'a.txt', expected: 'a.expected.yaml', status: 'match', differences: [], seconds: 0.1 },
  { name: 'b <&> "c".txt', input: 'b.txt', expected: 'b.expected.yaml', status: 'differ', differences: [{ field: 'people', message: "people: unexpected 'O'Brien & <Sons>'" }, { field: 'quotes.speaker', message: 'quote 1: speaker expected Ann, got none' }], seconds: 0.2 },
  { name: 'c.txt', input: 'c.txt', expected: '', status: 'error', differences: [], error: 'binary data, not text', seconds: 0 },
];

describe('formatCheckReport', () => {
  it('is plain without color', () => {
    expect(formatCheckReport(cases, { color: false })).toBe(
      [
        '✓ a.txt',
        '✗ b <&> "c".txt — 2 differences from b.expected.yaml',
        "    people: unexpected 'O'Brien & <Sons>'",
        '    quote 1: speaker expected Ann, got none',
        '! c.txt: binary data, not text',
        '',
        '3 articles: 1 match, 1 differ, 1 error',
        '',
      ].join('\n'),
    );
  });
  it('colors with color', () => {
    expect(formatCheckReport(cases, { color: true })).toContain('\u001b[31m✗\u001b[39m');
  });
});

describe('toJunit', () => {
  const xml = toJunit(cases);
  it('counts tests, failed articles and errors', () => {
    expect(xml).toContain('<testsuite name="newsmark check" tests="3" failures="1" errors="1" skipped="0" time="0.300">');
  });
  it('escapes names and messages', () => {
    expect(xml).toContain('name="b &lt;&amp;&gt; &quot;c&quot;.txt"');
    expect(xml).toContain('message="people: unexpected &apos;O&apos;Brien &amp; &lt;Sons&gt;&apos;"');
    expect(xml).toContain('<error message="binary data, not text" type="error"/>');
  });
  it.each([
    ['a\u0000b\u001bc', 'abc'],
    ['tab\tnew\nline', 'tab\tnew\nline'],
    ['emoji 🙂', 'emoji 🙂'],
  ])('escapeXml(%j) drops what XML 1.0 cannot hold', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });
});

describe('toJunit attributes', () => {
  it('keeps line breaks in messages as character references', () => {
    const xml = toJunit([{ name: 'x', input: 'x', expected: 'e', status: 'error', differences: [], error: 'line one\nline two', seconds: 0 }]);
    expect(xml).toContain('<error message="line one&#10;line two" type="error"/>');
  });
});

describe('toGithub', () => {
  it('one ::error per difference, at its line when known, and one per article that could not be checked', () => {
    const withLines: CheckCase[] = [
      cases[0]!,
      { ...cases[1]!, differences: [{ field: 'people', message: 'people: missing Ann, 50% sure\nreally', start: 40, line: 3, column: 7 }, { field: 'keyphrases', message: "keyphrases: unexpected 'port'" }] },
      cases[2]!,
    ];
    const lines = toGithub(withLines).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '::error file=b.txt,line=3,col=7,title=newsmark check%3A people::people: missing Ann, 50%25 sure%0Areally (expected file: b.expected.yaml)',
      "::error file=b.txt,title=newsmark check%3A keyphrases::keyphrases: unexpected 'port' (expected file: b.expected.yaml)",
      '::error file=c.txt,title=newsmark check%3A c.txt::binary data, not text',
    ]);
    expect(lines.slice(3).join('\n')).toBe(formatCheckReport(withLines, { color: false }));
  });
  it('escapes commas and colons in file names', () => {
    const out = toGithub([{ name: 'a,b:c.txt', input: 'a,b:c.txt', expected: 'e', status: 'differ', differences: [{ field: 'f', message: 'm' }], seconds: 0 }]);
    expect(out.split('\n')[0]).toBe('::error file=a%2Cb%3Ac.txt,title=newsmark check%3A f::m (expected file: e)');
  });
});
