import type { ReportInput } from './validate.js';

/**
 * Who a speaker is, for source counts: a person, an organization speaking as one ("the ministry
 * said"), a document ("the report said") or an unnamed source ("a senior official said"). newsmark's
 * output says so in `speaker.kind` where the annotator sets it; older outputs do not, and then the
 * speaker's entity decides (a person, or an organization or place speaking as an institution), and a
 * speaker with no entity is a document when its words name one, else an unnamed source.
 */
export const SPEAKER_KINDS = ['person', 'organization', 'document', 'unnamed'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

const KIND_ALIASES: Record<string, SpeakerKind> = {
  person: 'person',
  people: 'person',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  place: 'organization',
  document: 'document',
  unnamed: 'unnamed',
  anonymous: 'unnamed',
};

/** Words that make a speaker with no entity a document ("the report", "a statement", "court filings"). */
const DOCUMENT_WORDS =
  /\b(reports?|statements?|study|studies|survey|letters?|documents?|memo(randum)?|filings?|lawsuit|complaint|indictment|ruling|judgment|verdict|press release|release|e-?mails?|tweets?|posts?|poll|analysis|paper|transcripts?|notice|announcement|website|guidance|guidelines|bill|decree|order|communiqu[ée]|briefing note)\b/i;

export function normalizeKind(kind: unknown): SpeakerKind | undefined {
  return typeof kind === 'string' ? KIND_ALIASES[kind.toLowerCase()] : undefined;
}

export interface SpeakerLike {
  name: string;
  entity: string | null;
  kind?: unknown;
}

/** The speaker's kind within its article (`ids` maps the article's entity ids to their types). */
export function speakerKind(s: SpeakerLike, ids: ReadonlyMap<string, 'person' | 'place' | 'organization'>, quoteKinds: ReadonlyMap<string, SpeakerKind>): SpeakerKind {
  const explicit = normalizeKind(s.kind) ?? quoteKinds.get(speakerKey(s));
  if (explicit) return explicit;
  const type = s.entity ? ids.get(s.entity) : undefined;
  if (type === 'person') return 'person';
  if (type === 'organization' || type === 'place') return 'organization';
  return DOCUMENT_WORDS.test(s.name) ? 'document' : 'unnamed';
}

/** How a quote's speaker and a `speakers` entry are matched within one article. */
export const speakerKey = (s: { name: string; entity: string | null }) => s.entity ?? `name:${s.name.toLowerCase()}`;

/** Entity ids of an article with their types, and the `speaker.kind` its quotes give, if any. */
export function articleIndex(o: ReportInput): { ids: Map<string, 'person' | 'place' | 'organization'>; quoteKinds: Map<string, SpeakerKind> } {
  const ids = new Map<string, 'person' | 'place' | 'organization'>();
  for (const p of o.people) ids.set(p.id, 'person');
  for (const p of o.places) ids.set(p.id, 'place');
  for (const p of o.organizations) ids.set(p.id, 'organization');
  const quoteKinds = new Map<string, SpeakerKind>();
  for (const q of o.quotes) {
    const kind = normalizeKind((q.speaker as { kind?: unknown } | null)?.kind);
    if (q.speaker && kind) quoteKinds.set(speakerKey(q.speaker), kind);
  }
  return { ids, quoteKinds };
}
