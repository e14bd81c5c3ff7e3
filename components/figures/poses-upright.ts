import type { FigureDef } from './poses';
import { arcArrow, arrowPts, headFromAbove, hintFade, lerp, lerpPt, LIMB, midJoint, mirrorX, pair, step, type Pt, type Shape } from './geometry';

// Figures of the movement library (issue 12), in the routine player's style (poses.ts):
// upright movements. The side views face right, towards the countertop or the band's
// anchor; the views from above show the person's head with its nose, as the seated twist does.

/** Arm bones, as in the wall angels (upper arm 17, forearm 16). */
const UPPER = 17;
const FORE = 16;
/** Leg bones of a side view: hip to knee, knee to ankle (the standing hip sits at y ≈ 70). */
const THIGH = 20;
const SHIN = 19;
/** The trunk of a side view: hip joint to shoulder joint, and its depth from back to front. */
const TRUNK = 36;
const DEPTH = 17;
const FLOOR = 111;

/** A head seen from the side: round, with a small nose where the face looks (`faceDeg`). */
function headSide(centre: Pt, r: number, faceDeg: number): Pt[] {
  const pts: Pt[] = [];
  for (let d = 30; d <= 330; d += 20) pts.push(step(centre, r, faceDeg + d));
  return [...pts, step(centre, r + 3, faceDeg + 8)];
}

/** A kitchen countertop seen from the side, its front edge at x = 90 and its top at `top`. */
function countertop(top: number): Shape {
  return {
    kind: 'blob',
    name: 'countertop',
    tone: 'scenery',
    role: 'still',
    round: 3,
    pts: [[89, top], [119, top], [119, FLOOR], [95, FLOOR], [95, top + 6], [89, top + 6]],
  };
}

const floor = (): Shape => ({ kind: 'limb', name: 'floor', tone: 'scenery', role: 'still', width: 3, pts: [[4, FLOOR], [116, FLOOR]] });

/**
 * A side-view trunk from the hip joint to the shoulder joint as a filled shape, its midline
 * bowed by `bow` (positive: the back rounds up, away from the belly; negative: it sags).
 * `back` is the unit normal pointing out of the back.
 */
function trunkSide(hip: Pt, shoulder: Pt, bow: number): { outline: Pt[]; spine: Pt[]; back: Pt } {
  const [dx, dy] = [shoulder[0] - hip[0], shoulder[1] - hip[1]];
  const len = Math.hypot(dx, dy);
  const [ux, uy] = [dx / len, dy / len];
  // The normal on the back's side: for a trunk facing right it points up and to the left.
  const back: Pt = [uy, -ux];
  const at = (s: number, off: number): Pt => {
    const b = bow * 4 * s * (1 - s) + off;
    return [hip[0] + dx * s + back[0] * b, hip[1] + dy * s + back[1] * b];
  };
  const ss = [-0.08, 0.1, 0.3, 0.5, 0.7, 0.9, 1.1];
  const half = DEPTH / 2;
  const outline = [...ss.map((s) => at(s, half)), ...[...ss].reverse().map((s) => at(s, -half))];
  const spine = [0.05, 0.25, 0.5, 0.75, 0.97].map((s) => at(s, half - 3.5));
  return { outline, spine, back };
}

/** The elbow of an arm held straight from `shoulder` to `hand` (a hair short of locked). */
function straightArm(shoulder: Pt, hand: Pt): Pt {
  const d = Math.hypot(hand[0] - shoulder[0], hand[1] - shoulder[1]);
  return midJoint(shoulder, hand, d * 0.52, d * 0.49, 1);
}

/** A side-view leg from the hip to the toes, the knee bending forward (to the right). */
function legSide(hip: Pt, ankle: Pt, name = 'leg'): Shape {
  const knee = midJoint(hip, ankle, THIGH, SHIN, -1);
  return { kind: 'limb', name, tone: 'body', role: 'still', width: LIMB + 2, pts: [hip, knee, ankle, [ankle[0] + 9, ankle[1] + 1]] };
}

// The countertop versions share one stance: hands on the countertop at hip height, the trunk
// leaning 50° forward and the arms perpendicular to it, so the hands are "under the shoulders".
const COUNTER_TOP = 70;
const HAND_ON_TOP: Pt = [94, COUNTER_TOP - 5];
const STANCE_HIP: Pt = [46, 72];
const STANCE_DEG = 50;
const ANKLE: Pt = [47, 107];

/** The trunk's direction at `deg` of lean, pointing from the hip up to the shoulder. */
const lean = (from: Pt, deg: number, len = TRUNK): Pt => step(from, len, -deg);

// Cat/camel at a countertop, from the side: hips, legs and hands stay put while the back
// rounds up towards the ceiling (the head dropping), then sags the other way (the head
// lifting to look ahead). The trunk is the accent; the line along it is the spine.
function catCamel(t: number): Shape[] {
  const hip = STANCE_HIP;
  const shoulder = lean(hip, STANCE_DEG);
  const bow = lerp(8, -6, t);
  const { outline, spine, back } = trunkSide(hip, shoulder, bow);
  const neckBase = lean(shoulder, STANCE_DEG, 3);
  // The head drops towards the countertop, then lifts to look ahead (kept above the arm).
  const headDeg = lerp(14, -32, t);
  const elbow = straightArm(shoulder, HAND_ON_TOP);
  const mid = lerpPt(hip, shoulder, 0.5);
  const over = (d: number): Pt => [mid[0] + back[0] * d, mid[1] + back[1] * d];
  return [
    countertop(COUNTER_TOP),
    floor(),
    legSide(hip, ANKLE),
    { kind: 'blob', name: 'trunk', tone: 'accent', role: 'moving', round: 8, pts: outline },
    { kind: 'limb', name: 'spine', tone: 'groove', role: 'moving', width: 2, pts: spine },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'moving', width: LIMB + 1, pts: [neckBase, step(neckBase, 9, headDeg)] },
    { kind: 'blob', name: 'head', tone: 'body', role: 'moving', round: 3, pts: headSide(step(neckBase, 16, headDeg), 10, headDeg + 10) },
    { kind: 'limb', name: 'arm', tone: 'body', role: 'still', halo: true, width: LIMB, pts: [shoulder, elbow, HAND_ON_TOP] },
    { kind: 'disc', name: 'hand', tone: 'body', role: 'still', c: HAND_ON_TOP, r: 5.5 },
    { kind: 'limb', name: 'hint', tone: 'hint', role: 'hint', halo: true, opacity: hintFade(t), width: 3, pts: arrowPts(over(30), over(17)) },
  ];
}

// Rock back at a countertop, from the side: the hands stay on the countertop and the feet
// on the floor; the hips push back and a little down, the back staying flat, until the
// arms are long and in line with it. The trunk is the accent.
function rockBack(t: number): Shape[] {
  const hand = HAND_ON_TOP;
  const start = lean(STANCE_HIP, STANCE_DEG);
  const reach = Math.hypot(start[0] - hand[0], start[1] - hand[1]);
  // The end: the hip low and far back, the trunk and the straight arms on one line.
  const hipEnd: Pt = [hand[0] - Math.sqrt((TRUNK + reach) ** 2 - 9 ** 2), hand[1] + 9];
  // Both angles point back from the hand (up-left, then left and a little down), in 90–270°.
  const deg0 = (Math.atan2(start[1] - hand[1], start[0] - hand[0]) * 180) / Math.PI + 360;
  const deg1 = (Math.atan2(hipEnd[1] - hand[1], hipEnd[0] - hand[0]) * 180) / Math.PI;
  const armDeg = lerp(deg0, deg1, t);
  const shoulder = step(hand, reach, armDeg);
  const trunkDeg = lerp(STANCE_DEG, (Math.atan2(hand[1] - hipEnd[1], hand[0] - hipEnd[0]) * -180) / Math.PI, t);
  const hip = step(shoulder, TRUNK, 180 - trunkDeg);
  const { outline, spine, back } = trunkSide(hip, shoulder, 0);
  const neckBase = lean(shoulder, trunkDeg, 3);
  // The neck stays long; at the end the head hangs between the arms, just below them.
  const headDeg = -trunkDeg + lerp(14, 38, t);
  const elbow = straightArm(shoulder, hand);
  const knee = midJoint(hip, ANKLE, THIGH, SHIN, -1);
  const fade = hintFade(t);
  const behind: Pt = [hipEnd[0] + back[0] * 19, hipEnd[1] + back[1] * 19];
  return [
    countertop(COUNTER_TOP),
    floor(),
    { kind: 'limb', name: 'leg', tone: 'body', role: 'moving', width: LIMB + 2, pts: [hip, knee, ANKLE, [ANKLE[0] + 9, ANKLE[1] + 1]] },
    { kind: 'blob', name: 'trunk', tone: 'accent', role: 'moving', round: 8, pts: outline },
    { kind: 'limb', name: 'spine', tone: 'groove', role: 'moving', width: 2, pts: spine },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'moving', width: LIMB + 1, pts: [neckBase, step(neckBase, 9, headDeg)] },
    { kind: 'blob', name: 'head', tone: 'body', role: 'moving', round: 3, pts: headSide(step(neckBase, 16, headDeg), 10, headDeg + 10) },
    { kind: 'limb', name: 'arm', tone: 'body', role: 'moving', halo: true, width: LIMB, pts: [shoulder, elbow, hand] },
    { kind: 'disc', name: 'hand', tone: 'body', role: 'still', c: hand, r: 5.5 },
    { kind: 'limb', name: 'hint', tone: 'hint', role: 'hint', halo: true, opacity: fade, width: 3, pts: arrowPts([behind[0] + 22, behind[1]], [behind[0] + 2, behind[1] + 2]) },
  ];
}

// Chest expansion in a door frame, from above: the two sides of the frame are cut walls at
// the top, the person stands facing them (nose up the picture), hands on the frame a little
// wider than the shoulders. The chest comes forward into the doorway and the arms open out
// to the sides, elbows bending back, while the hands and feet stay where they are.
function chestExpansion(t: number): Shape[] {
  const chestY = lerp(62, 42, t);
  const shoulder: Pt = [43, chestY];
  const hand: Pt = [30, 27];
  const fade = hintFade(t);
  return [
    ...pair((m, s) => [
      { kind: 'blob', name: `wall${s}`, tone: 'scenery', role: 'still', round: 3, pts: [m([-4, 8]), m([30, 8]), m([30, 21]), m([-4, 21])] },
      // The frame: a casing standing a little proud of the wall at the opening's edge.
      { kind: 'blob', name: `frame${s}`, tone: 'scenery', role: 'still', round: 3, pts: [m([27, 5]), m([34, 5]), m([34, 23]), m([27, 23])] },
      { kind: 'limb', name: `foot${s}`, tone: 'body', role: 'still', width: LIMB - 1, pts: [m([52, 67]), m([51, 57])] },
    ]),
    ...pair((m, s) => {
      const elbow = midJoint(shoulder, hand, UPPER + 1, FORE + 1, 1);
      return [
        { kind: 'limb', name: `arm${s}`, tone: 'body', role: 'moving', halo: true, width: LIMB - 1, pts: [m(shoulder), m(elbow), m(hand)] },
        { kind: 'disc', name: `hand${s}`, tone: 'body', role: 'still', c: m(hand), r: 5 },
      ];
    }),
    { kind: 'limb', name: 'shoulders', tone: 'accent', role: 'moving', halo: true, width: 15, pts: [[39, chestY], [81, chestY]] },
    { kind: 'blob', name: 'head', tone: 'body', role: 'moving', halo: true, round: 3, pts: headFromAbove([60, chestY], 9.5, 270) },
    { kind: 'limb', name: 'hint', tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arrowPts([60, 86], [60, 70]) },
    ...pair((m, s) => [
      { kind: 'limb', name: `hintArm${s}`, tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arrowPts(m([25, 56]), m([14, 60]), 4) },
    ]),
  ];
}

// Resisted external rotation, from above: the person faces down the picture, elbows bent
// to a right angle and kept at the sides, a band held in both hands. The forearms swing out
// to the sides like opening gates, the band stretching between the hands, and the shoulders
// draw back a little as the shoulder blades squeeze.
function externalRotation(t: number): Shape[] {
  const back = lerp(0, 3, t);
  const shoulder: Pt = [42, 45 - back];
  const elbow: Pt = [41, 55];
  const foreDeg = lerp(84, 145, t);
  const wrist = step(elbow, FORE + 2, foreDeg);
  const hand = step(wrist, 3, foreDeg);
  const fade = hintFade(t);
  return [
    { kind: 'blob', name: 'chest', tone: 'body', role: 'still', round: 8, pts: [[45, 42], [75, 42], [76, 54], [70, 60], [50, 60], [44, 54]] },
    { kind: 'limb', name: 'band', tone: 'scenery', role: 'moving', width: 4, pts: [hand, mirrorX(hand)] },
    ...pair((m, s) => [
      { kind: 'limb', name: `arm${s}`, tone: 'accent', role: 'moving', halo: true, width: LIMB, pts: [m(shoulder), m(elbow), m(wrist)] },
      { kind: 'disc', name: `hand${s}`, tone: 'accent', role: 'moving', c: m(hand), r: 5.5 },
    ]),
    { kind: 'limb', name: 'shoulders', tone: 'body', role: 'moving', halo: true, width: 15, pts: [[38, 45 - back], [82, 45 - back]] },
    { kind: 'blob', name: 'head', tone: 'body', role: 'still', halo: true, round: 3, pts: headFromAbove([60, 44], 9.5, 90) },
    ...pair((m, s) => [
      { kind: 'limb', name: `hint${s}`, tone: 'hint', role: 'hint', halo: true, opacity: fade, width: 3, pts: arcArrow(elbow, 30, 95, 135).map(m) },
    ]),
  ];
}

// Band rows, from the side: the band is anchored in a door frame at chest height; the person
// stands tall facing it and pulls the hands to the breastbone, the elbows travelling back
// past the body and the shoulders drawing back. The band stretches; the arm is the accent.
function bandRows(t: number): Shape[] {
  const hip: Pt = [46, 70];
  const top: Pt = [48, 36];
  const shoulder = lerpPt([49, 40], [45, 41], t);
  // At the end the forearm lines up with the band, the hand beside the breastbone.
  const hand = lerpPt([81, 46], [51, 50], t);
  const elbow = midJoint(shoulder, hand, UPPER, FORE + 1, 1);
  const anchor: Pt = [103, 46];
  const { outline } = trunkSide(hip, top, 0);
  const fade = hintFade(t);
  return [
    { kind: 'blob', name: 'doorFrame', tone: 'scenery', role: 'still', round: 3, pts: [[104, 2], [114, 2], [114, FLOOR], [104, FLOOR]] },
    floor(),
    { kind: 'disc', name: 'anchor', tone: 'scenery', role: 'still', c: anchor, r: 3 },
    legSide(hip, [38, 107], 'legBack'),
    legSide(hip, [54, 107], 'legFront'),
    { kind: 'blob', name: 'trunk', tone: 'body', role: 'still', round: 8, pts: outline },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'still', width: LIMB + 1, pts: [[49, 34], [51, 24]] },
    { kind: 'blob', name: 'head', tone: 'body', role: 'still', round: 3, pts: headSide([52, 17], 10, 0) },
    { kind: 'limb', name: 'band', tone: 'scenery', role: 'moving', width: 3, pts: [anchor, hand] },
    { kind: 'limb', name: 'arm', tone: 'accent', role: 'moving', halo: true, width: LIMB, pts: [shoulder, elbow, hand] },
    { kind: 'disc', name: 'hand', tone: 'accent', role: 'moving', c: hand, r: 5.5 },
    { kind: 'limb', name: 'hint', tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arrowPts([88, 38], [68, 38]) },
  ];
}

export const FIGURES_UPRIGHT: Record<'cat-camel' | 'rock-back' | 'chest-expansion' | 'external-rotation' | 'band-rows', FigureDef> = {
  'cat-camel': { draw: catCamel, startText: 'figUpright.catCamel.start', endText: 'figUpright.catCamel.end' },
  'rock-back': { draw: rockBack, startText: 'figUpright.rockBack.start', endText: 'figUpright.rockBack.end' },
  'chest-expansion': {
    draw: chestExpansion,
    startText: 'figUpright.chestExpansion.start',
    endText: 'figUpright.chestExpansion.end',
  },
  'external-rotation': {
    draw: externalRotation,
    startText: 'figUpright.externalRotation.start',
    endText: 'figUpright.externalRotation.end',
  },
  'band-rows': { draw: bandRows, startText: 'figUpright.bandRows.start', endText: 'figUpright.bandRows.end' },
};
