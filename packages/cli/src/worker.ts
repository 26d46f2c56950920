/**
 * The piscina worker: runs one batch of documents ({@link Task}) per call in a worker thread.
 */
import { runTask, type Task, type TaskPart } from "./tasks";

/**
 * Process one batch of documents (piscina calls the default export).
 *
 * @param task - the documents and the run's settings
 * @returns the outputs (UTF-8 bytes) and errors, in input order
 */
export default function work(task: Task): Promise<TaskPart[]> {
  return runTask(task);
}
