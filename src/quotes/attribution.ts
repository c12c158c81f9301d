import type { Token } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { QuotedSpan, Unit } from './marks.js';
import { clauseSubject, phraseStartingAt, subjectBefore, type Phrase, type WordView } from './subject.js';
import { BETWEEN_SUBJECT_AND_CUE } from './lexicon.js';
import { breaksAfter, has, isCapitalized, lower, tokenAt } from './words.js';
import { cueLemma } from './cue.js';

/**
 * Where a quote's attribution is: after it ("…,” Kim said), before it in the same sentence (“Shen
 * said two things mattered most: “…”), or inside (“…,” he said, “…”). Returns the speaker phrase and cue
 * as token ranges; resolving who the phrase is happens later (resolve.ts).
 */

export interface Attribution {
  speaker: Span;
  /** What the speaker phrase stands for when it is a relative pronoun ("McConnell, …, who said"): resolve this instead. */
  referent?: Span;
  cue: Span & { lemma?: string };
  rule: string;
  confidence: number;
}

export interface AttributionContext extends WordView {
  text: string;
  cues: ReadonlySet<string>;
}

/** The phrase's text span; markup glued to a word ('True.">Sanders' in a <tweet> attribute) is cut off at its last '>'. */
const span = (ctx: AttributionContext, p: Phrase): Span => {
  let start = ctx.tokens[p[0]]!.start;
  const end = ctx.tokens[p[1] - 1]!.end;
  const cut = ctx.text.slice(start, end).lastIndexOf('>');
  if (cut >= 0 && start + cut + 1 < end) start += cut + 1;
  return { start, end };
};
const cueSpan = (ctx: AttributionContext, i: number, lemma: string): Attribution['cue'] => {
  const end = lemma === 'according to' ? ctx.tokens[i + 1]!.end : ctx.tokens[i]!.end;
  return { start: ctx.tokens[i]!.start, end, lemma };
};
/** Cues whose object is the addressee, not the speaker: "told reporters", "asked him". */
const ADDRESSEE_CUES = new Set(['tell', 'ask', 'inform', 'advise', 'assure', 'urge', 'accuse', 'call', 'describe', 'compare', 'liken', 'praise', 'criticize', 'condemn', 'blast', 'slam', 'mock', 'hail', 'scold', 'dismiss', 'thank', 'remind', 'warn', 'beg']);

/** The attribution after the closing mark, up to the sentence end or the next quotation. */
export function attributionAfter(ctx: AttributionContext, quote: QuotedSpan, limit: number): Attribution | null {
  const { tokens, text } = ctx;
  const from = quote.close ? quote.close.end : quote.end;
  const inner = text.slice(quote.start, quote.end);
  let i = tokenAt(tokens, from);
  const first = i;
  // “…” ― Sonya Herridge: a dash and a name after the quote, as in vox pops and epigraphs.
  const dash = /^\s*[―—–]\s*/.exec(text.slice(from, from + 4));
  if (dash && i < tokens.length) {
    let k = i;
    while (k < tokens.length && /^[―—–-]+[\s\u00a0]*$/u.test(tokens[k]!.text)) k++; // compromise may make the dash a word
    const phrase = phraseStartingAt(ctx, k, tokenAt(tokens, limit));
    // Only a name standing alone after the dash ("” ― Sonya Herridge"), not a dash clause ("” — a metaphor for …").
    const alone = phrase && isCapitalized(tokens[phrase[0]]!) && isCapitalized(tokens[phrase[1] - 1]!) && /^[\s.,]*$|^\s*,/.test(text.slice(tokens[phrase[1] - 1]!.end, limit).split('\n')[0]!);
    if (phrase && alone) {
      const at = from + dash[0].search(/[―—–]/);
      return { speaker: span(ctx, phrase), cue: { start: at, end: at + 1 }, rule: 'after-quote:dash-X', confidence: 0.8 };
    }
  }
  const lo = first;
  // “…,” per the party’s bylaws: "per" as "according to" (not "per cent", "per se", "per capita").
  if (i < tokens.length && lower(tokens[i]!) === 'per' && tokens[i]!.end <= limit) {
    const phrase = phraseStartingAt(ctx, i + 1, tokenAt(tokens, limit));
    if (phrase && !['cent', 'se', 'capita', 'annum', 'day', 'year', 'hour', 'week', 'month', 'person', 'share'].includes(lower(tokens[i + 1]!))) {
      return { speaker: span(ctx, phrase), cue: { start: tokens[i]!.start, end: tokens[i]!.end, lemma: 'according to' }, rule: 'after-quote:per-X', confidence: 0.8 };
    }
  }
  // “…,” while 73 percent said …: a new clause, not this quote's attribution.
  if (i < tokens.length && CLAUSE_STARTERS.has(lower(tokens[i]!))) return null;
  // “…,” Malkia Cyril, the executive director at the Center of Media Justice …, told: a name and its
  // apposition may run long before the cue.
  const appositive = i + 2 < tokens.length && isCapitalized(tokens[i]!) && tokens.slice(i, i + 4).some((t) => /,/.test(t.post));
  for (let n = 0; i < tokens.length && tokens[i]!.end <= limit && n < (appositive ? 28 : 16); i++, n++) {
    if (!ctx.usable(i)) break;
    const lemma = cueLemma(ctx, i);
    if (lemma) {
      // "…,” he said" / "…,” Patricia Kim, a fellow at …, said": the speaker is between quote and cue.
      let phrase: Phrase | null = i > first ? subjectBefore(ctx, i, lo) : null;
      let rule = 'after-quote:X-said';
      if (!phrase && lemma !== 'according to' && !ADDRESSEE_CUES.has(lemma) && !has(tokens[i]!, 'Gerund')) {
        phrase = phraseStartingAt(ctx, i + 1, tokenAt(tokens, limit));
        rule = 'after-quote:said-X';
      }
      if (lemma === 'according to') {
        phrase = phraseStartingAt(ctx, i + 2, tokenAt(tokens, limit));
        rule = 'after-quote:according-to-X';
      }
      if (!phrase) return null;
      // A quote that ends its sentence (“….” He said …) starts a new one: the cue after it belongs to
      // that sentence unless it is a bare attribution (“….” he said.).
      const endsSentence = /[.]$/.test(inner) && /^\s*\p{Lu}/u.test(text.slice(from, from + 3));
      if (endsSentence && !bareAttribution(tokens, i)) return null;
      return { speaker: span(ctx, phrase), cue: cueSpan(ctx, i, lemma), rule, confidence: 0.9 };
    }
    if (endsSentence(tokens[i]!)) break;
  }
  return null;
}

/** The attribution before the opening mark, in the same sentence (nearest cue first). */
export function attributionBefore(ctx: AttributionContext, quote: QuotedSpan, unit: Unit): Attribution | null {
  const { tokens } = ctx;
  const before = tokenAt(tokens, quote.open.start) - 1;
  if (before < 0 || tokens[before]!.end > quote.open.start || tokens[before]!.start < unit.start) return null;
  // The quote opens a new sentence: nothing before it in its own sentence.
  if (endsSentence(tokens[before]!)) return null;
  let lo = before;
  while (lo - 1 >= 0 && tokens[lo - 1]!.start >= unit.start && (tokens[lo - 1]!.sentence === tokens[lo]!.sentence || continuesSentence(tokens, lo - 1))) lo--;
  for (let i = before; i >= lo; i--) {
    if (!ctx.usable(i)) continue;
    const lemma = cueLemma(ctx, i);
    if (!lemma) continue;
    if (lemma === 'according to') {
      const phrase = phraseStartingAt(ctx, i + 2, before + 1);
      if (phrase) return { speaker: span(ctx, phrase), cue: cueSpan(ctx, i, lemma), rule: 'before-quote:according-to-X', confidence: 0.85 };
      continue;
    }
    let rule = quote.open.start - tokens[i]!.end <= 3 ? 'before-quote:X-said:' : 'before-quote:X-said-that';
    const relative = relativeSubject(ctx, i, lo);
    if (relative) {
      return { speaker: span(ctx, relative.pronoun), referent: span(ctx, relative.referent), cue: cueSpan(ctx, i, lemma), rule: rule.replace('X-said', 'who-said'), confidence: 0.8 };
    }
    let phrase = subjectBefore(ctx, i, lo);
    if (phrase && has(tokens[phrase[0]]!, 'Pronoun') && RELATIVE_PRONOUNS.has(lower(tokens[phrase[0]]!))) phrase = null;
    if (!phrase && i - 2 >= lo && ['and', 'but', 'then'].includes(lower(tokens[i - 1]!))) {
      // "I laughed and said, “…”": the subject of the verb just before the conjunction.
      let k = i - 2;
      while (k > lo && ctx.usable(k) && !has(tokens[k]!, 'Verb')) k--;
      const coordinated = ctx.usable(k) && has(tokens[k]!, 'Verb') && !has(tokens[k]!, 'Gerund') ? subjectBefore(ctx, k, lo) : null;
      if (coordinated) {
        phrase = coordinated;
        rule = 'before-quote:coordinated-subject';
      }
    }
    if (!phrase) {
      // "…and said", ", vowing to…", "Speaking to reporters, Biden acknowledged": the clause's subject.
      phrase = clauseSubject(ctx, lo, i);
      rule = 'before-quote:clause-subject';
    }
    if (!phrase && !ADDRESSEE_CUES.has(lemma) && !has(tokens[i]!, 'Gerund')) {
      phrase = phraseStartingAt(ctx, i + 1, before + 1);
      rule = 'before-quote:said-X';
    }
    if (!phrase && /ing$/.test(lower(tokens[i]!)) && i - lo <= 1 && (i === lo || LEADING_SUBORDINATORS.has(lower(tokens[lo]!)))) {
      // "After saying her foot was “so swollen …,” she was …": an opening participle clause's subject is
      // the main clause's, right after the quote that ends the participle clause.
      const after = quote.close ? tokenAt(tokens, quote.close.end) : -1;
      const inner = ctx.text.slice(quote.start, quote.end);
      if (after >= 0 && (/,$/.test(inner) || /^\s*,/.test(ctx.text.slice(quote.close!.end)))) {
        const main = phraseStartingAt(ctx, after, Math.min(tokens.length, after + 8));
        if (main) phrase = main;
        rule = 'before-quote:participle-clause-main-subject';
      }
    }
    if (!phrase) continue;
    const found: Attribution = { speaker: span(ctx, phrase), cue: cueSpan(ctx, i, lemma), rule, confidence: rule.endsWith('clause-subject') ? 0.7 : 0.85 };
    // "She said she recalls the colleague being “confused”": a pronoun subject inside a reporting
    // clause is that clause's speaker again; the attribution is the outer clause.
    const head = tokens[phrase[0]]!;
    if (phrase[1] - phrase[0] === 1 && ['he', 'she', 'they'].includes(lower(head))) {
      for (let k = phrase[0] - 1; k >= lo; k--) {
        if (!ctx.usable(k)) break;
        const outer = cueLemma(ctx, k);
        if (!outer || outer === 'according to') continue;
        const outerPhrase = subjectBefore(ctx, k, lo);
        if (outerPhrase) return { ...found, speaker: span(ctx, outerPhrase), cue: cueSpan(ctx, k, outer), rule: 'before-quote:outer-X-said' };
        break;
      }
    }
    // "He did not address the tweets in which he called her “disgusting”": the same pronoun as the
    // sentence's subject is that subject again; the attribution names the main clause's.
    if (phrase[1] - phrase[0] === 1 && ['he', 'she', 'they'].includes(lower(head))) {
      const main = clauseSubject(ctx, lo, phrase[0]);
      const between = (k: number) => ctx.usable(k) && !endsSentence(tokens[k]!);
      if (main && main[1] - main[0] === 1 && main[0] < phrase[0] && lower(tokens[main[0]]!) === lower(head) && tokens.slice(main[0], phrase[0]).every((_, d) => between(main[0] + d))) return { ...found, speaker: span(ctx, main), rule: `${rule}+same-pronoun-as-subject` };
    }
    // "Clinton’s campaign is seeking to contrast her approach with what they call …": the pronoun of
    // "what they call" is bound by the sentence's subject.
    const bound = boundPronoun(ctx, phrase, lo);
    if (bound) return { ...found, referent: span(ctx, bound), rule: `${rule}+what-PRON-call` };
    return found;
  }
  return null;
}

/** "X … what they/it/he call(s)": the sentence's subject, when it agrees with the pronoun; else null. */
function boundPronoun(ctx: AttributionContext, phrase: Phrase, lo: number): Phrase | null {
  const { tokens } = ctx;
  const pronoun = lower(tokens[phrase[0]]!);
  if (phrase[1] - phrase[0] !== 1 || !['they', 'it', 'he', 'she'].includes(pronoun) || phrase[0] - 1 <= lo || lower(tokens[phrase[0] - 1]!) !== 'what') return null;
  const subject = clauseSubject(ctx, lo, phrase[0] - 1);
  if (!subject) return null;
  const head = tokens[subject[1] - 1]!;
  if (has(head, 'Pronoun')) return null;
  const person = has(head, 'Person') || has(head, 'Honorific') || has(head, 'LastName') || has(head, 'FirstName');
  return (pronoun === 'he' || pronoun === 'she') === person ? subject : null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** Words that open a participle clause before the main clause: "After saying …, she …". */
const LEADING_SUBORDINATORS = new Set(['after', 'before', 'while', 'upon', 'since', 'when', 'in', 'by']);
/** A time phrase between a relative pronoun and its verb: "who in 2010 said", "which on Monday reported". */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'last', 'this', 'earlier', 'later']);

/**
 * "McConnell, now the Senate majority leader, who in 2010 said …", "the Chicago Police Department which
 * reported …": the relative pronoun is the cue's subject as written; what it stands for is the phrase
 * before it (past an apposition), resolved in its place.
 */
function relativeSubject(ctx: AttributionContext, cue: number, lo: number): { pronoun: Phrase; referent: Phrase } | null {
  const { tokens } = ctx;
  let j = cue - 1;
  for (let skipped = 0; j > lo && skipped < 4; j--, skipped++) {
    const t = tokens[j]!;
    if (!ctx.usable(j) || breaksAfter(t)) return null;
    if (RELATIVE_PRONOUNS.has(lower(t))) break;
    const timeWord = TIME_PREPOSITIONS.has(lower(t)) || has(t, 'Date') || has(t, 'Year') || /^\d{4}$/.test(t.text) || has(t, 'WeekDay');
    if (!BETWEEN_SUBJECT_AND_CUE.has(lower(t)) && !/ly$/.test(lower(t)) && !timeWord) return null;
  }
  if (j <= lo || !RELATIVE_PRONOUNS.has(lower(tokens[j]!)) || !ctx.usable(j)) return null;
  // "…told a young woman who suggested that …", "mocked it, saying anybody who complains …": a relative
  // clause inside another reporting clause is part of what is reported; the outer cue is the attribution.
  for (let k = lo; k < j; k++) if (ctx.usable(k) && cueLemma(ctx, k)) return null;
  // "which" after a comma is often a clause about the whole sentence; only a noun right before it is its referent.
  const referent = subjectBefore(ctx, j, lo);
  if (!referent || (lower(tokens[j]!) === 'which' && breaksAfter(tokens[j - 1]!))) return null;
  return { pronoun: [j, j + 1], referent };
}

/** Words that open a new clause right after a quote (“…,” while …), so what follows is no attribution. */
const CLAUSE_STARTERS = new Set(['while', 'but', 'and', 'because', 'although', 'though', 'whereas', 'so', 'yet', 'or', 'if', 'when', 'since']);

/** compromise may end a sentence at an abbreviation ("Sen." "Rep."): keep going back over those. */
function continuesSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (has(t, 'Abbreviation') || has(t, 'Honorific')) && !/[!?]/.test(t.post);
}

/** The cue ends its sentence within a few words ("he said on Friday."): an attribution, not a new statement. */
function bareAttribution(tokens: readonly Token[], cue: number): boolean {
  for (let k = cue; k < tokens.length && k <= cue + 4; k++) if (/[.!?]/.test(tokens[k]!.post) || /,/.test(tokens[k]!.post)) return true;
  return false;
}

/** "Caddell continued:" ending the paragraph before a quote that opens the next one. */
export function leadInBefore(ctx: AttributionContext, previous: Unit): Attribution | null {
  const { tokens, text } = ctx;
  if (!/:\s*$/.test(text.slice(previous.start, previous.end))) return null;
  const last = tokenAt(tokens, previous.end) - 1;
  if (last < 0 || tokens[last]!.start < previous.start) return null;
  let lo = last;
  while (lo - 1 >= 0 && tokens[lo - 1]!.start >= previous.start && tokens[lo - 1]!.sentence === tokens[last]!.sentence) lo--;
  for (let i = last; i >= lo && last - i < 8; i--) {
    if (!ctx.usable(i)) return null;
    const lemma = cueLemma(ctx, i);
    if (!lemma) continue;
    const phrase = subjectBefore(ctx, i, lo) ?? clauseSubject(ctx, lo, i);
    if (phrase) return { speaker: span(ctx, phrase), cue: cueSpan(ctx, i, lemma), rule: 'lead-in:previous-paragraph-colon', confidence: 0.8 };
  }
  return null;
}

/** For a partial quote with no cue: the subject of its sentence ("Reid has gone after Trump as a “human leech”"), named or a pronoun. */
export function sentenceSubjectOf(ctx: AttributionContext, quote: QuotedSpan, unit: Unit): Attribution | null {
  const { tokens } = ctx;
  const before = tokenAt(tokens, quote.open.start) - 1;
  if (before < 0 || tokens[before]!.start < unit.start) return null;
  let lo = before;
  while (lo - 1 >= 0 && tokens[lo - 1]!.start >= unit.start && (tokens[lo - 1]!.sentence === tokens[lo]!.sentence || continuesSentence(tokens, lo - 1))) lo--;
  const phrase = clauseSubject(ctx, lo, before + 1);
  if (!phrase) return null;
  const head = tokens[phrase[1] - 1]!;
  // compromise does not always tag a surname ("Trump" as a plain noun): a capitalized head that is no place counts.
  const named = has(head, 'Pronoun') ? ['he', 'she', 'they', 'we', 'i'].includes(lower(head)) : has(head, 'Person') || ((has(head, 'ProperNoun') || (isCapitalized(head) && has(head, 'Noun') && !has(head, 'Verb') && !has(head, 'Gerund'))) && !has(head, 'Place'));
  if (!named) return null;
  let verb = phrase[1];
  while (verb < before && !has(tokens[verb]!, 'Verb')) verb++;
  return { speaker: span(ctx, phrase), cue: { start: tokens[verb]!.start, end: tokens[verb]!.end }, rule: 'partial:sentence-subject', confidence: 0.5 };
}

/** Nouns that report what someone said: "Trump’s claim that …", "Smith’s remarks about …". */
const NOUN_CUES = new Set(['claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'assertion', 'promise', 'pledge', 'warning', 'argument', 'accusation', 'boast', 'insistence', 'suggestion', 'contention', 'description', 'characterization', 'vow', 'words']);

/** "Trump’s claim that there have been “thousands of shootings”": a named possessor of a noun of saying, earlier in the quote's sentence. */
export function possessiveNounCue(ctx: AttributionContext, quote: QuotedSpan, unit: Unit): Attribution | null {
  const { tokens } = ctx;
  const before = tokenAt(tokens, quote.open.start) - 1;
  for (let i = before; i > 0 && before - i < 25; i--) {
    const t = tokens[i]!;
    if (t.start < unit.start || !ctx.usable(i) || (i < before && endsSentence(t))) return null;
    if (!NOUN_CUES.has(lower(t))) continue;
    const owner = tokens[i - 1]!;
    if (!/['’]s$/.test(owner.text) || !isCapitalized(owner) || has(owner, 'Place') || breaksAfter(owner) || !ctx.usable(i - 1)) continue;
    let start = i - 1;
    while (start - 1 >= 0 && tokens[start - 1]!.start >= unit.start && ctx.usable(start - 1) && !breaksAfter(tokens[start - 1]!) && isCapitalized(tokens[start - 1]!) && (has(tokens[start - 1]!, 'ProperNoun') || has(tokens[start - 1]!, 'Honorific') || has(tokens[start - 1]!, 'Person'))) start--;
    return { speaker: span(ctx, [start, i]), cue: { start: t.start, end: t.end }, rule: 'partial:possessive-noun-cue', confidence: 0.55 };
  }
  return null;
}

/** The token ends its sentence: a full stop, ? or ! (maybe inside a closing quote) that is no abbreviation's. */
export function endsSentence(t: Token): boolean {
  return /[.!?…]["”’]?\s*$/.test(t.post) && !has(t, 'Abbreviation') && !has(t, 'Honorific') && !/^\p{Lu}$/u.test(t.text);
}

/** "President Obama is rolling out a new message: “It's about me.”" — a colon lead-in with no cue: the clause's subject. */
export function colonLeadIn(ctx: AttributionContext, quote: QuotedSpan, unit: Unit | undefined): Attribution | null {
  if (!unit) return null;
  const { tokens, text } = ctx;
  const lead = text.slice(unit.start, quote.open.start);
  if (!/:\s*$/.test(lead)) return null;
  const before = tokenAt(tokens, quote.open.start) - 1;
  const last = Math.min(before, tokenAt(tokens, unit.end) - 1);
  if (last < 0 || tokens[last]!.start < unit.start) return null;
  let lo = last;
  while (lo - 1 >= 0 && tokens[lo - 1]!.start >= unit.start && (tokens[lo - 1]!.sentence === tokens[lo]!.sentence || continuesSentence(tokens, lo - 1))) lo--;
  const phrase = clauseSubject(ctx, lo, last + 1);
  if (!phrase || !speakerLike(tokens, phrase)) return null;
  const colon = unit.start + lead.lastIndexOf(':');
  return { speaker: span(ctx, phrase), cue: { start: colon, end: colon + 1 }, rule: 'before-quote:colon-subject', confidence: 0.6 };
}

/** A quote opening a sentence right after reported speech in the same paragraph (“…, Schiff said. “…”): that speaker. */
export function previousSentence(ctx: AttributionContext, quote: QuotedSpan, unit: Unit, namedPerson?: (phrase: Span) => boolean): Attribution | null {
  const { tokens } = ctx;
  const before = tokenAt(tokens, quote.open.start) - 1;
  if (before < 0 || tokens[before]!.start < unit.start || !endsSentence(tokens[before]!) || !ctx.usable(before)) return null;
  let lo = before;
  while (lo - 1 >= 0 && tokens[lo - 1]!.start >= unit.start && ctx.usable(lo - 1) && (tokens[lo - 1]!.sentence === tokens[lo]!.sentence || continuesSentence(tokens, lo - 1))) lo--;
  for (let i = before; i >= lo; i--) {
    const lemma = cueLemma(ctx, i);
    if (!lemma || lemma === 'according to') continue;
    const phrase = subjectBefore(ctx, i, lo) ?? clauseSubject(ctx, lo, i);
    if (phrase && speakerLike(tokens, phrase)) return { speaker: span(ctx, phrase), cue: cueSpan(ctx, i, lemma), rule: 'previous-sentence:X-said', confidence: 0.65 };
  }
  // With no cue: the sentence's subject when it is a person the entity stage named (a last resort).
  if (!namedPerson) return null;
  const phrase = clauseSubject(ctx, lo, before + 1);
  if (!phrase || !namedPerson(span(ctx, phrase))) return null;
  let verb = phrase[1];
  while (verb < before && !has(tokens[verb]!, 'Verb')) verb++;
  return { speaker: span(ctx, phrase), cue: { start: tokens[verb]!.start, end: tokens[verb]!.end }, rule: 'previous-sentence:person-subject', confidence: 0.4 };
}

/** A name, a personal pronoun, or a described person/organization — not "the plan" or "it". */
function speakerLike(tokens: readonly Token[], phrase: Phrase): boolean {
  const head = tokens[phrase[1] - 1]!;
  if (has(head, 'Pronoun')) return ['he', 'she', 'they', 'we', 'i'].includes(lower(head));
  return isCapitalized(head) || has(head, 'Person') || has(head, 'Actor') || has(head, 'Organization');
}
