/**
 * The one queue every write to Steady's storage goes through. Only the background worker
 * writes (pages and content scripts ask it by message), and inside the worker every write
 * of every kind (records, drafts, settings, set-aside values, open pauses) waits its turn
 * here: first queued, first written. So no read-modify-write interleaves with another, and
 * a write never lands before one that was queued ahead of it.
 */

let tail: Promise<unknown> = Promise.resolve();
let queued = 0;

/** Queues a write. A task must not queue another and wait for it: that one runs only after it. */
export function enqueueWrite<T>(task: () => Promise<T>): Promise<T> {
  queued++;
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}

/**
 * How many writes were ever queued. A batch that is still waiting may take in a new write
 * only while this has not moved since the batch was queued; otherwise the new write would
 * overtake whatever was queued in between.
 */
export function writesQueued(): number {
  return queued;
}
