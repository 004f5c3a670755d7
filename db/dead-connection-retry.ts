import type { Sql } from "postgres";

/**
 * After PostgreSQL crashed and was restarted (the launcher does it, docs/architecture.md#quand-la-base-ne-repond-pas),
 * each connection left idle in the pool still points at a server process that is gone: its next
 * statement fails once, with 57P01 « terminating connection due to unexpected postmaster exit »
 * (57P02 after a crash shutdown) or with the driver's CONNECTION_CLOSED when the socket closes under
 * it, and only then does postgres.js reconnect. Without this, the first pages and actions after a
 * recovery answered 500 or « indisponible » until every stale connection had been used.
 *
 * What is sent again, until it meets a live connection (each stale one fails at once, so at most once per
 * connection of the pool, `max`):
 * - a statement outside a transaction that met 57P01/57P02 (the server ends a connection so before
 *   running what arrives on it), or a read (`select`) that met CONNECTION_CLOSED, which may have
 *   happened while it ran but changes nothing;
 * - a transaction whose BEGIN met any of the three: nothing of the caller's ran yet, so starting it
 *   again is safe. A failure once the transaction's own statements have started is never retried.
 */
const DEAD_SERVER_PROCESS = new Set(["57P01", "57P02"]);
const CLOSED_UNDER_IT = "CONNECTION_CLOSED";

const codeOf = (error: unknown) => (typeof error === "object" && error !== null ? String((error as { code?: unknown }).code) : "");

export function isDeadConnectionError(error: unknown): boolean {
  return DEAD_SERVER_PROCESS.has(codeOf(error));
}

function mayResend(query: string, error: unknown): boolean {
  return isDeadConnectionError(error) || (codeOf(error) === CLOSED_UNDER_IT && /^\s*select\b/i.test(query));
}

/** The pool as Drizzle sees it: its `unsafe` and its `begin` retried once on a dead connection (postgres.js keeps its own for identifiers). */
export function retryStatementsOnDeadConnection(client: Sql): Sql {
  const unsafe = client.unsafe.bind(client);
  // Every connection of the pool may be a stale one: one more attempt than the pool holds.
  const attempts = Number(client.options.max) || 10;
  const retried = (query: string, params: unknown[] | undefined, options: unknown, values: boolean): Promise<unknown> => {
    const send = () => {
      const pending = unsafe(query, params as never, options as never);
      return values ? pending.values() : pending;
    };
    const attempt = (left: number): Promise<unknown> =>
      Promise.resolve(send()).catch((error: unknown) => (left > 0 && mayResend(query, error) ? attempt(left - 1) : Promise.reject(error)));
    return attempt(attempts);
  };
  // Drizzle either awaits `unsafe(…)` or calls `.values()` on it: both are kept, and the statement is sent on demand as before.
  const patched = (query: string, params?: unknown[], options?: unknown) => ({
    values: () => retried(query, params, options, true),
    then: (onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) =>
      retried(query, params, options, false).then(onFulfilled, onRejected),
  });

  const begin = client.begin.bind(client) as (...args: unknown[]) => Promise<unknown>;
  // begin(work) or begin(options, work): `work` runs only once BEGIN has succeeded on its connection.
  const beginAgainOnDeadConnection = async (...args: unknown[]) => {
    const work = args.at(-1) as (tx: unknown) => unknown;
    let started = false;
    const tracked = (tx: unknown) => {
      started = true;
      return work(tx);
    };
    for (let left = attempts; ; left--) {
      try {
        return await begin(...args.slice(0, -1), tracked);
      } catch (error) {
        if (started || left === 0 || !(isDeadConnectionError(error) || codeOf(error) === CLOSED_UNDER_IT)) throw error;
      }
    }
  };
  return new Proxy(client, {
    get: (target, property, receiver) =>
      property === "unsafe" ? patched : property === "begin" ? beginAgainOnDeadConnection : Reflect.get(target, property, receiver),
  });
}
