import type { Block, Entity, Mention, Quote, SpeakerKind } from '../model/document.js';
import type { Unit } from './marks.js';

/**
 * Interviews and transcripts, where turns carry no quote marks and no verb of saying:
 *
 *   Q: You first measured the glacier in 2005. What has changed?
 *   A: Almost everything you can see from the trail.
 *   WALLACE: Let’s start with the economy.
 *
 * A paragraph that opens with such a label is one turn: its words after the label are a full quote,
 * the label is the speaker phrase. "Q" is the interviewer and "A" the interviewee, both named by the
 * introduction ("He spoke to our climate correspondent, Sofia Lindqvist"; the person it is about);
 * a name label is that person. In an article made of turns, quoted paragraphs that stand alone with
 * no attribution are turns too ("Four quick questions": “Mountains or the sea?” / “Mountains.”): a
 * question is the interviewer's, an answer the interviewee's.
 */

/** "Q:", "A.", "Question:", "Answer -": an interview turn's label. */
const QA_LABEL = /^(Q|A|Question|Answer)\s*[:.–—-]\s+(?=\S)/;
/** "WALLACE:", "SEN. SMITH:": a transcript's speaker label, in capitals. */
const NAME_LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?):\s+(?=\S)/u;
/** Capitalized labels that open a paragraph in news copy but name no speaker. */
const NOT_A_SPEAKER = /\b(NOTE|UPDATE|UPDATED|CORRECTION|CLARIFICATION|EDITOR|EDITORS|READ|MORE|RELATED|WATCH|LISTEN|SEE|ALSO|PHOTO|PHOTOS|VIDEO|BREAKING|ADVERTISEMENT|SOURCE|SOURCES|WARNING|DISCLAIMER|SPOILER|TRIGGER|CONTENT|FILE|AP|REUTERS|AFP|CLICK|SUBSCRIBE|SIGN|WHAT|WHY|HOW|WHEN|WHERE|WHO|BACKGROUND|CONTEXT|ANALYSIS|OPINION|FACT|CHECK|VERDICT|CLAIM|RATING|TL;DR|EXCLUSIVE|LIVE)\b/;
/** How the introduction names the interviewer. */
const INTERVIEWER = /\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(?:(?:our|the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:correspondent|reporter|editor|writer|journalist|columnist|interviewer|host)?,?\s*((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)|\binterviewed\s+by\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;

/** Words that make a name an organization's, whatever the tagger said ("Kathmandu University"). */
const ORGANIZATION_WORD = /\b(University|Institute|College|School|Ministry|Department|Agency|Company|Group|Council|Party|Bank|Association|Foundation|Trust|Corporation|Inc|Ltd|Club|Union|Society|Hospital|Museum|Centre|Center|Service|Office|Board|Commission|Committee)\b/;

export interface InterviewContext {
  text: string;
  units: readonly Unit[];
  blocks: readonly Block[];
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
}

interface Turn {
  unit: Unit;
  label: { start: number; end: number; text: string };
  role: 'question' | 'answer' | 'named';
  body: { start: number; end: number };
}

/** Labelled turns of an article; empty unless at least two paragraphs open with a label. */
export function findTurns(ctx: InterviewContext): Turn[] {
  const turns: Turn[] = [];
  for (const unit of ctx.units) {
    if (ctx.blocks[unit.block]?.kind !== 'paragraph') continue;
    const line = ctx.text.slice(unit.start, unit.end);
    const qa = QA_LABEL.exec(line);
    const named = qa ? null : NAME_LABEL.exec(line);
    const match = qa ?? named;
    if (!match) continue;
    // A name label is capitals with at least two letters ("WALLACE", not "I" or "A."), and no
    // editor's label ("UPDATE:", "EDITOR'S NOTE:", "READ MORE:").
    if (named && (!/\p{Lu}{2}/u.test(named[1]!) || NOT_A_SPEAKER.test(named[1]!))) continue;
    const bodyEnd = unit.start + line.trimEnd().length;
    const bodyStart = unit.start + match[0].length;
    if (bodyEnd <= bodyStart) continue;
    const labelText = match[1]!;
    const role = qa ? (/^Q/.test(labelText) ? 'question' : 'answer') : 'named';
    turns.push({ unit, label: { start: unit.start, end: unit.start + labelText.length, text: labelText }, role, body: { start: bodyStart, end: bodyEnd } });
  }
  return turns.length >= 2 ? turns : [];
}

interface Parties {
  interviewer: { name: string; entity: string | null };
  interviewee: { name: string; entity: string | null };
}

/** Who asks and who answers, from the paragraphs before the first turn. */
function parties(ctx: InterviewContext, firstTurn: number): Parties {
  const intro = ctx.text.slice(0, firstTurn);
  const asked = INTERVIEWER.exec(intro);
  const interviewerName = asked ? (asked[1] ?? asked[2])! : undefined;
  const entityNamed = (name: string | undefined) => (name ? [...ctx.entities.values()].find((e) => e.name === name || e.name.endsWith(` ${name}`) || name.endsWith(e.name)) : undefined);
  const interviewerEntity = entityNamed(interviewerName);
  // The interviewee: the person the introduction mentions most (an organization when the tagger took
  // the name for one), never a place and never the interviewer.
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.start >= firstTurn || !m.entityId || m.type === 'place' || m.entityId === interviewerEntity?.id) continue;
    if (interviewerName && ctx.text.slice(m.start, m.end) === interviewerName) continue;
    counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + (m.type === 'person' ? 2 : 1));
  }
  let best: Entity | undefined;
  let bestCount = 0;
  for (const [id, n] of counts) {
    const e = ctx.entities.get(id);
    if (!e || (e.type !== 'person' && (!/\s/.test(e.name) || ORGANIZATION_WORD.test(e.name)))) continue;
    if (n > bestCount) [best, bestCount] = [e, n];
  }
  return {
    interviewer: interviewerEntity ? { name: interviewerEntity.name, entity: interviewerEntity.id } : { name: interviewerName ?? 'the interviewer', entity: null },
    interviewee: best ? { name: best.name, entity: best.id } : { name: 'the interviewee', entity: null },
  };
}

/**
 * The turns as quotes, and speakers for the article's unattributed stand-alone quotes when the
 * article is an interview. `quotes` are the quotes found by their marks (changed in place).
 */
export function interviewQuotes(ctx: InterviewContext, quotes: Quote[]): Quote[] {
  const turns = findTurns(ctx);
  if (!turns.length) return [];
  const who = parties(ctx, turns[0]!.unit.start);
  const kindOf = (entity: string | null): SpeakerKind => (entity ? (ctx.entities.get(entity)?.type === 'person' ? 'person' : 'organization') : 'unnamed');
  const out: Quote[] = [];
  for (const t of turns) {
    const party = t.role === 'question' ? who.interviewer : t.role === 'answer' ? who.interviewee : namedParty(ctx, t.label.text);
    out.push({
      id: '',
      start: t.body.start,
      end: t.body.end,
      text: ctx.text.slice(t.body.start, t.body.end),
      kind: 'full',
      speaker: { name: party.name, entity: party.entity, kind: kindOf(party.entity), start: t.label.start, end: t.label.end, text: t.label.text },
      cue: { start: t.label.end, end: t.label.end + 1, text: ctx.text.slice(t.label.end, t.label.end + 1) },
      confidence: party.entity ? 0.8 : 0.6,
      rule: `interview:${t.role === 'named' ? 'transcript-label' : t.role}`,
    });
  }
  // Stand-alone quoted paragraphs with no speaker, after the first turn: a question is the
  // interviewer's, anything else the interviewee's.
  const qa = turns.some((t) => t.role !== 'named');
  if (qa) {
    for (const q of quotes) {
      if (q.speaker || q.kind === 'indirect' || q.start === undefined || q.start < turns[0]!.unit.start) continue;
      const unit = ctx.units.find((u) => u.start <= q.start! && q.end! <= u.end);
      if (!unit || !/^[\s“"‘'«]*$/.test(ctx.text.slice(unit.start, q.start)) || !/^[\s”"’'».,!?]*$/.test(ctx.text.slice(q.end!, unit.end))) continue;
      const party = /\?\s*$/.test(q.text ?? '') ? who.interviewer : who.interviewee;
      q.speaker = { name: party.name, entity: party.entity, kind: kindOf(party.entity) };
      q.rule = `interview:turns:${party === who.interviewer ? 'question' : 'answer'}`;
      q.confidence = 0.5;
    }
  }
  return out;
}

/** A transcript label's person: the entity whose name ends in the label's last word ("SEN. SMITH" → John Smith). */
function namedParty(ctx: InterviewContext, label: string): { name: string; entity: string | null } {
  const last = label.trim().split(/\s+/).at(-1)!.replace(/[.:]$/, '').toLowerCase();
  const e = [...ctx.entities.values()].find((x) => x.type === 'person' && x.name.toLowerCase().split(/\s+/).at(-1) === last);
  if (e) return { name: e.name, entity: e.id };
  const titled = label.trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  return { name: titled, entity: null };
}
