import path from "node:path";
import { defineConfig, type ReporterDescription } from "@playwright/test";

/**
 * Browser tests against apps that are already running (scripts/run.sh builds and starts them
 * on a fresh database); this config starts nothing itself, so it works the same against
 * `pnpm dev`. Browsers are never downloaded: Debian's Chromium is launched directly.
 */
const webOrigin = process.env.WEB_ORIGIN ?? "http://localhost:3000";
const reportDir = process.env.TEST_REPORT_DIR;

const reporters: ReporterDescription[] = [["list"]];
// CI adds the counts of every *.json in TEST_REPORT_DIR into its closing line.
if (reportDir) reporters.push(["json", { outputFile: path.join(reportDir, "e2e.json") }]);

export default defineConfig({
  testDir: "tests",
  // Screenshots (the tests' own and those of failures) and traces land here, per test.
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  // Two cores run two Next servers as well: one browser at a time keeps timings honest.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: reporters,
  use: {
    baseURL: webOrigin,
    browserName: "chromium",
    headless: true,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
