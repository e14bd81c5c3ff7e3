import type { JSX } from 'preact';
import type { Shape } from './geometry';

interface Props {
  /** The figure's shapes at the phase shown, back to front. */
  shapes: Shape[];
  /** The moving shapes at the start pose, drawn faintly behind the moving figure. */
  ghost?: Shape[];
  /** The accessible name of this picture, and its longer description. */
  title: string;
  desc: string;
  id: string;
}

const pts = (s: { pts: readonly (readonly [number, number])[] }) => s.pts.map((p) => `${+p[0].toFixed(2)},${+p[1].toFixed(2)}`).join(' ');

function draw(s: Shape, key: string, extra: { halo?: boolean } = {}): JSX.Element {
  const cls = `fig-${s.tone}${extra.halo ? ' fig-halo' : ''}`;
  const opacity = s.opacity !== undefined ? +s.opacity.toFixed(3) : undefined;
  if (s.kind === 'disc') {
    return <circle key={key} class={cls} data-part={s.name} cx={+s.c[0].toFixed(2)} cy={+s.c[1].toFixed(2)} r={s.r + (extra.halo ? 2 : 0)} opacity={opacity} />;
  }
  if (s.kind === 'limb') {
    return <polyline key={key} class={`${cls} fig-limb`} data-part={s.name} points={pts(s)} stroke-width={s.width + (extra.halo ? 4 : 0)} opacity={opacity} />;
  }
  return <polygon key={key} class={`${cls} fig-blob`} data-part={s.name} points={pts(s)} stroke-width={s.round + (extra.halo ? 4 : 0)} opacity={opacity} />;
}

/**
 * One Midbreak figure as inline SVG: filled, rounded shapes in theme colours. Each shape
 * marked with a halo gets a ring of the page's background first, so a limb in front of the
 * body stays readable; the ghost goes in just before the first moving shape.
 */
export function FigureSvg({ shapes, ghost = [], title, desc, id }: Props) {
  const out: JSX.Element[] = [];
  let ghostDrawn = false;
  shapes.forEach((s, i) => {
    if (s.role === 'moving' && !ghostDrawn) {
      ghostDrawn = true;
      if (ghost.length) {
        out.push(
          <g key="ghost" class="fig-ghost" data-testid="figure-ghost">
            {ghost.map((g, j) => draw(g, `g${j}`))}
          </g>,
        );
      }
    }
    if (s.halo) out.push(draw(s, `h${i}`, { halo: true }));
    out.push(draw(s, `s${i}`));
  });
  return (
    <svg class="figure-svg" viewBox="0 0 120 120" role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {out}
    </svg>
  );
}
