/** toOutput: how the document model becomes the output format. */
import { describe, expect, it } from 'vitest';
import { createDoc, type Mention } from '../../src/model/document.js';
import { toOutput } from '../../src/model/output.js';
import { outputSchema } from '../../src/model/schema.js';

const text = 'Ana Ruiz spoke. She said the plan works. Ruiz left.';
const mention = (id: string, word: string, form: Mention['form'], from = 0): Mention => {
  const start = text.indexOf(word, from);
  return { id, type: 'person', form, start, end: start + word.length, text: word, entityId: 'e1' };
};

describe('toOutput', () => {
  it('lists pronouns apart from the names and descriptions, so name counts are unchanged by them', () => {
    const doc = createDoc('a', text);
    doc.layers.mentions = [mention('m1', 'Ana Ruiz', 'name'), mention('m2', 'She', 'pronoun'), mention('m3', 'Ruiz', 'name', 20)];
    doc.layers.entities = [{ id: 'e1', type: 'person', name: 'Ana Ruiz', mentionIds: ['m3', 'm2', 'm1'] }];
    const out = toOutput(doc);
    expect(out.people[0]!.mentions.map((m) => m.text)).toEqual(['Ana Ruiz', 'Ruiz']);
    expect(out.people[0]!.pronouns).toEqual([{ start: 16, end: 19, text: 'She' }]);
    expect(outputSchema.safeParse(out).success).toBe(true);
  });

  it('leaves out a person known only by pronouns, and the field when there are none', () => {
    const doc = createDoc('a', text);
    doc.layers.mentions = [mention('m1', 'Ana Ruiz', 'name'), mention('m2', 'She', 'pronoun')];
    doc.layers.entities = [
      { id: 'e1', type: 'person', name: 'Ana Ruiz', mentionIds: ['m1'] },
      { id: 'e2', type: 'person', name: 'she', mentionIds: ['m2'] },
    ];
    const out = toOutput(doc);
    expect(out.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
    expect('pronouns' in out.people[0]!).toBe(false);
  });
});
