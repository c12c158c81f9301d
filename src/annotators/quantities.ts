import type { Annotator } from '../pipeline/annotator.js';
import type { Quantity, QuantityKind, Token } from '../model/document.js';

/**
 * Quantities: money ("$2.1bn", "€40 million", "142.6 kroner", "£3,500"), percentages ("18%",
 * "4.5 per cent"), measures ("3.2 km", "12 tonnes", "30C") and counts ("6,000 workers", "two million
 * people"), each with its number normalized (`value`, the scale applied) and its unit or currency.
 * A bare number is never a quantity; nor is a number that is part of something else: a date
 * ("March 3", "in 2021"), a year before a noun ("the 2024 elections"), a score or range ("2-1"),
 * a phone number, a time ("10:30"), an ordinal ("3rd"), a name or model ("Boeing 737 jets",
 * "COVID-19 cases", "G7 leaders"), an age ("a 45-year-old man").
 */
export const quantities: Annotator<'blocks' | 'tokens' | 'dates', 'quantities'> = {
  name: 'quantities',
  requires: ['blocks', 'tokens', 'dates'],
  provides: ['quantities'],
  run(doc) {
    const text = doc.text;
    const tokens = doc.layers.tokens;
    const taken = new Uint8Array(text.length);
    for (const d of doc.layers.dates) taken.fill(1, d.start, d.end);
    const found: Quantity[] = [];
    for (const block of doc.layers.blocks) {
      if (block.kind === 'boilerplate') continue;
      for (const q of findQuantities(text, block.start, block.end, tokens, taken)) found.push(q);
    }
    found.sort((a, b) => a.start - b.start);
    return { quantities: found };
  },
};

// ── Numbers ──────────────────────────────────────────────────────────────────────────────────

const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SMALL: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Number words from two up ("one" is mostly a pronoun or "one of"); "twenty-five". */
const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNITS_WORDS.join('|')}))?|${Object.keys(SMALL).join('|')})`;
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, crore: 1e7, lakh: 1e5,
};
/** A scale word after a number: "2.1 billion", "2.1bn", "5 mln"; `m`, `k` and `b` only attached and only for money ("$5m"; "100m" is metres). */
const SCALE_WORDS = '\\s(?:thousand|million|billion|trillion|crore|lakh)s?\\b|\\s?(?:bn|bln|mn|mln|tn|trn)\\b';
const SCALE_MONEY = `(?:${SCALE_WORDS}|(?<=\\d)[mkb]\\b)`;
const AMOUNT = `(?:${DIGITS}|${WORD_NUMBER})(?:${SCALE_WORDS})?`;
const AMOUNT_MONEY = `(?:${DIGITS}|${WORD_NUMBER})${SCALE_MONEY}?`;

/** The number in an amount: digits or number words, times its scale; rounded past float noise. */
export function amountValue(amount: string): number | undefined {
  let lower = amount.toLowerCase().trim();
  let scale = 1;
  const scaled = lower.match(/^(.*?\d|.*?[a-z])\s?(thousand|million|billion|trillion|crore|lakh|bn|bln|mn|mln|tn|trn|[mkb])s?$/);
  if (scaled && !(/[a-z]$/.test(scaled[1]!) && /^[mkb]$/.test(scaled[2]!))) {
    scale = SCALES[scaled[2]!]!;
    lower = scaled[1]!.trim();
  }
  let base: number | undefined;
  if (/^(?:\d[\d,]*(?:\.\d+)?|\.\d+)$/.test(lower)) base = Number(lower.replace(/,/g, ''));
  else {
    const [tens, unit, extra] = lower.split(/[- ]/);
    if (extra !== undefined) return undefined;
    if (TENS[tens!] !== undefined) base = TENS[tens!]! + (unit ? UNITS_WORDS.indexOf(unit) + 1 : 0);
    else if (!unit) base = SMALL[tens!];
    if (unit && !UNITS_WORDS.includes(unit)) base = undefined;
  }
  if (base === undefined || !Number.isFinite(base)) return undefined;
  return Number((base * scale).toPrecision(12));
}

// ── Money ────────────────────────────────────────────────────────────────────────────────────

/** Symbols and codes written before the amount, longest first. A bare `$` is read as US dollars, `¥` as yen. */
const PREFIX_CURRENCY: [string, string][] = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'],
  ['S$', 'SGD'], ['R$', 'BRL'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['฿', 'THB'], ['Rs.', 'INR'], ['Rs', 'INR'],
];
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'KRW', 'RUB', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'ILS', 'NGN', 'KES', 'EGP', 'SAR', 'AED'];
/** Currency words after the amount → ISO code where the word alone tells it ("kroner" is Danish or Norwegian: no code). */
const CURRENCY_WORDS: [RegExp, string | undefined, string][] = [
  [/^(?:u\.?s\.?|american) dollars?$/, 'USD', 'dollars'],
  [/^(?:canadian) dollars?$/, 'CAD', 'dollars'],
  [/^(?:australian) dollars?$/, 'AUD', 'dollars'],
  [/^(?:hong kong) dollars?$/, 'HKD', 'dollars'],
  [/^(?:new zealand) dollars?$/, 'NZD', 'dollars'],
  [/^(?:singapore) dollars?$/, 'SGD', 'dollars'],
  [/^dollars?$/, undefined, 'dollars'],
  [/^euros?$/, 'EUR', 'euros'],
  [/^pounds? sterling$|^sterling$/, 'GBP', 'pounds'],
  [/^pounds?$/, 'GBP', 'pounds'],
  [/^yen$/, 'JPY', 'yen'],
  [/^(?:yuan|renminbi)$/, 'CNY', 'yuan'],
  [/^(?:indian )?rupees?$/, undefined, 'rupees'],
  [/^(?:roubles?|rubles?)$/, 'RUB', 'roubles'],
  [/^(?:mexican )?pesos?$/, undefined, 'pesos'],
  [/^(?:swiss )?francs?$/, undefined, 'francs'],
  [/^(?:kroner|krone)$/, undefined, 'kroner'],
  [/^(?:kronor|krona)$/, 'SEK', 'kronor'],
  [/^zlotys?$/, 'PLN', 'zloty'],
  [/^forints?$/, 'HUF', 'forints'],
  [/^(?:lira|liras)$/, 'TRY', 'lira'],
  [/^rand$/, 'ZAR', 'rand'],
  [/^reais$/, 'BRL', 'reais'],
  [/^ringgit$/, 'MYR', 'ringgit'],
  [/^baht$/, 'THB', 'baht'],
  [/^dinars?$/, undefined, 'dinars'],
  [/^dirhams?$/, 'AED', 'dirhams'],
  [/^(?:riyals?|rials?)$/, undefined, 'riyals'],
  [/^shekels?$/, 'ILS', 'shekels'],
  [/^naira$/, 'NGN', 'naira'],
  [/^shillings?$/, undefined, 'shillings'],
  [/^cents?$/, undefined, 'cents'],
  [/^pence$/, 'GBP', 'pence'],
];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX = `(?:${PREFIX_CURRENCY.map(([s]) => esc(s)).join('|')})`;
const MONEY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${PREFIX}|(?:${CODES.join('|')})\\s?)(${AMOUNT_MONEY})(?![\\p{L}\\p{N}])`, 'gu');
/**
 * An amount and the one space or hyphen after it; the word that follows is looked up in a table
 * (`wordAfter`), not matched by one regex with every currency and unit in it: V8 compiles such a
 * regex with the i and u flags into native code too large for the start-up snapshot
 * (`node --build-snapshot` aborts with "unreachable code" once it has run a few times).
 */
const AMOUNT_MONEY_THEN_SPACE = new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥])(${AMOUNT_MONEY})\\s`, 'giu');
const CURRENCY_PREFIXES = ['u.s. ', 'us ', 'american ', 'canadian ', 'australian ', 'hong kong ', 'new zealand ', 'singapore ', 'indian ', 'mexican ', 'swiss '];
const CURRENCY_NAMES = [
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'pound sterling', 'pounds sterling', 'sterling', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees',
  'rouble', 'roubles', 'ruble', 'rubles', 'peso', 'pesos', 'franc', 'francs', 'kroner', 'krone', 'kronor', 'krona', 'zloty', 'zlotys', 'forint', 'forints',
  'lira', 'liras', 'rand', 'reais', 'ringgit', 'baht', 'dinar', 'dinars', 'dirham', 'dirhams', 'riyal', 'riyals', 'rial', 'rials', 'shekel', 'shekels',
  'naira', 'shilling', 'shillings', 'cent', 'cents', 'pence',
];
/** Every currency phrase written after an amount, lower case (an optional nationality, then the name), and the ISO codes. */
const CURRENCY_PHRASES: ReadonlySet<string> = new Set([...CURRENCY_NAMES, ...CURRENCY_PREFIXES.flatMap((p) => CURRENCY_NAMES.map((n) => p + n)), ...CODES.map((c) => c.toLowerCase())]);
const PENCE = /(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?)p(?![\p{L}\p{N}])/gu;

// ── Percentages and measures ─────────────────────────────────────────────────────────────────

const PERCENT = new RegExp(`(?<![\\p{L}\\p{N}.,])(${AMOUNT})(?:\\s?(%)|\\s(percent|per cent|pct|percentage points?)(?![\\p{L}]))`, 'giu');

/** Unit words (need a space or hyphen before them) and symbols (may also be attached: "3.2km"), with their normal symbol. */
const UNIT_WORDS: [string, string][] = [
  ['square kilometres', 'km²'], ['square kilometers', 'km²'], ['square kilometre', 'km²'], ['square kilometer', 'km²'], ['sq km', 'km²'],
  ['square miles', 'mi²'], ['square mile', 'mi²'], ['sq mi', 'mi²'], ['square metres', 'm²'], ['square meters', 'm²'], ['sq m', 'm²'],
  ['square feet', 'ft²'], ['sq ft', 'ft²'], ['cubic metres', 'm³'], ['cubic meters', 'm³'], ['nautical miles', 'nmi'], ['nautical mile', 'nmi'],
  ['kilometres', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'], ['metres', 'm'], ['meters', 'm'], ['metre', 'm'], ['meter', 'm'],
  ['centimetres', 'cm'], ['centimeters', 'cm'], ['centimetre', 'cm'], ['centimeter', 'cm'], ['millimetres', 'mm'], ['millimeters', 'mm'],
  ['miles', 'mi'], ['mile', 'mi'], ['feet', 'ft'], ['foot', 'ft'], ['inches', 'in'], ['inch', 'in'], ['yards', 'yd'], ['yard', 'yd'],
  ['hectares', 'ha'], ['hectare', 'ha'], ['acres', 'acre'], ['acre', 'acre'],
  ['kilograms', 'kg'], ['kilogrammes', 'kg'], ['kilogram', 'kg'], ['kilos', 'kg'], ['kilo', 'kg'], ['grams', 'g'], ['grammes', 'g'], ['gram', 'g'],
  ['milligrams', 'mg'], ['metric tons', 't'], ['tonnes', 't'], ['tonne', 't'], ['tons', 'ton'], ['ton', 'ton'], ['ounces', 'oz'], ['ounce', 'oz'],
  ['pounds', 'lb'], ['pound', 'lb'],
  ['litres', 'L'], ['liters', 'L'], ['litre', 'L'], ['liter', 'L'], ['gallons', 'gal'], ['gallon', 'gal'], ['barrels', 'bbl'], ['barrel', 'bbl'],
  ['degrees celsius', '°C'], ['degrees fahrenheit', '°F'], ['degrees', '°'], ['degree', '°'], ['knots', 'kn'],
  ['megawatts', 'MW'], ['gigawatts', 'GW'], ['kilowatts', 'kW'], ['terawatts', 'TW'], ['watts', 'W'],
  ['kilowatt-hours', 'kWh'], ['kilowatt hours', 'kWh'], ['megawatt-hours', 'MWh'], ['megawatt hours', 'MWh'], ['gigawatt-hours', 'GWh'], ['terawatt-hours', 'TWh'],
  ['gigabytes', 'GB'], ['terabytes', 'TB'], ['megabytes', 'MB'],
  ['seconds', 's'], ['second', 's'], ['minutes', 'min'], ['minute', 'min'], ['hours', 'h'], ['hour', 'h'], ['days', 'day'], ['day', 'day'],
  ['weeks', 'week'], ['week', 'week'], ['months', 'month'], ['month', 'month'], ['years', 'year'], ['year', 'year'], ['decades', 'decade'], ['decade', 'decade'],
  ['centuries', 'century'], ['century', 'century'],
];
const UNIT_SYMBOLS: [string, string][] = [
  ['km²', 'km²'], ['km2', 'km²'], ['m²', 'm²'], ['m2', 'm²'], ['m³', 'm³'], ['km/h', 'km/h'], ['kph', 'km/h'], ['kmh', 'km/h'], ['mph', 'mph'],
  ['km', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['m', 'm'], ['mi', 'mi'], ['ft', 'ft'], ['kg', 'kg'], ['mg', 'mg'], ['g', 'g'], ['lbs', 'lb'], ['lb', 'lb'], ['oz', 'oz'],
  ['ml', 'mL'], ['mL', 'mL'], ['ha', 'ha'], ['bcm', 'bcm'], ['bpd', 'bbl/day'],
  ['°C', '°C'], ['° C', '°C'], ['°F', '°F'], ['° F', '°F'], ['C', '°C'], ['F', '°F'],
  ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['TWh', 'TWh'], ['kW', 'kW'], ['MW', 'MW'], ['GW', 'GW'], ['TW', 'TW'], ['GB', 'GB'], ['TB', 'TB'], ['MB', 'MB'],
];
/** Symbols that are letters of the alphabet too: only attached to the number ("30C", "100m"), never after a space ("5 C"). */
const ATTACHED_ONLY = new Set(['C', 'F', 'm', 'g', 'mi', 'ha']);
const byLength = (a: [string, string], b: [string, string]) => b[0].length - a[0].length;
const WORD_UNIT = new Map(UNIT_WORDS.map(([w, s]) => [w, s]));
const SYMBOL_UNIT = new Map(UNIT_SYMBOLS.map(([w, s]) => [w, s]));
/** An amount and the space or hyphen before a unit word (looked up by `wordAfter`, as currencies are). */
const AMOUNT_THEN_SPACE = new RegExp(`(?<![\\p{L}\\p{N}.,])(${AMOUNT})(?:\\s|-)`, 'giu');
/** Unit words with their spaces also written as hyphens ("square-kilometre"), lower case. */
const UNIT_PHRASES: ReadonlySet<string> = new Set(UNIT_WORDS.flatMap(([w]) => [w.toLowerCase(), w.toLowerCase().replace(/ /g, '-')]));
const LONGEST_UNIT = Math.max(...UNIT_WORDS.map(([w]) => w.length));
const LONGEST_CURRENCY = Math.max(...[...CURRENCY_PHRASES].map((p) => p.length));

/**
 * The longest phrase of `phrases` (lower case) that `text` has at `at`, ending where a word ends
 * (no letter after it; with `noDigitAfter`, no digit either) — what an alternation of the phrases,
 * longest first, with the i flag and a negative lookahead would match.
 */
function wordAfter(text: string, at: number, phrases: ReadonlySet<string>, longest: number, noDigitAfter: boolean): string | undefined {
  const window = text.slice(at, at + longest).toLowerCase();
  for (let end = window.length; end > 0; end--) {
    if (!phrases.has(window.slice(0, end))) continue;
    const next = text.slice(at + end, at + end + 2);
    if (noDigitAfter ? /^[\p{L}\p{N}]/u.test(next) : /^\p{L}/u.test(next)) continue;
    return text.slice(at, at + end);
  }
  return undefined;
}

/** Every amount that `re` finds followed by one of `phrases`: [match index, amount, phrase], scanning as one regex would. */
function* amountsBefore(piece: string, re: RegExp, phrases: ReadonlySet<string>, longest: number, noDigitAfter: boolean): Generator<[number, string, string]> {
  re.lastIndex = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const phraseAt = m.index + m[0].length;
    const phrase = wordAfter(piece, phraseAt, phrases, longest, noDigitAfter);
    if (phrase === undefined) {
      re.lastIndex = m.index + 1; // not here: look again from the next character, as a regex would
      continue;
    }
    yield [m.index, m[1]!, phrase];
    re.lastIndex = phraseAt + phrase.length;
  }
}
const MEASURE_SYMBOLS = new RegExp(`(?<![\\p{L}\\p{N}.,])(${DIGITS}(?:${SCALE_WORDS})?)(\\s|-)?(${[...UNIT_SYMBOLS].sort(byLength).map(([w]) => esc(w)).join('|')})(?![\\p{L}\\p{N}²³])`, 'gu');

// ── Counts ───────────────────────────────────────────────────────────────────────────────────

const COUNT_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,])(${AMOUNT}|\\d+(?:\\.\\d+)?m)(?![\\p{L}\\p{N}])`, 'giu');

/** Phone numbers: "(202) 555-0100", "555-0123", "+44 20 7946 0958", "202.555.0100". */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{2,4}[\s.-])?\b\d{3}[\s.-]\d{4}\b|\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}\b/g;

/**
 * A number that is part of something else, judged from the characters around it: a score or range
 * ("2-1", "5–10"), a fraction or time ("9/11", "10:30"), a decimal or list in another notation
 * ("1,2"), a code or model ("COVID-19", "G7", "F-16", "No. 10", "#3").
 */
function partOfSomethingElse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 3);
  if (/\d\s?[-–/:]\s?$|\d[.,]$/.test(before)) return true;
  if (/^\s?[-–/:]\s?\d|^[.,]\d/.test(after)) return true;
  if (/\p{L}-?$/u.test(before)) return true;
  if (/(?:\bno\.?|#)\s?$/i.test(before)) return true;
  return false;
}

const YEAR = /^(?:1[89]|20)\d{2}$/;

export function findQuantities(text: string, from: number, to: number, tokens: readonly Token[], taken: Uint8Array): Quantity[] {
  const piece = text.slice(from, to);
  const out: Quantity[] = [];
  const free = (s: number, e: number) => !taken.subarray(s, e).some((x) => x);
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(piece); m; m = PHONE.exec(piece)) taken.fill(1, from + m.index, from + m.index + m[0].length);

  const add = (s: number, e: number, kind: QuantityKind, value: number | undefined, unit?: string, currency?: string, numberStart = s, numberEnd = e) => {
    const start = from + s;
    const end = from + e;
    if (value === undefined || !free(start, end)) return false;
    if (partOfSomethingElse(text, from + numberStart, from + numberEnd)) return false;
    taken.fill(1, start, end);
    const q: Quantity = { start, end, text: text.slice(start, end), kind, value };
    if (unit) q.unit = unit;
    if (currency) q.currency = currency;
    out.push(q);
    return true;
  };

  for (const m of piece.matchAll(MONEY_BEFORE)) {
    const symbol = m[1]!.trim();
    const currency = PREFIX_CURRENCY.find(([s]) => s === symbol)?.[1] ?? (CODES.includes(symbol) ? (symbol === 'RMB' ? 'CNY' : symbol) : undefined);
    const amountStart = m.index! + m[1]!.length;
    // A symbol's amount counts from the symbol, so "$5-10" and "€3/4" are still seen as ranges.
    add(m.index!, m.index! + m[0].length, 'money', amountValue(m[2]!), undefined, currency, amountStart, amountStart + m[2]!.length);
  }
  for (const [index, amount, phrase] of amountsBefore(piece, AMOUNT_MONEY_THEN_SPACE, CURRENCY_PHRASES, LONGEST_CURRENCY, false)) {
    const word = phrase.toLowerCase().replace(/\s+/g, ' ');
    const code = CODES.find((c) => c === phrase);
    const entry = code ? undefined : CURRENCY_WORDS.find(([re]) => re.test(word.replace(/^us /, 'u.s. ')));
    // "50 pounds" of weight or money: money when scaled ("5 million pounds") or said to be sterling.
    if (entry?.[2] === 'pounds' && !/sterling/.test(word) && !/[a-z]$/i.test(amount.trim())) continue;
    const end = index + amount.length + 1 + phrase.length;
    add(index, end, 'money', amountValue(amount), code ? undefined : entry?.[1] ? undefined : entry?.[2], code ?? entry?.[1], index, index + amount.length);
  }
  for (const m of piece.matchAll(PENCE)) add(m.index!, m.index! + m[0].length, 'money', Number(m[1]), 'pence', 'GBP', m.index!, m.index! + m[1]!.length);
  for (const m of piece.matchAll(PERCENT)) {
    const points = m[3] && /point/i.test(m[3]);
    add(m.index!, m.index! + m[0].length, 'percent', amountValue(m[1]!), points ? 'percentage points' : '%', undefined, m.index!, m.index! + m[1]!.length);
  }
  for (const [index, amount, unitWord] of amountsBefore(piece, AMOUNT_THEN_SPACE, UNIT_PHRASES, LONGEST_UNIT, true)) {
    const unitText = unitWord.toLowerCase().replace(/[ -]/g, ' ');
    const symbol = WORD_UNIT.get(unitText) ?? WORD_UNIT.get(unitWord.toLowerCase()) ?? WORD_UNIT.get(unitText.replace(' ', '-'));
    const end = index + amount.length + 1 + unitWord.length;
    if (/^s?-old\b/.test(piece.slice(end))) continue; // "a 45-year-old man", "a 10-month-old": ages
    if (YEAR.test(amount) && piece[index + amount.length] === ' ' && /^(?:year|month|week|day)s?$/i.test(unitWord)) continue; // "2021 year" is no measure
    add(index, end, 'measure', amountValue(amount), symbol, undefined, index, index + amount.length);
  }
  for (const m of piece.matchAll(MEASURE_SYMBOLS)) {
    if (m[2] !== undefined && ATTACHED_ONLY.has(m[3]!)) continue;
    // "5m people" is five million people; "100m" alone is metres.
    if (m[3] === 'm' && countedNoun(text, from + m.index! + m[0].length, tokens)) continue;
    add(m.index!, m.index! + m[0].length, 'measure', amountValue(m[1]!), SYMBOL_UNIT.get(m[3]!), undefined, m.index!, m.index! + m[1]!.length);
  }
  for (const m of piece.matchAll(COUNT_NUMBER)) {
    const s = from + m.index!;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    const amount = m[1]!.replace(/m$/, ' million');
    if (YEAR.test(m[1]!)) continue; // "the 2024 elections": a year before a noun, not 2,024 elections
    const noun = countedNoun(text, e, tokens);
    if (!noun || modelNumber(text, s, tokens)) continue;
    // "the two sides", "both countries' three leaders": a definite number word points back at a known group; it states no quantity.
    if (/^\p{L}/u.test(m[1]!) && /\b(?:the|these|those|both|its|their|our|his|her|your|my)\s+$/i.test(text.slice(Math.max(0, s - 8), s))) continue;
    add(m.index!, noun.end - from, 'count', amountValue(amount), noun.unit, undefined, m.index!, m.index! + m[0].length);
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOT_COUNTED = /^(?:of|percent|per|times|pm|am|p\.m\.|a\.m\.)$/i;

/**
 * The plural noun a number counts, right after it: "6,000 workers", "6,000 dock workers",
 * "two million people" (at most two adjectives or nouns between, no punctuation).
 */
function countedNoun(text: string, end: number, tokens: readonly Token[]): { end: number; unit: string } | undefined {
  let i = tokenFrom(tokens, end);
  const first = tokens[i];
  if (!first || !/^[ \u00a0]$/.test(text.slice(end, first.start))) return undefined;
  for (let n = 0; n < 3 && i < tokens.length; n++, i++) {
    const t = tokens[i]!;
    if (n > 0 && !/^[ \u00a0]$/.test(text.slice(tokens[i - 1]!.end, t.start))) return undefined;
    if (NOT_COUNTED.test(t.text) || t.tags.includes('Date') || t.tags.includes('Value')) return undefined;
    const word = t.text.replace(/['’]s?$/, '');
    if (t.tags.includes('Noun') && t.tags.includes('Plural') && !t.tags.includes('Pronoun')) {
      // "120 police officers": the last of a run of plural nouns is the one counted.
      const next = tokens[i + 1];
      if (next && /^[ \u00a0]$/.test(text.slice(t.end, next.start)) && next.tags.includes('Noun') && next.tags.includes('Plural') && !next.tags.includes('Pronoun') && !NOT_COUNTED.test(next.text)) {
        const nextWord = next.text.replace(/['’]s?$/, '');
        return { end: next.start + nextWord.length, unit: nextWord };
      }
      return { end: t.start + word.length, unit: word };
    }
    if (!(t.tags.includes('Adjective') || (t.tags.includes('Noun') && t.tags.includes('Singular'))) || /[^\p{L}-]/u.test(t.text)) return undefined;
  }
  return undefined;
}

/** A number right after a name is a model or section ("Boeing 737 jets", "Apollo 11 astronauts"), not a count. */
function modelNumber(text: string, start: number, tokens: readonly Token[]): boolean {
  const i = tokenFrom(tokens, start) - 1;
  const prev = tokens[i];
  if (!prev || prev.end > start || !/^\s+$/.test(text.slice(prev.end, start))) return false;
  const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== prev.sentence;
  // At the start of a sentence a capital says nothing, unless the word is a name ("Boeing 737 jets").
  const name = !sentenceStart || prev.tags.includes('ProperNoun') || prev.tags.includes('Organization');
  return /^\p{Lu}/u.test(prev.text) && name && !prev.tags.includes('Date') && !/^(?:The|A|An|Some|About|Nearly|Almost|Over|Around|Roughly|Only|Just)$/.test(prev.text);
}
