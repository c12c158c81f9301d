import type { Annotator } from '../pipeline/annotator.js';
import { findQuotes } from '../quotes/engine.js';
import { speakerModel } from '../quotes/speaker-ranker.js';

/**
 * Quotes and who said them (src/quotes/): quotation marks as news writes them, speech told from titles
 * and scare quotes, attributions before, inside and after the quote or carried over paragraphs, and
 * speakers resolved to the article's people and organizations. See docs/QUOTES.md.
 */
export const quotes: Annotator = {
  name: 'quotes',
  requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: ['quotes', 'quotations', 'speakers'],
  run(doc, ctx) {
    const found = findQuotes(doc, ctx.config.quotes ?? {}, { speakerModel: speakerModel() });
    doc.diagnostics.push(...found.diagnostics);
    return { quotes: found.quotes, quotations: found.quotations, speakers: found.speakers };
  },
};
