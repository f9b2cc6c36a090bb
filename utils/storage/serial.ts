/**
 * Runs async tasks one after another. The background worker funnels every journal
 * write through one queue, so concurrent messages never interleave a read-modify-write.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
