import { defineStage, type Stage } from '../pipeline/annotator.js';
import { findQuotes } from '../quotes/engine.js';
import { cueLemmas } from '../quotes/lexicon.js';
import { readSpeakerModel, speakerModel } from '../quotes/speaker-ranker.js';
import { ConfigError } from '../errors.js';
import type { Resources } from './resources.js';

/**
 * Quotes and who said them (src/quotes/): quotation marks as news writes them, speech told from titles
 * and scare quotes, attributions before, inside and after the quote or carried over paragraphs, and
 * speakers chosen by the learned ranker among the phrases near each quote and resolved to the
 * article's people and organizations. See docs/QUOTES.md.
 */
export const quotes: Stage<'blocks' | 'sentences' | 'tokens' | 'mentions' | 'entities', 'quotes' | 'quotations' | 'speakers', Resources> = defineStage(
  { name: 'quotes', requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'], provides: ['quotes', 'quotations', 'speakers'] },
  (config, resources) => {
    const options = config.quotes ?? {};
    // The cue verbs with the config's own, built now and given to the engine with every article.
    const cues = cueLemmas(options.cueVerbs);
    // The speaker ranker's weights, read (and checked) once: the shipped file unless one is given;
    // null (given) runs the attribution rules alone.
    const given = resources?.speakerModel;
    let model;
    try {
      model = given === undefined ? speakerModel() : typeof given === 'string' ? readSpeakerModel(given) : given;
    } catch (error) {
      throw new ConfigError(`speaker model: ${(error as Error).message}`);
    }
    return (doc) => {
      const found = findQuotes(doc, options, { speakerModel: model, cues });
      doc.diagnostics.push(...found.diagnostics);
      return { quotes: found.quotes, quotations: found.quotations, speakers: found.speakers };
    };
  },
);
