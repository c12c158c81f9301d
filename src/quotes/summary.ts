import type { Entity, Quote, SpeakerSummary } from '../model/document.js';

/**
 * Source-diversity numbers: per speaker, how many direct quotes (full and partial; reported speech is
 * not counted) and how many quoted words, with the entity's title and affiliation.
 */
export function summarizeSpeakers(quotes: readonly Quote[], entities: ReadonlyMap<string, Entity>): SpeakerSummary[] {
  const byKey = new Map<string, SpeakerSummary>();
  for (const q of quotes) {
    if (!q.speaker || q.kind === 'indirect') continue;
    const key = q.speaker.entity ?? `name:${q.speaker.name.toLowerCase()}`;
    let s = byKey.get(key);
    if (!s) {
      const e = q.speaker.entity ? entities.get(q.speaker.entity) : undefined;
      s = { name: q.speaker.name, entity: q.speaker.entity, ...(q.speaker.kind ? { kind: q.speaker.kind } : {}), quotes: 0, words: 0 };
      if (e?.title) s.title = e.title;
      if (e?.affiliation) s.affiliation = e.affiliation;
      byKey.set(key, s);
    }
    s.quotes++;
    s.words += q.text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  }
  return [...byKey.values()].sort((a, b) => b.quotes - a.quotes || b.words - a.words || a.name.localeCompare(b.name));
}
