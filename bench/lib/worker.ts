/** Benchmark worker: runs the pages the main thread sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks';

parentPort?.on('message', (task: Task) => {
  try {
    parentPort?.postMessage({ ok: true, result: runTask(task) });
  } catch (e) {
    parentPort?.postMessage({ ok: false, task, error: (e as Error)?.message ?? String(e) });
  }
});
