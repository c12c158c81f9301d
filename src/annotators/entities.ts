import type { Annotator } from '../pipeline/annotator.js';
import type { Entity, EntityType, Mention } from '../model/document.js';
import { findSpans } from '../nlp/compromise.js';
import { layer } from '../model/document.js';

/**
 * BASELINE (to be replaced by the learned tagger and linker): compromise's people/places/organizations,
 * grouped by exact name or surname.
 */
export const entities: Annotator = {
  name: 'entities',
  requires: ['blocks', 'sentences', 'tokens'],
  provides: ['mentions', 'entities'],
  run(doc) {
    const mentions: Mention[] = [];
    const queries: [string, EntityType][] = [['people', 'person'], ['places', 'place'], ['organizations', 'org']];
    for (const block of layer(doc, 'blocks')) {
      if (block.kind === 'boilerplate') continue;
      for (const [method, type] of queries) {
        for (const s of findSpans(doc.text, { method }, block.start, block.end)) {
          let end = s.end;
          const text = doc.text.slice(s.start, end);
          const possessive = text.match(/['’]s$/);
          if (possessive) end -= 2;
          if (end <= s.start) continue;
          mentions.push({ id: `m${mentions.length + 1}`, start: s.start, end, text: doc.text.slice(s.start, end), type, form: 'name', source: `compromise.${method}` });
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const out: Entity[] = [];
    const byKey = new Map<string, Entity>();
    for (const m of mentions) {
      const words = m.text.split(/\s+/);
      const key = `${m.type}:${words[words.length - 1]}`;
      let e = byKey.get(key);
      if (!e) {
        e = { id: `e${out.length + 1}`, type: m.type, name: m.text, mentionIds: [] };
        out.push(e);
        byKey.set(key, e);
      }
      if (m.text.length > e.name.length) e.name = m.text;
      e.mentionIds.push(m.id);
      m.entityId = e.id;
    }
    return { mentions, entities: out };
  },
};
