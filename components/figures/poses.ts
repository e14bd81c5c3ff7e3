import type { StepId } from '../../lib/routine';

/** A drawn part: a stroked line through points, a filled closed shape, or a circle (the head). */
export interface Part {
  name: string;
  kind: 'line' | 'shape' | 'circle';
  /** Circle radius. */
  r?: number;
  /** Thinner, quieter strokes for scenery and hints. */
  tone?: 'body' | 'soft' | 'accent';
  /** A stroke width other than the tone's. */
  width?: number;
}

/** Coordinates per part: [x1, y1, x2, y2, …] for lines and shapes, [cx, cy] for a circle. */
export type Pose = Record<string, number[]>;

/** A figure drawn for one movement: the parts, and the start and end poses it moves between. */
export interface FigureDef {
  parts: Part[];
  start: Pose;
  end: Pose;
  /** Seconds for one start → end → start cycle. */
  cycleSec: number;
  /** Text alternatives: what the picture shows at rest, and the movement. */
  label: string;
  startText: string;
  endText: string;
}

const W = 120;

/** The same pose seen in a mirror: x flips, and each left part takes its right counterpart's place. */
export function mirrorPose(pose: Pose): Pose {
  const out: Pose = {};
  for (const [name, coords] of Object.entries(pose)) {
    const twin = name.endsWith('L') ? `${name.slice(0, -1)}R` : name.endsWith('R') ? `${name.slice(0, -1)}L` : name;
    out[twin] = coords.map((v, i) => (i % 2 === 0 ? W - v : v));
  }
  return out;
}

/** Fills a pose's right-hand parts as mirrors of its left-hand ones. */
function symmetric(pose: Pose): Pose {
  const out: Pose = { ...pose };
  for (const [name, coords] of Object.entries(pose)) {
    if (name.endsWith('L')) out[`${name.slice(0, -1)}R`] = coords.map((v, i) => (i % 2 === 0 ? W - v : v));
  }
  return out;
}

/** Moves a whole pose down by `dy`, to centre a figure in its box. */
function lower(pose: Pose, dy: number): Pose {
  const out: Pose = {};
  for (const [name, coords] of Object.entries(pose)) out[name] = coords.map((v, i) => (i % 2 === 1 ? v + dy : v));
  return out;
}

// Wall angels, seen from the front: the back and arms stay on the wall behind while the
// bent arms slide from a "goal post" up to a wide V overhead.
const wallAngelsStatic: Pose = {
  wall: [20, 4, 100, 4, 100, 112, 20, 112],
  floor: [8, 112, 112, 112],
  head: [60, 22],
  torso: [60, 31, 60, 72],
  shoulders: [46, 38, 74, 38],
  legL: [60, 72, 52, 111],
};
const wallAngels: FigureDef = {
  parts: [
    { name: 'wall', kind: 'shape', tone: 'soft' },
    { name: 'floor', kind: 'line', tone: 'soft' },
    { name: 'head', kind: 'circle', r: 8 },
    { name: 'torso', kind: 'line' },
    { name: 'shoulders', kind: 'line' },
    { name: 'legL', kind: 'line' },
    { name: 'legR', kind: 'line' },
    { name: 'armL', kind: 'line', tone: 'accent' },
    { name: 'armR', kind: 'line', tone: 'accent' },
  ],
  start: symmetric({ ...wallAngelsStatic, armL: [46, 38, 28, 40, 28, 21] }),
  end: symmetric({ ...wallAngelsStatic, armL: [46, 38, 35, 22, 42, 5] }),
  cycleSec: 4,
  label: 'Wall angels',
  startText: 'Standing with the back against a wall, elbows bent to a right angle at shoulder height, arms flat on the wall.',
  endText: 'The arms slid up the wall into a wide V overhead, elbows and wrists still touching it.',
};

// Shoulder-blade squeezes, seen from behind: the two blades slide towards the spine and a
// little down; the elbows follow them back.
const squeezeStatic: Pose = {
  back: [42, 34, 78, 34, 86, 42, 80, 90, 40, 90, 34, 42],
  spine: [60, 34, 60, 90],
  head: [60, 20],
  neck: [60, 28, 60, 34],
  hintL: [43, 77, 53, 77, 50, 74, 53, 77, 50, 80],
};
const squeezes: FigureDef = {
  parts: [
    { name: 'back', kind: 'shape', tone: 'soft' },
    { name: 'spine', kind: 'line', tone: 'soft' },
    { name: 'head', kind: 'circle', r: 8 },
    { name: 'neck', kind: 'line' },
    { name: 'bladeL', kind: 'shape', tone: 'accent' },
    { name: 'bladeR', kind: 'shape', tone: 'accent' },
    { name: 'armL', kind: 'line' },
    { name: 'armR', kind: 'line' },
    { name: 'hintL', kind: 'line', tone: 'soft' },
    { name: 'hintR', kind: 'line', tone: 'soft' },
  ],
  start: lower(symmetric({ ...squeezeStatic, bladeL: [41, 44, 53, 42, 51, 64], armL: [34, 42, 28, 66, 32, 86] }), 10),
  end: lower(symmetric({ ...squeezeStatic, bladeL: [45, 47, 57, 45, 55, 67], armL: [36, 44, 32, 66, 36, 86] }), 10),
  cycleSec: 6,
  label: 'Shoulder-blade squeezes',
  startText: 'Seen from behind: upper back relaxed, shoulder blades apart.',
  endText: 'The shoulder blades drawn back and down towards the spine, held there.',
};

// Seated twist, seen from the front: from facing ahead with hands on the thighs, the upper
// body turns to one side, one hand crossing to the opposite knee, the other behind.
const twistStatic: Pose = {
  seat: [38, 67, 82, 67, 82, 72, 38, 72],
  chairL: [41, 72, 41, 110],
  floor: [8, 111, 112, 111],
  torso: [60, 30, 60, 67],
  legL: [53, 68, 49, 78, 49, 108],
};
const twist: FigureDef = {
  parts: [
    { name: 'floor', kind: 'line', tone: 'soft' },
    { name: 'seat', kind: 'shape', tone: 'soft' },
    { name: 'chairL', kind: 'line', tone: 'soft' },
    { name: 'chairR', kind: 'line', tone: 'soft' },
    { name: 'legL', kind: 'line' },
    { name: 'legR', kind: 'line' },
    { name: 'torso', kind: 'line' },
    { name: 'turn', kind: 'line', tone: 'accent', width: 3 },
    { name: 'head', kind: 'circle', r: 8 },
    { name: 'shoulders', kind: 'line', tone: 'accent' },
    { name: 'armL', kind: 'line' },
    { name: 'armR', kind: 'line' },
  ],
  start: symmetric({
    ...twistStatic,
    head: [60, 20],
    turn: [60, 20, 60, 20, 60, 20, 60, 20, 60, 20, 60, 20, 60, 20, 60, 20],
    shoulders: [43, 36, 77, 36],
    armL: [43, 36, 40, 54, 50, 66],
  }),
  end: {
    ...symmetric(twistStatic),
    head: [64, 20],
    turn: [40, 15, 47, 7, 60, 3, 73, 7, 80, 15, 80, 7, 80, 15, 72, 14],
    shoulders: [50, 37, 74, 35],
    armL: [50, 37, 60, 52, 72, 64],
    armR: [74, 35, 86, 48, 86, 62],
  },
  cycleSec: 5,
  label: 'Seated twist',
  startText: 'Sitting tall on a chair, feet flat, hands resting on the thighs, facing ahead.',
  endText: 'The upper body turned to one side, one hand on the opposite knee, the other behind.',
};

/** Every movement's figure, by step id. */
export const FIGURES: Record<StepId, FigureDef> = {
  'wall-angels': wallAngels,
  'shoulder-squeezes': squeezes,
  'seated-twist': twist,
};
