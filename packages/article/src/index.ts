/**
 * Placeholder export while the package is written.
 *
 * @example
 * ```ts
 * version; // "0.0.0"
 * ```
 */
export const version = "0.0.0";
