import type { Span } from './span.js';

/** Problems are data, not throws: a damaged article yields diagnostics and the batch goes on. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  stage: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

export function diagnostic(stage: string, severity: Severity, message: string, span?: Span): Diagnostic {
  return span ? { stage, severity, message, start: span.start, end: span.end } : { stage, severity, message };
}
