import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // browser tests run on their own: npm run test:browser (vitest.browser.config.mts)
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 30_000,
  },
});
