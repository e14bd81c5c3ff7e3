import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cssImports, htmlAssets, jsImports, measureSizes } from '../../scripts/bench/sizes.mjs';

// How the bench finds what a page loads; the budgets themselves are checked against the
// real build in tests/e2e/size.e2e.ts.

describe('htmlAssets', () => {
  it.each([
    ['a module script', '<script type="module" crossorigin src="/chunks/popup-1.js"></script>', ['/chunks/popup-1.js']],
    ['a module preload', '<link rel="modulepreload" crossorigin href="/chunks/shared.js">', ['/chunks/shared.js']],
    ['a style sheet', "<link rel='stylesheet' href='./assets/popup.css'>", ['./assets/popup.css']],
    ['an icon (not loaded as code)', '<link rel="icon" href="/icon/16.png">', []],
    ['an inline script', '<script>1</script>', []],
    ['a remote script', '<script src="https://example.com/x.js"></script>', []],
  ])('%s', (_name, html, expected) => {
    expect(htmlAssets(html)).toEqual(expected);
  });
});

describe('jsImports', () => {
  it.each([
    ['minified named import', 'import{n as e,t}from"./jsxRuntime-B6.js";e()', ['./jsxRuntime-B6.js']],
    ['side-effect import', 'import"./_virtual_wxt-plugins.js";', ['./_virtual_wxt-plugins.js']],
    ['re-export', 'export{a as b}from"../chunks/x.js"', ['../chunks/x.js']],
    ['namespace import', "import * as s from './signals.js'", ['./signals.js']],
    ['root-relative import', 'import{a}from"/chunks/status.js"', ['/chunks/status.js']],
    ['dynamic import (loaded later, left out)', 'const m=import("./later.js")', []],
    ['bare package (bundled, never left as an import)', 'import{h}from"preact"', []],
  ])('%s', (_name, code, expected) => {
    expect(jsImports(code)).toEqual(expected);
  });
});

describe('cssImports', () => {
  it.each([
    ['@import url()', '@import url("./theme.css");', ['./theme.css']],
    ['@import string', "@import './base.css';", ['./base.css']],
    ['remote @import', '@import url(https://fonts.example/x.css);', []],
  ])('%s', (_name, code, expected) => {
    expect(cssImports(code)).toEqual(expected);
  });
});

describe('measureSizes', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'midbreak-size-test-'));
    write('manifest.json', JSON.stringify({ background: { service_worker: 'background.js' } }));
    write(
      'popup.html',
      '<script type="module" src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/shared.js"><link rel="stylesheet" href="/assets/popup.css">',
    );
    write('chunks/popup.js', 'import{a}from"./shared.js";import"./deep.js";a()');
    write('chunks/shared.js', 'export const a=()=>1');
    write('chunks/deep.js', 'console.log(1)');
    write('assets/popup.css', '@import "./theme.css";body{margin:0}');
    write('assets/theme.css', ':root{--x:1}');
    write('background.js', 'import"./chunks/shared.js";');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('follows a page through its HTML, static imports and @imports, counting each file once', () => {
    const popup = measureSizes(root).pages.find((p) => p.name === 'popup')!;
    expect(popup.files.map((f) => f.file)).toEqual([
      'assets/popup.css',
      'assets/theme.css',
      'chunks/deep.js',
      'chunks/popup.js',
      'chunks/shared.js',
    ]);
    expect(popup.total.raw).toBe(popup.js.raw + popup.css.raw);
    expect(popup.css.raw).toBe('@import "./theme.css";body{margin:0}'.length + ':root{--x:1}'.length);
    expect(popup.total.gzip).toBeGreaterThan(0);
  });

  it('counts the worker with the chunks it imports', () => {
    const { worker } = measureSizes(root);
    expect(worker.files.map((f) => f.file)).toEqual(['background.js', 'chunks/shared.js']);
    expect(worker.css.raw).toBe(0);
  });

  it('marks a page that was not built as missing', () => {
    const options = measureSizes(root).pages.find((p) => p.name === 'options')!;
    expect(options.missing).toBe(true);
    expect(options.files).toEqual([]);
  });
});
