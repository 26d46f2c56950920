/**
 * The piscina worker: runs one batch of documents ({@link Task}) per call in a worker thread.
 */
import { move, transferableSymbol, valueSymbol } from "piscina";
import { runTask, type Task, type TaskPart } from "./tasks";

/**
 * Process one batch of documents (piscina calls the default export). The encoded outputs are
 * transferred to the main thread, not copied (each owns its ArrayBuffer: see `runTask`).
 *
 * @param task - the documents and the run's settings
 * @returns the outputs (UTF-8 bytes) and errors, in input order
 */
export default async function work(task: Task): Promise<TaskPart[]> {
  const parts = await runTask(task);
  const buffers: ArrayBuffer[] = [];
  for (const part of parts) {
    if ("output" in part && typeof part.output !== "string") buffers.push(part.output.buffer as ArrayBuffer);
  }
  return move({ [transferableSymbol]: buffers, [valueSymbol]: parts }) as unknown as TaskPart[];
}
