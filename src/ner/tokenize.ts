import { createDoc, type Token } from '../model/document.js';
import { structure } from '../annotators/structure.js';
import { tokens as tokensStage } from '../annotators/tokens.js';

/**
 * Tokens of a text grouped by sentence, made by the same `structure` and `tokens` stages the
 * pipeline runs, so training text is cut and tagged exactly like articles at run time.
 */
export function tokenizeForTraining(text: string): Token[][] {
  const doc = createDoc('train', text);
  const ctx = { config: {}, explain: false };
  doc.layers.blocks = structure.run(doc, ctx).blocks!;
  const out = tokensStage.run(doc, ctx);
  return groupBySentence(out.tokens!);
}

export function groupBySentence(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let at = -1;
  for (const t of tokens) {
    if (t.sentence !== at && current.length) {
      out.push(current);
      current = [];
    }
    at = t.sentence;
    current.push(t);
  }
  if (current.length) out.push(current);
  return out;
}
