/**
 * Word lists more than one engine reads: heads of job titles and the words that modify them (the
 * entities' titles and descriptions, the tagger's features, topic labels), and the words that end
 * organization names (the entities' organizations, the tagger's features). Lower case.
 */

/** Heads of job titles ("Secretary", "spokeswoman", "coach"). */
export const TITLE_HEADS = new Set(
  `president minister secretary adviser advisor diplomat ambassador spokesman spokeswoman spokesperson chairman chairwoman
  chair director chief governor senator representative mayor judge justice general commander coach manager premier king
  queen prince princess chancellor envoy official expert analyst professor economist lawyer attorney fellow leader head
  executive ceo founder officer editor correspondent reporter researcher scientist author candidate nominee speaker
  lawmaker legislator congressman congresswoman player striker captain champion counterpart deputy commissioner prosecutor
  inspector secretary-general sheriff pope cardinal bishop rabbi imam activist member partner strategist historian owner
  investor banker trader dealer president-elect administrator superintendent principal dean chancellor negotiator
  observer monitor aide consultant sen rep gov lt gen col adm sgt capt dr prof mr mrs ms spokesmen director-general
  vice-president emir sultan sheikh ayatollah monarch dictator ruler secretary-of-state treasurer auditor general`.split(/\s+/),
);

/** Words that modify a title head ("top", "senior", "foreign": "the top US diplomat", "Foreign Secretary"). */
export const TITLE_MODIFIERS = new Set(
  `top senior former chief deputy acting foreign defense defence national security state prime vice assistant general
  then new interim finance economy economic trade interior justice health education energy environment opposition party
  military policy affairs white house press executive managing associate special federal regional local provincial
  chinese junior political legal research visiting international public senior-level communications commerce
  agriculture transport labor labour home homeland intelligence attorney majority minority house senate shadow`.split(/\s+/),
);

/** Words that end organization names ("Brookings Institution", "State Department", "Apple Inc"). */
export const ORG_SUFFIXES = new Set(
  `inc corp corporation co ltd llc plc group company holdings bank airlines airline motors technologies systems party
  university college institute institution foundation association council commission committee department ministry
  agency bureau office court union federation league club fc united society organization organisation board authority
  fund trust church cooperation alliance network corps command service services news times post journal press
  television radio museum hospital school academy centre center parliament congress senate assembly army navy police`.split(/\s+/),
);
