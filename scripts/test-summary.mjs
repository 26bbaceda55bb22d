// Adds up the vitest JSON reports and the pass/fail of whole-repo checks into the one closing
// line CI reads: "N passed, N failed".
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
    // A file that failed to load counts as a failure even though it has no test results.
    const brokenFiles = (report.testResults ?? []).filter(
      (result) => result.status === "failed" && (result.assertionResults ?? []).length === 0,
    ).length;
    passed += report.numPassedTests;
    failed += report.numFailedTests + brokenFiles;
    lines.push(
      `  ${path.basename(file, ".json")}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`,
    );
  }
}

console.log(lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);
