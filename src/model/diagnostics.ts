import type { Span } from './span.js';

/** Problems are data, not throws: a damaged article yields diagnostics and the batch goes on. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Every diagnostic code newsmark sets, `<who finds it>/<what>`, with what it means. A code is stable:
 * the message may be reworded, the code is what programs (and `newsmark check`) match on. A new kind
 * of problem gets a new code here, set where the diagnostic is made.
 */
export const DIAGNOSTIC_CODES = {
  'pipeline/stage-failed': 'a stage threw; its layers are empty and the other stages ran',
  'pipeline/missing-layer': 'a stage did not return a layer it declares in `provides`; the layer is empty',
  'pipeline/bad-span': "an item's span is outside the text or its `text` is not the slice it covers; the item is dropped",
  'quotes/unclosed-mark': 'a quotation mark not closed by the end of its paragraph',
  'quotes/reopened-mark': 'a quotation mark opened again before the quotation before it was closed',
  'quotes/unmatched-close': 'a closing quotation mark with no opening mark',
  'quotes/not-reopened': 'a quotation left open at the end of a paragraph and not reopened in the next',
} as const;

/** A code from the list above, or `<stage>/unspecified` for a diagnostic made without one. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES | `${string}/unspecified`;

export interface Diagnostic {
  /** The stage the problem was found in (an annotator's name). */
  stage: string;
  /**
   * What kind of problem, stable across versions (DIAGNOSTIC_CODES). Set where the diagnostic is
   * made; the pipeline gives any diagnostic left without one `<stage>/unspecified`, so every
   * diagnostic in an output has a code. (Optional here only until step two of issue 14 sets it in
   * the analysis stages.)
   */
  code?: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

export function diagnostic(stage: string, severity: Severity, message: string, span?: Span, code?: DiagnosticCode): Diagnostic {
  const d: Diagnostic = code ? { stage, code, severity, message } : { stage, severity, message };
  return span ? { ...d, start: span.start, end: span.end } : d;
}

/** The code of a diagnostic, `<stage>/unspecified` when it was made without one. */
export const codeOf = (d: Diagnostic): string => d.code ?? `${d.stage}/unspecified`;
