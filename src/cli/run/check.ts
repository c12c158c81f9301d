// What `newsmark check` does. Loaded only when that command runs (commands/check.ts holds its options), so
// a cold start loads only the modules the command it runs needs.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { runCheck, type CheckCase } from '../../eval/check.js';
import { formatCheckReport, toGithub } from '../../eval/check-report.js';
import { findFixtures } from '../../eval/fixtures.js';
import { toJunit } from '../../eval/junit.js';
import { EXIT, ExitError } from '../../errors.js';
import { write } from '../../io/write.js';
import type { CliIO } from '../io.js';

export interface CheckCommandOptions {
  ignore?: string[];
  overlap?: boolean | string;
  scores?: boolean;
  update?: boolean;
  reporter: 'text' | 'json' | 'junit' | 'github';
  output?: string;
  config?: string;
}

export async function checkCommand(paths: string[], opts: CheckCommandOptions, io: CliIO): Promise<number> {
  const config = loadConfig(opts.config, io.cwd);
  const settings = config.check ?? {};
  const overlap = overlapOption(opts.overlap ?? settings.overlap);
  const compare = { ignore: [...(settings.ignore ?? []), ...(opts.ignore ?? [])], overlap, scores: opts.scores ?? settings.scores ?? false };

  const { fixtures, problems } = findFixtures(paths.length ? paths : ['fixtures'], io.cwd, !!opts.update);
  const cases: CheckCase[] = problems.map((p) => ({ name: p.path, input: p.path, expected: '', status: 'error', differences: [], error: p.problem, seconds: 0 }));
  if (!fixtures.length && !problems.length) throw new ExitError(`no articles with expected files found in ${paths.length ? paths.join(', ') : 'fixtures/'} (X.txt needs X.expected.yaml; --update creates it for files named explicitly)`);
  cases.push(...(await runCheck(fixtures, { config, compare, update: !!opts.update, cwd: io.cwd })));

  const color = !!io.stdout.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && !(opts.output && opts.reporter === 'text');
  const text = () => formatCheckReport(cases, { color });
  const json = () => JSON.stringify({ ok: cases.every((c) => c.status === 'match' || c.status === 'updated'), articles: cases }, null, 2) + '\n';
  const report = opts.reporter === 'junit' ? toJunit(cases) : opts.reporter === 'json' ? json() : opts.reporter === 'github' ? toGithub(cases) : text();
  if (opts.output) {
    fs.writeFileSync(path.resolve(io.cwd, opts.output), report);
    if (opts.reporter !== 'text') await write(io.stdout, text());
  } else {
    await write(io.stdout, report);
  }
  if (cases.some((c) => c.status === 'error')) return EXIT.fatal;
  return cases.some((c) => c.status === 'differ') ? EXIT.partial : EXIT.ok;
}

/** `--overlap` alone (or `overlap: true`) is any overlap; a number is the least Jaccard ratio. */
function overlapOption(value: boolean | string | number | undefined): false | number {
  if (value === undefined || value === false) return false;
  if (value === true) return 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new ExitError(`--overlap must be a ratio between 0 and 1, not '${value}'`);
  return n;
}
