import type { Sql } from "postgres";

/**
 * After PostgreSQL crashed and was restarted (the launcher does it, docs/architecture.md#quand-la-base-ne-repond-pas),
 * each connection left idle in the pool still points at a server process that is gone: its next
 * statement fails once with 57P01 « terminating connection due to unexpected postmaster exit »
 * (57P02 after a crash shutdown), before running, and only then does postgres.js reconnect. Without
 * this, the first pages after a recovery answered 500 until every stale connection had been used.
 *
 * A statement outside a transaction that fails so is sent once more, on a fresh connection. The
 * statement never ran (or was rolled back with its connection), so sending it again is safe.
 * Transactions are not retried here: their first statement fails, and the action answers « indisponible ».
 */
const DEAD_CONNECTION_CODES = new Set(["57P01", "57P02"]);

export function isDeadConnectionError(error: unknown): boolean {
  return typeof error === "object" && error !== null && DEAD_CONNECTION_CODES.has(String((error as { code?: unknown }).code));
}

/** The pool as Drizzle sees it: its `unsafe` retried once on a dead connection; postgres.js itself keeps its own `unsafe` (begin, identifiers). */
export function retryStatementsOnDeadConnection(client: Sql): Sql {
  const unsafe = client.unsafe.bind(client);
  const retried = (query: string, params: unknown[] | undefined, options: unknown, values: boolean): Promise<unknown> => {
    const send = () => {
      const pending = unsafe(query, params as never, options as never);
      return values ? pending.values() : pending;
    };
    return Promise.resolve(send()).catch((error: unknown) => (isDeadConnectionError(error) ? send() : Promise.reject(error)));
  };
  // Drizzle either awaits `unsafe(…)` or calls `.values()` on it: both are kept, and the statement is sent on demand as before.
  const patched = (query: string, params?: unknown[], options?: unknown) => ({
    values: () => retried(query, params, options, true),
    then: (onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) =>
      retried(query, params, options, false).then(onFulfilled, onRejected),
  });
  return new Proxy(client, { get: (target, property, receiver) => (property === "unsafe" ? patched : Reflect.get(target, property, receiver)) });
}
