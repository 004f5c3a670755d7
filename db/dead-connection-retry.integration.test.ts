import { execFileSync } from "node:child_process";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { referenceItems } from "@/db/schema";
import { setSession } from "@/test/session";

const { defineAction } = await import("@/lib/core/actions/define-action");

/**
 * After PostgreSQL crashed and came back, each connection left idle in the pool points at a server
 * process that is gone (db/dead-connection-retry.ts). Here the server processes behind the pool's idle
 * connections are ended (pg_terminate_backend, 57P01, as after a kill -9 and restart) just before the
 * next statement: a read and a transaction-based action both succeed on fresh connections. Several
 * rounds, because postgres.js 3.4.9 left such a connection unable to write again (every reconnect
 * ended in CONNECT_TIMEOUT) until patches/postgres+3.4.9.patch.
 */
const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
afterAll(() => admin.end());

/**
 * Fills the pool with idle connections, then ends the server process of each from another process,
 * waiting for them to be gone. That wait blocks this process's event loop, so the driver has not yet
 * read that its connections were closed when the next statement is sent, as after a real restart.
 */
async function killIdleConnections() {
  await Promise.all(Array.from({ length: 5 }, () => db.execute(sql`select pg_sleep(0.05)`)));
  const pool = await admin<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`;
  expect(pool.length).toBeGreaterThanOrEqual(5);
  const script = `
    import postgres from "postgres";
    const sql = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await sql\`select pg_terminate_backend(pid, 5000) from unnest(\${JSON.parse(process.argv[1])}::int[]) as pid\`;
    await sql.end();`;
  execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(pool.map((row) => row.pid))], { stdio: "inherit" });
}

describe("a pool whose idle connections lost their server process", () => {
  it("runs the next read outside a transaction on a fresh connection", async () => {
    for (let round = 0; round < 3; round++) {
      await killIdleConnections();
      const [row] = await db.execute<{ one: number }>(sql`select 1 as one`);
      expect(row?.one).toBe(1);
    }
  });

  it("starts the next transaction again on a fresh connection when its BEGIN meets a dead one", async () => {
    for (let round = 0; round < 3; round++) {
      await killIdleConnections();
      const ran: number[] = [];
      await db.transaction(async (tx) => {
        ran.push(1);
        await tx.execute(sql`select 1`);
      });
      expect(ran).toEqual([1]);
    }
  });

  it("runs the next transaction-based action, instead of answering « Service momentanément indisponible »", async () => {
    const action = defineAction({
      access: "public",
      schema: z.object({ label: z.string() }),
      handler: async ({ label }) =>
        db.transaction(async (tx) => (await tx.insert(referenceItems).values({ kind: "THEME", label }).returning({ id: referenceItems.id }))[0]),
    });
    setSession(null);
    for (let round = 0; round < 3; round++) {
      await killIdleConnections();
      expect(await action({ label: `Après la panne ${round}` })).toMatchObject({ ok: true });
    }
  });
});
