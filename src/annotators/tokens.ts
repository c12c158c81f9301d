import type { Annotator } from '../pipeline/annotator.js';
import type { Sentence, Token } from '../model/document.js';
import { layer } from '../model/document.js';
import { parseSentences } from '../nlp/compromise.js';

/**
 * Sentences and words: compromise splits and tags each block on its own, so a sentence never runs
 * across a paragraph break and compromise only ever sees a bounded piece of text.
 */
export const tokens: Annotator<'blocks', 'sentences' | 'tokens'> = {
  name: 'tokens',
  requires: ['blocks'],
  provides: ['sentences', 'tokens'],
  run(doc) {
    const sentences: Sentence[] = [];
    const words: Token[] = [];
    layer(doc, 'blocks').forEach((block, blockIndex) => {
      for (const parsed of parseSentences(doc.text, block.start, block.end)) {
        const sentence = sentences.length;
        sentences.push({ start: parsed.start, end: parsed.end, text: doc.text.slice(parsed.start, parsed.end), block: blockIndex });
        for (const t of parsed.tokens) words.push({ ...t, sentence });
      }
    });
    return { sentences, tokens: words };
  },
};
