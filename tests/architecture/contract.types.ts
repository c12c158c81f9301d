// The stage contract, checked by the compiler (`npm run typecheck`, and tests/architecture/contract.test.ts
// compiles this file on its own in `npm test`). Each `@ts-expect-error` marks code that must NOT
// compile; an expected error that goes away is itself an error (TS2578), so the file fails then too.
import type { Token } from '../../src/model/document.js';
import { defineStage, type Annotator } from '../../src/pipeline/annotator.js';

/** Returns every layer it provides, reads a layer it requires without a fallback: compiles. */
export const honest: Annotator<'blocks', 'sentences' | 'tokens'> = {
  name: 'honest',
  requires: ['blocks'],
  provides: ['sentences', 'tokens'],
  run: (doc) => ({ sentences: doc.layers.blocks.map((b, block) => ({ start: b.start, end: b.end, text: b.text, block })), tokens: [] }),
};

/** Forgets `tokens`, which it provides. */
export const forgets: Annotator<'blocks', 'sentences' | 'tokens'> = {
  name: 'forgets',
  requires: ['blocks'],
  provides: ['sentences', 'tokens'],
  // @ts-expect-error -- Property 'tokens' is missing
  run: () => ({ sentences: [] }),
};

/** Reads `tokens` as if it were there, without requiring it. */
export const readsPastRequires: Annotator<'blocks', 'dates'> = {
  name: 'reads-past-requires',
  requires: ['blocks'],
  provides: ['dates'],
  run: (doc) => {
    // @ts-expect-error -- Type 'Token[] | undefined' is not assignable to type 'Token[]'
    const tokens: Token[] = doc.layers.tokens;
    return { dates: tokens.length ? [] : [] };
  },
};

/** Declares a layer in `provides` that its type does not name. */
export const undeclared: Annotator<'blocks', 'dates'> = {
  name: 'undeclared',
  requires: ['blocks'],
  // @ts-expect-error -- Type '"quotes"' is not assignable to type '"dates"'
  provides: ['dates', 'quotes'],
  run: () => ({ dates: [] }),
};

/** A factory whose built stage forgets `quantities`. */
export const factoryForgets = defineStage({ name: 'factory', requires: ['blocks'], provides: ['dates', 'quantities'] }, () =>
  // @ts-expect-error -- Property 'quantities' is missing
  () => ({ dates: [] }),
);
