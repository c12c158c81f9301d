/**
 * The tag set: BIO over four types. MISC (nationalities, events, products) is learned so the tagger
 * has somewhere to put "Syrian" or "World Cup", but it is never output as an entity.
 */
export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_COUNT = TAGS.length;
export const O = 0;
export const tagIndex = new Map(TAGS.map((t, i) => [t, i]));

export const typeOf = (tag: number): NerType | null => (tag === O ? null : NER_TYPES[(tag - 1) >> 1]!);
export const isBegin = (tag: number): boolean => tag !== O && (tag - 1) % 2 === 0;
export const beginTag = (type: NerType): number => 1 + 2 * NER_TYPES.indexOf(type);
export const insideTag = (type: NerType): number => 2 + 2 * NER_TYPES.indexOf(type);

/** I-X may only follow B-X or I-X; anything else is read as the start of a new X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === O || isBegin(tag)) return true;
  return prev !== O && typeOf(prev) === typeOf(tag);
}

/** A run of tokens [start, end) of one type. */
export interface TokenSpan {
  start: number;
  end: number;
  type: NerType;
  /** Which rule made the span, when not the tagger itself. */
  source?: string;
}

/** Read BIO tags as token spans (an I-X after O or another type starts a new span). */
export function spansOf(tags: readonly number[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const type = typeOf(tag);
    if (open && (!type || isBegin(tag) || type !== open.type)) {
      out.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  });
  if (open) out.push(open);
  return out;
}
