import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { FIREFOX_BUILD } from '../support/firefox';
import { check } from '../support/poll';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/**
 * Warnings that cannot be removed, each with the reason (the README lists them too).
 * Preact's renderer assigns `innerHTML` in its `dangerouslySetInnerHTML` branch; the
 * linter flags the assignment wherever the library is bundled, even though Midbreak never
 * passes that prop. The test accepts the warning only while both stay true.
 */
const KNOWN: { code: string; why: string; applies(w: LintMessage, code: string): boolean }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's dangerouslySetInnerHTML branch; Midbreak never uses that prop",
    applies: (w, source) => {
      const at = (w.column ?? 0) - 1;
      return w.message.includes('innerHTML') && source.slice(Math.max(0, at - 400), at + 400).includes('dangerouslySetInnerHTML');
    },
  },
];

async function lint(dir: string): Promise<LintReport> {
  const bin = resolve('node_modules/.bin/web-ext');
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    maxBuffer: 10 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(stdout) as LintReport;
}

/** The source line a message points at, for a code-context check. */
async function sourceLine(dir: string, w: LintMessage): Promise<string> {
  if (!w.file) return '';
  const text = await readFile(join(dir, w.file), 'utf8');
  return text.split('\n')[(w.line ?? 1) - 1] ?? '';
}

async function usesInnerHtml(): Promise<string[]> {
  const { stdout } = await promisify(execFile)('grep', ['-rlE', 'dangerouslySetInnerHTML|innerHTML', 'components', 'entrypoints', 'lib']).catch(
    () => ({ stdout: '' }),
  );
  return stdout.split('\n').filter(Boolean);
}

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors, and no warnings beyond the known, explained ones', async () => {
    const report = await lint(FIREFOX_BUILD);
    check('no lint errors', report.errors, (e) => e.length === 0);
    const unexplained: LintMessage[] = [];
    for (const w of report.warnings) {
      const source = await sourceLine(FIREFOX_BUILD, w);
      const known = KNOWN.find((k) => k.code === w.code && k.applies(w, source));
      if (known) console.info(`accepted lint warning ${w.code} in ${w.file}: ${known.why}`);
      else unexplained.push(w);
    }
    check('no warnings other than the known ones', unexplained, (u) => u.length === 0);
    if (report.warnings.length) {
      check('no product source using innerHTML (the known warning is only for Preact)', await usesInnerHtml(), (f) => f.length === 0);
    }
  });
});
