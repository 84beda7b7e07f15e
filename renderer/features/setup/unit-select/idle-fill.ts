/**
 * Jobs run a few at a time while the page is idle (each slice stops when its idle time is used
 * up), so filling hundreds of long lists never holds up a frame. Returns a cancel.
 */
const queue = new Set<() => void>();
let scheduled = false;

export function fillWhenIdle(job: () => void): () => void {
  queue.add(job);
  schedule();
  return () => queue.delete(job);
}

function schedule() {
  if (scheduled || queue.size === 0) return;
  scheduled = true;
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 1000 });
  else window.setTimeout(() => run(null));
}

function run(deadline: IdleDeadline | null) {
  scheduled = false;
  for (const job of queue) {
    queue.delete(job);
    job();
    // Without idle time to read, a plain task does a handful at a time.
    if (deadline ? deadline.timeRemaining() < 3 : queue.size % 10 === 0) break;
  }
  schedule();
}
