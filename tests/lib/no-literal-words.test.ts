import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 15: no user-visible words in components, stores, adapters, the worker or the
// pages' entry points: they come from locales/<lang>.yml. This walks the TypeScript syntax
// of every such file and reports text between JSX tags, words in attributes a person reads
// or hears (aria-label, title, placeholder, alt, label), and string literals that read as
// words (two or more words, or a sentence). A literal no person ever sees (a developer's
// error, a log line) is marked on its line with `// not shown: <why>`, a declaration of
// such words just above it. The pure core (lib/) is scanned too: its content is keys.

const ROOT = resolve(__dirname, '../..');
const SCANNED = ['components', 'entrypoints', 'lib'];
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Attributes no person reads: names, classes, links, ids, the SVG's geometry. */
const MACHINE_ATTRIBUTE = /^(class|className|id|for|htmlFor|type|role|href|rel|target|name|key|ref|style|src|viewBox|d|fill|stroke|transform|points|method|autocomplete|autoComplete|inputMode|pattern|lang|dir|tabIndex|data-.*|aria-(labelledby|describedby|controls|hidden|live|current|pressed|expanded|busy|checked|selected|atomic|relevant|valuenow|valuemin|valuemax|modal|haspopup|orientation|level|owns))$/;
const EXEMPT = /\/\/ not shown: \S/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Reads as words a person would read: a sentence, or two words or more. */
export function readsAsWords(text: string): boolean {
  const t = text.trim();
  if (!/\p{L}/u.test(t)) return false;
  // CSS classes and the like: lower-case tokens, one of them hyphenated ('link-button wide').
  if (/^[a-z0-9_-]+(\s+[a-z0-9_-]+)*$/.test(t) && /-/.test(t)) return false;
  if (/\p{L}{2,}[\s\u00a0]+\p{L}{2,}/u.test(t)) return true;
  return /^\p{Lu}\p{Ll}+.*[.!?…:]$/u.test(t);
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

export function findWords(file: string, code: string): Finding[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = code.split('\n');
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
    if (EXEMPT.test(lines[line]) || (line > 0 && EXEMPT.test(lines[line - 1]))) return;
    found.push({ file: relative(ROOT, file), line: line + 1, text: text.trim().slice(0, 80) });
  };
  const markedNotShown = (node: ts.Node) =>
    (ts.getLeadingCommentRanges(code, node.getFullStart()) ?? []).some((r) => EXEMPT.test(code.slice(r.pos, r.end)));
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    // A whole statement no person reads, marked above it (a file format's column names).
    if (ts.isVariableStatement(node) && markedNotShown(node)) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.expression.getText() === 'console') return;
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      const init = node.initializer;
      if (!init) return;
      if (MACHINE_ATTRIBUTE.test(name)) return;
      if (!SPOKEN_ATTRIBUTES.has(name)) {
        // A component's own props may carry words (a hint, a label).
        if (ts.isStringLiteral(init)) {
          if (readsAsWords(init.text)) report(init, init.text);
        } else ts.forEachChild(init, visit);
        return;
      }
      if (ts.isStringLiteral(init)) {
        if (/\p{L}/u.test(init.text)) report(init, init.text);
        return;
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (readsAsWords(node.text)) report(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (readsAsWords(parts.replace(/\s+/g, ' '))) report(node, node.getText());
      node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('words in code', () => {
  it('none in components, stores, adapters, the worker or the entry points', () => {
    const files = SCANNED.flatMap((dir) => filesUnder(resolve(ROOT, dir)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => findWords(f, readFileSync(f, 'utf8')));
    expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});

describe('the check itself', () => {
  it.each([
    ['<p>Start routine</p>', 1],
    ['<button aria-label="Pause for 1 hour" />', 1],
    ['<div class="status-card wide" data-testid="status" />', 0],
    ["const e = 'Midbreak could not do that';", 1],
    ["const k = 'status.reading'; const c = 'link-button wide';", 0],
    ["throw new Error('useStores() needs a provider.'); // not shown: a developer's mistake", 0],
    ["console.warn('Something went wrong here');", 0],
    ["// not shown: a file format's column names\nconst HEADER = ['routines completed', 'breaks taken'];", 0],
    ["// a list of words\nconst HEADER = ['routines completed', 'breaks taken'];", 2],
    ['<p>{t(\'status.reading\')} · {n}</p>', 0],
    ['const s = `Snooze ${n} min`;', 1],
    ["<Field hint='Minutes of screen time' />", 1],
  ])('%s → %i finding(s)', (code, n) => {
    expect(findWords('x.tsx', code)).toHaveLength(n);
  });
});
