import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The element's width in px, following resizes, so an SVG can be drawn at its real size
 * (its text stays readable from 320 px up instead of shrinking with a viewBox). `fallback`
 * until measured, and where there is no layout (tests).
 */
export function useWidth(ref: RefObject<HTMLElement>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
