import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outbox } from "@/db/schema";
import type { TemplateName, TemplateProps } from "@/emails";
import { renderEmail } from "@/emails/render";
import { OUTBOX_CHANNEL } from "./channel";

export type QueuedEmail<T extends TemplateName> = {
  template: T;
  to: string;
  props: TemplateProps<T>;
  /** The région whose admins see this message in /admin/courriels. */
  regionCode?: string | null;
};

/**
 * Writes an email to the outbox in the caller's transaction: if the change rolls back, no email.
 * Rendered now, so what /admin/courriels and the tests read is exactly what leaves. The notification
 * reaches the server's listener when the transaction commits (immediate-delivery.ts): the email
 * leaves within seconds, and the scheduled job stays the safety net.
 */
export async function enqueueEmail<T extends TemplateName>(tx: DbOrTx, message: QueuedEmail<T>): Promise<void> {
  const rendered = await renderEmail(message.template, message.props);
  await tx.insert(outbox).values({
    template: message.template,
    toEmail: message.to.trim().toLowerCase(),
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    regionCode: message.regionCode ?? null,
  });
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}
