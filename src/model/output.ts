import { z } from 'zod';
import type { ArticleDoc, Entity, Mention } from './document.js';

/**
 * The output format: what `newsmark` writes as JSON, JSONL and YAML. The zod schema is the single
 * source of truth — the TypeScript type is inferred from it and `newsmark schema` prints it as JSON Schema.
 */
export const SCHEMA_VERSION = 'newsmark/1';

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const textSpan = span.extend({ text: z.string() });

const mention = textSpan.extend({
  form: z.enum(['name', 'title', 'pronoun', 'description']),
  source: z.string().optional().describe('the rule or model that found it (with --explain)'),
});

const entityBase = z.object({
  id: z.string(),
  name: z.string().describe('the fullest name the article uses'),
  mentions: z.array(mention),
});

export const personSchema = entityBase.extend({
  title: z.string().optional(),
  affiliation: z.string().optional(),
  gender: z.enum(['male', 'female']).optional(),
});
export const placeSchema = entityBase.extend({
  kind: z.string().optional().describe('country, city, region, state, continent, …'),
  country: z.string().length(2).optional().describe('ISO 3166-1 alpha-2'),
});
export const organizationSchema = entityBase.extend({
  kind: z.string().optional().describe('government, company, party, university, news agency, …'),
});

export const quoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['full', 'partial', 'indirect']),
  start: z.number().int().nonnegative().optional().describe('full/partial: the words inside the quote marks'),
  end: z.number().int().nonnegative().optional(),
  text: z.string().optional(),
  content: textSpan.optional().describe('indirect: the reported content'),
  speaker: z
    .object({
      name: z.string(),
      entity: z.string().nullable(),
      start: z.number().int().optional(),
      end: z.number().int().optional(),
      text: z.string().optional(),
    })
    .nullable(),
  cue: textSpan.extend({ lemma: z.string().optional() }).nullable(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const outputSchema = z.object({
  id: z.string(),
  schema: z.literal(SCHEMA_VERSION),
  structure: z.object({
    section: textSpan.nullable(),
    headline: textSpan.nullable(),
    subheadings: z.array(textSpan),
    datelines: z.array(textSpan),
    bylines: z.array(textSpan),
    captions: z.array(textSpan),
    boilerplate: z.array(textSpan),
    paragraphs: z.array(span),
    sentences: z.array(span),
  }),
  people: z.array(personSchema),
  places: z.array(placeSchema),
  organizations: z.array(organizationSchema),
  quotes: z.array(quoteSchema),
  quotations: z
    .array(textSpan.extend({ function: z.enum(['title', 'term', 'other']) }))
    .describe('quoted text that is not speech: titles, nicknames, scare quotes'),
  speakers: z.array(
    z.object({
      name: z.string(),
      entity: z.string().nullable(),
      quotes: z.number().int(),
      words: z.number().int(),
      title: z.string().optional(),
      affiliation: z.string().optional(),
    }),
  ),
  issues: z.array(
    z.object({
      label: z.string(),
      iptc: z.string().describe('IPTC Media Topic qcode'),
      topic: z.string().describe('the IPTC label of the code'),
      score: z.number(),
      evidence: z.array(textSpan),
    }),
  ),
  keyphrases: z.array(z.object({ text: z.string(), score: z.number() })),
  dates: z.array(textSpan.extend({ value: z.string().optional() })),
  diagnostics: z.array(
    z.object({
      stage: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      start: z.number().int().optional(),
      end: z.number().int().optional(),
    }),
  ),
  text: z.string().optional().describe('the article text (with --include-text)'),
});

export type ArticleOutput = z.infer<typeof outputSchema>;

export interface OutputOptions {
  /** Keep the rule/model that made each mention. */
  explain?: boolean;
  /** Include the full article text. */
  includeText?: boolean;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Turn the document model into the output format: entities carry their mentions, links become names. */
export function toOutput(doc: ArticleDoc, options: OutputOptions = {}): ArticleOutput {
  const layers = doc.layers;
  const blocks = layers.blocks ?? [];
  const pick = (kind: string) => blocks.filter((b) => b.kind === kind).map(({ start, end, text }) => ({ start, end, text }));
  const mentionsById = new Map((layers.mentions ?? []).map((m) => [m.id, m]));
  const mentionOut = (m: Mention) => {
    const out: ArticleOutput['people'][number]['mentions'][number] = { start: m.start, end: m.end, text: m.text, form: m.form };
    if (options.explain && m.source) out.source = m.source;
    return out;
  };
  const entitiesOf = (type: Entity['type']) =>
    (layers.entities ?? [])
      .filter((e) => e.type === type)
      .map((e) => ({
        e,
        mentions: e.mentionIds
          .map((id) => mentionsById.get(id))
          .filter((m): m is Mention => !!m)
          .sort((a, b) => a.start - b.start)
          .map(mentionOut),
      }))
      .filter((x) => x.mentions.length > 0);
  const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  return {
    id: doc.id,
    schema: SCHEMA_VERSION,
    structure: {
      section: pick('section')[0] ?? null,
      headline: pick('headline')[0] ?? null,
      subheadings: pick('subheading'),
      datelines: pick('dateline'),
      bylines: pick('byline'),
      captions: pick('caption'),
      boilerplate: pick('boilerplate'),
      paragraphs: blocks.filter((b) => b.kind === 'paragraph').map(({ start, end }) => ({ start, end })),
      sentences: (layers.sentences ?? []).map(({ start, end }) => ({ start, end })),
    },
    people: entitiesOf('person').map(({ e, mentions }) => defined({ id: e.id, name: e.name, title: e.title, affiliation: e.affiliation, gender: e.gender, mentions })),
    places: entitiesOf('place').map(({ e, mentions }) => defined({ id: e.id, name: e.name, kind: e.kind, country: e.country, mentions })),
    organizations: entitiesOf('org').map(({ e, mentions }) => defined({ id: e.id, name: e.name, kind: e.kind, mentions })),
    quotes: (layers.quotes ?? []).map((q) =>
      defined({
        id: q.id,
        kind: q.kind,
        ...(q.kind === 'indirect' ? { content: { start: q.start, end: q.end, text: q.text } } : { start: q.start, end: q.end, text: q.text }),
        speaker: q.speaker ? defined({ name: q.speaker.name, entity: q.speaker.entity, start: q.speaker.start, end: q.speaker.end, text: q.speaker.text }) : null,
        cue: q.cue ? defined({ start: q.cue.start, end: q.cue.end, text: q.cue.text, lemma: q.cue.lemma }) : null,
        confidence: round(q.confidence),
        rule: q.rule,
      }),
    ),
    quotations: (layers.quotations ?? []).map(({ start, end, text, function: fn }) => ({ start, end, text, function: fn })),
    speakers: (layers.speakers ?? []).map((s) => defined({ ...s })),
    issues: (layers.issues ?? []).map((i) => ({ label: i.label, iptc: i.iptc, topic: i.topic, score: round(i.score), evidence: i.evidence.map(({ start, end, text }) => ({ start, end, text })) })),
    keyphrases: (layers.keyphrases ?? []).map((k) => ({ text: k.text, score: round(k.score) })),
    dates: (layers.dates ?? []).map((d) => defined({ start: d.start, end: d.end, text: d.text, value: d.value })),
    diagnostics: doc.diagnostics.map((d) => defined({ ...d })),
    ...(options.includeText ? { text: doc.text } : {}),
  };
}

/** The JSON Schema of the output, generated from the zod schema above. */
export function outputJsonSchema(): Record<string, unknown> {
  return {
    title: 'newsmark article annotations',
    ...(z.toJSONSchema(outputSchema) as Record<string, unknown>),
  };
}
