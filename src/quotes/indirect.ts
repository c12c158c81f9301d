import type { Quote } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { AttributionContext } from './attribution.js';
import type { Unit } from './marks.js';
import type { PastSpeaker, ResolveContext } from './resolve.js';

/** Reported speech (filled in below). */
export function findIndirect(_ctx: AttributionContext, _rctx: ResolveContext, _units: readonly Unit[], _quoted: readonly Span[], _past: PastSpeaker[]): Quote[] {
  return [];
}
