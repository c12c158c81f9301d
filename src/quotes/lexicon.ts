/**
 * Word lists the quote engine reads. Built once per process (module scope), never per article.
 * Lemmas, lower case; `cueLemmas(extra)` adds a team's own verbs from `quotes.cueVerbs`.
 */

/** Verbs of saying, as lemmas: the cue of an attribution ("said", "told", "tweeted"). */
const CUE_VERBS = [
  'say', 'tell', 'add', 'explain', 'argue', 'warn', 'insist', 'note', 'write', 'tweet', 'acknowledge', 'claim', 'state',
  'declare', 'announce', 'assert', 'ask', 'answer', 'reply', 'respond', 'continue', 'conclude', 'confirm', 'deny', 'admit',
  'recall', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'urge', 'call', 'describe', 'complain', 'joke', 'quip',
  'concede', 'contend', 'maintain', 'emphasize', 'emphasise', 'stress', 'report', 'testify', 'observe', 'remark', 'comment',
  'mention', 'caution', 'boast', 'charge', 'accuse', 'allege', 'blast', 'slam', 'tout', 'counter', 'retort', 'shout',
  'yell', 'scream', 'chant', 'whisper', 'post', 'recount', 'characterize', 'reiterate', 'indicate', 'reveal', 'exclaim',
  'proclaim', 'demand', 'lament', 'muse', 'mutter', 'sing', 'read', 'cite', 'criticize', 'condemn', 'praise', 'hail',
  'decry', 'dismiss', 'mock', 'scoff', 'snap', 'thunder', 'plead', 'beg', 'implore', 'assure', 'inform', 'advise',
  'elaborate', 'specify', 'reason', 'wonder', 'question', 'agree', 'disagree', 'object', 'protest', 'rant', 'rail',
  'interject', 'chime', 'scold', 'liken', 'compare', 'tease', 'boast', 'grumble', 'sigh', 'laugh', 'rave', 'gush',
  'swear', 'threaten', 'brag', 'opine', 'posit', 'theorize', 'forecast', 'estimate', 'calculate', 'estimate', 'summarize',
  // Verbs of praise and blame that reporters use to frame a quoted phrase ("lauded him for …", "derided it as …").
  'laud', 'applaud', 'denounce', 'deride', 'ridicule', 'lambaste', 'excoriate', 'concur',
  // Verbs of verdict and labelling: fact-checkers, courts and governments put their judgement in quotes
  // ("PolitiFact rated the claim “false”", "Japan branded North Korea an “outlaw nation”").
  'rate', 'rule', 'brand', 'label', 'deem',
  'reference',
];

/** Cues that introduce a title or a term, not speech: “so-called”, titled “…”, dubbed “…”. */
export const TITLE_CUES = new Set(['titled', 'entitled', 'headlined', 'dubbed', 'nicknamed', 'nickname', 'named', 'renamed', 'billed', 'branded', 'labeled', 'labelled', 'episode', 'broadcast', 'book', 'film', 'movie', 'documentary', 'show', 'series', 'song', 'album', 'column', 'op-ed', 'essay', 'article', 'headline', 'slogan', 'hashtag', 'program', 'programme', 'podcast', 'play', 'novel', 'memoir', 'ad', 'advert', 'spot', 'commentary', 'editorial', 'segment', 'tagline', 'banner', 'sign', 'signs', 'poster', 'placard', 't-shirt', 'hat', 'hats']);
export const TERM_CUES = new Set(['so-called', 'term', 'word', 'words', 'phrase', 'label', 'dubbed', 'nickname', 'nicknamed']);

/** Subject pronouns an attribution may use, with the gender they imply. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'group' | 'self' | 'thing'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'group'], ['we', 'group'], ['i', 'self'], ['it', 'thing'], ['you', 'self'],
]);

/** Adverbs and auxiliaries that may stand between a speaker and the cue: "Blinken also said", "she has repeatedly said". */
export const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'later', 'then', 'once', 'previously', 'earlier', 'again', 'further', 'often', 'repeatedly', 'recently', 'still',
  'reportedly', 'has', 'had', 'have', 'would', 'will', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'be', 'been', 'not',
  'never', 'just', 'simply', 'only', 'even', 'publicly', 'privately', 'flatly', 'bluntly', 'quickly', 'immediately',
  'subsequently', 'recently', 'first', 'initially', 'finally', 'now', 'ultimately', 'openly', 'angrily', 'forcefully',
  'sarcastically', 'jokingly', 'famously', 'memorably', 'pointedly', 'explicitly', 'directly', 'so', 'too', 'herself', 'himself',
]);

/** Nouns that name a person by role: a definite description with one of these heads refers back to a person. */
export const ROLE_NOUNS = new Set([
  'diplomat', 'official', 'president', 'senator', 'secretary', 'minister', 'candidate', 'nominee', 'governor', 'mayor',
  'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'lawmaker', 'congressman',
  'congresswoman', 'representative', 'ambassador', 'envoy', 'general', 'commander', 'chief', 'director', 'executive',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'democrat', 'republican', 'adviser', 'advisor', 'aide',
  'prosecutor', 'judge', 'justice', 'attorney', 'lawyer', 'expert', 'analyst', 'scholar', 'professor', 'economist',
  'author', 'writer', 'reporter', 'journalist', 'host', 'anchor', 'moderator', 'premier', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'officer', 'sheriff', 'manager', 'coach', 'founder', 'owner', 'ceo', 'man', 'woman',
  'veteran', 'activist', 'strategist', 'pollster', 'commissioner', 'delegate', 'speaker', 'head', 'vice', 'incumbent',
  'challenger', 'frontrunner', 'front-runner', 'star', 'actor', 'actress', 'singer', 'player', 'mother', 'father',
]);
export const FEMALE_ROLE = new Set(['spokeswoman', 'congresswoman', 'chairwoman', 'businesswoman', 'woman', 'actress', 'queen', 'princess', 'mother', 'wife', 'daughter', 'sister']);
export const MALE_ROLE = new Set(['spokesman', 'congressman', 'chairman', 'businessman', 'man', 'actor', 'king', 'prince', 'father', 'husband', 'son', 'brother']);

/** Words that make a subject an unnamed or collective source rather than someone to resolve. */
export const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'other', 'others', 'sources', 'officials', 'aides', 'people', 'critics', 'experts', 'analysts', 'observers', 'supporters', 'witnesses', 'residents']);

const HONORIFIC_GENDER = new Map<string, 'male' | 'female'>([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['madam', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'],
]);
export const honorificGender = (word: string): 'male' | 'female' | undefined => HONORIFIC_GENDER.get(word.toLowerCase());

const BASE_CUES = new Set(CUE_VERBS);
let extended: { key: string; set: Set<string> } | undefined;

/** The cue lemmas: the built-in list plus a config's extras (the set is cached per distinct extra list). */
export function cueLemmas(extra: readonly string[] | undefined): ReadonlySet<string> {
  if (!extra?.length) return BASE_CUES;
  const key = extra.join('\u0000');
  if (extended?.key !== key) extended = { key, set: new Set([...BASE_CUES, ...extra.map((w) => w.toLowerCase().trim())]) };
  return extended.set;
}
