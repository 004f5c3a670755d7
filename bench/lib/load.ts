import { readFileSync } from "node:fs";
import http from "node:http";
import { nth } from "@/lib/core/rows";

/**
 * CPU time (user + system) a process has used, in microseconds, from Linux's /proc; null elsewhere.
 * On a shared machine the server's CPU time per request holds steadier than requests per second,
 * which also count the time the server waited for a core.
 */
export function processCpuMicros(pid: number): number | null {
  try {
    const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / 100; // clock ticks of 10 ms (USER_HZ)
  } catch {
    return null;
  }
}

type Throughput = { requestsPerSecond: number; errors: number; requests: number; serverCpuMicrosPerRequest: number | null };

/**
 * A small HTTP load generator: keep-alive connections, bounded concurrency, fixed duration, loopback
 * only. With `serverPid`, also the server's CPU time per request. With `gzip`, asks for a compressed
 * answer as every browser does (and counts an uncompressed one as an error), without inflating it.
 */
export async function measureThroughput(
  url: string,
  { connections = 16, seconds = 8, serverPid, gzip = false }: { connections?: number; seconds?: number; serverPid?: number; gzip?: boolean } = {},
): Promise<Throughput> {
  const target = new URL(url);
  if (!["localhost", "127.0.0.1"].includes(target.hostname)) throw new Error("loopback only");
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const deadline = Date.now() + seconds * 1000;
  let requests = 0;
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const request = http.get(target, { agent, headers: { "accept-encoding": gzip ? "gzip" : "identity" } }, (response) => {
        if (response.statusCode !== 200 || (gzip && response.headers["content-encoding"] !== "gzip")) errors++;
        response.resume();
        response.on("end", () => {
          requests++;
          resolve();
        });
      });
      request.on("error", () => {
        errors++;
        resolve();
      });
    });
  const started = Date.now();
  const cpuBefore = serverPid === undefined ? null : processCpuMicros(serverPid);
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await one();
    }),
  );
  const cpuAfter = serverPid === undefined ? null : processCpuMicros(serverPid);
  agent.destroy();
  const serverCpuMicrosPerRequest = cpuBefore === null || cpuAfter === null || requests === 0 ? null : (cpuAfter - cpuBefore) / requests;
  return { requestsPerSecond: requests / ((Date.now() - started) / 1000), errors, requests, serverCpuMicrosPerRequest };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return nth(sorted, Math.max(0, index));
}

export async function timeIt(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
