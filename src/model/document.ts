import type { Diagnostic } from './diagnostics.js';
import type { Span, TextSpan } from './span.js';

/**
 * The document model: the exact input text plus layers of annotations over it.
 * Layers are plain JSON; links between them go by id (`m12`, `e3`), never by object reference,
 * so a layer can be serialized, tested and replaced on its own.
 */

export type BlockKind =
  | 'section' // a section/kicker line above the headline ("America")
  | 'headline'
  | 'subheading'
  | 'dateline'
  | 'byline'
  | 'caption' // photo caption or credit line
  | 'paragraph'
  | 'boilerplate'; // "Source link", "Read more", copyright lines

export interface Block extends TextSpan {
  kind: BlockKind;
}

export interface Sentence extends TextSpan {
  /** Index into `blocks`. */
  block: number;
}

/** A word as compromise sees it, re-anchored to the original text. */
export interface Token extends Span {
  text: string;
  /** compromise's normal form (lower case, apostrophes folded). */
  normal: string;
  /** compromise's tags (ProperNoun, Person, Place, Verb…). */
  tags: string[];
  /** Index into `sentences`. */
  sentence: number;
  /** Punctuation and spaces compromise saw before and after the word. */
  pre: string;
  post: string;
}

export type EntityType = 'person' | 'place' | 'org';
/** How a mention refers: by name ("Blinken"), by title ("the secretary"), by pronoun, or by description ("the top US diplomat"). */
export type MentionForm = 'name' | 'title' | 'pronoun' | 'description';

export interface Mention extends TextSpan {
  id: string;
  type: EntityType;
  form: MentionForm;
  entityId?: string;
  /** Which rule or model made this mention (for --explain). */
  source?: string;
}

export interface EntityAttributes {
  /** person: "Secretary of State"; */
  title?: string;
  /** person: "United States", "Brookings Institution" */
  affiliation?: string;
  /** place: country | city | region | continent | state | other; org: government | company | party | university | news agency | ... */
  kind?: string;
  /** place: ISO 3166-1 alpha-2 */
  country?: string;
  /** person: "male" | "female" where honorifics, pronouns before or first names tell */
  gender?: 'male' | 'female';
}

export interface Entity extends EntityAttributes {
  id: string;
  type: EntityType;
  /** The fullest name the article uses. */
  name: string;
  mentionIds: string[];
}

export type QuoteKind = 'full' | 'partial' | 'indirect';

/** What kind of source a speaker is: source-diversity counts may leave out documents and unnamed sources. */
export type SpeakerKind = 'person' | 'organization' | 'document' | 'unnamed';

export interface Speaker extends Partial<TextSpan> {
  /** Who that is: the entity's name, or the attribution text for an unnamed source. */
  name: string;
  /** The entity id, when the speaker is a known entity. */
  entity: string | null;
  /** A person, an organization speaking as one, a document ("the report said") or an unnamed source. */
  kind?: SpeakerKind;
}

export interface Cue extends TextSpan {
  lemma?: string;
}

/**
 * A quote. For `full` and `partial` the span covers the words inside the quote marks; for `indirect`
 * (reported speech: "Shen said two things mattered most") it covers the reported content, and the
 * writers put it under `content` instead, so tools counting direct quotes by `start` leave it out.
 */
export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Cue | null;
  confidence: number;
  /** The attribution rule that found the speaker (for people who tune it). */
  rule: string;
}

/** Quoted text that is not speech: titles of works, nicknames, scare or term quotes. */
export interface Quotation extends TextSpan {
  function: 'title' | 'term' | 'other';
}

export interface SpeakerSummary {
  name: string;
  entity: string | null;
  kind?: SpeakerKind;
  quotes: number;
  words: number;
  title?: string;
  affiliation?: string;
}

export interface Issue {
  label: string;
  /** IPTC Media Topic qcode, e.g. medtop:20000639 */
  iptc: string;
  /** The IPTC label of `iptc`. */
  topic: string;
  score: number;
  evidence: TextSpan[];
}

export interface Keyphrase {
  text: string;
  score: number;
}

export interface DateMention extends TextSpan {
  /**
   * ISO 8601 date, or a partial one ("2023-06", "2023", the week "2023-W24"): what the text says when it
   * names the year, or a relative date ("Wednesday", "last week") resolved against `anchorDate`.
   */
  value?: string;
  /** For a date resolved against a reference date: where that date came from. */
  anchor?: DateAnchor;
  /** The reference date (YYYY-MM-DD) a relative date was resolved against. */
  anchorDate?: string;
}

/**
 * Where the reference date for relative dates came from: the article's published date (`meta.published`),
 * its dateline ("LONDON, Dec 1 (Reuters) -"), or a date the caller gave (`--date`, `referenceDate`).
 */
export type DateAnchor = 'published' | 'dateline' | 'given';

export type QuantityKind = 'money' | 'percent' | 'count' | 'measure';

/** A number with what it counts: "$2.1bn", "18%", "6,000 workers", "3.2 km". */
export interface Quantity extends TextSpan {
  kind: QuantityKind;
  /** The number with its scale applied ("$2.1bn" → 2100000000); a percentage in percent (18). */
  value: number;
  /** measure: the unit's symbol (km, t, °C); count: the counted noun (workers); money: the currency word when no code is known (kroner). */
  unit?: string;
  /** money: ISO 4217 code when the text tells it (€ → EUR, $ → USD). */
  currency?: string;
}

/** What the reader found out about the article besides its text (HTML meta tags, a JSONL line's fields). */
export interface ArticleMeta {
  /** The headline as the page gives it, without the site name. */
  title?: string;
  byline?: string;
  /** The publication date (and time) as the page gives it, ISO 8601 where it is. */
  published?: string;
  /** The canonical address of the article. */
  url?: string;
  /** The site or publication name ("Springfield Herald"). */
  source?: string;
}

/** Every layer an annotator can provide. */
export interface Layers {
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  quantities: Quantity[];
  quotes: Quote[];
  quotations: Quotation[];
  speakers: SpeakerSummary[];
  issues: Issue[];
  keyphrases: Keyphrase[];
}

export type LayerName = keyof Layers;

export interface ArticleDoc {
  id: string;
  /** The exact input text (after decoding; see io/read-input for BOM and encoding). Never changed. */
  text: string;
  layers: Partial<Layers>;
  diagnostics: Diagnostic[];
  /** Metadata the reader found (HTML title, byline, published date, address, site name). */
  meta?: ArticleMeta;
}

export function createDoc(id: string, text: string, meta?: ArticleDoc['meta']): ArticleDoc {
  return meta ? { id, text, layers: {}, diagnostics: [], meta } : { id, text, layers: {}, diagnostics: [] };
}

/**
 * A document whose layers `R` are there: what a stage that requires `R` is given (the pipeline checks,
 * when it is built, that an earlier stage provides each of them), so it reads `doc.layers.tokens`
 * without a fallback.
 */
export type DocWith<R extends LayerName> = Omit<ArticleDoc, 'layers'> & { layers: Partial<Layers> & Pick<Layers, R> };

/** Read a layer an annotator declared in `requires`; the pipeline guarantees it exists. */
export function layer<K extends LayerName>(doc: ArticleDoc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer '${name}' is missing: declare it in the annotator's requires`);
  return value as Layers[K];
}
