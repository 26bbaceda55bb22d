import autocannon from "autocannon";

export interface LoadResult {
  label: string;
  connections: number;
  seconds: number;
  /** Every response, 2xx or not. */
  responses: number;
  ok: number;
  non2xx: number;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  statusCounts: Record<string, number>;
  /** Successful (2xx) responses per second: a path that answers 401 fast scores nothing. */
  okPerSecond: number;
  /** Latency in ms over every response, from our own record of each one. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server CPU per 2xx answer (ms): the web server's processes, and PostgreSQL's backends. */
  webCpuMsPerOk?: number;
  pgCpuMsPerOk?: number;
  /** When merged from alternating slices: each slice's 2xx/s, in the order they ran. */
  sliceOkPerSecond?: readonly number[];
  /** Every response's latency (ms), sorted: what runs of the same path are merged by. */
  latencies: readonly number[];
}

export interface LoadOptions {
  label: string;
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

/**
 * One autocannon run. Latencies are recorded per response (autocannon's summary has p97.5 but
 * no p95), so p50/p95/p99 are exact percentiles of this run, and every status is counted.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        pipelining: 1,
        timeout: 10,
        headers: options.headers ?? {},
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance!.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
  });
  const result = await finished;
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(statusCounts)
    .filter(([status]) => status.startsWith("2"))
    .reduce((sum, [, count]) => sum + count, 0);
  const elapsedSeconds = result.duration || options.seconds;
  return {
    label: options.label,
    connections: options.connections,
    seconds: elapsedSeconds,
    responses: latencies.length,
    ok,
    non2xx: latencies.length - ok,
    errors: result.errors + result.timeouts,
    statusCounts,
    okPerSecond: ok / elapsedSeconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    latencies,
  };
}

/**
 * Several runs of one path as one: counts and seconds added, percentiles over every response.
 * The HTTP benchmark alternates short runs of the paths it compares, so a machine that speeds
 * up or slows down during the benchmark weighs on both sides of a ratio alike.
 */
export function mergeLoads(runs: readonly LoadResult[]): LoadResult {
  const [first] = runs;
  if (!first) throw new Error("nothing to merge");
  const sum = (pick: (run: LoadResult) => number) =>
    runs.reduce((total, run) => total + pick(run), 0);
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const statusCounts: Record<string, number> = {};
  for (const run of runs) {
    for (const [status, count] of Object.entries(run.statusCounts)) {
      statusCounts[status] = (statusCounts[status] ?? 0) + count;
    }
  }
  const seconds = sum((run) => run.seconds);
  const ok = sum((run) => run.ok);
  return {
    label: first.label,
    connections: first.connections,
    seconds,
    responses: sum((run) => run.responses),
    ok,
    non2xx: sum((run) => run.non2xx),
    errors: sum((run) => run.errors),
    statusCounts,
    okPerSecond: ok / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    latencies,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
