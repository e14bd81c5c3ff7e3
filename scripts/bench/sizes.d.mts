export interface Bytes {
  raw: number;
  gzip: number;
}
export interface BundleSize {
  name: string;
  /** The page's HTML file, or the worker's script. */
  html: string;
  missing: boolean;
  /** The HTML file's own size (zero for the worker). */
  htmlSize: Bytes;
  /** The JS and CSS files, not the HTML. */
  files: ({ file: string } & Bytes)[];
  js: Bytes;
  css: Bytes;
  /** JS + CSS. */
  total: Bytes;
  /** HTML + JS + CSS: what the first load fetches. */
  firstLoad: Bytes;
  /** How many files the first load fetches, the HTML included. */
  fetches: number;
  /** Module preloads of chunks the page does not import statically (should be none). */
  lazyPreloads: string[];
}
export declare const PAGES: { name: string; html: string }[];
export declare function htmlAssets(html: string): string[];
export declare function modulePreloads(html: string): string[];
export declare function jsImports(code: string): string[];
export declare function cssImports(code: string): string[];
export declare function closure(root: string, entries: string[]): string[];
export declare function fileSize(file: string): Bytes;
export declare function measureSizes(root: string): { pages: BundleSize[]; worker: BundleSize };
