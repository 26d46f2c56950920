import { defineConfig } from "vitest/config";

/** Repository-level tests: fixture checksums, the span checker itself, and the packed-package smoke test. */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tools/test/**/*.test.ts"],
    testTimeout: 180_000,
  },
});
