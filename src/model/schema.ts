import { z } from 'zod';
import { SCHEMA_VERSION } from './schema-version.js';

/**
 * The output format: what `newsmark` writes as JSON, JSONL and YAML. The zod schema is the single
 * source of truth — the TypeScript type is inferred from it and `newsmark schema` prints it as JSON Schema.
 */

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
  pronouns: z
    .array(textSpan.extend({ source: z.string().optional() }))
    .optional()
    .describe('pronouns (he, her, his, …) that refer to this person; kept apart from `mentions` so that name counts, and scorers that count every mention as a name, are not changed by them'),
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
      kind: z.enum(['person', 'organization', 'document', 'unnamed']).optional().describe('a person, an organization speaking as one, a document or an unnamed source'),
      start: z.number().int().optional(),
      end: z.number().int().optional(),
      text: z.string().optional(),
    })
    .nullable(),
  cue: textSpan.extend({ lemma: z.string().optional() }).nullable(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const metaSchema = z
  .object({
    title: z.string().optional().describe('the headline as the page gives it, without the site name'),
    byline: z.string().optional(),
    published: z.string().optional().describe('the publication date (and time) as the page gives it'),
    url: z.string().optional().describe('the canonical address'),
    source: z.string().optional().describe('the site or publication name'),
  })
  .describe('what the input says about the article besides its text: HTML meta tags and JSON-LD, a JSONL line\'s fields');

export const quantitySchema = textSpan.extend({
  kind: z.enum(['money', 'percent', 'count', 'measure']),
  value: z.number().describe('the number with its scale applied ($2.1bn → 2100000000); percentages in percent'),
  unit: z.string().optional().describe('measure: the unit symbol (km, t, °C); count: the counted noun; money: the currency word when no code is known'),
  currency: z.string().optional().describe('money: ISO 4217 code ($ → USD, € → EUR)'),
});

export const dateSchema = textSpan.extend({
  value: z.string().optional().describe('ISO 8601 date or partial date (2024-03, 2024, the week 2024-W10)'),
  anchor: z.enum(['published', 'dateline', 'given']).optional().describe('a relative date: where the reference date came from (meta.published, the dateline, --date)'),
  anchorDate: z.string().optional().describe('a relative date: the reference date (YYYY-MM-DD) it was resolved against'),
});

export const outputSchema = z.object({
  id: z.string(),
  schema: z.literal(SCHEMA_VERSION),
  meta: metaSchema.optional(),
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
      kind: z.enum(['person', 'organization', 'document', 'unnamed']).optional(),
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
  quantities: z.array(quantitySchema).describe('money, percentages, counts and measures'),
  dates: z.array(dateSchema),
  diagnostics: z.array(
    z.object({
      stage: z.string(),
      code: z.string().describe('what kind of problem, stable across versions (such as pipeline/bad-span); the message may be reworded'),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      start: z.number().int().optional(),
      end: z.number().int().optional(),
    }),
  ),
  text: z.string().optional().describe('the article text (with --include-text)'),
});

export type ArticleOutput = z.infer<typeof outputSchema>;

/** The JSON Schema of the output, generated from the zod schema above. */
export function outputJsonSchema(): Record<string, unknown> {
  return {
    title: 'newsmark article annotations',
    ...(z.toJSONSchema(outputSchema) as Record<string, unknown>),
  };
}
