/**
 * Top-level JSON values from a stream of text, one at a time, with the line each starts on: the
 * elements of a top-level array (`newsmark -f json a.txt b.txt` writes one) or values one after
 * another (one object, or JSONL). Only one value is held at a time, so a 2 GB array costs the memory
 * of its largest element. The splitter only finds where each value ends (tracking strings, escapes
 * and nesting); JSON.parse then checks the value itself.
 */
export interface RawValue {
  text: string;
  line: number;
}

export class JsonValueSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** 1 inside a top-level array (its elements are the values), else 0. */
  private base = 0;
  private seenValue = false;
  private parts: string[] = [];
  private collecting = false;
  /** A bare scalar (number, true…) ends at a delimiter rather than a bracket. */
  private scalar = false;
  private startLine = 1;
  private line = 1;

  push(chunk: string): RawValue[] {
    const out: RawValue[] = [];
    let from = -1;
    const finish = (end: number) => {
      this.parts.push(chunk.slice(from, end));
      out.push({ text: this.parts.join(''), line: this.startLine });
      this.parts = [];
      this.collecting = false;
      this.scalar = false;
      from = -1;
    };
    if (this.collecting) from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.collecting) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 92 /* \ */) this.escaped = true;
          else if (c === 34 /* " */) {
            this.inString = false;
            if (this.depth === this.base) finish(i + 1); // a string that is a whole value
          }
          else if (c === 10) this.line++;
          continue;
        }
        if (this.scalar) {
          if (c === 44 || c === 93 || c === 125 || c <= 32) {
            finish(i);
            i--; // the delimiter is read again outside the value
          }
          continue;
        }
        if (c === 34) this.inString = true;
        else if (c === 123 || c === 91) this.depth++;
        else if (c === 125 || c === 93) {
          this.depth--;
          if (this.depth === this.base) finish(i + 1);
        } else if (c === 10) this.line++;
        continue;
      }
      // Between values.
      if (c === 10) {
        this.line++;
        continue;
      }
      if (c <= 32 || c === 0xfeff) continue;
      if (this.base === 1 && c === 44) continue;
      if (this.base === 1 && c === 93) {
        this.base = 0;
        this.depth = 0;
        continue;
      }
      if (c === 91 && this.depth === 0 && !this.seenValue) {
        // The file is one array: its elements are the values.
        this.base = 1;
        this.depth = 1;
        this.seenValue = true;
        continue;
      }
      this.seenValue = true;
      this.collecting = true;
      this.startLine = this.line;
      from = i;
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else this.scalar = true;
    }
    if (this.collecting && from !== -1) this.parts.push(chunk.slice(from));
    return out;
  }

  /** What is left at the end of input: a value that never closed (a truncated file), if any. */
  end(): RawValue | undefined {
    if (!this.collecting) return undefined;
    const rest = { text: this.parts.join(''), line: this.startLine };
    this.parts = [];
    this.collecting = false;
    return rest;
  }
}
