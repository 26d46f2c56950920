/**
 * Runs batches of documents in-process (`--jobs 1`) or on a piscina worker pool, and keeps results in input
 * order with a bounded number of batches in flight (so memory stays constant however long the input is).
 */
import { Piscina } from "piscina";
import { describeError } from "./errors";
import { runTask, type Task, type TaskPart } from "./tasks";

/**
 * Young-generation size of each worker thread, in MB (V8's default is larger). Measured on the 200 MB
 * bench corpus: 12 MB made the workers spend about 20% more CPU than two independent processes on
 * the same documents (scavenges and promotions); 24 MB brings `--jobs 2` within reach of that
 * ceiling while peak RSS stays under 300 MB; 48 MB gains nothing more and costs about 30 MB.
 */
const YOUNG_GENERATION_MB = 24;

/**
 * Batches handed to each worker thread at once: one running and one waiting, so a worker never waits for
 * the main thread to hand it work.
 */
const QUEUED_PER_WORKER = 2;

/** Something that runs batches. */
export interface Executor {
  run(task: Task): Promise<TaskPart[]>;
  close(): Promise<void>;
}

/** A batch's failure as one error part naming its file. */
function failedBatch(task: Task, error: unknown): TaskPart[] {
  const file = "bytes" in task ? task.file : (task.docs[0]?.file ?? "-");
  return [{ error: `${file === "-" ? "<stdin>" : file}: ${describeError(error)}` }];
}

/** A batch waiting for a thread, and where its results go. */
interface Pending {
  task: Task;
  resolve: (parts: TaskPart[]) => void;
}

/**
 * Create an executor for `jobs` threads: the main thread and `jobs - 1` worker threads. Batches wait in a
 * small queue; each worker is kept `QUEUED_PER_WORKER` batches deep (refilled as soon as one finishes),
 * and whenever the main thread is otherwise idle (between reading and writing) it runs the next waiting
 * batch itself. So `--jobs 2` keeps exactly two threads busy on two cores (a third busy thread would only
 * take turns with them) and holds one worker heap fewer in memory. Deciding when a thread is free, not
 * when a batch arrives, keeps the decision fresh: a worker's "done" message is always read before the main
 * thread takes more work.
 *
 * @param jobs - threads doing the work; 1 runs on the main thread without a pool
 * @returns the executor
 */
export function createExecutor(jobs: number): Executor {
  if (jobs <= 1) return { run: runTask, close: async () => {} };
  const workers = jobs - 1;
  const pool = new Piscina<Task, TaskPart[]>({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    // A smaller young generation keeps each worker's heap (and the process's peak RSS) small; short-lived
    // garbage is still collected cheaply by the scavenger.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const waiting: Pending[] = [];
  let inPool = 0;
  let mainTurn = false;

  const toPool = ({ task, resolve }: Pending): void => {
    inPool++;
    pool
      .run(task)
      .catch((error: unknown) => failedBatch(task, error))
      .then((parts) => {
        inPool--;
        resolve(parts);
        dispatch();
      });
  };
  // the main thread's turn comes after pending I/O (reads, writes, workers' results) has been handled
  const onMain = (): void => {
    mainTurn = false;
    const next = waiting.shift();
    if (!next) return;
    runTask(next.task)
      .catch((error: unknown) => failedBatch(next.task, error))
      .then((parts) => {
        next.resolve(parts);
        dispatch();
      });
  };
  const dispatch = (): void => {
    while (waiting.length > 0 && inPool < workers * QUEUED_PER_WORKER) toPool(waiting.shift()!);
    if (waiting.length > 0 && !mainTurn) {
      mainTurn = true;
      setImmediate(onMain);
    }
  };
  return {
    run: (task) =>
      new Promise<TaskPart[]>((resolve) => {
        waiting.push({ task, resolve });
        dispatch();
      }),
    close: () => pool.destroy(),
  };
}

/** A batch, or an error met while reading input (kept in sequence so output order is preserved). */
export type WorkItem = { task: Task; bytesRead: number } | { error: string; bytesRead: number };

/**
 * Run items through an executor with at most `window` batches in flight, handing each batch's parts
 * (outputs and errors) to `onResult` in input order. Stops early when `onResult` returns false (in-flight results are discarded).
 *
 * @param items - batches and read errors, in input order
 * @param executor - where batches run
 * @param window - the most batches in flight (and buffered for reordering) at once
 * @param onResult - called in order with each part and the input bytes read so far; false stops the run
 * @returns true when every item was handled, false when stopped early
 */
export async function runOrdered(
  items: AsyncIterable<WorkItem>,
  executor: Executor,
  window: number,
  onResult: (part: TaskPart, bytesRead: number) => Promise<boolean>,
): Promise<boolean> {
  const queue: Promise<{ results: TaskPart[]; bytesRead: number }>[] = [];
  const next = async (): Promise<boolean> => {
    const { results, bytesRead } = await queue.shift()!;
    for (const result of results) {
      if (!(await onResult(result, bytesRead))) return false;
    }
    return true;
  };
  for await (const item of items) {
    if ("task" in item) {
      queue.push(executor.run(item.task).then((results) => ({ results, bytesRead: item.bytesRead })));
    } else {
      queue.push(Promise.resolve({ results: [{ error: item.error }], bytesRead: item.bytesRead }));
    }
    while (queue.length >= window) {
      if (!(await next())) return false;
    }
  }
  while (queue.length > 0) {
    if (!(await next())) return false;
  }
  return true;
}
