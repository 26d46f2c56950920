/**
 * The progress line on stderr: documents and bytes done, rate, ETA (when the total size is known).
 * Shown only when stderr is a terminal and `--quiet` is not given; redrawn at most every 100 ms.
 */

/** Counters the progress line shows. */
export interface ProgressState {
  docs: number;
  bytes: number;
  /** total input bytes when every input is a file, else undefined */
  totalBytes: number | undefined;
  /** milliseconds since the start */
  elapsedMs: number;
}

/**
 * Format a byte count with a binary unit (`1.5 MB`).
 *
 * @param bytes - the count
 * @returns a short human string
 */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * Format seconds as `m:ss` (or `h:mm:ss`).
 *
 * @param seconds - a duration
 * @returns the clock string
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/**
 * The progress line for a state, fitted to `width` columns.
 *
 * @param state - counters
 * @param width - terminal width
 * @returns e.g. `[#####-----] 50% 1200 docs 12.0 MB 4.0 MB/s 310 docs/s ETA 0:03`
 */
export function formatProgress(state: ProgressState, width = 80): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.bytes / seconds : 0;
  const docRate = seconds > 0 ? state.docs / seconds : 0;
  const parts = [
    `${state.docs} docs`,
    formatBytes(state.bytes),
    `${formatBytes(rate)}/s`,
    `${Math.round(docRate)} docs/s`,
  ];
  let bar = "";
  if (state.totalBytes !== undefined && state.totalBytes > 0) {
    const fraction = Math.min(1, state.bytes / state.totalBytes);
    const filled = Math.round(fraction * 20);
    bar = `[${"#".repeat(filled)}${"-".repeat(20 - filled)}] ${Math.floor(fraction * 100)}% `;
    if (rate > 0) parts.push(`ETA ${formatDuration((state.totalBytes - state.bytes) / rate)}`);
  }
  const line = bar + parts.join("  ");
  return line.length > width - 1 ? line.slice(0, width - 1) : line;
}

/** A progress reporter; `update` is cheap to call per document. */
export interface Progress {
  update(docs: number, bytes: number): void;
  done(): void;
}

/**
 * Create a reporter writing to a terminal stream, or a no-op one.
 *
 * @param stream - stderr
 * @param enabled - false when stderr is not a TTY or `--quiet` was given
 * @param totalBytes - the total input size when known
 * @returns the reporter
 */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean, totalBytes: number | undefined): Progress {
  if (!enabled) return { update() {}, done() {} };
  const started = Date.now();
  let lastDraw = 0;
  let state: ProgressState = { docs: 0, bytes: 0, totalBytes, elapsedMs: 0 };
  const draw = () => {
    stream.write(`\r${formatProgress(state, stream.columns || 80)}\x1b[K`);
  };
  return {
    update(docs, bytes) {
      const now = Date.now();
      state = { docs, bytes, totalBytes, elapsedMs: now - started };
      if (now - lastDraw >= 100) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      state = { ...state, elapsedMs: Date.now() - started };
      draw();
      stream.write("\n");
    },
  };
}
