import type { Span } from '../model/span.js';
import type { Diagnostic } from '../model/diagnostics.js';
import { diagnostic } from '../model/diagnostics.js';

/**
 * Find quoted stretches by their marks, as news writes them: “ ” and " ", ‘ ’ and ' ' (nested, or
 * top-level in UK-style copy), « » and „ “. Apostrophes (don’t, ’90s, the Joneses’, rock ’n’ roll) are
 * not marks. Scanning goes paragraph by paragraph — and line by line, since some copy breaks paragraphs
 * with a single newline — so a missing closing mark can never swallow the rest of the article.
 */

export type MarkStyle = 'double' | 'single';

export interface QuotedSpan extends Span {
  /** The opening mark, and the closing mark (null when the paragraph ends with the quotation open). */
  open: Span;
  close: Span | null;
  style: MarkStyle;
  /** 0 for a top-level quotation, 1 for one nested inside another. */
  depth: number;
  /** Index of the paragraph unit (a line of a block) the quotation is in. */
  unit: number;
  /** The quotation runs on into the next paragraph (no closing mark here, an opening mark there). */
  runsOn: boolean;
  /** This quotation continues one left open at the end of the previous paragraph. */
  continues: boolean;
}

export interface Unit extends Span {
  /** Index of the block the unit belongs to. */
  block: number;
}

/** Paragraph units: each block, cut at line breaks. */
export function paragraphUnits(text: string, blocks: readonly Span[]): Unit[] {
  const units: Unit[] = [];
  blocks.forEach((block, index) => {
    let at = block.start;
    for (let i = block.start; i <= block.end; i++) {
      if (i === block.end || text[i] === '\n') {
        let s = at;
        let e = i;
        while (s < e && /\s/.test(text[s]!)) s++;
        while (e > s && /\s/.test(text[e - 1]!)) e--;
        if (e > s) units.push({ start: s, end: e, block: index });
        at = i + 1;
      }
    }
  });
  return units;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«„:]/;
/** Words that start with an apostrophe: ’em, ’til, ’tis, ’twas, ’cause, ’n’, ’bout, ’round. */
const ELIDED = /^['’](em|til|tis|twas|cause|n['’]|bout|round|nuff|s\b)/i;
/** Markup inside the text (<tweet author="…">): quote marks in attribute values are not quotations. */
const MARKUP = /<\/?[a-zA-Z][^<>\n]*>/g;

interface Open {
  at: number;
  /** The mark as written: “ " « „ or '' (two apostrophes, as some archives write double marks). */
  char: string;
  style: MarkStyle;
}

/** Kinds of double marks: a mark of one kind inside a quotation opened by another kind is nested. */
const markKind = (mark: string): string => (mark === '"' ? 'straight' : mark.length === 2 ? 'doubled' : '«»'.includes(mark) ? 'guillemet' : 'curly');

export interface ScanOptions {
  /**
   * Read two apostrophes or backquotes as a double mark (''like this'', ``like this''), as archive copy
   * (old New York Times text) writes them. Off by default: in today's copy a doubled apostrophe is a
   * typing slip or an apostrophe next to a single mark, and evaluation sets (PolNeAR) do not count them.
   */
  doubledApostrophes?: boolean;
}

export interface ScanResult {
  spans: QuotedSpan[];
  diagnostics: Diagnostic[];
  /** Doubled apostrophes or backquotes passed over as no marks (quotes.doubledApostrophes off). */
  doubledSkipped: number;
}

/** Scan every unit for quotation marks. Spans cover the text inside the marks, white space trimmed. */
export function scanQuotes(text: string, units: readonly Unit[], options: ScanOptions = {}): ScanResult {
  const spans: QuotedSpan[] = [];
  const diagnostics: Diagnostic[] = [];
  let carried = false; // a double quotation left open at the end of the previous unit
  let doubledSkipped = 0;
  units.forEach((unit, unitIndex) => {
    const masked = markupRanges(text, unit);
    const stack: Open[] = [];
    const startsWithOpening = /^[“"«„]/.test(text.slice(unit.start, unit.start + 1));
    const continues = carried && startsWithOpening;
    if (carried && !startsWithOpening) {
      diagnostics.push(diagnostic('quotes', 'warning', 'quotation left open at the end of the previous paragraph and not reopened here', { start: unit.start, end: unit.start }, 'quotes/not-reopened'));
    }
    carried = false;
    const push = (open: Open, closeAt: number | null, closeLength = 1): void => {
      const innerStart = open.at + open.char.length;
      const innerEnd = closeAt ?? unit.end;
      let s = innerStart;
      let e = innerEnd;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e <= s) return;
      const depth = stack.filter((o) => o.style === 'double').length + (open.style === 'single' ? stack.filter((o) => o.style === 'single').length : 0);
      spans.push({
        start: s,
        end: e,
        open: { start: open.at, end: open.at + open.char.length },
        close: closeAt === null ? null : { start: closeAt, end: closeAt + closeLength },
        style: open.style,
        depth,
        unit: unitIndex,
        runsOn: false,
        continues: continues && open.at === unit.start,
      });
    };
    const topDouble = () => {
      for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.style === 'double') return k;
      return -1;
    };
    const topSingle = () => (stack.length && stack[stack.length - 1]!.style === 'single' ? stack.length - 1 : -1);
    for (let i = unit.start; i < unit.end; i++) {
      let c = text[i]!;
      if (!'“”"‘’\'«»„`'.includes(c)) continue;
      if (masked.some((r) => r.start <= i && i < r.end)) continue;
      // Two apostrophes or backquotes in a row are a double mark (''like this'', ``like this'') when the
      // config says the copy is archive style; otherwise the pair is no mark at all, so that neither of
      // its apostrophes opens or closes a single quotation.
      const pair = text.slice(i, i + 2);
      if (/^(''|``|‘‘|’’)$/.test(pair)) {
        if (!options.doubledApostrophes) {
          doubledSkipped++;
          i += 1;
          continue;
        }
        c = pair;
      }
      const prev = i > unit.start ? text[i - 1]! : ' ';
      const next = i + c.length < unit.end ? text[i + c.length]! : ' ';
      const prevSpace = OPENING_CONTEXT.test(prev) || i === unit.start;
      const nextSpace = /\s/.test(next) || i + c.length >= unit.end;
      if (c.length === 2 || '“”"«»„'.includes(c)) {
        const d = topDouble();
        const open = d >= 0 ? stack[d]! : undefined;
        const opening = prevSpace && !nextSpace; // right before a word
        const inches = c === '"' && /\d/.test(prev);
        // Closing marks close the innermost open quotation, whatever mark opened it (“…" and "…” both
        // occur); an opening mark of another kind inside a quotation starts a nested one ("…“Shark Tank”…").
        let role: 'open' | 'close' | 'stray';
        if (c === '”' || c === '»' || c === '’’') role = open ? 'close' : c === '”' && opening ? 'open' : 'stray';
        else if (c === '“') role = open && (open.char === '„' || (!prevSpace && !opening)) ? 'close' : 'open';
        else if (c === '«' || c === '„' || c === '``' || c === '‘‘') role = 'open';
        else if (open) role = opening && markKind(open.char) !== markKind(c) ? 'open' : 'close';
        else role = opening && !inches ? 'open' : 'stray';
        if (role === 'close') {
          stack.length = d; // a single quotation still open inside is dropped with it
          push(open!, i, c.length);
        } else if (role === 'open') {
          if (open && markKind(open.char) === markKind(c)) {
            // The same kind of mark opening again: the earlier quotation was never closed. End it here.
            stack.length = d;
            diagnostics.push(diagnostic('quotes', 'warning', 'quotation mark opened again before the previous quotation was closed', { start: open.at, end: i }, 'quotes/reopened-mark'));
            push(open, i);
          }
          stack.push({ at: i, char: c, style: 'double' });
        } else if (!inches) {
          diagnostics.push(diagnostic('quotes', 'info', 'closing quotation mark with no opening mark', { start: i, end: i + c.length }, 'quotes/unmatched-close'));
        }
        i += c.length - 1;
        continue;
      }
      // Single marks and apostrophes.
      const s = topSingle();
      if ((c === '’' || c === "'") && s >= 0 && !LETTER.test(next) && !/\s/.test(prev)) {
        // "the Joneses’" inside a single quotation would close it early; plural possessives are rare there.
        const open = stack[s]!;
        stack.length = s;
        push(open, i);
        continue;
      }
      const looksOpening = (c === '‘' || c === "'") && (prevSpace || i === unit.start) && LETTER.test(next) && !/\d/.test(next) && !ELIDED.test(text.slice(i, i + 6));
      if (looksOpening) stack.push({ at: i, char: c, style: 'single' });
      // Anything else is an apostrophe: don’t, ’90s, Joneses’, rock ’n’ roll.
    }
    // What is still open at the end of the unit.
    const d = topDouble();
    if (d >= 0) {
      const open = stack[d]!;
      const nextUnit = units[unitIndex + 1];
      const reopened = nextUnit && /^[“"«„]/.test(text[nextUnit.start] ?? '');
      const before = spans.length;
      stack.length = d;
      push(open, null);
      if (reopened) {
        carried = true;
        if (spans.length > before) spans[spans.length - 1]!.runsOn = true;
      } else {
        diagnostics.push(diagnostic('quotes', 'warning', 'quotation mark not closed by the end of the paragraph', { start: open.at, end: unit.end }, 'quotes/unclosed-mark'));
      }
    }
  });
  spans.sort((a, b) => a.start - b.start || a.depth - b.depth);
  return { spans, diagnostics, doubledSkipped };
}

function markupRanges(text: string, unit: Span): Span[] {
  const slice = text.slice(unit.start, unit.end);
  if (!slice.includes('<')) return [];
  const out: Span[] = [];
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(slice); m; m = MARKUP.exec(slice)) out.push({ start: unit.start + m.index, end: unit.start + m.index + m[0].length });
  return out;
}
