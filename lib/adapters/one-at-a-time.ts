/**
 * A queue of writes from this page: each task starts once the one before it has settled
 * (whether it worked or not), so every read-modify-write reads what the last one wrote and
 * two quick changes never write back a stale copy. One queue per stored item.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };
}
