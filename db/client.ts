import { AsyncLocalStorage } from "node:async_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseUrl, env } from "@/lib/core/env";
import { retryStatementsOnDeadConnection } from "./dead-connection-retry";
import * as schema from "./schema";

function createDatabase(url: string) {
  const client = postgres(url, {
    max: env().DB_POOL_MAX,
    // A database restarting must make a write fail fast (a 503 « Service momentanément indisponible »), not hang.
    connect_timeout: env().DB_CONNECT_TIMEOUT_SECONDS,
    onnotice: () => {},
    connection: { TimeZone: "UTC" },
  });
  return drizzle(retryStatementsOnDeadConnection(client), { schema, casing: "snake_case" });
}

export type Database = ReturnType<typeof createDatabase>;
/** A transaction handle, for functions that must run inside the caller's transaction (history, outbox). */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

// One pool per process, created on first use so that `next build` never needs a database.
const holder = globalThis as unknown as { ssesDb?: Database };

function instance(): Database {
  holder.ssesDb ??= createDatabase(databaseUrl());
  return holder.ssesDb;
}

/**
 * The form submission an action is running for (set by lib/core/actions/define-action.ts): its key is
 * written by the first transaction the action opens, inside that transaction, so the write and the
 * record that it happened commit together (docs/architecture.md#une-soumission-une-ecriture).
 */
export type Submission = { key: string; userId: string | null; recorded: boolean };
// On globalThis, like the pool: Next may load this module once per bundle layer, and the door and the transaction must share it.
const scopeHolder = globalThis as unknown as { ssesSubmissionScope?: AsyncLocalStorage<Submission> };
export const submissionScope = (scopeHolder.ssesSubmissionScope ??= new AsyncLocalStorage<Submission>());

/** Thrown in the transaction of a submission already stored (sent twice at once): it rolls back, and the door answers the first one's result. */
export class RepeatedSubmissionError extends Error {
  constructor() {
    super("submission already stored");
  }
}

const transactionRecordingSubmission: Database["transaction"] = (work, config) => {
  const submission = submissionScope.getStore();
  if (!submission || submission.recorded) return instance().transaction(work, config);
  return instance().transaction(async (tx) => {
    // A concurrent duplicate waits here on the key's unique index until the first commits, then finds it.
    const stored = await tx
      .insert(schema.actionSubmissions)
      .values({ key: submission.key, userId: submission.userId })
      .onConflictDoNothing()
      .returning({ key: schema.actionSubmissions.key });
    if (stored.length === 0) throw new RepeatedSubmissionError();
    submission.recorded = true;
    try {
      return await work(tx);
    } catch (error) {
      submission.recorded = false; // rolled back with the write: a retry may store it
      throw error;
    }
  }, config);
};

export const db: Database = new Proxy({} as Database, {
  get: (_target, property) => (property === "transaction" ? transactionRecordingSubmission : Reflect.get(instance(), property)),
});

export async function closeDatabase(): Promise<void> {
  const current = holder.ssesDb;
  holder.ssesDb = undefined;
  await current?.$client.end({ timeout: 5 });
}
