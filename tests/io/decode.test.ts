// Decoding of text that is not UTF-8 (issue 11): bytes 0x80–0x9F of windows-1252 are curly quotes,
// dashes, € and …, not the C1 control characters Node 20's TextDecoder('windows-1252') gives them
// (nodejs/node#60888); Latin-1 and the other encodings chardet names decode to the same text.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate.js';
import { toOutput } from '../../src/model/output.js';
import { decodeBytes } from '../../src/io/read-input.js';
import { runners } from '../support/cli.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');

/** Bytes from a template: `\xNN` escapes are single bytes, everything else ASCII. */
const bytes = (template: string): Buffer => Buffer.from(template.replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');

describe('windows-1252: the bytes 0x80–0x9F', () => {
  // Each sentence has é (0xE9) too, as real text does; alone, a single high byte says little about the encoding.
  it.each([
    ['curly double quotes 0x93/0x94', 'Caf\\xe9 owner said \\x93We are sad,\\x94 today.', 'Café owner said “We are sad,” today.'],
    ['curly single quotes 0x91/0x92', 'The caf\\xe9\\x92s \\x91new\\x92 menu.', 'The café’s ‘new’ menu.'],
    ['en dash 0x96 and em dash 0x97', 'Caf\\xe9 hours 9\\x9617 \\x97 closed Sundays.', 'Café hours 9–17 — closed Sundays.'],
    ['euro sign 0x80', 'The caf\\xe9 said prices rose by \\x805 after the talks.', 'The café said prices rose by €5 after the talks.'],
    ['ellipsis 0x85 and bullet 0x95', 'Caf\\xe9 news\\x85 \\x95 more to come.', 'Café news… • more to come.'],
    ['trademark 0x99 and per mille 0x89', 'Caf\\xe9 Brand\\x99 up 5\\x89.', 'Café Brand™ up 5‰.'],
  ])('%s', (_, template, expected) => {
    const decoded = decodeBytes(bytes(template), 'a.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(expected);
    expect(decoded.warnings).toEqual(['not valid UTF-8; decoded as windows-1252 (the detected encoding)']);
    // One byte, one UTF-16 unit: no C1 control characters are left.
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('a byte windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) becomes U+FFFD, keeping the length', () => {
    const input = bytes('Caf\\xe9 \\x93ok\\x94 \\x81\\x8d\\x8f\\x90\\x9d end.');
    const decoded = decodeBytes(input, 'a.txt');
    expect(decoded.text).toBe('Café “ok” \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD end.');
    expect(decoded.text.length).toBe(input.length);
  });

  it('the example of issue 11 gives the same quote as its UTF-8 twin: a direct quote with its speaker, not an indirect one', () => {
    const decoded = decodeBytes(bytes('Caf\\xe9 owner Ren\\xe9e Dupont said \\x93We are sad,\\x94 she said.\n'), 'a.txt');
    const twin = 'Café owner Renée Dupont said “We are sad,” she said.\n';
    expect(decoded.text).toBe(twin);
    const quotes = toOutput(annotate(decoded.text)).quotes;
    expect(quotes).toEqual(toOutput(annotate(twin)).quotes);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'We are sad,', speaker: { name: 'Renée Dupont' } });
    expect(quotes[0]!.kind).not.toBe('indirect');
  });

  it('a windows-1252 quote that opens its sentence is a full quote', () => {
    const decoded = decodeBytes(bytes('\\x93We are sad,\\x94 said Ren\\xe9e Dupont, the caf\\xe9 owner.\n'), 'a.txt');
    expect(toOutput(annotate(decoded.text)).quotes).toMatchObject([{ kind: 'full', text: 'We are sad,', speaker: { name: 'Renée Dupont' } }]);
  });
});

describe('Latin-1 (ISO-8859-1): the bytes 0xA0–0xFF', () => {
  it.each([
    ['accented letters', 'Caf\\xe9 owners in M\\xfcnchen and Espa\\xf1a protest.', 'Café owners in München and España protest.'],
    ['pound, degree, copyright', 'Caf\\xe9 entry \\xa35 at 30\\xb0C, \\xa9 2024.', 'Café entry £5 at 30°C, © 2024.'],
    ['guillemets and no-break space', 'Caf\\xe9 \\xabVive la France\\xbb,\\xa0he said.', 'Café «Vive la France»,\u00a0he said.'],
  ])('%s', (_, template, expected) => {
    const decoded = decodeBytes(bytes(template), 'a.txt');
    expect(decoded.text).toBe(expected);
    // With no byte in 0x80–0x9F, ISO-8859-1 and windows-1252 read the same characters.
    expect(['iso-8859-1', 'windows-1252']).toContain(decoded.encoding);
    expect(decoded.warnings[0]).toMatch(/^not valid UTF-8; decoded as (iso-8859-1|windows-1252)/);
  });
});

describe('other encodings chardet names', () => {
  const cyrillic = 'Президент России заявил в понедельник, что переговоры продолжатся на следующей неделе.\n';
  const japanese = '東京都の知事は月曜日、新しい橋を建設すると発表しました。市民は喜んでいます。\n';
  const polish = 'Prezydent Polski oświadczył w poniedziałek, że rozmowy będą kontynuowane w przyszłym tygodniu w Łodzi.\n';
  it.each([
    ['windows-1251', cyrillic],
    ['koi8-r', cyrillic],
    ['shift_jis', japanese],
    ['euc-jp', japanese],
    ['gb18030', '北京市市长星期一表示，新桥将在明年建成。市民对此表示欢迎。\n'],
    ['big5', '台北市市長星期一表示，新橋將在明年建成。市民對此表示歡迎。\n'],
    ['euc-kr', '서울시장은 월요일 새 다리를 내년에 완공할 것이라고 밝혔다. 시민들은 환영했다.\n'],
    ['iso-8859-2', polish],
    ['iso-8859-7', 'Ο πρωθυπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν.\n'],
  ])('%s', (encoding, text) => {
    const decoded = decodeBytes(iconv.encode(text, encoding), 'a.txt');
    expect({ encoding: decoded.encoding, text: decoded.text }).toEqual({ encoding, text });
    expect(decoded.warnings).toEqual([`not valid UTF-8; decoded as ${encoding} (the detected encoding)`]);
  });
});

describe('UTF-8 and its near misses', () => {
  it('valid UTF-8 is decoded without a warning, its BOM not part of the text', () => {
    expect(decodeBytes(Buffer.from('\uFEFF“Yes,” she said.'), 'a.txt')).toEqual({ text: '“Yes,” she said.', encoding: 'utf-8', warnings: [] });
  });

  it('UTF-8 with one broken byte keeps its characters and marks the bad byte with U+FFFD', () => {
    const text = 'Der Bürgermeister sagte: „Wir sind froh“, und die Bürger in Köln und Zürich jubelten über die neue Brücke. ';
    const input = Buffer.concat([Buffer.from(text.repeat(3)), Buffer.from([0xff]), Buffer.from(' Ende.')]);
    const decoded = decodeBytes(input, 'a.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(text.repeat(3) + '\uFFFD Ende.');
    expect(decoded.warnings).toEqual(['not valid UTF-8; decoded as UTF-8 with 1 invalid byte sequence replaced by U+FFFD']);
  });
});

describe.each(runners)('a windows-1252 file through the CLI (%s)', (_, run) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-decode-'));
  const file = path.join(dir, 'cafe.txt');
  fs.writeFileSync(file, bytes('Caf\\xe9 reopens\n\n\\x93We are back,\\x94 said Ren\\xe9e Dupont, the owner, on Monday.\n'));

  it('warns once with what was done and keeps the quote marks', async () => {
    const r = await run(['-f', 'json', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`newsmark: ${file}: warning: not valid UTF-8; decoded as windows-1252 (the detected encoding)\n`);
    const out = JSON.parse(r.stdout);
    expect(out.quotes).toMatchObject([{ kind: 'full', text: 'We are back,', speaker: { name: 'Renée Dupont' } }]);
    expect(out.structure.headline.text).toBe('Café reopens');
  });
});
