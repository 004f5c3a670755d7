import type { OutboxStatus } from "@/db/schema";
import { EMAIL_TEMPLATES, type TemplateName } from "@/emails/registry";

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  QUEUED: "En attente",
  SENDING: "En cours",
  SENT: "Envoyé",
  FAILED: "Échec",
};

export const OUTBOX_STATUSES = Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[];

/** The template names as the admin reads them in /admin/courriels: each template carries its own label. */
export const TEMPLATE_LABELS = Object.fromEntries(Object.entries(EMAIL_TEMPLATES).map(([name, template]) => [name, template.label])) as Record<
  TemplateName,
  string
>;

export function templateLabel(name: string): string {
  return Object.hasOwn(TEMPLATE_LABELS, name) ? TEMPLATE_LABELS[name as TemplateName] : name;
}
