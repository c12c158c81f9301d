import type { CheckCase } from './check.js';

/** XML text and attribute values; characters XML 1.0 cannot hold at all are dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks and tabs, which parsers would otherwise turn into spaces. */
const attr = (s: string) => escapeXml(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

/**
 * JUnit XML as CI systems read it: one testcase per article, one <failure> per difference, an
 * <error> for an article that could not be checked. `failures` counts failed articles (testcases).
 */
export function toJunit(cases: CheckCase[], suiteName = 'newsmark check'): string {
  const failed = cases.filter((c) => c.status === 'differ').length;
  const errors = cases.filter((c) => c.status === 'error').length;
  const time = cases.reduce((t, c) => t + c.seconds, 0).toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(suiteName)}" tests="${cases.length}" failures="${failed}" errors="${errors}" time="${time}">`,
    `  <testsuite name="${attr(suiteName)}" tests="${cases.length}" failures="${failed}" errors="${errors}" skipped="0" time="${time}">`,
  ];
  for (const c of cases) {
    const open = `    <testcase classname="newsmark.check" name="${attr(c.name)}" file="${attr(c.input)}" time="${c.seconds.toFixed(3)}"`;
    if (c.status === 'error') {
      lines.push(`${open}>`, `      <error message="${attr(c.error ?? 'error')}" type="error"/>`, '    </testcase>');
    } else if (c.status === 'differ') {
      lines.push(`${open}>`);
      for (const d of c.differences) lines.push(`      <failure message="${attr(d.message)}" type="${attr(d.field)}">${escapeXml(`${c.name}: ${d.message}\nexpected file: ${c.expected}`)}</failure>`);
      lines.push('    </testcase>');
    } else {
      lines.push(`${open}/>`);
    }
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
}
