import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appUrl } from "@/lib/core/env";
import { outbox } from "@/db/schema";
import { deliverDueEmails, RETRY_DELAYS_MS } from "./deliver";
import { enqueueEmail } from "./enqueue";
import { runOutbox } from "./run";
import { HIDDEN_TOKEN } from "./secret-links";
import { localMailboxTransport, type OutgoingEmail, type Transport } from "./transports";
import { nth, one } from "@/lib/core/rows";

/** Records every send; optional delay and failure, to reproduce overlap and provider outages. */
function countingTransport(options: { delayMs?: number; fail?: boolean } = {}) {
  const sends: OutgoingEmail[] = [];
  const transport: Transport = {
    name: "test",
    async send(message) {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.fail) throw new Error("Fournisseur indisponible (503)");
      sends.push(message);
      return { providerMessageId: `prov-${message.id}-${sends.length}` };
    },
  };
  return { transport, sends };
}

/** Raw rows, faster than rendering 200 templates; the content is irrelevant here. */
async function queueRaw(count: number, overrides: Partial<typeof outbox.$inferInsert> = {}) {
  const rows = Array.from({ length: count }, (_, index) => ({
    template: "signup-received",
    toEmail: `destinataire-${index}@test.sses.fr`,
    subject: `Message ${index}`,
    html: `<p>Message ${index}</p>`,
    text: `Message ${index}`,
    nextAttemptAt: new Date(0),
    ...overrides,
  }));
  return db.insert(outbox).values(rows).returning({ id: outbox.id });
}

beforeEach(async () => {
  await db.delete(outbox);
});

describe("deliverDueEmails", () => {
  it("sends each of 200 queued emails exactly once when two runs overlap", async () => {
    await queueRaw(200);
    const { transport, sends } = countingTransport({ delayMs: 2 });
    // Batches of 100: the second run skips the rows the first one holds and takes the others.
    const [first, second] = await Promise.all([deliverDueEmails({ transport, batchSize: 100 }), deliverDueEmails({ transport, batchSize: 100 })]);
    expect([first.sent, second.sent]).toEqual([100, 100]);
    // …and no message was sent twice.
    const ids = sends.map((message) => message.id);
    expect(new Set(ids).size).toBe(200);
    expect(ids).toHaveLength(200);
    const statuses = await db
      .select({ status: outbox.status, count: sql<number>`count(*)::int` })
      .from(outbox)
      .groupBy(outbox.status);
    expect(statuses).toEqual([{ status: "SENT", count: 200 }]);
    expect(sends.every((message) => message.idempotencyKey === `outbox/${message.id}`)).toBe(true);
  });

  it("overlapping runs with small batches still send each email once", async () => {
    await queueRaw(200);
    const { transport, sends } = countingTransport({ delayMs: 1 });
    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        (async () => {
          let total = 0;
          for (;;) {
            const report = await deliverDueEmails({ transport, batchSize: 20 });
            if (report.sent === 0) return total;
            total += report.sent;
          }
        })(),
      ),
    );
    expect(runs.reduce((a, b) => a + b, 0)).toBe(200);
    expect(new Set(sends.map((m) => m.id)).size).toBe(200);
    expect(sends).toHaveLength(200);
  });

  it("retries a failing transport with growing delays and marks it FAILED after the bound", async () => {
    const { id } = one(await queueRaw(1));
    const { transport } = countingTransport({ fail: true });
    let now = new Date("2026-03-02T08:00:00Z");
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      // Not due before its next attempt.
      if (attempt > 1) expect(await deliverDueEmails({ transport, now: new Date(now.getTime() - 1) })).toEqual({ sent: 0, failed: 0, retried: 0 });
      const report = await deliverDueEmails({ transport, now, maxAttempts: 6 });
      const row = one(await db.select().from(outbox).where(eq(outbox.id, id)));
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toContain("Fournisseur indisponible (503)");
      expect(row.leaseUntil).toBeNull();
      if (attempt < 6) {
        expect(report).toEqual({ sent: 0, failed: 0, retried: 1 });
        expect(row.status).toBe("QUEUED");
        delays.push(row.nextAttemptAt.getTime() - now.getTime());
        now = row.nextAttemptAt;
      } else {
        expect(report).toEqual({ sent: 0, failed: 1, retried: 0 });
        expect(row.status).toBe("FAILED");
      }
    }
    expect(delays).toEqual(RETRY_DELAYS_MS);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(nth(delays, i - 1));
    // FAILED is final: later runs leave it alone.
    const later = await deliverDueEmails({ transport, now: new Date(now.getTime() + 86_400_000 * 30) });
    expect(later).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it("re-sends with the same idempotency key after a crash between send and commit", async () => {
    const { id } = one(await queueRaw(1));
    const start = new Date("2026-03-02T08:00:00Z");
    const { transport, sends } = countingTransport();
    // The first run claimed the row (attempts 1, lease of 5 min) and the provider accepted the
    // message, then the process died before writing SENT: the row stays SENDING.
    await db
      .update(outbox)
      .set({ status: "SENDING", attempts: 1, leaseUntil: new Date(start.getTime() + 5 * 60_000) })
      .where(eq(outbox.id, id));
    await transport.send({ id, to: "x@test.sses.fr", subject: "", html: "", text: "", idempotencyKey: `outbox/${id}` });

    // While the lease holds, nobody takes it.
    expect(await deliverDueEmails({ transport, now: new Date(start.getTime() + 60_000) })).toEqual({ sent: 0, failed: 0, retried: 0 });
    // Once it has expired, the next run claims it again and re-sends with the same key.
    expect(await deliverDueEmails({ transport, now: new Date(start.getTime() + 6 * 60_000) })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(sends.map((m) => m.idempotencyKey)).toEqual([`outbox/${id}`, `outbox/${id}`]);
    const row = one(await db.select().from(outbox).where(eq(outbox.id, id)));
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(2);
    expect(row.providerMessageId).toBe(`prov-${id}-2`);
  });

  it("truncates long errors", async () => {
    await queueRaw(1);
    const transport: Transport = {
      name: "test",
      send: async () => {
        throw new Error("x".repeat(5_000));
      },
    };
    await deliverDueEmails({ transport });
    const row = one(await db.select().from(outbox));
    expect(row.lastError!.length).toBeLessThanOrEqual(1_000);
  });
});

describe("enqueueEmail", () => {
  it("writes nothing when the caller's transaction rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, {
          template: "signup-received",
          to: "annule@test.sses.fr",
          props: {
            regionName: "Île-de-France",
            contactEmail: null,
            supportUrl: appUrl("/aide/assistance"),
          },
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.select().from(outbox)).toHaveLength(0);
  });

  it("stores the rendered message, queued, with its région", async () => {
    await db.transaction(async (tx) => {
      await enqueueEmail(tx, {
        template: "account-activation",
        to: " Camille.Martin@Test.SSES.fr ",
        props: { firstName: "Camille", structureName: "Fleur bleue", activationUrl: "http://localhost:3000/activation/abc", expiresInHours: 72 },
        regionCode: "11",
      });
    });
    const row = one(await db.select().from(outbox));
    expect(row).toMatchObject({
      template: "account-activation",
      toEmail: "camille.martin@test.sses.fr",
      subject: "Création d'un compte utilisateur",
      status: "QUEUED",
      attempts: 0,
      regionCode: "11",
    });
    expect(row.html).toContain('href="http://localhost:3000/activation/abc"');
    expect(row.text).toContain("http://localhost:3000/activation/abc");
  });
});

describe("single-use links once sent", () => {
  const TOKEN = "Zm9vYmFyYmF6cXV4LXJlc2V0LXRva2VuLTEyMzQ1Njc4";
  async function queueReset() {
    await db.transaction(async (tx) => {
      await enqueueEmail(tx, {
        template: "password-reset",
        to: "camille@test.sses.fr",
        props: { firstName: "Camille", resetUrl: `http://localhost:3000/mot-de-passe-oublie/${TOKEN}`, expiresInHours: 2 },
        regionCode: "11",
      });
    });
  }

  it("are sent whole, and no longer readable in the copy kept by the outbox (a mail service delivered them)", async () => {
    await queueReset();
    const { transport, sends } = countingTransport();
    expect(await deliverDueEmails({ transport })).toMatchObject({ sent: 1 });
    expect(nth(sends, 0).text).toContain(TOKEN);
    expect(nth(sends, 0).html).toContain(TOKEN);
    const row = one(await db.select().from(outbox));
    expect(row.status).toBe("SENT");
    expect(row.text).not.toContain(TOKEN);
    expect(row.html).not.toContain(TOKEN);
    expect(row.text).toContain(`/mot-de-passe-oublie/${HIDDEN_TOKEN}`);
  });

  it("stay readable with the local mailbox, which is where they are read", async () => {
    await queueReset();
    expect(await deliverDueEmails({ transport: localMailboxTransport() })).toMatchObject({ sent: 1 });
    const row = one(await db.select().from(outbox));
    expect(row.text).toContain(TOKEN);
  });

  it("stay whole while a delivery is retried", async () => {
    await queueReset();
    await deliverDueEmails({ transport: countingTransport({ fail: true }).transport });
    const row = one(await db.select().from(outbox));
    expect(row.status).toBe("QUEUED");
    expect(row.text).toContain(TOKEN);
  });
});

describe("runOutbox (the cron's email step)", () => {
  it("delivers batch after batch until nothing is due", async () => {
    await queueRaw(120);
    const { transport, sends } = countingTransport();
    const report = await runOutbox(new Date("2026-03-10T05:00:00Z"), transport);
    expect(report).toEqual({ digestsQueued: 0, emailsSent: 120, emailsRetried: 0, emailsFailed: 0 });
    expect(sends).toHaveLength(120);
  });
});
