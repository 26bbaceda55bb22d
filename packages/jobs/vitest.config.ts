import { reporters } from "@aizalo/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["@aizalo/db/testing/global-setup"],
    include: ["src/**/*.test.ts"],
    reporters: reporters("jobs"),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
