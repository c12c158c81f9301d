/**
 * Gold documents as ../shared/eval/README.md describes them: one JSON object a line, with `id`,
 * `text` and the task's annotations, every span a JavaScript string index range (end exclusive).
 * Each task reads only its own fields, so one type with optional layers serves all of them.
 */
export interface GoldSpan {
  start: number;
  end: number;
  text?: string;
}

export interface GoldEntity extends GoldSpan {
  type: string;
  /** gum-news: the head is a proper noun. */
  named?: boolean;
  /** gum-news: the coreference cluster. */
  cluster?: string | number;
}

export interface GoldQuote extends GoldSpan {
  kind?: string;
  speaker?: GoldSpan | null;
  cue?: GoldSpan | null;
}

export interface GoldDoc {
  id: string;
  text: string;
  entities?: GoldEntity[];
  quotes?: GoldQuote[];
  keyphrases?: string[];
  label?: string;
  iptc?: string;
}
