import type { FigureDef } from './poses';
import { arrowPts, hintFade, lerp, lerpPt, LIMB, midJoint, rotate, step, type Pt, type Role, type Shape, type Tone } from './geometry';

// Figures of the movement library (issue 12), in the routine player's style (poses.ts):
// face down on a mat, and on hands and knees. The limbs keep the routine's widths (9, the
// thighs and legs 10–11); the bodies are drawn a little smaller than the standing ones so a
// whole body lying or kneeling fits the box, always on its mat.


const limb = (name: string, tone: Tone, role: Role, width: number, pts: Pt[], halo = false): Shape => ({ kind: 'limb', name, tone, role, width, pts, halo });
const disc = (name: string, tone: Tone, role: Role, c: Pt, r: number, halo = false): Shape => ({ kind: 'disc', name, tone, role, c, r, halo });
const blob = (name: string, tone: Tone, role: Role, round: number, pts: Pt[], halo = false): Shape => ({ kind: 'blob', name, tone, role, round, pts, halo });
const hint = (name: string, pts: Pt[], t: number): Shape => ({
  kind: 'limb',
  name,
  tone: 'hint',
  role: 'hint',
  halo: true,
  width: 3,
  opacity: hintFade(t),
  pts,
});

/** A curved arrow round `centre` from `fromDeg` to `toDeg`, either way round. */
function arcArrow(centre: Pt, r: number, fromDeg: number, toDeg: number, head = 5): Pt[] {
  const n = Math.max(2, Math.ceil(Math.abs(toDeg - fromDeg) / 5));
  const pts: Pt[] = [];
  for (let i = 0; i <= n; i++) pts.push(step(centre, r, lerp(fromDeg, toDeg, i / n)));
  const tip = pts[pts.length - 1];
  const dir = toDeg + (toDeg > fromDeg ? 90 : -90);
  return [...pts, step(tip, head, dir + 150), tip, step(tip, head, dir - 150)];
}

const side = (x: number, p: Pt): Pt => [x * p[0], p[1]];

// ── Face down, seen from above ────────────────────────────────────────────────────────────
// The body lies along a mat, head on the left of the picture, forehead down (we see the back
// of the head), legs long, feet on the right: lying reads at once, where a body upright in
// the picture would look as if it stood. Drawn in its own units (head at the top, x across
// the body), then laid down on the box with a scale so the arms of the Y-T-W still fit.

interface Prone {
  /** From the body's units to the box. */
  at: (p: Pt) => Pt;
  scale: number;
}
const prone = (x0: number, scale: number): Prone => ({ at: (p) => [x0 + p[1] * scale, 60 + p[0] * scale], scale });

/** The mat, the legs, the back with its spine and the head: the still body lying face down. */
function proneBody({ at, scale }: Prone, mat: Pt[]): Shape[] {
  const s = (w: number) => w * scale;
  const legs = [-1, 1].flatMap((x) => {
    const n = x < 0 ? 'L' : 'R';
    return [
      limb(`foot${n}`, 'body', 'still', s(LIMB - 1), [at(side(x, [10.5, 100])), at(side(x, [11, 106]))]),
      limb(`leg${n}`, 'body', 'still', s(LIMB + 2), [at(side(x, [9, 60])), at(side(x, [10, 80])), at(side(x, [10.5, 100]))]),
    ];
  });
  return [
    blob('mat', 'scenery', 'still', 6, mat),
    ...legs,
    blob('back', 'body', 'still', s(9), ([[-14, 12], [14, 12], [21, 18], [20, 34], [16, 48], [17, 62], [-17, 62], [-16, 48], [-20, 34], [-21, 18]] as Pt[]).map(at)),
    limb('neck', 'body', 'still', s(LIMB + 2), [at([0, 2]), at([0, 12])]),
    disc('head', 'body', 'still', at([0, 0]), s(9)),
    limb('spine', 'groove', 'still', s(2), [at([0, 16]), at([0, 58])]),
  ];
}

// Scapular setting lying face down, from above: arms by the sides, the two blades slide in
// towards the spine and down towards the hips; the shoulders settle a little and the arms
// follow them.
function proneSetting(t: number): Shape[] {
  const body = prone(13, 0.97);
  const { at, scale } = body;
  const anchor: Pt = lerpPt([-9, 19], [-3, 24], t);
  const tilt = lerp(0, -8, t);
  const blade = (x: number): Pt[] =>
    ([[0, 0], [-10, 2], [-7.5, 10], [-1.5, 18]] as Pt[]).map((p) => at(side(x, rotate([anchor[0] + p[0], anchor[1] + p[1]], anchor, tilt))));
  // The arms lie on the mat a hand's width from the body; they slide down with the shoulders.
  const shoulder = lerpPt([-20, 19], [-19.5, 21.5], t);
  const elbow = lerpPt([-25.5, 38], [-25, 40], t);
  const wrist = lerpPt([-28, 56], [-27.5, 58], t);
  const hand = lerpPt([-28.5, 60.5], [-28, 62.5], t);
  return [
    ...proneBody(body, [[3, 26], [117, 26], [117, 94], [3, 94]]),
    ...[-1, 1].flatMap((x) => {
      const n = x < 0 ? 'L' : 'R';
      const m = (p: Pt) => at(side(-x, p));
      return [
        limb(`arm${n}`, 'body', 'moving', LIMB * scale, [m(shoulder), m(elbow), m(wrist)], true),
        disc(`hand${n}`, 'body', 'moving', m(hand), 4.6 * scale),
      ];
    }),
    ...[-1, 1].map((x) => blob(`blade${x < 0 ? 'L' : 'R'}`, 'accent', 'moving', 4 * scale, blade(x), true)),
    ...[-1, 1].map((x) => hint(`hint${x < 0 ? 'L' : 'R'}`, [at(side(x, [-25, 9])), at(side(x, [-15, 16]))], t)),
  ];
}

// Y-T-W raises, from above: face down, the arms lifted off the mat (their shadows fall on
// it) sweep from a Y beyond the head, through a T out to the sides, to a W with the elbows
// drawn back to the ribs and the hands out beside the chest.
function ytw(t: number): Shape[] {
  const body = prone(21, 0.85);
  const { at, scale } = body;
  const upperDeg = t < 0.5 ? lerp(240, 180, t * 2) : lerp(180, 118, t * 2 - 1);
  const bend = t < 0.5 ? 0 : lerp(0, 88, t * 2 - 1);
  const shoulder: Pt = [-19, 18];
  const elbow = step(shoulder, 18, upperDeg);
  const wrist = step(elbow, 16, upperDeg + bend);
  const hand = step(elbow, 20.5, upperDeg + bend);
  const arms = (x: number): Shape[] => {
    const n = x < 0 ? 'L' : 'R';
    const m = (p: Pt) => at(side(-x, p));
    // Lifted: each arm's shadow falls a little below it and to the right.
    const sh = (p: Pt): Pt => [m(p)[0] + 3, m(p)[1] + 3];
    return [
      limb(`shadowArm${n}`, 'scenery', 'moving', LIMB * scale, [sh(shoulder), sh(elbow), sh(wrist)]),
      disc(`shadowHand${n}`, 'scenery', 'moving', sh(hand), 4.6 * scale),
      limb(`arm${n}`, 'accent', 'moving', LIMB * scale, [m(shoulder), m(elbow), m(wrist)], true),
      disc(`hand${n}`, 'accent', 'moving', m(hand), 4.6 * scale),
    ];
  };
  return [
    ...proneBody(body, [[3, 4], [117, 4], [117, 116], [3, 116]]),
    ...arms(-1),
    ...arms(1),
    // The sweep of each arm, round its shoulder: from the Y past the T to the W.
    hint('hintL', arcArrow(at([-19, 18]), 44 * scale, 214, 322), t),
    hint('hintR', arcArrow(at([19, 18]), 44 * scale, 146, 38), t),
  ];
}

// ── On hands and knees, seen from the head end ───────────────────────────────────────────
// The person faces us and we look from a little above: the head hangs in front, the flat
// back runs away from us up the picture to the hips, the arms go straight down to the mat
// under the shoulders, the thighs down to the knees behind them. The picture's left arm is
// the one that moves (side 1).

const MAT_FRONT: Pt[] = [[4, 94], [116, 94], [116, 112], [4, 112]];
/** The back, seen from the head end: its far (hip) edge stays, its near (shoulder) edge turns with the chest. */
const HIPS: Pt[] = [[79, 30], [76, 25], [68, 22], [52, 22], [44, 25], [41, 30]];
const SHOULDERS: Pt[] = [[-23, -2], [-22, 5], [22, 5], [23, -2]];
const CHEST_CENTRE: Pt = [60, 54];
const ARM = 48;

/** The still scenery and hips: the mat and the two thighs down to the knees. */
function kneeling(): Shape[] {
  return [
    blob('mat', 'scenery', 'still', 4, MAT_FRONT),
    limb('thighL', 'body', 'still', LIMB + 3, [[49, 40], [48, 97]]),
    limb('thighR', 'body', 'still', LIMB + 3, [[71, 40], [72, 97]]),
  ];
}

/** The chest turned by `deg` about its centre and moved by `by`: a point of it, in the box. */
const chestAt = (deg: number, by: Pt) => (p: Pt): Pt => {
  const q = rotate([CHEST_CENTRE[0] + p[0], CHEST_CENTRE[1] + p[1]], CHEST_CENTRE, deg);
  return [q[0] + by[0], q[1] + by[1]];
};

/** The back from the hips to the shoulders, and the spine along it. */
function back(at: (p: Pt) => Pt): Shape[] {
  const [sl, sr] = [at([-23, -2]), at([23, -2])];
  // The spine: from the middle of the hips to the middle of the shoulders.
  const top = lerpPt(sl, sr, 0.5);
  return [
    blob('back', 'body', 'moving', 10, [...HIPS, ...SHOULDERS.map(at)]),
    limb('spine', 'groove', 'moving', 2, [[60, 26], lerpPt([60, 26], top, 0.85)]),
  ];
}

/** The arm on the picture's right, straight or a little bent, from its shoulder to its hand on the mat. */
function supportArm(shoulder: Pt, role: Role): Shape[] {
  const hand: Pt = [81, 102];
  const elbow = midJoint(shoulder, hand, ARM / 2, ARM / 2, -1);
  return [limb('armR', 'body', role, LIMB + 1, [shoulder, elbow, hand], true), disc('handR', 'body', 'still', [81, 103.5], 5)];
}

// Thread the needle: the left arm lifts and slides under the chest along the mat, palm up,
// past the other hand; its shoulder and the head come down towards the mat and the chest
// turns, the other shoulder rising towards the ceiling.
function threadNeedle(t: number): Shape[] {
  const at = chestAt(lerp(0, -36, t), lerpPt([0, 0], [2, 22], t));
  const shoulderL = at([-19, 0]);
  const shoulderR = at([19, 0]);
  // The hand rises a little off the mat on its way under the chest, then lies on it, palm up.
  const hand: Pt = [lerp(39, 96, t), 102 - 6 * Math.sin(Math.PI * t)];
  const elbow = midJoint(shoulderL, hand, ARM / 2, ARM / 2, 1);
  return [
    ...kneeling(),
    ...back(at),
    limb('armL', 'accent', 'moving', LIMB + 1, [shoulderL, elbow, hand], true),
    disc('handL', 'accent', 'moving', [hand[0] + 2 * t, hand[1] + 1.5 * (1 - t)], 5),
    ...supportArm(shoulderR, 'moving'),
    disc('head', 'body', 'moving', at([0, 9]), 10.5, true),
    hint('hint', arrowPts([62, 116], [100, 116]), t),
    hint('hintTurn', arcArrow(at([0, 0]), 32, -20, -72), t),
  ];
}

// Rotation on hands and knees: the left hand behind the head, the elbow starts pointing down
// at the mat and turns out and up until it points at the ceiling; the chest and head turn
// with it over still hips.
function quadrupedRotation(t: number): Shape[] {
  const deg = lerp(-8, 40, t);
  // The chest turns about the supporting shoulder, which stays where it is, over its hand.
  const pivot: Pt = [78.8, 53.4];
  const turned = rotate([CHEST_CENTRE[0] + 19, CHEST_CENTRE[1]], CHEST_CENTRE, deg);
  const at = chestAt(deg, [pivot[0] - turned[0], pivot[1] - turned[1]]);
  const shoulderL = at([-19, 0]);
  const elbow = step(shoulderL, 23, lerp(96, 262, t));
  // The hand cups the back of the head: it shows at the head's side, the head in front of it.
  const hand = at([-11, 7]);
  return [
    ...kneeling(),
    ...back(at),
    ...supportArm(pivot, 'still'),
    // The hand lies behind the head; we see the arm fold to it.
    limb('armL', 'accent', 'moving', LIMB + 1, [hand, elbow, shoulderL], true),
    disc('handL', 'accent', 'moving', hand, 5.5, true),
    disc('head', 'body', 'moving', at([0, 9]), 10.5, true),
    hint('hint', arcArrow(at([-19, 0]), 27, 150, 240), t),
  ];
}

// ── On hands and knees, seen from the side ───────────────────────────────────────────────

// Bird-dog, from the side, facing right: the near arm reaches forward and the far leg back,
// both level with the back, which stays flat; the far arm and the near knee hold the body.
function birdDog(t: number): Shape[] {
  const floor = 90;
  const shoulder: Pt = [80, 60];
  const hip: Pt = [50, 61];
  const arm = 25;
  // The near arm: from straight down under the shoulder to level, reaching forward.
  const armDeg = lerp(90, -3, t);
  const wrist = step(shoulder, arm, armDeg);
  const hand = step(shoulder, arm + 4, armDeg);
  // The far leg: the thigh swings back from straight down to level and the knee opens.
  const farHip: Pt = [hip[0] - 2, hip[1] - 1];
  const thighDeg = lerp(92, 180, t);
  const knee = step(farHip, 23, thighDeg);
  const ankle = step(knee, 21, 180);
  const toe = step(ankle, 6, lerp(140, 95, t));
  return [
    blob('mat', 'scenery', 'still', 4, [[2, floor + 1], [118, floor + 1], [118, floor + 6], [2, floor + 6]]),
    // Behind the body: the far arm holding it up, the far leg moving.
    limb('farArm', 'body', 'still', LIMB, [[shoulder[0] + 3, shoulder[1]], [84, floor - 5]]),
    disc('farHand', 'body', 'still', [85, floor - 4], 4.5),
    limb('farLeg', 'accent', 'moving', LIMB + 2, [farHip, knee, ankle, toe], true),
    blob('torso', 'body', 'still', 8, [[42, 56], [52, 52], [82, 52], [88, 57], [86, 66], [76, 69], [52, 69], [42, 66]]),
    limb('neck', 'body', 'still', LIMB + 2, [[84, 58], [93, 62]]),
    disc('head', 'body', 'still', [98, 64], 8.5),
    // In front: the near knee on the mat, the near arm moving.
    limb('nearLeg', 'body', 'still', LIMB + 2, [hip, [50, floor - 5], [30, floor - 4], [26, floor - 1]], true),
    limb('nearArm', 'accent', 'moving', LIMB, [shoulder, wrist], true),
    disc('nearHand', 'accent', 'moving', hand, 4.5),
    hint('hintArm', arrowPts([90, 44], [110, 44]), t),
    hint('hintLeg', arrowPts([38, 46], [16, 46]), t),
  ];
}

export const FIGURES_ON_FLOOR: Record<'prone-scapular-setting' | 'ytw-raises' | 'thread-the-needle' | 'quadruped-rotation' | 'bird-dog', FigureDef> = {
  'prone-scapular-setting': {
    draw: proneSetting,
    startText: 'figOnFloor.proneSetting.start',
    endText: 'figOnFloor.proneSetting.end',
  },
  'ytw-raises': {
    draw: ytw,
    startText: 'figOnFloor.ytw.start',
    endText: 'figOnFloor.ytw.end',
    // The sweep passes the Y at its start, the T halfway and the W at its end.
    positionPhases: [0, 0.5, 1],
  },
  'thread-the-needle': {
    draw: threadNeedle,
    startText: 'figOnFloor.threadNeedle.start',
    endText: 'figOnFloor.threadNeedle.end',
  },
  'quadruped-rotation': {
    draw: quadrupedRotation,
    startText: 'figOnFloor.quadrupedRotation.start',
    endText: 'figOnFloor.quadrupedRotation.end',
  },
  'bird-dog': {
    draw: birdDog,
    startText: 'figOnFloor.birdDog.start',
    endText: 'figOnFloor.birdDog.end',
  },
};
