export { writeJson } from './json.js';
export { writeJsonl } from './jsonl.js';
export { writeYaml, writeYamlStream } from './yaml.js';
export { writePretty, type PrettyOptions } from './pretty.js';
export { writeHtml, writeHtmlArticle, writeHtmlPages, htmlDocument, HtmlPages } from './html.js';

export const FORMATS = ['yaml', 'json', 'jsonl', 'pretty', 'html'] as const;
export type Format = (typeof FORMATS)[number];
