// A test-only worker for the pool: newsmark's own worker (built, dist/batch/worker.js), except that
// the article whose id is in NEWSMARK_TEST_STUCK_ID never ends — so a test can check that --timeout
// stops that one worker and the rest of the batch goes on. Passed to the pool as `workerFile`; the
// real worker has no such hook.
import annotateTask from '../../dist/batch/worker.js';

const stuckId = process.env.NEWSMARK_TEST_STUCK_ID;

export default function stuckOrAnnotate(task) {
  if (stuckId && task.id === stuckId) {
    // Started, as the real worker says, so the --timeout clock runs; then spin.
    if (task.started) Atomics.store(new Int32Array(task.started), 0, 1);
    for (;;);
  }
  return annotateTask(task);
}
