import type { Annotator } from '../pipeline/annotator.js';
import { layer } from '../model/document.js';
import { parseBlocks } from '../nlp/compromise.js';

/**
 * Sentences and words: compromise splits and tags each block on its own, so a sentence never runs
 * across a paragraph break and compromise only ever sees a bounded piece of text.
 */
export const tokens: Annotator<'blocks', 'sentences' | 'tokens'> = {
  name: 'tokens',
  requires: ['blocks'],
  provides: ['sentences', 'tokens'],
  run(doc) {
    return parseBlocks(doc.text, layer(doc, 'blocks'));
  },
};
