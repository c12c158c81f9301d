import type { GoldDoc, GoldEntity } from './gold-types.js';

/**
 * CoNLL column files (CoNLL-2003 and its many relatives): one token a line with the NER tag in the
 * last column, a blank line between sentences, `-DOCSTART-` between documents. Tokens are joined
 * back into text with offsets by the rules ../shared/eval/README.md gives for the CoNLL-2003 dev set,
 * so a CoNLL file and its JSONL conversion give the same text and the same spans.
 */

export const CONLL_SCHEMES = ['iob1', 'iob2', 'bioes'] as const;
export type ConllScheme = (typeof CONLL_SCHEMES)[number];

interface Token {
  text: string;
  tag: string;
}

export interface ConllResult {
  docs: GoldDoc[];
  /** The tag scheme found (or the one given). */
  scheme: ConllScheme;
}

/** Long type names some corpora use, folded to the CoNLL-2003 ones the scorer knows. */
const TYPE_ALIASES: Record<string, string> = { PERSON: 'PER', LOCATION: 'LOC', ORGANIZATION: 'ORG', ORGANISATION: 'ORG' };

export function readConll(content: string, options: { name: string; scheme?: ConllScheme }): ConllResult {
  const documents = splitDocuments(content);
  const base = options.name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const scheme = options.scheme ?? detectScheme(documents.flat(2).map((t) => t.tag));
  const docs = documents
    .filter((sentences) => sentences.length > 0)
    .map((sentences, i) => toGoldDoc(sentences, `${base}-${String(i + 1).padStart(3, '0')}`));
  return { docs, scheme };
}

/** Documents of sentences of tokens. A file without -DOCSTART- is one document. */
function splitDocuments(content: string): Token[][][] {
  const documents: Token[][][] = [[]];
  let sentence: Token[] = [];
  const endSentence = () => {
    if (sentence.length) documents.at(-1)!.push(sentence);
    sentence = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      endSentence();
      continue;
    }
    const columns = line.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      if (documents.at(-1)!.length) documents.push([]);
      continue;
    }
    // `# sent_id = 3` and the like are comments (a `#` token carries a tag in its last column).
    if (columns[0] === '#' && !/^(O|[BIESLU]-\S+)$/.test(columns.at(-1)!)) continue;
    // A one-column line is a token with no tag; the tag is always the last column.
    sentence.push({ text: columns[0]!, tag: columns.length > 1 ? columns.at(-1)! : 'O' });
  }
  endSentence();
  return documents;
}

/** BIOES (or BILOU) when E-/S-/L-/U- tags occur; IOB1 when an entity starts with I-; otherwise IOB2. */
export function detectScheme(tags: string[]): ConllScheme {
  if (tags.some((t) => /^[ESLU]-/.test(t))) return 'bioes';
  let previous = 'O';
  for (const tag of tags) {
    if (tag.startsWith('I-') && typeOf(previous) !== typeOf(tag)) return 'iob1';
    previous = tag;
  }
  return 'iob2';
}

const typeOf = (tag: string) => (tag === 'O' ? 'O' : tag.slice(2));

/**
 * Tags to token ranges, for all three schemes at once: an entity starts at B-/S-/U-, at an I-/E-/L-
 * whose type differs from the previous token's, or after an entity closed by E-/S-/L-/U-; it ends at
 * E-/S-/L-/U-, at O, or where the next one starts. On well-formed input this is each scheme's own reading.
 */
export function tagsToRanges(tags: string[]): { first: number; last: number; type: string }[] {
  const ranges: { first: number; last: number; type: string }[] = [];
  let open: { first: number; last: number; type: string } | undefined;
  tags.forEach((tag, i) => {
    if (tag === 'O' || !/^[BIESLU]-/.test(tag)) {
      open = undefined;
      return;
    }
    const prefix = tag[0]!;
    const type = tag.slice(2);
    if (!open || prefix === 'B' || prefix === 'S' || prefix === 'U' || open.type !== type) {
      open = { first: i, last: i, type };
      ranges.push(open);
    } else {
      open.last = i;
    }
    if (prefix === 'E' || prefix === 'S' || prefix === 'L' || prefix === 'U') open = undefined;
  });
  return ranges;
}

const NO_SPACE_BEFORE = new Set([',', '.', '...', ';', ':', '?', '!', ')', ']', '%', "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"]);
const NO_SPACE_AFTER = new Set(['(', '[', '``']);

/** Join a document's sentences into text (one sentence a line) and turn its tags into entity spans. */
function toGoldDoc(sentences: Token[][], id: string): GoldDoc {
  const lines = moveStrandedQuotes(sentences);
  let text = '';
  const entities: GoldEntity[] = [];
  let quoteOpen = false;
  let singleOpen = false;
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) text += '\n';
    const offsets: { start: number; end: number }[] = [];
    let glueNext = true; // nothing before the first token of a line
    line.forEach((token, i) => {
      let glue = glueNext;
      glueNext = false;
      if (token.text === '"') {
        // Open at the start of a line, close at its end, otherwise alternate.
        const opening = i === 0 ? true : i === line.length - 1 ? false : !quoteOpen;
        quoteOpen = opening;
        if (opening) glueNext = true;
        else glue = true;
      } else if (token.text === "'") {
        // A possessive apostrophe ("ministers' meeting") leans left; otherwise single quotes alternate.
        const possessive = !singleOpen && /s$/i.test(line[i - 1]?.text ?? '');
        const opening = !possessive && !singleOpen && i < line.length - 1;
        if (!possessive) singleOpen = opening;
        if (opening) glueNext = true;
        else glue = true;
      } else {
        if (NO_SPACE_BEFORE.has(token.text.toLowerCase())) glue = true;
        const previous = line[i - 1]?.text;
        if (previous === '$' && /^\d/.test(token.text)) glue = true;
        if (NO_SPACE_AFTER.has(token.text)) glueNext = true;
      }
      if (!glue) text += ' ';
      offsets.push({ start: text.length, end: text.length + token.text.length });
      text += token.text;
    });
    for (const range of tagsToRanges(line.map((t) => t.tag))) {
      const start = offsets[range.first]!.start;
      const end = offsets[range.last]!.end;
      entities.push({ start, end, type: TYPE_ALIASES[range.type] ?? range.type, text: text.slice(start, end) });
    }
  });
  return { id, text, entities };
}

/**
 * A straight quote that the original sentence splitter left at the end of a line while no quotation
 * was open belongs to the next sentence: it opens a quotation there.
 */
function moveStrandedQuotes(sentences: Token[][]): Token[][] {
  const lines = sentences.map((s) => [...s]);
  let quoteOpen = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    for (let i = 0; i < line.length; i++) {
      if (line[i]!.text !== '"') continue;
      const last = i === line.length - 1;
      if (last && !quoteOpen && i > 0 && n + 1 < lines.length) {
        lines[n + 1]!.unshift(line.pop()!);
        break;
      }
      quoteOpen = i === 0 ? true : last ? false : !quoteOpen;
    }
  }
  return lines.filter((line) => line.length > 0);
}
