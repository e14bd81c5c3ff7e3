/** A point in a figure's 120 × 120 drawing box. */
export type Pt = readonly [number, number];

/**
 * How a shape is coloured: the figure's body, the moving part (accent), the scenery (wall,
 * chair, floor), a line drawn into the body (the spine), or a hint arrow.
 */
export type Tone = 'body' | 'accent' | 'scenery' | 'groove' | 'hint';

/**
 * What a shape does as the movement runs: `still` parts never move (the ghost skips them),
 * `moving` parts follow the phase and get a ghost of their start pose, `hint` marks (arrows)
 * come in as the movement reaches its end.
 */
export type Role = 'still' | 'moving' | 'hint';

interface Common {
  name: string;
  tone: Tone;
  role: Role;
  /** A ring in the page's background colour around the shape, to part it from the body behind. */
  halo?: boolean;
  /** 0–1; hints fade in with the phase. */
  opacity?: number;
}

/** A rounded limb: a stroke of constant width through its joints. */
export interface Limb extends Common {
  kind: 'limb';
  pts: Pt[];
  width: number;
}

/** A filled disc (a head, a hand). */
export interface Disc extends Common {
  kind: 'disc';
  c: Pt;
  r: number;
}

/** A filled shape with rounded corners (a torso, a shoulder blade, a chair seat). */
export interface Blob extends Common {
  kind: 'blob';
  pts: Pt[];
  /** Corner rounding: the width of the same-coloured outline. */
  round: number;
}

export type Shape = Limb | Disc | Blob;

/** The box every figure is drawn in. */
export const BOX = 120;

export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

export const lerpPt = (a: Pt, b: Pt, t: number): Pt => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)];

/** Rotates `p` about `centre` by `deg` degrees, clockwise on screen (y points down). */
export function rotate(p: Pt, centre: Pt, deg: number): Pt {
  const a = (deg * Math.PI) / 180;
  const [dx, dy] = [p[0] - centre[0], p[1] - centre[1]];
  return [centre[0] + dx * Math.cos(a) - dy * Math.sin(a), centre[1] + dx * Math.sin(a) + dy * Math.cos(a)];
}

/** The point `len` away from `from` at `deg` degrees (0 = right, 90 = down). */
export function step(from: Pt, len: number, deg: number): Pt {
  const a = (deg * Math.PI) / 180;
  return [from[0] + len * Math.cos(a), from[1] + len * Math.sin(a)];
}

/**
 * Where the middle joint of a two-bone limb goes (an elbow, a knee) so that the bones keep
 * their lengths while the limb reaches from `root` to `tip`; `bend` picks the side it bends to.
 * A tip out of reach straightens the limb towards it.
 */
export function midJoint(root: Pt, tip: Pt, upper: number, lower: number, bend: 1 | -1): Pt {
  const dx = tip[0] - root[0];
  const dy = tip[1] - root[1];
  const d = Math.min(Math.hypot(dx, dy), upper + lower - 1e-6) || 1e-6;
  const along = (upper * upper - lower * lower + d * d) / (2 * d);
  const across = Math.sqrt(Math.max(0, upper * upper - along * along));
  const len = Math.hypot(dx, dy) || 1e-9;
  const [ux, uy] = [dx / len, dy / len];
  return [root[0] + ux * along - uy * across * bend, root[1] + uy * along + ux * across * bend];
}

/** A hint arrow from `from` to `to`, drawn as one stroke with a two-sided head. */
export function arrowPts(from: Pt, to: Pt, head = 5): Pt[] {
  const deg = (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;
  return [from, to, step(to, head, deg + 150), to, step(to, head, deg - 150)];
}

/** A point seen in a mirror down the middle of the box. */
export const mirrorX = (p: Pt): Pt => [BOX - p[0], p[1]];

/** The same shapes seen in a mirror (the other side of a one-sided movement). */
export function mirrorShapes(shapes: Shape[]): Shape[] {
  return shapes.map((s) => (s.kind === 'disc' ? { ...s, c: mirrorX(s.c) } : { ...s, pts: s.pts.map(mirrorX) }));
}

/** The limbs' constant width, shared by every figure so they read as one style. */
export const LIMB = 9;

/** The left-hand shapes and their mirror twins on the right. */
export function pair(make: (m: (p: Pt) => Pt, side: 'L' | 'R') => Shape[]): Shape[] {
  return [...make((p) => p, 'L'), ...make(mirrorX, 'R')];
}

/** How far into its cycle a hint arrow shows: none at the start, fully at the end. */
export const hintFade = (t: number): number => Math.max(0, (t - 0.15) / 0.85);

/** A round head seen from above with a nose pointing at `faceDeg`. */
export function headFromAbove(centre: Pt, r: number, faceDeg: number): Pt[] {
  const pts: Pt[] = [];
  for (let d = 40; d <= 320; d += 20) pts.push(step(centre, r, faceDeg + d));
  return [...pts, step(centre, r + 6, faceDeg)];
}

/** A curved arrow round `centre` from `fromDeg` to `toDeg` (clockwise), for a turn. */
export function arcArrow(centre: Pt, r: number, fromDeg: number, toDeg: number): Pt[] {
  const pts: Pt[] = [];
  for (let d = fromDeg; d <= toDeg; d += 5) pts.push(step(centre, r, d));
  const tip = pts[pts.length - 1];
  return [...pts, step(tip, 5, toDeg + 90 + 150), tip, step(tip, 5, toDeg + 90 - 150)];
}

/** A shape's drawn geometry as plain numbers, for comparing poses. */
export function coords(s: Shape): number[] {
  return s.kind === 'disc' ? [...s.c, s.r] : s.pts.flat();
}
