import type { Annotator } from '../pipeline/annotator.js';
import type { Block, BlockKind } from '../model/document.js';
import { textSpan, trimSpan } from '../model/span.js';
import { lookup, phraseWords } from '../data/gazetteer.js';

/**
 * Article structure: cut the text into blocks (paragraphs separated by blank lines, or by single
 * line breaks when the text has no blank lines) and say what each block is — section kicker,
 * headline, dateline, byline, subheading, caption, body paragraph or boilerplate — from its
 * position, length, punctuation and wording. Nothing here knows any particular article.
 */
export const structure: Annotator<never, 'blocks'> = {
  name: 'structure',
  requires: [],
  provides: ['blocks'],
  run(doc) {
    const raw = splitBlocks(doc.text);
    return { blocks: splitInlineDateline(doc.text, classify(raw.map((s) => ({ ...textSpan(doc.text, s.start, s.end), kind: 'paragraph' as BlockKind })))) };
  },
};

/** Paragraph spans, trimmed. Blank lines separate paragraphs; in a text with none, every line break does. */
export function splitBlocks(text: string): { start: number; end: number }[] {
  const separator = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/.test(text) ? /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g : /\r?\n/g;
  const out: { start: number; end: number }[] = [];
  let at = 0;
  const push = (end: number) => {
    const span = trimSpan(text, at, end);
    if (span.end > span.start) out.push(span);
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const wordCount = (s: string) => s.match(WORD)?.length ?? 0;
/** A sentence ends with . ? ! or those followed by closing quotes/brackets, or a colon introducing more. */
const ENDS_SENTENCE = /[.?!:;…]["”’)\]]*\s*$|[.?!]["”’]\s*\.?$/;

const BOILERPLATE = /^(source link|source|read more|read the full story|related( articles| stories)?|advertisement|share (this|on)|copyright\b|©|all rights reserved|sign up\b|subscribe\b|click here|follow (us|him|her) on|this story has been (updated|corrected)|this article (was|has been)|reporting by|editing by|\(reporting by|additional reporting)/i;
const CAPTION = /\b(credit|photo(graph)?( by)?|image( caption)?|pictured|file photo)\s*:|\((photo|image)[^)]*\)|\/\s?(reuters|ap|afp|getty images|epa|bloomberg|xinhua)\b|\bgetty images\b|\bap photo\b/i;
const BYLINE = /^(by|By|BY|from|From)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*(,|and)\s*\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3})*\s*$/u;
/** "LONDON 1996-08-30", "WASHINGTON —", "BEIJING (Reuters) -" */
const DATELINE_BLOCK = /^[\p{Lu}][\p{Lu} .,'-]{1,40}(\s+\d{4}-\d{2}-\d{2}|\s*\([^)]{1,30}\))?\s*[-—–]?\s*$/u;
const DATE_LINE = /^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*$|^\d{4}-\d{2}-\d{2}\s*$/i;

function classify(blocks: Block[]): Block[] {
  if (!blocks.length) return blocks;
  const isShortLine = (b: Block, words: number) => wordCount(b.text) <= words && !ENDS_SENTENCE.test(b.text);
  let first = 0;
  // A section kicker is a very short first line followed by a headline-like line ("America", "World News").
  if (blocks.length > 2 && isShortLine(blocks[0]!, 3) && !BYLINE.test(blocks[0]!.text) && isShortLine(blocks[1]!, 30) && wordCount(blocks[1]!.text) > wordCount(blocks[0]!.text)) {
    blocks[0]!.kind = 'section';
    first = 1;
  }
  // The headline: the first line when it is short and not a sentence run into the body; news headlines
  // seldom end with a full stop, and when the text is one block there is no headline to speak of.
  const head = blocks[first];
  // A first line that opens with a wire dateline and reads as a sentence is the lead, not a headline.
  const leadWithDateline = !!head && !!inlineDateline(head.text) && /[.!?]["”’)]*\s*$/.test(head.text);
  if (head && !leadWithDateline && blocks.length > 1 && wordCount(head.text) <= 30 && wordCount(head.text) > 0 && (!/[.]\s*$/.test(head.text) || wordCount(head.text) <= 16) && !/\n/.test(head.text)) {
    head.kind = 'headline';
    first++;
  }
  let bodyStarted = false;
  for (let i = first; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = block.text;
    const words = wordCount(text);
    const next = blocks[i + 1];
    if (BYLINE.test(text) && !bodyStarted) block.kind = 'byline';
    else if ((DATE_LINE.test(text) || DATELINE_BLOCK.test(text)) && !bodyStarted && words <= 8) block.kind = 'dateline';
    else if (words <= 14 && CAPTION.test(text)) block.kind = 'caption';
    else if (i >= blocks.length - 3 && words <= 12 && BOILERPLATE.test(text) && blocks.slice(i + 1).every((b) => wordCount(b.text) <= 12)) block.kind = 'boilerplate';
    else if (CAPTION.test(text) && words <= 40 && !/["“”]/.test(text)) block.kind = 'caption';
    else if (bodyStarted && next && words >= 2 && words <= 12 && isShortLine(block, 12) && /^\p{Lu}|^["“]/u.test(text) && wordCount(next.text) > words) block.kind = 'subheading';
    else {
      block.kind = 'paragraph';
      bodyStarted = true;
    }
  }
  // Trailing boilerplate may be a run of short lines ("Source link", "Share", "Read more").
  for (let i = blocks.length - 1; i > first && wordCount(blocks[i]!.text) <= 6 && BOILERPLATE.test(blocks[i]!.text); i--) blocks[i]!.kind = 'boilerplate';
  return blocks;
}

const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A place in capitals: "LONDON", "NEW YORK", "ST. LOUIS", "PORT-AU-PRINCE" (a hyphen only between capitals). */
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.]*(?:-\\p{Lu}[\\p{Lu}'’.]*)*";
const CAPS_PLACE = `${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`;
/** The same in title case ("London"), accepted only before an agency credit. */
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}'’.-]+(?:\\s+\\p{Lu}[\\p{Ll}'’.-]+){0,2}";
/** ", Ill.", ", N.Y.", ", England", ", South Africa". */
const REGION = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}";
const DATELINE_DATE = `${MONTH_WORD}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_WORD}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}`;
/** "(AP)", "(Reuters)", "(AFP)", "(CNN)", "(Xinhua)". */
const AGENCY = '\\(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3}\\)';
const INLINE_DATELINE = new RegExp(
  `^(?:(${CAPS_PLACE})|(${TITLE_PLACE})(?=(?:,[^—–-]{1,40})?\\s*${AGENCY}))(?:,\\s+(${REGION}))??(?:,?\\s+(${DATELINE_DATE}))?(?:\\s*(${AGENCY}))?(?:\\s*[—–]|\\s+--?|--?(?=\\s))[ \\t\\u00a0]*(?=\\S)`,
  'u',
);

/**
 * A wire dateline opening a paragraph: "LONDON —", "SPRINGFIELD, Ill. (AP) —", "BEIJING (Reuters) -",
 * "LONDON, Dec 1 (Reuters) -". Returns the dateline's length (up to and with the dash) or 0.
 * A state, a date or an agency credit makes it a dateline; a bare capitalized word before a dash
 * counts only when it is a listed place and a sentence starts after the dash, since an acronym
 * opens sentences the same way ("NATO — the alliance …", "BREAKING — …"). A hyphen counts as the
 * dash only with a space beside it ("US-German carmaker …" is no dateline).
 */
export function inlineDateline(text: string): number {
  const m = INLINE_DATELINE.exec(text);
  if (!m) return 0;
  const [whole, caps, , region, date, agency] = m;
  const label = whole.replace(/\s*(?:[—–]|--?)\s*$/, '');
  if (label.length > 60) return 0;
  if (!region && !date && !agency) {
    const after = text.slice(whole.length);
    if (!/^["“‘'\p{Lu}\d]/u.test(after)) return 0;
    const words = phraseWords(caps!.replace(/[.,]/g, ' '));
    if (!lookup(words)?.some((e) => e.kind !== 'nationality')) return 0;
  }
  return whole.replace(/\s+$/, '').length;
}

/**
 * The first body paragraph may open with its dateline ("WASHINGTON (AP) — The Senate …"): that part
 * becomes a block of its own, kind `dateline`, and the paragraph starts after it. Only before the
 * body has started, and never inside the headline.
 */
function splitInlineDateline(text: string, blocks: Block[]): Block[] {
  const at = blocks.findIndex((b) => b.kind === 'paragraph');
  if (at < 0 || blocks.slice(0, at).some((b) => b.kind === 'dateline')) return blocks;
  const block = blocks[at]!;
  const length = inlineDateline(block.text);
  if (!length) return blocks;
  const rest = trimSpan(text, block.start + length, block.end);
  if (rest.end <= rest.start) return blocks;
  const dateline: Block = { ...textSpan(text, block.start, block.start + length), kind: 'dateline' };
  const paragraph: Block = { ...textSpan(text, rest.start, rest.end), kind: 'paragraph' };
  return [...blocks.slice(0, at), dateline, paragraph, ...blocks.slice(at + 1)];
}
