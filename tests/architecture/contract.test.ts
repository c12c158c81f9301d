// The stage contract is a type (src/pipeline/annotator.ts): a stage that forgets a layer it provides,
// or reads one it does not require, does not compile. contract.types.ts holds such stages, each under
// a `@ts-expect-error`; this compiles it with the project's compiler options, as is (no error may be
// left: an expected error that went away is TS2578) and with the directives taken out (each must then
// fail, for the reason its comment gives).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, 'tests/architecture/contract.types.ts');

let previous: ts.Program | undefined;

function compile(source: string): ts.Diagnostic[] {
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost({ ...options, noEmit: true });
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === file ? ts.createSourceFile(name, source, lang) : read(name, lang, ...rest));
  // The second compile reuses the first's unchanged files (src/ and the libraries).
  const program = ts.createProgram([file], { ...options, noEmit: true }, host, previous);
  previous = program;
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file && path.resolve(d.file.fileName) === file);
}

const message = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, '\n');

describe('the stage contract, checked by the compiler', () => {
  const source = fs.readFileSync(file, 'utf8');
  const expected = [...source.matchAll(/\/\/ @ts-expect-error -- (.+)/g)].map((m) => m[1]!.replace(/'/g, ''));

  it('compiles as it is: every expected error is there', () => {
    expect(compile(source).map(message)).toEqual([]);
  });

  it('each stage under @ts-expect-error fails for the reason its comment gives', () => {
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const errors = compile(source.replace(/\/\/ @ts-expect-error.*/g, '')).map((d) => message(d).replace(/'/g, ''));
    expect(errors).toHaveLength(expected.length);
    expected.forEach((reason, i) => expect(errors[i]).toContain(reason));
  });
});
