/** Word lists for reading attributes: heads of job titles, words that modify them, organization kinds. */

// The title heads and modifiers and the organization suffixes are shared with the tagger's features
// and the topic labels: they live in src/data/words.ts, below every engine.
export { ORG_SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS } from '../data/words.js';

const ORG_KINDS: [RegExp, string][] = [
  [/^(reuters|ap|afp|xinhua|associated press|agence france-presse|bloomberg|tass|interfax|kyodo|yonhap|ansa|efe|dpa|upi)$/i, 'news agency'],
  [/\b(news agency|press agency|wire service)\b/i, 'news agency'],
  [/\b(party|democrats|republicans|labour|tories|conservatives)\b/i, 'party'],
  [/\b(university|college|institute of technology|school|academy)\b/i, 'university'],
  [/\b(ministry|department|government|administration|agency|commission|council|parliament|congress|senate|police|army|navy|air force|military|cabinet|bureau|office|embassy|pentagon|kremlin|white house|state department|federal reserve|central bank|court)\b/i, 'government'],
  [/\b(inc|corp|corporation|co|ltd|llc|plc|group|company|holdings|bank|airlines?|motors|technologies|systems|ag|sa|nv|gmbh)\.?$/i, 'company'],
  [/\b(times|post|journal|news|herald|tribune|telegraph|guardian|cnn|bbc|nbc|cbs|abc|fox|gazette|magazine|television|radio)\b/i, 'media'],
  [/\b(united nations|nato|european union|world bank|imf|international monetary fund|who|world health organization|opec|wto|asean|apec|african union|g7|g20|red cross|economic cooperation|economic community)\b/i, 'international organization'],
  [/\b(institution|institute|foundation|center|centre|think tank|council on)\b/i, 'institute'],
  [/\b(fc|united|city|club|rovers|athletic)\b/i, 'sports club'],
];

/** An organization's kind when its name says it ("State Department" → government, "Reuters" → news agency). */
export function orgKind(words: readonly string[]): string | undefined {
  const name = words.join(' ');
  for (const [pattern, kind] of ORG_KINDS) if (pattern.test(name)) return kind;
  return undefined;
}

/**
 * Holidays and religious seasons (public calendar facts): dates, never organizations or people
 * ("on Christmas Eve", "after Ramadan"). Lower case, as whole names.
 */
export const HOLIDAYS = new Set(
  [
    'christmas', 'christmas eve', 'christmas day', 'boxing day', 'new year', "new year's", "new year's day", "new year's eve",
    'easter', 'easter sunday', 'easter monday', 'good friday', 'palm sunday', 'ash wednesday', 'lent', 'advent', 'pentecost',
    'whitsun', 'epiphany', 'ramadan', 'eid', 'eid al-fitr', 'eid al-adha', 'eid ul-fitr', 'eid ul-adha', 'diwali', 'holi',
    'hanukkah', 'chanukah', 'passover', 'yom kippur', 'rosh hashanah', 'purim', 'sukkot', 'vesak', 'kwanzaa', 'thanksgiving',
    'thanksgiving day', 'halloween', "valentine's day", "mother's day", "father's day", 'independence day', 'labor day',
    'labour day', 'memorial day', 'veterans day', 'bastille day', "st patrick's day", "st. patrick's day", 'remembrance day',
    'remembrance sunday', 'bonfire night', 'guy fawkes night', 'hogmanay', 'lunar new year', 'chinese new year', 'mardi gras',
    'armistice day', 'australia day', 'canada day', 'juneteenth', 'nowruz',
  ],
);

/**
 * One telling word of each holiday's name ("eve" of "New Year's Eve", "independence" of
 * "Independence Day"; not "new" or "day"), in compromise's normal form: a span near none of them
 * names no holiday, so most spans are ruled out without building anything.
 */
const COMMON_HOLIDAY_WORDS = new Set(['new', 'day', 'may', 'good', 'st', 'st.', 'the']);
export const HOLIDAY_WORDS = new Set(
  [...HOLIDAYS].flatMap((h) => {
    const words = h.split(' ');
    const telling = words.filter((w) => !COMMON_HOLIDAY_WORDS.has(w));
    return (telling.length ? telling : words).flatMap((w) => [w, w.replace(/'/g, ''), w.replace(/'s$/, '')]);
  }),
);

/**
 * Last words of an event's or a competition's name ("the World Cup final", "the Tokyo Olympics",
 * "the Monaco Grand Prix", "the US Open"): events, which CoNLL calls MISC and GUM no entity.
 */
export const EVENT_WORDS = new Set(['cup', 'olympics', 'olympiad', 'paralympics', 'games', 'championship', 'championships', 'prix', 'open', 'final', 'finals', 'marathon', 'festival', 'awards', 'oscars', 'grammys', 'emmys', 'baftas', 'eurovision', 'tournament', 'world series', 'super bowl']);
