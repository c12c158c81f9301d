/** Every span in an output object (anything with numeric start and end), wherever it sits. */
export function allSpans(value: unknown, out: { start: number; end: number; text?: string; path: string }[] = [], path = ''): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => allSpans(v, out, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') out.push({ start: record.start, end: record.end, text: typeof record.text === 'string' ? record.text : undefined, path });
    for (const [k, v] of Object.entries(record)) if (v && typeof v === 'object') allSpans(v, out, `${path}.${k}`);
  }
  return out;
}

/** The spans that are out of range or whose text is not the slice they cover. */
export function invalidSpans(text: string, output: unknown) {
  return allSpans(output).filter((s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length && (s.text === undefined || text.slice(s.start, s.end) === s.text)));
}
