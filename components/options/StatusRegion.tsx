import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StatusMessage } from '../../lib/stores/settings-store';

/** How long a message stays on screen; an error lasts longer, and its inline message stays anyway. */
const SHOW_MS = { saved: 5000, info: 8000, error: 12000 } as const;

/**
 * The page's live region, floating at the bottom of the window. It stays in the DOM from
 * the first render, because screen readers only announce changes to a region they
 * already know about; a message fades from view after a while but is never re-announced.
 */
export function StatusRegion({ status }: { status: StatusMessage | null }): JSX.Element {
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setHiddenId(status.id), SHOW_MS[status.kind]);
    return () => clearTimeout(timer);
  }, [status]);
  const shown = status && status.id !== hiddenId ? status : null;
  return (
    <p id="status" class={`status status-${shown?.kind ?? 'none'}`} role="status" aria-live="polite" aria-atomic="true">
      {shown && <span key={shown.id}>{shown.text}</span>}
    </p>
  );
}
