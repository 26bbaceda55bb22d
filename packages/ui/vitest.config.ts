import { reporters } from "@aizalo/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    // Components render into happy-dom: a DOM without a browser, enough for roles and aria.
    environment: "happy-dom",
    setupFiles: ["./src/test/setup.ts"],
    reporters: reporters("ui"),
  },
});
