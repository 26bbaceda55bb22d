import type { LoadResult } from "./load";

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "-");

/**
 * The ratio of each pair of slices that ran one after the other (trpc, then bare): how far the
 * merged ratio could move with the machine's speed during the run.
 */
function sliceRange(auth: LoadResult, bare: LoadResult): string {
  const authSlices = auth.sliceOkPerSecond ?? [];
  const bareSlices = bare.sliceOkPerSecond ?? [];
  const ratios = authSlices
    .map((okPerSecond, i) => okPerSecond / (bareSlices[i] ?? Number.NaN))
    .filter(Number.isFinite);
  if (ratios.length < 2) return "";
  return `(slices ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) `;
}

/** One line per run, then the throughput ratio per concurrency. */
export function printReport(results: readonly LoadResult[]): void {
  const rows = results.map((r) => [
    r.label,
    String(r.connections),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    r.okPerSecond.toFixed(0),
    String(r.ok),
    String(r.non2xx),
    String(r.errors),
    r.webCpuMsPerOk === undefined ? "-" : r.webCpuMsPerOk.toFixed(2),
    r.pgCpuMsPerOk === undefined ? "-" : r.pgCpuMsPerOk.toFixed(2),
  ]);
  const header = [
    "path",
    "conns",
    "p50",
    "p95",
    "p99",
    "2xx req/s",
    "2xx",
    "non-2xx",
    "errors",
    "web CPU ms/req",
    "pg CPU ms/req",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ");
  console.log("");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("");
  for (const connections of new Set(results.map((r) => r.connections))) {
    const auth = results.find((r) => r.connections === connections && r.label === "trpc");
    const bare = results.find((r) => r.connections === connections && r.label === "bare");
    if (!auth || !bare) continue;
    const ratio = auth.okPerSecond / bare.okPerSecond;
    console.log(
      `${connections} connections: authenticated/bare throughput ${ratio.toFixed(2)} ` +
        sliceRange(auth, bare) +
        `(target ≥ 0.67: ${ratio >= 2 / 3 ? "met" : "MISSED"})` +
        (connections === 10
          ? `; tRPC p95 ${ms(auth.p95)} (target < 30 ms: ${auth.p95 < 30 ? "met" : "MISSED"})`
          : ""),
    );
    if (auth.webCpuMsPerOk && bare.webCpuMsPerOk) {
      // The web process (one Node thread) is the bottleneck: its CPU per answer bounds req/s,
      // and unlike req/s it barely moves when other work shares the machine.
      const cpuRatio = bare.webCpuMsPerOk / auth.webCpuMsPerOk;
      console.log(
        `${connections} connections: web CPU per answer ${auth.webCpuMsPerOk.toFixed(2)} ms ` +
          `(trpc) vs ${bare.webCpuMsPerOk.toFixed(2)} ms (bare): CPU-bound throughput ratio ` +
          `${cpuRatio.toFixed(2)}`,
      );
    }
  }
  const failed = results.filter((r) => r.non2xx > 0 || r.errors > 0);
  for (const r of failed) {
    console.log(
      `WARNING ${r.label} @${r.connections}: ${r.non2xx} non-2xx (${JSON.stringify(r.statusCounts)}), ` +
        `${r.errors} errors/timeouts`,
    );
  }
}
