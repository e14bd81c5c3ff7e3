import type { FigureDef } from './poses';
import { arrowPts, hintFade, lerp, lerpPt, LIMB, midJoint, rotate, step, type Pt, type Shape } from './geometry';

// Figures of the movement library (issue 12), in the routine player's style (poses.ts):
// the movements done lying on the back. Three are seen from the side, head on the left and
// feet on the right, on a floor line low in the box; the knee drops are seen from above,
// where the knees can be seen falling sideways while the shoulders stay flat.

const LEG = 10;
/** The floor line's centre; the body rests on it. */
const FLOOR = 104;

/** How far a hint has come in: nothing at the start, fully there at the end. */

const floorLine = (): Shape => ({ kind: 'limb', name: 'floor', tone: 'scenery', role: 'still', width: 3, pts: [[4, FLOOR], [116, FLOOR]] });

/** The points of a circle, for round scenery (a foam roller) drawn as a blob. */
function circlePts(c: Pt, r: number, n = 24): Pt[] {
  return Array.from({ length: n }, (_, i) => step(c, r, (360 * i) / n));
}

/** A curved arrow round `centre` from `fromDeg` to `toDeg`, either way round. */
function arcArrow(centre: Pt, r: number, fromDeg: number, toDeg: number): Pt[] {
  const dir = toDeg >= fromDeg ? 1 : -1;
  const pts: Pt[] = [];
  for (let d = fromDeg; dir * (toDeg - d) > 0; d += 5 * dir) pts.push(step(centre, r, d));
  const tip = step(centre, r, toDeg);
  pts.push(tip);
  const heading = toDeg + 90 * dir;
  return [...pts, step(tip, 5, heading + 150), tip, step(tip, 5, heading - 150)];
}

/**
 * The lying figures are drawn at one working scale and then enlarged about a point on the
 * floor line to fill the box's width; limb widths and corner rounding keep their size, so
 * every figure has the same line weights.
 */
function zoom(shapes: Shape[], k: number, cx: number, toX = cx): Shape[] {
  const z = (p: Pt): Pt => [toX + (p[0] - cx) * k, FLOOR + (p[1] - FLOOR) * k];
  return shapes.map((s) => (s.kind === 'disc' ? { ...s, c: z(s.c), r: s.r * k } : { ...s, pts: s.pts.map(z) }));
}

/** A dome standing on a base from `x0` to `x1` at `y`, `h` high: a belly seen from the side. */
function dome(x0: number, x1: number, y: number, h: number, n = 10): Pt[] {
  const [cx, a] = [(x0 + x1) / 2, (x1 - x0) / 2];
  return Array.from({ length: n + 1 }, (_, i): Pt => {
    const d = Math.PI * (1 + i / n);
    return [cx + a * Math.cos(d), y + h * Math.sin(d)];
  });
}

// ── Diaphragmatic breathing, from the side ─────────────────────────────────────────────────
// Lying on the back, knees bent, the far hand on the chest and the near hand on the belly.
// Breathing in through the nose, the belly (the accent) swells and lifts its hand well up;
// the chest and its hand barely move.
function breathing(t: number): Shape[] {
  const shoulder: Pt = [39, 93];
  const hip: Pt = [70, 95];
  const ankle: Pt = [95, 98];
  const rise = lerp(0, 6.5, t);
  // The belly's top (its rounded outline adds 3), the hand resting on it.
  const bellyTop = 89 - rise - 3;
  const bellyHand: Pt = [61, bellyTop - 3.5];
  const chestHand: Pt = [46, lerp(81.5, 80.5, t)];
  const fade = hintFade(t);
  const body: Shape[] = [
    { kind: 'limb', name: 'armFar', tone: 'body', role: 'moving', width: LIMB, pts: [[42, 92], [52, 99], chestHand] },
    { kind: 'limb', name: 'leg', tone: 'body', role: 'still', width: LEG, pts: [hip, midJoint(hip, ankle, 22, 21, -1), ankle, [103, 99]] },
    { kind: 'blob', name: 'torso', tone: 'body', role: 'still', round: 8, pts: [[38, 98], [36, 90], [41, 85.5], [50, 86], [56, 91], [68, 91], [74, 92], [73, 98]] },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'still', width: LIMB, pts: [[26, 95], [38, 94]] },
    { kind: 'disc', name: 'head', tone: 'body', role: 'still', c: [25, 94], r: 8 },
    { kind: 'blob', name: 'belly', tone: 'accent', role: 'moving', round: 6, pts: dome(52, 71, 93, 4 + rise) },
    // The far forearm comes over the top of the chest from the far elbow, to the hand on the chest.
    { kind: 'limb', name: 'forearmFar', tone: 'body', role: 'moving', halo: true, width: LIMB - 1, pts: [[57, lerp(87, 86.5, t)], chestHand] },
    { kind: 'disc', name: 'handChest', tone: 'body', role: 'moving', halo: true, c: chestHand, r: 5 },
    {
      kind: 'limb',
      name: 'armNear',
      tone: 'body',
      role: 'moving',
      halo: true,
      width: LIMB,
      pts: [shoulder, midJoint(shoulder, bellyHand, 16, 17, 1), bellyHand],
    },
    { kind: 'disc', name: 'handBelly', tone: 'accent', role: 'moving', halo: true, c: bellyHand, r: 5 },
    { kind: 'limb', name: 'hintAir', tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arrowPts([25, 66], [25, 80]) },
    { kind: 'limb', name: 'hintBelly', tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arrowPts([61, 70], [61, 58]) },
  ];
  return [floorLine(), ...zoom(body, 1.22, 62, 60)];
}

// ── Gentle rotation lying on the back, from above ──────────────────────────────────────────
// The body lies along the box on a mat, head on the left, arms out flat to the sides. The legs
// are seen a little from the side, so the bent knees stand up above the hips and feet; they
// fall together to one side (down the picture) while the shoulders and arms stay flat.

/** Seen from above and a little from the side: a point at height `z` above the mat shows higher up. */
const seen = (x: number, y: number, z: number): Pt => [x, y - 0.5 * z];

function lyingRotation(t: number): Shape[] {
  const drop = lerp(0, 70, t);
  const leg = (name: string, y: number, halo: boolean): Shape => {
    // Hip, knee and ankle in 3D (x along the body, y across it, z up); the knee turns about the hip–ankle line.
    const [hx, hz, ax, az] = [64, 5, 94, 3];
    const kx = 80;
    const kh = 15; // the knee's height above the hip–ankle line
    const a = (drop * Math.PI) / 180;
    const knee = seen(kx, y + kh * Math.sin(a), 4 + kh * Math.cos(a));
    // The feet roll onto their outer edges: the ankle shifts a little the same way.
    const ankle = seen(ax, y + 2 * Math.sin(a), az);
    const toe = seen(ax + 8, y + 3 * Math.sin(a), 1);
    return { kind: 'limb', name, tone: 'accent', role: 'moving', halo, width: LEG, pts: [seen(hx, y, hz), knee, ankle, toe] };
  };
  const fade = hintFade(t);
  return [
    { kind: 'blob', name: 'mat', tone: 'scenery', role: 'still', round: 4, pts: [[6, 14], [114, 14], [114, 106], [6, 106]] },
    ...([-1, 1] as const).map((s): Shape => ({
      kind: 'limb',
      name: s < 0 ? 'armL' : 'armR',
      tone: 'body',
      role: 'still',
      width: LIMB,
      pts: [[34, 60 + 12 * s], [38, 60 + 26 * s], [43, 60 + 36 * s]],
    })),
    ...([-1, 1] as const).map((s): Shape => ({ kind: 'disc', name: s < 0 ? 'handL' : 'handR', tone: 'body', role: 'still', c: [44.5, 60 + 39 * s], r: 5 })),
    { kind: 'blob', name: 'torso', tone: 'body', role: 'still', round: 8, pts: [[30, 49], [34, 46], [58, 50], [66, 52], [66, 68], [58, 70], [34, 74], [30, 71]] },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'still', width: LIMB + 2, pts: [[20, 60], [30, 60]] },
    { kind: 'disc', name: 'head', tone: 'body', role: 'still', c: [17, 60], r: 9.5 },
    // The leg nearer the side they fall to goes down first; the other lands on it.
    leg('legR', 67, true),
    leg('legL', 53, true),
    { kind: 'limb', name: 'hint', tone: 'hint', role: 'hint', halo: true, opacity: fade, width: 3, pts: arcArrow([80, 60], 24, -70, 40) },
  ];
}

// ── Foam-roller extensions, from the side ──────────────────────────────────────────────────
// The hips rest on the floor, knees bent, a roller across the mid back under the shoulder
// blades, hands behind the head with the elbows up. The upper back (the accent) arches back
// over the roller, the head and arms going with it, and comes back.
function foamRoller(t: number): Shape[] {
  const roller: Pt = [50, 94.5];
  const r = 8;
  const pivot: Pt = [50, 86.5];
  // The trunk rests on the floor at the hips and on the roller: `s` runs from the hips
  // towards the head along the back, `d` out from the back to the front of the body.
  const hips: Pt = [76, 101];
  const len = Math.hypot(pivot[0] - hips[0], pivot[1] - hips[1]);
  const u: Pt = [(pivot[0] - hips[0]) / len, (pivot[1] - hips[1]) / len];
  const n: Pt = [-u[1], u[0]];
  const flip = n[1] > 0 ? -1 : 1; // the front faces up
  const at = (s: number, d: number): Pt => [hips[0] + u[0] * s + n[0] * d * flip, hips[1] + u[1] * s + n[1] * d * flip];
  const arch = lerp(0, -28, t);
  const up = (s: number, d: number): Pt => rotate(at(s, d), pivot, arch);
  const hip = at(5, 9);
  const ankle: Pt = [102, 98];
  const shoulder = up(len + 9, 9);
  const headC = up(len + 22, 8);
  const elbow = up(len + 13, 25);
  const hand = up(len + 22, 1);
  const fade = hintFade(t);
  const body: Shape[] = [
    { kind: 'blob', name: 'roller', tone: 'scenery', role: 'still', round: 2, pts: circlePts(roller, r) },
    { kind: 'limb', name: 'leg', tone: 'body', role: 'still', width: LEG, pts: [hip, midJoint(hip, ankle, 22, 21, -1), ankle, [110, 99]] },
    { kind: 'blob', name: 'lowBack', tone: 'body', role: 'still', round: 8, pts: [at(3, 4), at(len, 4), at(len, 14), at(10, 14), at(3, 12)] },
    { kind: 'blob', name: 'upperBack', tone: 'accent', role: 'moving', round: 8, pts: [up(len - 8, 4), up(len + 11, 4), up(len + 12, 14), up(len + 6, 16), up(len - 8, 14)] },
    { kind: 'limb', name: 'armNear', tone: 'body', role: 'moving', halo: true, width: LIMB, pts: [shoulder, elbow, hand] },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'moving', width: LIMB, pts: [up(len + 10, 8), headC] },
    { kind: 'disc', name: 'head', tone: 'body', role: 'moving', halo: true, c: headC, r: 8 },
    { kind: 'limb', name: 'hint', tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arcArrow(pivot, 34, 232, 205) },
  ];
  return [floorLine(), ...zoom(body, 1.2, 62, 57)];
}

// ── Dead bugs, from the side ───────────────────────────────────────────────────────────────
// On the back, both arms reaching to the ceiling, hips and knees bent to 90°. The far arm
// reaches back overhead towards the floor while the near leg straightens out low over it;
// the back stays flat on the floor, the other arm and leg stay where they are.
function deadBugs(t: number): Shape[] {
  const shoulder: Pt = [40, 93];
  const shoulderFar: Pt = [43, 90];
  const hip: Pt = [70, 95];
  const hipFar: Pt = [73, 92];
  const upLeg = (h: Pt): Pt[] => {
    const knee = step(h, 21, 270);
    const ankle = step(knee, 20, 0);
    return [h, knee, ankle, step(ankle, 6, 290)];
  };
  // The moving leg: the hip opens from 90° to almost straight, the knee straightens.
  const thighDeg = lerp(270, 348, t);
  const shinDeg = lerp(360, 352, t);
  const knee = step(hip, 21, thighDeg);
  const ankle = step(knee, 20, shinDeg);
  const legPts: Pt[] = [hip, knee, ankle, step(ankle, 6, lerp(290, 280, t))];
  // The moving arm: from straight up to back overhead, low over the floor.
  const armDeg = lerp(270, 196, t);
  const wrist = step(shoulderFar, 27, armDeg);
  const fade = hintFade(t);
  return [
    floorLine(),
    { kind: 'limb', name: 'armFar', tone: 'accent', role: 'moving', width: LIMB, pts: [shoulderFar, step(shoulderFar, 14, armDeg), wrist] },
    { kind: 'disc', name: 'handFar', tone: 'accent', role: 'moving', c: step(wrist, 2, armDeg), r: 5 },
    { kind: 'limb', name: 'legFar', tone: 'body', role: 'still', width: LEG, pts: upLeg(hipFar) },
    { kind: 'blob', name: 'torso', tone: 'body', role: 'still', round: 8, pts: [[38, 98], [37, 89], [44, 86], [54, 88], [68, 89], [74, 92], [73, 98]] },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'still', width: LIMB, pts: [[26, 95], [38, 94]] },
    { kind: 'disc', name: 'head', tone: 'body', role: 'still', c: [25, 94], r: 8 },
    { kind: 'limb', name: 'legNear', tone: 'accent', role: 'moving', halo: true, width: LEG, pts: legPts },
    { kind: 'limb', name: 'armNear', tone: 'body', role: 'still', halo: true, width: LIMB, pts: [shoulder, step(shoulder, 14, 270), step(shoulder, 27, 270)] },
    { kind: 'disc', name: 'handNear', tone: 'body', role: 'still', halo: true, c: step(shoulder, 29, 270), r: 5 },
    { kind: 'limb', name: 'hintArm', tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arcArrow(shoulderFar, 38, 262, 212) },
    { kind: 'limb', name: 'hintLeg', tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arrowPts([96, 66], [112, 76]) },
  ];
}

export const FIGURES_ON_BACK: Record<'diaphragmatic-breathing' | 'lying-rotation' | 'foam-roller-extensions' | 'dead-bugs', FigureDef> = {
  'diaphragmatic-breathing': {
    draw: breathing,
    startText: 'figOnBack.breathing.start',
    endText: 'figOnBack.breathing.end',
  },
  'lying-rotation': {
    draw: lyingRotation,
    startText: 'figOnBack.lyingRotation.start',
    endText: 'figOnBack.lyingRotation.end',
  },
  'foam-roller-extensions': {
    draw: foamRoller,
    startText: 'figOnBack.foamRoller.start',
    endText: 'figOnBack.foamRoller.end',
  },
  'dead-bugs': {
    draw: deadBugs,
    startText: 'figOnBack.deadBugs.start',
    endText: 'figOnBack.deadBugs.end',
  },
};
