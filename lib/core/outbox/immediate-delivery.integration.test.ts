import { and, eq, like } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { outbox } from "@/db/schema";
import { enqueueEmail } from "./enqueue";
import { startImmediateDelivery, type ImmediateDelivery } from "./immediate-delivery";
import type { OutgoingEmail, Transport } from "./transports";

const started: ImmediateDelivery[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((delivery) => delivery.stop()));
});

function recordingTransport(sent: OutgoingEmail[]): Transport {
  return { name: "local", send: async (message) => (sent.push(message), {}) };
}

async function until(condition: () => Promise<boolean>) {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}

const queue = (to: string) =>
  db.transaction((tx) =>
    enqueueEmail(tx, { template: "password-reset", to, props: { firstName: "Claire", resetUrl: "https://sses.test/r/x", expiresInHours: 1 } }),
  );

describe("immediate delivery (no cron run)", () => {
  it("hands an email to the transport once its transaction has committed, and never one rolled back", async () => {
    const sent: OutgoingEmail[] = [];
    started.push(startImmediateDelivery({ transport: recordingTransport(sent) }));
    await db
      .transaction(async (tx) => {
        await enqueueEmail(tx, {
          template: "password-reset",
          to: "annule@example.test",
          props: { firstName: "A", resetUrl: "https://sses.test/r/y", expiresInHours: 1 },
        });
        tx.rollback();
      })
      .catch(() => {});
    await queue("claire@example.test");

    await until(async () => sent.length > 0);
    expect(sent.map((message) => message.to)).toEqual(["claire@example.test"]);
    const [row] = await db.select({ status: outbox.status }).from(outbox).where(eq(outbox.toEmail, "claire@example.test"));
    expect(row?.status).toBe("SENT");
  });

  it("with two instances listening, each email leaves exactly once", async () => {
    const sent: OutgoingEmail[] = [];
    started.push(startImmediateDelivery({ transport: recordingTransport(sent) }), startImmediateDelivery({ transport: recordingTransport(sent) }));
    const recipients = Array.from({ length: 30 }, (_, i) => `personne${i}@example.test`);
    await Promise.all(recipients.map(queue));

    await until(
      async () =>
        (
          await db
            .select({ id: outbox.id })
            .from(outbox)
            .where(and(like(outbox.toEmail, "personne%"), eq(outbox.status, "SENT")))
        ).length === 30,
    );
    expect(sent.map((message) => message.to).sort()).toEqual([...recipients].sort());
  });
});
