// Adds up the JSON reports (vitest's, and Playwright's for the browser tests) and the pass/fail of
// whole-repo checks into the one closing line CI reads: "N passed, N failed".
// Usage: node scripts/test-summary.mjs <report-dir> <check>=<exit-code>...
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [reportDir, ...checks] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const lines = [];

for (const check of checks) {
  const [name, code] = check.split("=");
  if (code === "0") passed += 1;
  else failed += 1;
  lines.push(`  ${name}: ${code === "0" ? "ok" : `FAILED (exit ${code})`}`);
}

if (reportDir && existsSync(reportDir)) {
  for (const file of readdirSync(reportDir)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const report = JSON.parse(readFileSync(path.join(reportDir, file), "utf8"));
    const counts = isPlaywrightReport(report) ? playwrightCounts(report) : vitestCounts(report);
    passed += counts.passed;
    failed += counts.failed;
    lines.push(
      `  ${path.basename(file, ".json")}: ${counts.passed} passed, ${counts.failed} failed${counts.note ?? ""}`,
    );
  }
}

console.log(lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);

/** Playwright's JSON reporter: a `stats` block and a tree of `suites`. */
function isPlaywrightReport(report) {
  return typeof report.stats?.expected === "number" && Array.isArray(report.suites);
}

/**
 * Playwright: `expected` passed as they should, `unexpected` failed, `flaky` failed first and
 * passed on a retry (a pass, but named). Errors outside tests (a broken config, a failing global
 * setup, no tests found) count as failures: the run proved nothing.
 */
function playwrightCounts(report) {
  const { expected, unexpected, flaky } = report.stats;
  const notes = [
    flaky > 0 ? `${flaky} flaky` : "",
    report.errors?.length ? `${report.errors.length} errors outside tests` : "",
  ];
  const note = notes.filter(Boolean).join(", ");
  return {
    passed: expected + flaky,
    failed: unexpected + (report.errors?.length ?? 0),
    note: note ? ` (${note})` : undefined,
  };
}

function vitestCounts(report) {
  // A file that failed to load counts as a failure even though it has no test results.
  const brokenFiles = (report.testResults ?? []).filter(
    (result) => result.status === "failed" && (result.assertionResults ?? []).length === 0,
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}
