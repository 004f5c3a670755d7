import http from "node:http";

/** A small HTTP load generator: keep-alive connections, bounded concurrency, fixed duration, loopback only. */
export async function measureThroughput(url: string, { connections = 16, seconds = 8 } = {}): Promise<{ requestsPerSecond: number; errors: number; requests: number }> {
  const target = new URL(url);
  if (!["localhost", "127.0.0.1"].includes(target.hostname)) throw new Error("loopback only");
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const deadline = Date.now() + seconds * 1000;
  let requests = 0;
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const request = http.get(target, { agent, headers: { "accept-encoding": "identity" } }, (response) => {
        if (response.statusCode !== 200) errors++;
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
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await one();
    }),
  );
  agent.destroy();
  return { requestsPerSecond: requests / ((Date.now() - started) / 1000), errors, requests };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
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
