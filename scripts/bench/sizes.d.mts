export interface Bytes {
  raw: number;
  gzip: number;
}
export interface BundleSize {
  name: string;
  /** The page's HTML file, or the worker's script. */
  html: string;
  missing: boolean;
  files: ({ file: string } & Bytes)[];
  js: Bytes;
  css: Bytes;
  total: Bytes;
}
export declare const PAGES: { name: string; html: string }[];
export declare function htmlAssets(html: string): string[];
export declare function jsImports(code: string): string[];
export declare function cssImports(code: string): string[];
export declare function closure(root: string, entries: string[]): string[];
export declare function fileSize(file: string): Bytes;
export declare function measureSizes(root: string): { pages: BundleSize[]; worker: BundleSize };
