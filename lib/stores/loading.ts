// Code fetched on demand (a view, a store) arrives a moment after it is asked for. Each
// load is noted here until it settles, so a component test can wait for exactly those
// loads instead of for a guessed amount of time.
const inFlight = new Set<Promise<unknown>>();

/** Notes `load` as under way until it settles; returns it unchanged. */
export function track<T>(load: Promise<T>): Promise<T> {
  inFlight.add(load);
  const done = () => inFlight.delete(load);
  load.then(done, done);
  return load;
}

/** Whether any on-demand load is still under way. */
export function loading(): boolean {
  return inFlight.size > 0;
}

/** Resolves once every load started so far, and any it started in turn, has settled. */
export async function loadsSettled(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight]);
}
