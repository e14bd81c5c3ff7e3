import type { FigureDef, Part, Pose } from './poses';

interface Props {
  def: FigureDef;
  /** One pose: a still picture. Several: animated through them in a loop. */
  poses: Pose[];
  /** The accessible name of this picture. */
  title: string;
  desc: string;
  id: string;
}

const fmt = (coords: number[]) => coords.join(' ');

/** SMIL keyframes that hold each pose for a moment before moving on, then loop back to the first. */
function keyframes(poses: Pose[], name: string): { values: string; keyTimes: string } {
  const frames: string[] = [];
  for (const p of poses) frames.push(fmt(p[name]), fmt(p[name]));
  frames.push(fmt(poses[0][name]));
  const n = frames.length - 1;
  return { values: frames.join(';'), keyTimes: frames.map((_, i) => (i / n).toFixed(4)).join(';') };
}

function changes(poses: Pose[], name: string): boolean {
  return poses.some((p) => fmt(p[name]) !== fmt(poses[0][name]));
}

function renderPart(part: Part, poses: Pose[], dur: string) {
  const cls = `fig-${part.kind} fig-${part.tone ?? 'body'}`;
  const first = poses[0][part.name];
  const animated = poses.length > 1 && changes(poses, part.name);
  if (part.kind === 'circle') {
    const [cx, cy] = first;
    const anim = animated
      ? (['cx', 'cy'] as const).map((attr, i) => {
          const frames = keyframes(
            poses.map((p) => ({ [part.name]: [p[part.name][i]] })),
            part.name,
          );
          return <animate key={attr} attributeName={attr} dur={dur} repeatCount="indefinite" {...frames} />;
        })
      : null;
    return (
      <circle key={part.name} class={cls} cx={cx} cy={cy} r={part.r ?? 8}>
        {anim}
      </circle>
    );
  }
  const Tag = part.kind === 'shape' ? 'polygon' : 'polyline';
  return (
    <Tag key={part.name} class={cls} points={fmt(first)} style={part.width ? { strokeWidth: part.width } : undefined}>
      {animated ? <animate attributeName="points" dur={dur} repeatCount="indefinite" {...keyframes(poses, part.name)} /> : null}
    </Tag>
  );
}

/** A Midbreak figure drawn as inline SVG: still, or looping between its poses with SMIL. */
export function StickFigure({ def, poses, title, desc, id }: Props) {
  const dur = `${def.cycleSec * (poses.length / 2)}s`;
  return (
    <svg class="stick-figure" viewBox="0 0 120 120" role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {def.parts.map((part) => renderPart(part, poses, dur))}
    </svg>
  );
}
