/**
 * A small terminal model for the tests: feeds the bytes a pseudo-terminal received and gives the
 * screen they leave behind — what a person would see. It knows the sequences newsmark, chalk and
 * cli-progress send (cursor moves, erase in line, SGR colours, line wrap on/off, cursor save and
 * restore, cursor hide/show) and throws on anything else, so a new sequence is noticed, not ignored.
 * Every character is one column wide (the tests' texts have no wide characters). The screen keeps
 * every line (no scrolling off), like a scrollback.
 */
export class Screen {
  readonly rows: string[][] = [[]];
  row = 0;
  col = 0;
  private wrap = true;
  private saved: [number, number] | undefined;
  /** Control sequences seen, by kind, for assertions such as "line wrap was never turned off". */
  readonly seen = { wrapOff: 0, cursorSave: 0, cursorRestore: 0, cursorHide: 0, eraseLine: 0 };

  constructor(readonly width = 120) {}

  feed(data: string): this {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ch === '\x1b') {
        i = this.escape(data, i);
        continue;
      }
      switch (ch) {
        case '\r':
          this.col = 0;
          break;
        case '\n':
          this.moveTo(this.row + 1, this.col);
          break;
        case '\b':
          this.col = Math.max(0, Math.min(this.col, this.width - 1) - 1);
          break;
        case '\t':
          this.col = Math.min(this.width - 1, (Math.floor(this.col / 8) + 1) * 8);
          break;
        case '\x07':
          break;
        default:
          if (ch < ' ') throw new Error(`screen: control character ${JSON.stringify(ch)} at ${i}`);
          this.put(ch);
      }
    }
    return this;
  }

  /** The screen as lines of text, trailing spaces and trailing empty lines removed. */
  lines(): string[] {
    const out = this.rows.map((r) => Array.from(r, (c) => c ?? ' ').join('').replace(/\s+$/, ''));
    while (out.length && out.at(-1) === '') out.pop();
    return out;
  }

  private put(ch: string): void {
    if (this.col >= this.width) {
      // The cursor waits past the last column; the next character wraps (or, with wrap off, is
      // written over the last column: output is cut at the margin).
      if (this.wrap) this.moveTo(this.row + 1, 0);
      else this.col = this.width - 1;
    }
    const line = this.line(this.row);
    while (line.length < this.col) line.push(' ');
    line[this.col] = ch;
    this.col++;
  }

  private line(row: number): string[] {
    while (this.rows.length <= row) this.rows.push([]);
    return this.rows[row]!;
  }

  private moveTo(row: number, col: number): void {
    this.row = Math.max(0, row);
    this.line(this.row);
    this.col = Math.max(0, Math.min(col, this.width));
  }

  private escape(data: string, at: number): number {
    const next = data[at + 1];
    if (next === '7') {
      this.seen.cursorSave++;
      this.saved = [this.row, this.col];
      return at + 1;
    }
    if (next === '8') {
      this.seen.cursorRestore++;
      if (this.saved) this.moveTo(...this.saved);
      return at + 1;
    }
    if (next !== '[') throw new Error(`screen: unknown escape ESC ${JSON.stringify(next)} at ${at}`);
    const match = /^\[([?]?)([\d;]*)([A-Za-z])/.exec(data.slice(at + 1, at + 40));
    if (!match) throw new Error(`screen: unreadable CSI at ${at}: ${JSON.stringify(data.slice(at, at + 12))}`);
    const [all, privateMark, params, final] = match;
    const nums = params!.split(';').map((p) => (p === '' ? undefined : Number(p)));
    const n = nums[0] ?? 1;
    if (privateMark) {
      if (params === '7' && final === 'l') (this.seen.wrapOff++, (this.wrap = false));
      else if (params === '7' && final === 'h') this.wrap = true;
      else if (params === '25' && (final === 'l' || final === 'h')) {
        if (final === 'l') this.seen.cursorHide++;
      } else throw new Error(`screen: unknown private sequence ESC[?${params}${final}`);
      return at + all!.length;
    }
    switch (final) {
      case 'm':
        break; // colours and styles: not part of the text
      case 'K': {
        this.seen.eraseLine++;
        const line = this.line(this.row);
        const mode = nums[0] ?? 0;
        if (mode === 0) line.length = Math.min(line.length, this.col);
        else if (mode === 1) for (let c = 0; c <= Math.min(this.col, line.length - 1); c++) line[c] = ' ';
        else line.length = 0;
        break;
      }
      case 'G':
        this.col = Math.max(0, Math.min(n - 1, this.width - 1));
        break;
      case 'A':
        this.moveTo(this.row - n, this.col);
        break;
      case 'B':
        this.moveTo(this.row + n, this.col);
        break;
      case 'C':
        this.col = Math.min(this.width - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      default:
        throw new Error(`screen: unknown sequence ESC[${params}${final}`);
    }
    return at + all!.length;
  }
}

/** A text as a terminal of this width shows it: each line wrapped at the margin. */
export function wrapped(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const chars = Array.from(line);
    if (!chars.length) out.push('');
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join('').replace(/\s+$/, ''));
  }
  return out;
}
