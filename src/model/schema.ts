import { z } from 'zod';
import { SCHEMA_VERSION } from './output.js';

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

/** The JSON Schema of the output, generated from the zod schema above. */
export function outputJsonSchema(): Record<string, unknown> {
  return {
    title: 'newsmark article annotations',
    ...(z.toJSONSchema(outputSchema) as Record<string, unknown>),
  };
}
