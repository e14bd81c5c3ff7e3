import { useEffect, useState } from 'preact/hooks';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the user asked for less motion; follows the setting live. `win` is injectable for tests. */
export function useReducedMotion(win: Pick<Window, 'matchMedia'> | undefined = globalThis.window): boolean {
  const query = () => (typeof win?.matchMedia === 'function' ? win.matchMedia(QUERY) : null);
  const [reduced, setReduced] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const mq = query();
    if (!mq) return;
    const onChange = () => setReduced(mq.matches);
    mq.addEventListener?.('change', onChange);
    return () => mq.removeEventListener?.('change', onChange);
  }, [win]);
  return reduced;
}
