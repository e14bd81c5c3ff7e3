// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { coords, type Shape } from '../../../components/figures/geometry';
import { clampPhase, figureShapes, StepFigure } from '../../../components/figures/StepFigure';
import { FIGURES } from '../../../components/figures/poses';
import { MOVEMENT_IDS, MOVEMENTS } from '../../../lib/movements';

/** Every movement of the library has a figure, and every figure is held to the same rules. */
const STEPS = MOVEMENT_IDS;

const byName = (shapes: Shape[]) => new Map(shapes.map((s) => [s.name, s]));
const centroid = (s: Shape): [number, number] => {
  if (s.kind === 'disc') return [s.c[0], s.c[1]];
  const c = coords(s);
  const xs = c.filter((_, i) => i % 2 === 0);
  const ys = c.filter((_, i) => i % 2 === 1);
  return [xs.reduce((a, b) => a + b) / xs.length, ys.reduce((a, b) => a + b) / ys.length];
};
const mediaOf = (reduce: boolean) => ({
  matchMedia: () => ({ matches: reduce, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList,
});

describe('figure geometry', () => {
  it.each(STEPS)('%s: the start and end poses differ in the moving parts only', (id) => {
    const start = byName(figureShapes(id, 0));
    const end = byName(figureShapes(id, 1));
    expect([...end.keys()]).toEqual([...start.keys()]);
    for (const [name, s] of start) {
      if (s.role === 'still') expect(coords(end.get(name)!), name).toEqual(coords(s));
    }
    const moved = [...start.values()].filter((s) => s.role === 'moving' && coords(s).join() !== coords(end.get(s.name)!).join());
    expect(moved.length).toBeGreaterThan(0);
  });

  it.each(STEPS)('%s: halfway lies between the start and the end', (id) => {
    const [start, mid, end] = [0, 0.5, 1].map((p) => byName(figureShapes(id, p)));
    for (const [name, s] of mid) {
      if (s.role !== 'moving') continue;
      const [a, b, m] = [centroid(start.get(name)!), centroid(end.get(name)!), centroid(s)];
      // The part's centre on the way from its start to its end: past neither, near the path.
      const along = ((m[0] - a[0]) * (b[0] - a[0]) + (m[1] - a[1]) * (b[1] - a[1])) / ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2 || 1);
      if (a.join() === b.join()) continue; // turns in place (the head)
      expect(along, name).toBeGreaterThan(0.1);
      expect(along, name).toBeLessThan(0.9);
    }
  });

  it('the squeeze draws both blades together and down by at least 15% of the back', () => {
    const [start, end] = [0, 1].map((p) => byName(figureShapes('shoulder-squeezes', p)));
    const back = coords(start.get('back')!).filter((_, i) => i % 2 === 0);
    const width = Math.max(...back) - Math.min(...back);
    const [l0, l1, r0, r1] = [start.get('bladeL')!, end.get('bladeL')!, start.get('bladeR')!, end.get('bladeR')!].map(centroid);
    expect(l1[0] - l0[0]).toBeGreaterThanOrEqual(0.15 * width);
    expect(r0[0] - r1[0]).toBeGreaterThanOrEqual(0.15 * width);
    expect(l1[1]).toBeGreaterThan(l0[1] + 3);
    expect(r1[1]).toBeGreaterThan(r0[1] + 3);
    // The arms stay attached: each starts inside the back's outline at both ends.
    for (const pose of [start, end]) {
      const [sx] = coords(pose.get('armL')!);
      expect(sx).toBeGreaterThan(Math.min(...back));
    }
  });

  it('the twist turns the shoulders and head over still hips and thighs', () => {
    const [start, end] = [0, 1].map((p) => byName(figureShapes('seated-twist', p)));
    for (const still of ['hips', 'thighL', 'thighR', 'seat', 'backrest']) expect(coords(end.get(still)!)).toEqual(coords(start.get(still)!));
    const angle = (s: Shape) => {
      const [x1, y1, x2, y2] = coords(s);
      return (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
    };
    expect(angle(start.get('shoulders')!)).toBeCloseTo(0);
    expect(angle(end.get('shoulders')!)).toBeGreaterThan(40);
    // The head follows the chest: the nose (the head outline's last point) turns the same way.
    const nose = (pose: Map<string, Shape>) => coords(pose.get('head')!).slice(-2);
    expect(nose(end)[0]).toBeLessThan(nose(start)[0] - 5);
  });

  it('the other side is the mirror image', () => {
    const one = figureShapes('seated-twist', 1, 1);
    const two = figureShapes('seated-twist', 1, 2);
    const [x1] = centroid(one.find((s) => s.name === 'shoulders')!);
    const [x2] = centroid(two.find((s) => s.name === 'shoulders')!);
    expect(x1 + x2).toBeCloseTo(120);
  });

  it.each([
    [-1, 0],
    [0.4, 0.4],
    [2, 1],
    [Number.NaN, 0],
  ])('phase %s is drawn as %s', (given, drawn) => {
    expect(clampPhase(given)).toBe(drawn);
  });
});

describe('StepFigure', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const mount = (props: Parameters<typeof StepFigure>[0]) => {
    root = document.createElement('div');
    document.body.append(root);
    render(<StepFigure {...props} />, root);
    return root;
  };

  it('draws the pose at the phase it is given, with a ghost of the start and no animation of its own', () => {
    const at = (phase: number) => {
      mount({ stepId: 'shoulder-squeezes', phase, win: mediaOf(false) });
      const figure = root.querySelector('[data-testid="figure-animated"]')!;
      const svgs = figure.querySelectorAll('svg[role="img"]');
      expect(svgs).toHaveLength(1);
      expect(svgs[0].querySelector('title')!.textContent).toMatch(/^Shoulder-blade squeezes/);
      expect(svgs[0].querySelector('desc')!.textContent).toMatch(/shoulder blades/);
      expect(figure.querySelector('[data-testid="figure-ghost"]')).not.toBeNull();
      expect(figure.querySelectorAll('animate, animateTransform')).toHaveLength(0);
      // The blade itself: the last one drawn, after its ghost and its ring.
      const blades = figure.querySelectorAll('polygon.fig-accent[data-part="bladeL"]:not(.fig-halo)');
      const points = blades[blades.length - 1].getAttribute('points');
      render(null, root);
      root.remove();
      return points;
    };
    const [p0, p0again, p1] = [at(0), at(0), at(1)];
    expect(p0).toBe(p0again);
    expect(p1).not.toBe(p0);
    mount({ stepId: 'wall-angels', phase: 0, win: mediaOf(false) }); // for afterEach to unmount
  });

  it.each(MOVEMENT_IDS.map((id) => [id] as const))('%s: a picture for each position it is done in, and only then', (id) => {
    expect(FIGURES[id].positionPhases?.length).toBe(MOVEMENTS[id].positions?.length);
  });

  it('shows a movement done in positions (Y, T, W) still, in the position it is given', () => {
    const shapesAt = (props: Partial<Parameters<typeof StepFigure>[0]>) => {
      mount({ stepId: 'ytw-raises', phase: 0.3, win: mediaOf(false), ...props });
      const html = root.querySelector('[data-testid="figure-animated"] svg[role="img"]')!.innerHTML;
      render(null, root);
      root.remove();
      return html;
    };
    const y = shapesAt({ position: 0 });
    const t = shapesAt({ position: 1 });
    const w = shapesAt({ position: 2 });
    expect(new Set([y, t, w]).size).toBe(3);
    // The rep's phase does not move a position's picture; without a position it does.
    expect(shapesAt({ position: 1, phase: 0.9 })).toBe(t);
    expect(shapesAt({ phase: 0.9 })).not.toBe(shapesAt({ phase: 0.3 }));
    // The sweep's arrow is there while it sweeps to the W, not while the W is held.
    expect(shapesAt({ phase: 1 })).toContain('fig-hint');
    expect(w).not.toContain('fig-hint');
    mount({ stepId: 'wall-angels', phase: 0, win: mediaOf(false) }); // for afterEach to unmount
  });

  it('with reduced motion shows the start and end stills side by side with an arrow', () => {
    mount({ stepId: 'seated-twist', phase: 0.3, side: 2, win: mediaOf(true) });
    const figure = root.querySelector('[data-testid="figure-still"]')!;
    const svgs = [...figure.querySelectorAll('svg[role="img"]')];
    expect(svgs.map((s) => s.querySelector('title')!.textContent)).toEqual(['Seated twist: start position', 'Seated twist: end position (other side)']);
    const arrow = figure.querySelector('[data-testid="figure-arrow"]')!;
    expect(arrow.getAttribute('aria-hidden')).toBe('true');
    expect(arrow.getAttribute('role')).toBeNull();
    // The phase does not matter to the stills: they are the two ends.
    const again = document.createElement('div');
    render(<StepFigure stepId="seated-twist" phase={0.9} side={2} win={mediaOf(true)} />, again);
    expect(again.innerHTML).toBe(figure.outerHTML);
    render(null, again);
  });
});
