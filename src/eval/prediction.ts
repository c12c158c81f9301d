import type { GoldDoc } from './gold.js';

/**
 * What the scorers read from a prediction: newsmark's output object (or any object with the same
 * fields, e.g. another system's JSONL converted to it). Loose on purpose — a partial object scores as
 * far as it goes, as in score.mjs.
 */
export interface PredictedMention {
  start: number;
  end: number;
  text?: string;
}

export interface PredictedEntity {
  id?: string;
  name?: string;
  mentions?: PredictedMention[];
}

export interface PredictedQuote {
  start?: number;
  end?: number;
  text?: string;
  kind?: string;
  speaker?: { name?: string; start?: number; end?: number; text?: string } | null;
}

export interface Prediction {
  id?: string;
  people?: PredictedEntity[];
  places?: PredictedEntity[];
  organizations?: PredictedEntity[];
  quotes?: PredictedQuote[];
  keyphrases?: (string | { text: string; score?: number })[];
  issues?: { label?: string; iptc?: string; score?: number; evidence?: { start: number; end: number; text?: string }[] }[];
}

/** A gold document and the prediction for it ({} when there is none, which scores as empty). */
export type Pair = [GoldDoc, Prediction];

export const ENTITY_FIELDS = { people: 'PER', places: 'LOC', organizations: 'ORG' } as const;

export interface TypedMention {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG';
  /** Which predicted entity it belongs to (type plus id, or name without an id). */
  entity: string;
  name: string;
}

/** Every predicted mention with the CoNLL type of its entity. */
export function predictedMentions(prediction: Prediction): TypedMention[] {
  const out: TypedMention[] = [];
  for (const [field, type] of Object.entries(ENTITY_FIELDS) as [keyof typeof ENTITY_FIELDS, TypedMention['type']][]) {
    for (const entity of prediction[field] ?? []) {
      for (const m of entity.mentions ?? []) out.push({ start: m.start, end: m.end, type, entity: `${type}:${entity.id ?? entity.name}`, name: entity.name ?? '' });
    }
  }
  return out;
}

/** Pair gold documents with predictions by id. */
export function pairById(gold: GoldDoc[], predictions: Prediction[]): { pairs: Pair[]; missing: number } {
  const byId = new Map(predictions.map((p) => [String(p.id), p]));
  let missing = 0;
  const pairs = gold.map((g): Pair => {
    const p = byId.get(String(g.id));
    if (!p) missing++;
    return [g, p ?? {}];
  });
  return { pairs, missing };
}

/** Lower-case words, possessive 's dropped: how score.mjs compares names and phrases. */
export const words = (s: string | undefined | null): string[] => (s ?? '').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
