import { defineStage, type Stage } from '../pipeline/annotator.js';
import { findQuotes } from '../quotes/engine.js';
import { cueLemmas } from '../quotes/lexicon.js';

/**
 * Quotes and who said them (src/quotes/): quotation marks as news writes them, speech told from titles
 * and scare quotes, attributions before, inside and after the quote or carried over paragraphs, and
 * speakers resolved to the article's people and organizations. See docs/QUOTES.md.
 */
export const quotes: Stage<'blocks' | 'sentences' | 'tokens' | 'mentions' | 'entities', 'quotes' | 'quotations' | 'speakers'> = defineStage(
  { name: 'quotes', requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'], provides: ['quotes', 'quotations', 'speakers'] },
  (config) => {
    const options = config.quotes ?? {};
    // The cue verbs with the config's own, built now (the engine finds the same set again per article).
    cueLemmas(options.cueVerbs);
    return (doc) => {
      const found = findQuotes(doc, options);
      doc.diagnostics.push(...found.diagnostics);
      return { quotes: found.quotes, quotations: found.quotations, speakers: found.speakers };
    };
  },
);
