/**
 * The piscina worker: runs one batch of documents ({@link Task}) per call in a worker thread.
 */
import { runTask, type Task, type TaskResult } from "./tasks";

/**
 * Process one batch of documents (piscina calls the default export).
 *
 * @param task - the documents and the run's settings
 * @returns one rendered output or error message per document
 */
export default function work(task: Task): Promise<TaskResult[]> {
  return runTask(task);
}
