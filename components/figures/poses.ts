import type { MessageKey } from '../../lib/i18n';
import type { MovementId } from '../../lib/movements';
import { FIGURES_ON_BACK } from './poses-on-back';
import { FIGURES_ON_FLOOR } from './poses-on-floor';
import { FIGURES_UPRIGHT } from './poses-upright';
import { arcArrow, arrowPts, headFromAbove, hintFade, lerp, lerpPt, LIMB, midJoint, pair, rotate, step, type Pt, type Shape } from './geometry';

/** A movement's picture: the shapes at any phase (0 = start pose, 1 = end pose) and its words. */
export interface FigureDef {
  /** A pure function of the phase, so a clock moves the picture exactly. */
  draw(phase: number): Shape[];
  /** Text alternatives (keys, said by StepFigure): what the picture shows at rest, and at the end of the movement. The name is the movement's (lib/movements.ts). */
  startText: MessageKey;
  endText: MessageKey;
  /** For a movement done in positions (lib/movements.ts `positions`): the phase that draws each, in order. */
  positionPhases?: readonly number[];
}

// Wall angels, from the front: the back, head and hips stay on the wall while the bent arms
// slide from a "goal post" at shoulder height up into a V overhead.
function wallAngels(t: number): Shape[] {
  const shoulder: Pt = [47, 38];
  const upperDeg = lerp(182, 232, t);
  const foreDeg = lerp(270, 256, t);
  return [
    { kind: 'blob', name: 'wall', tone: 'scenery', role: 'still', round: 4, pts: [[14, 2], [106, 2], [106, 110], [14, 110]] },
    { kind: 'limb', name: 'floor', tone: 'scenery', role: 'still', width: 3, pts: [[4, 111], [116, 111]] },
    ...pair((m, s) => [{ kind: 'limb', name: `leg${s}`, tone: 'body', role: 'still', width: LIMB + 1, pts: [m([54, 70]), m([53, 90]), m([52, 107]), m([47, 108])] }]),
    { kind: 'blob', name: 'torso', tone: 'body', role: 'still', round: 8, pts: [[44, 36], [76, 36], [72, 58], [70, 74], [50, 74], [48, 58]] },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'still', width: LIMB, pts: [[60, 22], [60, 34]] },
    { kind: 'disc', name: 'head', tone: 'body', role: 'still', c: [60, 18], r: 10 },
    ...pair((m, s) => {
      const elbow = step(shoulder, 17, upperDeg);
      const wrist = step(elbow, 16, foreDeg);
      return [
        { kind: 'limb', name: `arm${s}`, tone: 'accent', role: 'moving', halo: true, width: LIMB, pts: [m(shoulder), m(elbow), m(wrist)] },
        { kind: 'disc', name: `hand${s}`, tone: 'accent', role: 'moving', c: m(step(wrist, 2, foreDeg)), r: 5.5 },
      ];
    }),
  ];
}

// Shoulder-blade squeezes, from behind: the two blades slide towards the spine and down,
// the shoulders settle and the elbows follow them in.
function squeezes(t: number): Shape[] {
  // The blade's medial top corner moves 9 in (16% of the 56-wide back) and 6 down.
  const anchor = lerpPt([47, 52], [56, 58], t);
  const tilt = lerp(0, -8, t);
  const blade = (m: (p: Pt) => Pt): Pt[] =>
    ([[0, 0], [-14, 3], [-11, 14], [-2, 26]] as Pt[]).map((p) => m(rotate([anchor[0] + p[0], anchor[1] + p[1]], anchor, tilt)));
  const shoulder = lerpPt([39, 50], [41, 54], t);
  const elbow = lerpPt([29, 82], [34, 84], t);
  const wrist = lerpPt([30, 110], [33, 112], t);
  const fade = hintFade(t);
  return [
    { kind: 'blob', name: 'back', tone: 'body', role: 'still', round: 10, pts: [[44, 40], [76, 40], [86, 50], [82, 84], [80, 116], [40, 116], [38, 84], [34, 50]] },
    { kind: 'limb', name: 'neck', tone: 'body', role: 'still', width: LIMB + 3, pts: [[60, 26], [60, 40]] },
    { kind: 'disc', name: 'head', tone: 'body', role: 'still', c: [60, 20], r: 12 },
    { kind: 'limb', name: 'spine', tone: 'groove', role: 'still', width: 2, pts: [[60, 44], [60, 108]] },
    // The arms hang in front of the back's outline (we look from behind), ringed so they read as arms.
    ...pair((m, s) => [{ kind: 'limb', name: `arm${s}`, tone: 'body', role: 'moving', halo: true, width: LIMB, pts: [m(shoulder), m(elbow), m(wrist)] }]),
    ...pair((m, s) => [{ kind: 'blob', name: `blade${s}`, tone: 'accent', role: 'moving', halo: true, round: 4, pts: blade(m) }]),
    ...pair((m, s) => [
      { kind: 'limb', name: `hint${s}`, tone: 'hint', role: 'hint', opacity: fade, width: 3, pts: arrowPts(m([33, 40]), m([44, 47])) },
    ]),
  ];
}

// Seated twist, from above: the person sits on a chair facing down the picture, hips and
// thighs still; the shoulders turn over them and the head follows a little further, one
// hand crossing to the opposite knee, the other reaching behind to the chair.
function twist(t: number): Shape[] {
  const centre: Pt = [60, 42];
  const trunkDeg = lerp(0, 50, t);
  const headDeg = lerp(0, 62, t);
  const turn = (p: Pt, deg = trunkDeg) => rotate(p, centre, deg);
  const shoulderL = turn([41, 41]);
  const shoulderR = turn([79, 41]);
  const handL = lerpPt([49, 70], [31, 30], t);
  const handR = lerpPt([71, 70], [53, 80], t);
  const arm = (name: string, shoulder: Pt, hand: Pt, bend: 1 | -1): Shape => ({
    kind: 'limb',
    name,
    tone: 'body',
    role: 'moving',
    halo: true,
    width: LIMB - 1,
    pts: [shoulder, midJoint(shoulder, hand, 17, 17, bend), hand],
  });
  const fade = hintFade(t);
  return [
    { kind: 'blob', name: 'seat', tone: 'scenery', role: 'still', round: 8, pts: [[34, 28], [86, 28], [86, 76], [34, 76]] },
    { kind: 'limb', name: 'backrest', tone: 'scenery', role: 'still', width: 7, pts: [[30, 22], [90, 22]] },
    ...pair((m, s) => [
      { kind: 'limb', name: `foot${s}`, tone: 'body', role: 'still', width: LIMB - 2, pts: [m([46, 92]), m([45, 104])] },
      { kind: 'limb', name: `thigh${s}`, tone: 'body', role: 'still', width: LIMB + 2, pts: [m([50, 48]), m([47, 86])] },
    ]),
    { kind: 'blob', name: 'hips', tone: 'body', role: 'still', round: 8, pts: [[45, 38], [75, 38], [77, 48], [71, 54], [49, 54], [43, 48]] },
    arm('armL', shoulderL, handL, 1),
    arm('armR', shoulderR, handR, -1),
    { kind: 'limb', name: 'shoulders', tone: 'accent', role: 'moving', halo: true, width: 15, pts: [turn([37, 41]), turn([83, 41])] },
    // The head from above, with the nose as a point on its outline: it shows where the face looks.
    { kind: 'blob', name: 'head', tone: 'body', role: 'moving', halo: true, round: 3, pts: headFromAbove(centre, 9.5, 90 + headDeg) },
    { kind: 'limb', name: 'hint', tone: 'hint', role: 'hint', halo: true, opacity: fade, width: 3, pts: arcArrow(centre, 40, 195, 240) },
  ];
}


/** Every movement's figure, by movement id. */
export const FIGURES: Record<MovementId, FigureDef> = {
  ...FIGURES_UPRIGHT,
  ...FIGURES_ON_BACK,
  ...FIGURES_ON_FLOOR,
  'wall-angels': {
    draw: wallAngels,
    startText: 'routine.wallAngels.startPose',
    endText: 'routine.wallAngels.endPose',
  },
  'shoulder-squeezes': {
    draw: squeezes,
    startText: 'routine.shoulderSqueezes.startPose',
    endText: 'routine.shoulderSqueezes.endPose',
  },
  'seated-twist': {
    draw: twist,
    startText: 'routine.seatedTwist.startPose',
    endText: 'routine.seatedTwist.endPose',
  },
};
