import type { Annotator } from '../pipeline/annotator.js';

/** Placeholder until the quote engine lands (issue: quotes and who said them). */
export const quotes: Annotator = {
  name: 'quotes',
  requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: ['quotes', 'quotations', 'speakers'],
  run() {
    return { quotes: [], quotations: [], speakers: [] };
  },
};
