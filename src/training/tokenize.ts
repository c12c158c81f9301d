import { createDoc, layer, type Token } from '../model/document.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { structure } from '../annotators/structure.js';
import { tokens } from '../annotators/tokens.js';
import { groupBySentence } from '../ner/sentences.js';

export { groupBySentence } from '../ner/sentences.js';

/** The pipeline's own first stages: training text is cut and tagged exactly like articles at run time. */
export const cutPipeline = createPipeline([structure, tokens]);

/**
 * Tokens of a text grouped by sentence, made by the same `structure` and `tokens` stages the
 * pipeline runs.
 */
export function tokenizeForTraining(text: string): Token[][] {
  return groupBySentence(layer(cutPipeline.run(createDoc('train', text)), 'tokens'));
}
