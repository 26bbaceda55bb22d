import { reporters } from "@aizalo/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./src/testing/global-setup.ts"],
    include: ["src/**/*.test.ts"],
    reporters: reporters("db"),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
