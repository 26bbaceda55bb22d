import { readdirSync, readFileSync } from "node:fs";

/** CPU time (user + system, ms) of each process, read from /proc: a snapshot to diff. */
export type CpuSnapshot = Map<number, number>;

const TICK_MS = 10; // Linux's USER_HZ is 100 on every mainstream kernel

function statOf(pid: number): { pgrp: number; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "pid (comm) ": state is field 3, so field n sits at index n - 3.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return {
      pgrp: Number(fields[2]),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
    };
  } catch {
    return null; // gone
  }
}

/** Every process in process group `pgrp` (the web server and anything it forked). */
export function groupCpu(pgrp: number): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (stat?.pgrp === pgrp) snapshot.set(Number(name), stat.cpuMs);
  }
  return snapshot;
}

export function pidsCpu(pids: readonly number[]): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const pid of pids) {
    const stat = statOf(pid);
    if (stat) snapshot.set(pid, stat.cpuMs);
  }
  return snapshot;
}

/** CPU ms spent between two snapshots (processes born in between count from zero). */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
