export { writeJson } from './json.js';
export { writeJsonl } from './jsonl.js';
export { writeYaml, writeYamlStream } from './yaml.js';
export { writePretty, type PrettyOptions } from './pretty.js';
export { writeHtml, writeHtmlArticle, writeHtmlPages, htmlDocument, HtmlPages } from './html.js';
export { writeSummary, type SummaryOptions, ISSUE_CUTOFF } from './summary.js';

export const FORMATS = ['yaml', 'json', 'jsonl', 'pretty', 'summary', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats a program reads; `--only` picks fields of these. */
export const MACHINE_FORMATS: readonly Format[] = ['yaml', 'json', 'jsonl'];
