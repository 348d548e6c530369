import { defineConfig } from "vitest/config";

// Browser tests: Debian's chromium driven by playwright-core (no browser download).
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
