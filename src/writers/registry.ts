import type { ArticleDoc } from '../model/document.js';
import type { ArticleOutput, SelectedOutput } from '../model/output.js';
import type { Format } from './formats.js';
import { htmlWriter, writeHtmlArticle } from './html.js';
import { jsonWriter, renderJson } from './json.js';
import { jsonlWriter, writeJsonl } from './jsonl.js';
import { writePretty } from './pretty.js';
import { writeSummary } from './summary.js';
import { plainWriter, type Writer } from './writer.js';
import { writeYaml, yamlWriter } from './yaml.js';

/** One annotated article, as each writer may want it. */
export interface RenderedInput {
  doc: ArticleDoc;
  /** The whole output (the views for people show it all, whatever `--only` says). */
  output: ArticleOutput;
  /** The output with `--only`'s fields (the whole output without it): what machine formats write. */
  selected: SelectedOutput;
}

export interface WriteOptions {
  /** Colours, for the formats that use them (formats.ts `color`). */
  color: boolean;
}

/** A format's two halves: one article written alone (anywhere, a worker thread too), and the frame around several. */
export interface FormatWriter {
  render(article: RenderedInput, options: WriteOptions): string;
  /** A fresh frame for one output (see writer.ts). */
  writer(): Writer;
}

/** Every format's writer, by the names in formats.ts. */
export const WRITERS: Readonly<Record<Format, FormatWriter>> = {
  yaml: { render: (a) => writeYaml(a.selected), writer: yamlWriter },
  json: { render: (a) => renderJson(a.selected), writer: jsonWriter },
  jsonl: { render: (a) => writeJsonl(a.selected), writer: jsonlWriter },
  // A blank line between two articles' views.
  pretty: { render: (a, o) => writePretty(a.doc, a.output, { color: o.color }), writer: () => plainWriter('\n') },
  summary: { render: (a, o) => writeSummary(a.doc, { color: o.color }), writer: () => plainWriter('\n') },
  // One article's <article> fragment: the frame makes the page (one per file, or several with contents).
  html: { render: (a) => writeHtmlArticle(a.doc, a.output), writer: htmlWriter },
};
