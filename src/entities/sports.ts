import type { Token } from '../model/document.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import type { NameMention } from './mentions.js';

/**
 * Clubs named after their city. In a sports report "Brighton beat Villa", "Norwich striker Keith
 * O'Neill", "Birmingham's Gary Breen", "Swansea 49 Cardiff 23", "joined Milan from Torino" name
 * teams (organizations); "in Brighton", "Milan 1996-08-30" (a dateline) and, outside sport, "the
 * archbishop of Cincinnati" name places. The article is a sports report when it says so in its
 * words (scores, goals, matches…); then a listed city, state or region (a country's team keeps
 * its country's name, a place: "England beat Scotland") that some sentence uses as a team — by
 * the words around it — is a team wherever it is not plainly a place (after "in", "near"…, in a
 * dateline, or before ", <region>").
 */

const SPORT_WORDS = new Set(
  `goal goals scorer striker strikers midfielder midfielders defender defenders goalkeeper keeper winger wingers
  half-time penalty penalties referee fixture fixtures innings wicket wickets homer homers homered inning pitcher pitchers
  batsman batsmen bowler touchdown touchdowns quarterback playoff playoffs semi-final semi-finals quarter-final
  quarter-finals equaliser equalizer equalised equalized soccer football basketball baseball cricket rugby hockey
  tennis golf boxing athletics cycling motorsport nba nfl nhl mlb fifa uefa`.split(/\s+/),
);

/**
 * Words right after a team's name: its players' positions and its staff ("Norwich striker",
 * "Florida manager"). Not "fans", "players" or "side": "Leeds fans" and "the Lisbon side" may be
 * people from the place, and CoNLL marks "the Lisbon side" as a place.
 */
const TEAM_AFTER = new Set(
  `striker forward midfielder defender goalkeeper keeper winger manager coach captain boss skipper pitcher
  quarterback batsman bowler outfielder shortstop centre-back center-back full-back playmaker`.split(/\s+/),
);
/** Verbs of a result, before or after a team ("St Louis defeated Colorado", "Brighton beat Villa"). */
const RESULT_VERBS = new Set(
  `beat beats beaten defeated defeat defeats drew draw draws edged edge thrashed thrash hammered routed stunned upset
  overcame outplayed outscored humbled crushed trounced eliminated knocked blanked shut swept held`.split(/\s+/),
);
/** Words before a team: "against Villa", "v Leeds", "lost to Villa", "joined Milan", "for Los Angeles". */
const TEAM_BEFORE = new Set(['against', 'v', 'vs', 'versus', 'joined', 'join', 'joins', 'signed', 'face', 'faces', 'faced', 'host', 'hosts', 'hosted', 'visit', 'visits', 'visited', 'visiting', 'rejoined']);
/** "lost to X", "transferred to X", "moved to X", "scored for X", "joined Milan from Torino". */
const VERB_THEN_PREP: [RegExp, Set<string>][] = [
  [/^(lost|lose|loses|losing|transferred|loan|loaned|sold)$/, new Set(['to'])],
  [/^(scored|score|scores|plays|played|play|playing|signed|signs|goal|goals|homer|homered|appearance|appearances|debut|starred|batting|pitching)$/, new Set(['for'])],
  [/^(joined|signed|moved|arrived|transferred|bought|recruited)$/, new Set(['from'])],
  [/^(drew|draw|draws|drawn|level|tied)$/, new Set(['with'])],
];
/** Prepositions that make a place: "in Milan", "near Leeds". */
const LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'into', 'within', 'inside', 'across', 'towards', 'toward']);

const low = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/['’]s$/, '') : '');
const sameSentence = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.sentence === b.sentence;
const isScore = (t: Token | undefined) => !!t && /^\d{1,3}$/.test(t.text);

/** Is the article a sports report? Its words say so: words only sport uses ("striker", "innings", "soccer") and scores ("2-1"). */
export function isSportsArticle(text: string): boolean {
  // One pass of two regular expressions over the text (no token list walked).
  SPORT_RE ??= new RegExp(String.raw`\b(?:${[...SPORT_WORDS].sort((x, y) => y.length - x.length).join('|')})\b`, 'gi');
  const seen = new Set<string>();
  for (const m of text.matchAll(SPORT_RE)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= 3) return true;
  }
  if (!seen.size) return false;
  let scores = 0;
  for (const _ of text.matchAll(SCORE_RE)) if (++scores >= 2) return true;
  return false;
}
let SPORT_RE: RegExp | undefined;
const SCORE_RE = /(?<![\d.,-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,%-])/g;

/** Does this occurrence use the name as a team? */
function teamCue(tokens: readonly Token[], m: NameMention, byFirst: Map<number, NameMention>): boolean {
  const before = tokens[m.firstToken - 1];
  const after = tokens[m.lastToken + 1];
  const last = tokens[m.lastToken]!;
  const possessive = /['’]s?$/.test(last.text) || /^['’]/.test(last.post);
  if (sameSentence(after, last)) {
    if (TEAM_AFTER.has(low(after)) && !possessive) return true;
    if (RESULT_VERBS.has(low(after))) return true;
    // "Birmingham's Gary Breen": a club owns its players.
    const owned = byFirst.get(m.lastToken + 1);
    if (possessive && owned?.type === 'person' && owned.words.length >= 2) return true;
    // "Swansea 49 Cardiff 23": a score after the name, and another name or a line end after the score.
    const next = tokens[m.lastToken + 2];
    if (isScore(after) && !/[-.:/]/.test(after!.post) && (!sameSentence(next, after) || /^\p{Lu}/u.test(next!.text))) return true;
  }
  if (sameSentence(before, tokens[m.firstToken])) {
    const b = low(before);
    if (TEAM_BEFORE.has(b) || RESULT_VERBS.has(b)) return true;
    const b2 = low(tokens[m.firstToken - 2]);
    if (sameSentence(tokens[m.firstToken - 2], before)) {
      for (const [verb, preps] of VERB_THEN_PREP) if (preps.has(b) && verb.test(b2)) return true;
      // "joined Milan from Torino": "from" after a team the same verb took.
      if (b === 'from') for (let k = m.firstToken - 2; k >= Math.max(0, m.firstToken - 6) && sameSentence(tokens[k], before); k--) if (/^(joined|signed|moved|transferred|arrived)$/.test(low(tokens[k]))) return true;
    }
  }
  return false;
}

/** Plainly a place here: "in Milan", a dateline, "Kansas City, Mo.", a line of the name and a date. */
function plainPlace(tokens: readonly Token[], m: NameMention): boolean {
  if (m.source.includes('dateline')) return true;
  const before = tokens[m.firstToken - 1];
  if (sameSentence(before, tokens[m.firstToken]) && LOCATIVE.has(low(before))) return true;
  const after = tokens[m.lastToken + 1];
  if (sameSentence(after, tokens[m.lastToken]) && /^,/.test(tokens[m.lastToken]!.post) && bestPlace(lookup(phraseWords(after!.text.replace(/\.$/, ''))))) return true;
  // "MILAN 1996-08-30": a dateline line.
  return sameSentence(after, tokens[m.lastToken]) && /^\d{4}-\d{2}-\d{2}$/.test(after!.text);
}

const key = (m: NameMention) => m.words.map((w) => w.toLowerCase().replace(/['’]s?$/, '')).join(' ');
const listedPlace = (m: NameMention) => {
  const place = bestPlace(lookup(m.words.flatMap((w) => phraseWords(w.replace(/['’]s?$/, '')))));
  // National teams keep their country's name as a place (CoNLL: "England beat Scotland" are LOC).
  return !!place && place.kind !== 'continent' && place.kind !== 'country';
};

/**
 * Retype the mentions of a sports report (isSportsArticle): a listed place used as a team somewhere
 * is a team (an organization) everywhere it is not plainly a place. Returns how many changed.
 */
export function sportsTeams(tokens: readonly Token[], found: NameMention[]): number {
  const byFirst = new Map<number, NameMention>();
  for (const m of found) byFirst.set(m.firstToken, m);
  const teams = new Set<string>();
  for (const m of found) if ((m.type === 'place' || m.type === 'org') && listedPlace(m) && teamCue(tokens, m, byFirst)) teams.add(key(m));
  let changed = 0;
  for (const m of found) {
    if (m.type !== 'place' || !teams.has(key(m))) continue;
    // The club's city named as a place keeps its type through linking (link.ts: fixed types).
    if (plainPlace(tokens, m)) {
      if (!m.source.includes('dateline')) m.source += '+rule:place';
      continue;
    }
    m.type = 'org';
    m.source += '+rule:team';
    changed++;
  }
  return changed;
}
