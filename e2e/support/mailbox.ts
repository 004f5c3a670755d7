import { and, asc, eq } from "drizzle-orm";
import { outbox } from "../../db/schema";
import type { TemplateName } from "../../emails/types";
import type { E2EDatabase } from "./fixtures";

export { extractLink } from "./extract-link";

/**
 * The mailbox for e2e tests, read through the `db` fixture: every email is an outbox row, rendered
 * when queued (in the transaction of the action), so it is there as soon as the action has answered.
 */
export type MailboxEmail = { id: number; template: string; to: string; subject: string; html: string; text: string; status: string; createdAt: Date };

/** Emails to `to` (case-insensitive), oldest first, optionally of one template. */
export async function findEmails(db: E2EDatabase, { to, template }: { to: string; template?: TemplateName }): Promise<MailboxEmail[]> {
  const rows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toEmail, to.trim().toLowerCase()), template ? eq(outbox.template, template) : undefined))
    .orderBy(asc(outbox.id));
  return rows.map((row) => ({
    id: Number(row.id),
    template: row.template,
    to: row.toEmail,
    subject: row.subject,
    html: row.html,
    text: row.text,
    status: row.status,
    createdAt: row.createdAt,
  }));
}

/**
 * The last email to `to` (optionally of one template). Waits a little (up to `timeoutMs`) in case
 * the page answered before the test looks, then throws a clear error.
 */
export async function latestEmailTo(db: E2EDatabase, to: string, template?: TemplateName, timeoutMs = 5_000): Promise<MailboxEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const latest = (await findEmails(db, { to, template })).at(-1);
    if (latest) return latest;
    if (Date.now() > deadline) throw new Error(`Aucun courriel${template ? ` « ${template} »` : ""} pour ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
