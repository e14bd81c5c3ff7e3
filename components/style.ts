// Style sheets of the views a page loads on demand. Linked the usual way, each such sheet
// makes the bundler ship its CSS preloading helper (~0.8 KB gzipped) in the popup's first
// load (issue 13: at most 18 KB). Imported `?inline` as text instead, a view's sheet comes
// in its own chunk and is added here as that chunk runs, before the view first renders.

/** Adds `css` to the page as a style element (a module calls it once, as it loads). */
export function addStyle(css: string): void {
  // Outside a page (the contact sheet renders the figures in Node) there is nothing to style.
  if (typeof document === 'undefined') return;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
