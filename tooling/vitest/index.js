import path from "node:path";

/**
 * Reporters for every package: the default console output, plus a JSON report per package
 * when TEST_REPORT_DIR is set (CI adds the counts up into one "N passed, N failed" line).
 * @param {string} packageName
 */
export function reporters(packageName) {
  const dir = process.env.TEST_REPORT_DIR;
  if (!dir) return ["default"];
  const file = path.join(dir, `${packageName.replace(/[^a-z0-9-]/gi, "_")}.json`);
  return ["default", ["json", { outputFile: file }]];
}
