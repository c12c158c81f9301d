import { codeOf } from './diagnostics.js';
import type { ArticleDoc, Entity, Mention } from './document.js';
import type { ArticleOutput } from './schema.js';
import { SCHEMA_VERSION } from './schema-version.js';

export type { ArticleOutput } from './schema.js';

/**
 * From the document model to the output format (written as JSON, JSONL and YAML). The format itself
 * is defined once, as a zod schema in schema.ts; only its type is imported here, so annotating an
 * article never loads zod.
 */
export { SCHEMA_VERSION };

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
      .map((e) => {
        const all = e.mentionIds
          .map((id) => mentionsById.get(id))
          .filter((m): m is Mention => !!m)
          .sort((a, b) => a.start - b.start);
        // Pronouns are listed apart (schema: `pronouns`); an entity needs a name or description to be listed at all.
        const pronouns = all.filter((m) => m.form === 'pronoun').map(({ start, end, text, source }) => (options.explain && source ? { start, end, text, source } : { start, end, text }));
        return { e, mentions: all.filter((m) => m.form !== 'pronoun').map(mentionOut), pronouns: pronouns.length ? pronouns : undefined };
      })
      .filter((x) => x.mentions.length > 0);
  const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  const meta = doc.meta ? defined({ title: doc.meta.title, byline: doc.meta.byline, published: doc.meta.published, url: doc.meta.url, source: doc.meta.source }) : undefined;
  return {
    id: doc.id,
    schema: SCHEMA_VERSION,
    ...(meta && Object.keys(meta).length ? { meta } : {}),
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
    people: entitiesOf('person').map(({ e, mentions, pronouns }) => defined({ id: e.id, name: e.name, title: e.title, affiliation: e.affiliation, gender: e.gender, mentions, pronouns })),
    places: entitiesOf('place').map(({ e, mentions }) => defined({ id: e.id, name: e.name, kind: e.kind, country: e.country, mentions })),
    organizations: entitiesOf('org').map(({ e, mentions }) => defined({ id: e.id, name: e.name, kind: e.kind, mentions })),
    quotes: (layers.quotes ?? []).map((q) =>
      defined({
        id: q.id,
        kind: q.kind,
        ...(q.kind === 'indirect' ? { content: { start: q.start, end: q.end, text: q.text } } : { start: q.start, end: q.end, text: q.text }),
        speaker: q.speaker ? defined({ name: q.speaker.name, entity: q.speaker.entity, kind: q.speaker.kind, start: q.speaker.start, end: q.speaker.end, text: q.speaker.text }) : null,
        cue: q.cue ? defined({ start: q.cue.start, end: q.cue.end, text: q.cue.text, lemma: q.cue.lemma }) : null,
        confidence: round(q.confidence),
        rule: q.rule,
      }),
    ),
    quotations: (layers.quotations ?? []).map(({ start, end, text, function: fn }) => ({ start, end, text, function: fn })),
    speakers: (layers.speakers ?? []).map((s) => defined({ ...s })),
    issues: (layers.issues ?? []).map((i) => ({ label: i.label, iptc: i.iptc, topic: i.topic, score: round(i.score), evidence: i.evidence.map(({ start, end, text }) => ({ start, end, text })) })),
    keyphrases: (layers.keyphrases ?? []).map((k) => ({ text: k.text, score: round(k.score) })),
    quantities: (layers.quantities ?? []).map((q) => defined({ start: q.start, end: q.end, text: q.text, kind: q.kind, value: q.value, unit: q.unit, currency: q.currency })),
    dates: (layers.dates ?? []).map((d) => defined({ start: d.start, end: d.end, text: d.text, value: d.value, anchor: d.anchor, anchorDate: d.anchorDate })),
    diagnostics: doc.diagnostics.map((d) => defined({ stage: d.stage, code: codeOf(d), severity: d.severity, message: d.message, start: d.start, end: d.end })),
    ...(options.includeText ? { text: doc.text } : {}),
  };
}

/** The fields `--only` can pick (besides `id` and `schema`, which every output keeps). */
export const OUTPUT_FIELDS = ['meta', 'structure', 'people', 'places', 'organizations', 'quotes', 'quotations', 'speakers', 'issues', 'keyphrases', 'quantities', 'dates', 'diagnostics', 'text'] as const;
export type OutputField = (typeof OUTPUT_FIELDS)[number];

/** An output, whole or with some fields picked: always its `id` and `schema`. */
export type SelectedOutput = Partial<ArticleOutput> & Pick<ArticleOutput, 'id' | 'schema'>;

/** The output with only the given fields, after its `id` and `schema` (`--only quotes,speakers`). */
export function selectFields(output: ArticleOutput, fields: readonly OutputField[]): SelectedOutput {
  const picked: SelectedOutput = { id: output.id, schema: output.schema };
  for (const field of OUTPUT_FIELDS) if (fields.includes(field) && output[field] !== undefined) (picked as Record<string, unknown>)[field] = output[field];
  return picked;
}

/** `--only`'s value: known field names, comma-separated; throws naming the unknown one and the valid ones. */
export function parseFields(value: string): OutputField[] {
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  if (!fields.length) throw new Error(`--only needs field names (valid: ${OUTPUT_FIELDS.join(', ')})`);
  for (const field of fields) {
    if (!(OUTPUT_FIELDS as readonly string[]).includes(field)) throw new Error(`--only: unknown field '${field}' (valid: ${OUTPUT_FIELDS.join(', ')})`);
  }
  return fields as OutputField[];
}
