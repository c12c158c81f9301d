import { parseDay } from '../annotators/dates.js';
import type { RenderOptions } from '../batch/render.js';
import { parseFields } from '../model/output.js';
import { nearest } from '../suggest.js';
import { FORMATS, MACHINE_FORMATS, type Format } from '../writers/index.js';
import { HttpError } from './errors.js';

/** What a request may ask for: the CLI's per-article output options, nothing more (see docs/SERVE.md). */
export interface RequestOptions {
  render: RenderOptions;
  /** `?id=`: the article's id for a text/plain body (default `-`, as for stdin). */
  id?: string;
}

/**
 * The query parameters `POST /annotate` takes, named as the CLI's options: `format`, `explain`,
 * `only`, `date`, `include-text`, and `id` for a plain-text body. They choose what is written, never
 * where from: no parameter names a file, a lexicon or a config setting, and an unknown one is a 400
 * (a misspelt `?fromat=` would otherwise be silently ignored).
 */
const PARAMS = ['format', 'explain', 'only', 'date', 'include-text', 'id'] as const;

export function parseRequestOptions(search: URLSearchParams, stream: boolean): RequestOptions {
  const seen = new Map<string, string>();
  for (const [key, value] of search) {
    if (!(PARAMS as readonly string[]).includes(key)) {
      const near = nearest(key, PARAMS);
      throw new HttpError(400, 'unknown_option', `unknown query parameter '${key}'${near ? ` — did you mean '${near}'?` : ''} (known: ${PARAMS.join(', ')})`);
    }
    if (seen.has(key)) throw new HttpError(400, 'bad_option', `query parameter '${key}' given twice`);
    seen.set(key, value);
  }
  const formatValue = seen.get('format');
  const format = (formatValue ?? (stream ? 'jsonl' : 'json')) as Format;
  if (!FORMATS.includes(format)) throw new HttpError(400, 'bad_option', `unknown format '${formatValue}' (use ${FORMATS.join(', ')})`);
  if (stream && format !== 'jsonl') throw new HttpError(400, 'bad_option', `an application/x-ndjson body is answered as JSONL only, not format=${format} (one article per request for the other formats)`);
  const render: RenderOptions = { format };
  const explain = flag(seen, 'explain');
  if (explain) render.explain = true;
  const includeText = flag(seen, 'include-text');
  if (includeText) render.includeText = true;
  const only = seen.get('only');
  if (only !== undefined) {
    if (!MACHINE_FORMATS.includes(format)) throw new HttpError(400, 'bad_option', `only works with format ${MACHINE_FORMATS.join(', ')}, not ${format}`);
    try {
      render.only = parseFields(only);
    } catch (error) {
      throw new HttpError(400, 'bad_option', (error as Error).message.replace(/^--only/, 'only'));
    }
  }
  const date = seen.get('date');
  if (date !== undefined) {
    if (!(/^\d{4}-\d{2}-\d{2}$/.test(date) && parseDay(date))) throw new HttpError(400, 'bad_option', `date must be a date as YYYY-MM-DD, not '${date}'`);
    render.referenceDate = date;
  }
  const id = seen.get('id');
  if (id !== undefined && stream) throw new HttpError(400, 'bad_option', 'id names the article of a text/plain body; in a JSONL stream each line has its own "id"');
  return id === undefined ? { render } : { render, id };
}

/** `?explain`, `?explain=1`, `?explain=true` turn a flag on; `0` and `false` leave it off. */
function flag(seen: Map<string, string>, key: string): boolean {
  const value = seen.get(key);
  if (value === undefined) return false;
  if (value === '' || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new HttpError(400, 'bad_option', `${key} is a flag: give it without a value, or as 1, true, 0 or false, not '${value}'`);
}
