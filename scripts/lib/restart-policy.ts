/**
 * How the launcher restarts what died (docs/architecture.md#le-lanceur): after 1 s, then 2, 4, 8…
 * (at most 30 s), and no more than `limit` times in ten minutes; past that it gives up, stops
 * everything and exits non-zero, so that the supervisor (systemd, Kubernetes) takes over.
 */
export function restartPolicy({
  limit,
  firstDelayMs = 1000,
  windowMs = 10 * 60_000,
  maxDelayMs = 30_000,
}: {
  limit: number;
  firstDelayMs?: number;
  windowMs?: number;
  maxDelayMs?: number;
}) {
  let restarts: number[] = [];
  /** The wait before the next restart, or null when the limit is reached. */
  return function nextDelay(now = Date.now()): number | null {
    restarts = restarts.filter((at) => now - at < windowMs);
    if (restarts.length >= limit) return null;
    const delay = Math.min(firstDelayMs * 2 ** restarts.length, maxDelayMs);
    restarts.push(now);
    return delay;
  };
}
