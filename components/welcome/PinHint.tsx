import type { JSX } from 'preact';

/** Which browser's toolbar the hint describes (the build knows: one extension package per browser). */
export type ToolbarBrowser = 'chrome' | 'firefox';

/** How to pin the toolbar button: an extension that is not pinned hides its badge, and with it the countdown. */
export function PinHint({ browser }: { browser: ToolbarBrowser }): JSX.Element {
  return (
    <section class="pin-hint" aria-labelledby="pin-title" data-testid="pin-hint">
      <h2 id="pin-title">Keep the countdown in view</h2>
      {browser === 'firefox' ? (
        <p>
          Click the Extensions button (the puzzle piece) in the toolbar, then the gear or <span aria-hidden="true">⋯</span>
          <span class="visually-hidden">more</span> button next to Midbreak, and choose <strong>Pin to Toolbar</strong>.
        </p>
      ) : (
        <p>
          Click the Extensions button (the puzzle piece) next to the address bar, then the pin next to Midbreak.
        </p>
      )}
      <p class="muted">
        Unpinned, its badge is hidden. Pinned, the badge shows the minutes to your next break, and <b>!</b> when one
        is due.
      </p>
    </section>
  );
}
