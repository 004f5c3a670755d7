import type postgres from "postgres";
import type { TemplateName } from "../../emails/types";

export { extractLink } from "./extract-link";

type Sql = ReturnType<typeof postgres>;

/**
 * The mailbox for e2e tests, read through the `sql` fixture: every email is an outbox row, rendered
 * when queued (in the transaction of the action), so it is there as soon as the action has answered.
 */
export type MailboxEmail = { id: number; template: string; to: string; subject: string; html: string; text: string; status: string; createdAt: Date };

/** Emails to `to` (case-insensitive), oldest first, optionally of one template. */
export async function findEmails(sql: Sql, { to, template }: { to: string; template?: TemplateName }): Promise<MailboxEmail[]> {
  const rows = await sql<{ id: string; template: string; to_email: string; subject: string; html: string; text: string; status: string; created_at: Date }[]>`
    select id, template, to_email, subject, html, text, status, created_at
      from outbox
     where to_email = ${to.trim().toLowerCase()}
       ${template ? sql`and template = ${template}` : sql``}
     order by id`;
  return rows.map((row) => ({
    id: Number(row.id),
    template: row.template,
    to: row.to_email,
    subject: row.subject,
    html: row.html,
    text: row.text,
    status: row.status,
    createdAt: row.created_at,
  }));
}

/**
 * The last email to `to` (optionally of one template). Waits a little (up to `timeoutMs`) in case
 * the page answered before the test looks, then throws a clear error.
 */
export async function latestEmailTo(sql: Sql, to: string, template?: TemplateName, timeoutMs = 5_000): Promise<MailboxEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const latest = (await findEmails(sql, { to, template })).at(-1);
    if (latest) return latest;
    if (Date.now() > deadline) throw new Error(`Aucun courriel${template ? ` « ${template} »` : ""} pour ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
