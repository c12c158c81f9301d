export { writeJson, renderJson, jsonWriter } from './json.js';
export { writeJsonl, jsonlWriter } from './jsonl.js';
export { writeYaml, writeYamlStream, yamlWriter } from './yaml.js';
export { writePretty, type PrettyOptions } from './pretty.js';
export { writeHtml, writeHtmlArticle, writeHtmlPages, htmlDocument, htmlWriter, HtmlPages } from './html.js';
export { writeSummary, type SummaryOptions, ISSUE_CUTOFF } from './summary.js';
export { Framing, frameAll, frameOne, plainWriter, type Writer } from './writer.js';
export { FORMATS, FORMAT_INFO, MACHINE_FORMATS, isFormat, type Format, type FormatInfo } from './formats.js';
export { WRITERS, type FormatWriter, type RenderedInput, type WriteOptions } from './registry.js';
