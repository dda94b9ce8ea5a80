/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Collects garbage before a measurement when Node runs with `--expose-gc` (`pnpm bench` does),
 * so one sample does not pay for the garbage of the one before.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * CPU time of this process in milliseconds (all its threads, so garbage collection counts).
 * The figures use CPU time rather than wall time: on a shared machine other processes stretch
 * wall time by a factor that changes from one sample to the next.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
}

export interface Timing {
  cpuMs: number;
  wallMs: number;
}

/** CPU and wall milliseconds of one call, after a garbage collection. */
export async function timeOnce(run: () => unknown): Promise<Timing> {
  collectGarbage();
  const cpu = cpuMs();
  const wall = performance.now();
  const result = run();
  if (result instanceof Promise) await result;
  return { cpuMs: cpuMs() - cpu, wallMs: performance.now() - wall };
}

/**
 * Calls per CPU second of `run`, repeated until it has used `minCpuMs` of CPU time (at least
 * once). A synchronous `run` is not awaited, so a fast loop does not measure the microtask queue.
 */
export async function callsPerCpuSecond(run: () => unknown, minCpuMs: number): Promise<number> {
  collectGarbage();
  const started = cpuMs();
  let calls = 0;
  let used = 0;
  do {
    const result = run();
    if (result instanceof Promise) await result;
    calls++;
    used = cpuMs() - started;
  } while (used < minCpuMs);
  return (calls * 1_000) / used;
}
