import type { EntityType } from '../model/document.js';

/**
 * Photo credits and caption labels, read from the characters (compromise keeps "REUTERS/Jane" as
 * one word): "REUTERS/Jane Doe", "REUTERS/Jane Doe/File Photo", "(AP Photo/Evan Vucci)",
 * "Jane Doe/Reuters", "Photo: AP", "Credit: Jane Doe/Getty Images", "FILE PHOTO: …". The agency is
 * an organization, the photographer beside it a person, and the labels ("Photo", "File Photo",
 * "Credit", "Pool") are no names at all.
 */
export interface CreditPart {
  start: number;
  end: number;
  /** null: a label, never a name. */
  type: EntityType | null;
}

/** Agencies and picture libraries that sign photos. */
const AGENCY = String.raw`(?:REUTERS|Reuters|AP|AFP|EPA|EPA-EFE|EFE|Getty Images|GETTY IMAGES|Getty|Bloomberg|Xinhua|XINHUA|Anadolu|PA|PA Wire|PA Images|Shutterstock|Alamy|dpa|DPA|Kyodo|KYODO|Yonhap|YONHAP|TASS|Tass|ANSA|UPI|NurPhoto|SIPA|Sipa|AAP|Pool|POOL)`;
const LABEL = String.raw`(?:File Photo|FILE PHOTO|File Picture|FILE PICTURE|File|FILE|Pool|POOL|Handout|HANDOUT)`;
/** A photographer's name: one to four capitalized words ("Jane Doe", "Evan Vucci", "Mary-Ann O'Neil"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const AGENCY_RE = new RegExp(`^${AGENCY}$`, 'u');
const LABEL_RE = new RegExp(`^${LABEL}$`, 'u');

/** "REUTERS/Jane Doe/File Photo", "AP Photo/Evan Vucci": agency first. */
const AGENCY_FIRST = new RegExp(String.raw`(?<![\p{L}/])(${AGENCY})((?: Photo| PHOTO)?)/(${NAME})((?:/${LABEL})?)(?![\p{L}])`, 'gu');
/** "Jane Doe/Reuters", "Millis/Reuters", "Evan Vucci/AP Photo": photographer first. */
const NAME_FIRST = new RegExp(String.raw`(?<![\p{L}/])(${NAME})/(${AGENCY})((?: Photo| PHOTO)?)(?![\p{L}])`, 'gu');
/** "Photo: AP", "Credit: …", "Image: …", "FILE PHOTO: …": the label before the colon. */
const COLON_LABEL = /(?<![\p{L}])(File Photo|FILE PHOTO|Photo credit|Photograph|Photo|PHOTO|Picture|Pictures|Image|Images|Credit|Credits|Illustration)s?:/gu;

/** The credit parts in text[from, to). */
export function creditParts(text: string, from: number, to: number): CreditPart[] {
  const slice = text.slice(from, to);
  if (!slice.includes('/') && !slice.includes(':')) return [];
  const out: CreditPart[] = [];
  const add = (start: number, end: number, type: EntityType | null) => {
    if (end > start) out.push({ start: from + start, end: from + end, type });
  };
  for (const m of slice.matchAll(AGENCY_FIRST)) {
    let at = m.index!;
    add(at, at + m[1]!.length, m[1] === 'Pool' || m[1] === 'POOL' ? null : 'org');
    at += m[1]!.length;
    add(at + 1, at + m[2]!.length, null);
    at += m[2]!.length + 1;
    // "REUTERS/File Photo": a label after the slash, no photographer.
    add(at, at + m[3]!.length, LABEL_RE.test(m[3]!) || AGENCY_RE.test(m[3]!) ? (AGENCY_RE.test(m[3]!) ? 'org' : null) : 'person');
    at += m[3]!.length;
    add(at + 1, at + m[4]!.length, null);
  }
  for (const m of slice.matchAll(NAME_FIRST)) {
    const at = m.index!;
    if (out.some((p) => p.start <= from + at && from + at < p.end)) continue;
    const name = m[1]!;
    add(at, at + name.length, LABEL_RE.test(name) ? null : AGENCY_RE.test(name) ? 'org' : 'person');
    const agency = at + name.length + 1;
    add(agency, agency + m[2]!.length, m[2] === 'Pool' || m[2] === 'POOL' ? null : 'org');
    add(agency + m[2]!.length + 1, agency + m[2]!.length + m[3]!.length, null);
  }
  for (const m of slice.matchAll(COLON_LABEL)) {
    add(m.index!, m.index! + m[1]!.length, null);
    // "Photo: AP": an agency right after the label.
    const rest = /^\s*(\S+(?: Images| Wire)?)/u.exec(slice.slice(m.index! + m[0].length));
    if (rest) {
      const word = rest[1]!.replace(/[.,;)]+$/, '');
      const at = m.index! + m[0].length + rest[0].length - rest[1]!.length;
      if (AGENCY_RE.test(word) && !out.some((p) => p.start === from + at)) add(at, at + word.length, 'org');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
