/**
 * Error classes the CLI maps to exit codes: {@link InputError} -> 1, {@link UsageError} -> 2.
 * Anything else is a bug and also exits 1, still with one line on stderr.
 */

/** A problem with the user's input: a missing or unreadable file, bad JSON, bad encoding. Exit code 1. */
export class InputError extends Error {
  override name = "InputError";
}

/** A problem with the command line itself (bad flag value, bad combination). Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, input: 1, usage: 2, interrupted: 130 } as const;

/**
 * A one-line description of any thrown value, for `nass: ...` messages (never a stack trace).
 *
 * @param error - what was thrown
 * @returns the message on one line
 */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim() || "unknown error";
}
