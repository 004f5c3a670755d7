import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { outbox, type OutboxStatus } from "@/db/schema";
import type { TemplateName } from "@/emails/types";

/**
 * The mailbox for integration tests: every email is an outbox row, rendered when queued, so the
 * tests read exactly what leaves, whether or not the cron has delivered it yet.
 */
export type MailboxEmail = {
  id: number;
  template: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  status: OutboxStatus;
  regionCode: string | null;
  createdAt: Date;
};

/** Emails to `to` (case-insensitive), oldest first, optionally of one template. */
export async function findEmails({ to, template }: { to: string; template?: TemplateName }): Promise<MailboxEmail[]> {
  const rows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toEmail, to.trim().toLowerCase()), template ? eq(outbox.template, template) : undefined))
    .orderBy(asc(outbox.id));
  return rows.map((row) => ({
    id: row.id,
    template: row.template,
    to: row.toEmail,
    subject: row.subject,
    html: row.html,
    text: row.text,
    status: row.status,
    regionCode: row.regionCode,
    createdAt: row.createdAt,
  }));
}

/** The last email to `to` (optionally of one template); throws when there is none. */
export async function latestEmailTo(to: string, template?: TemplateName): Promise<MailboxEmail> {
  const emails = await findEmails({ to, template });
  const latest = emails.at(-1);
  if (!latest) throw new Error(`Aucun courriel${template ? ` « ${template} »` : ""} pour ${to}`);
  return latest;
}

export { extractLink } from "@/e2e/support/extract-link";
