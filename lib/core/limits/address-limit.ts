import { HOUR_MS } from "@/lib/core/dates/durations";

/**
 * How many times each client address did something over the last hour, in this process's memory:
 * the simple bound for public forms that write to the database and send emails (sign-up,
 * « Formulaire d'assistance »), where no account exists yet to count against. On the real clock,
 * never SSES_NOW. With N instances behind a load balancer the bound becomes N times the limit.
 */
export type AddressLimit = {
  /** Whether one more event from this address stays within the limit. */
  allows(address: string, at: Date): boolean;
  record(address: string, at: Date): void;
};

// Past this many addresses, forget those with nothing in the last hour: bounded memory.
const SWEEP_ABOVE = 10_000;

export function createAddressLimit(perHour: number): AddressLimit {
  const recentByAddress = new Map<string, number[]>();

  function recent(address: string, nowMs: number): number[] {
    const kept = (recentByAddress.get(address) ?? []).filter((at) => at > nowMs - HOUR_MS);
    if (kept.length > 0) recentByAddress.set(address, kept);
    else recentByAddress.delete(address);
    return kept;
  }

  return {
    allows: (address, at) => recent(address, at.getTime()).length < perHour,
    record(address, at) {
      const nowMs = at.getTime();
      if (recentByAddress.size > SWEEP_ABOVE) for (const key of [...recentByAddress.keys()]) recent(key, nowMs);
      recentByAddress.set(address, [...recent(address, nowMs), nowMs]);
    },
  };
}
