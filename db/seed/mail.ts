import { renderEmail, type RenderedEmail } from "@/emails/render";
import type { TemplateName, TemplateProps } from "@/emails/types";
import { appUrl } from "@/lib/core/env";
import { getRegion } from "@/lib/core/geo/territories";
import { OFFER_STATE_LABELS } from "@/lib/offers/labels";
import { outbox } from "../schema";
import type { Tx } from "../client";
import { createdAtOf, type RegionalAdmins } from "./accounts";
import { addDays, type Clock } from "./calendar";
import { place } from "./communes";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { SIGNUPS } from "./data/signups";
import { fullName } from "./offer-content";
import { DEMO_CONTACT_EMAILS } from "./region-settings";
import type { OfferSpec, SeededStructure } from "./offers";
import { itemAt } from "./random";

type SentMail = { template: TemplateName; to: string; at: Date; regionCode: string; render: () => Promise<RenderedEmail> };

/**
 * A few emails already delivered, rendered with the real templates, so that the admins' « courriels »
 * page and the local mailbox are not empty on a fresh demo. Few on purpose: a render costs ~50 ms.
 */
const regionNameOf = (code: string) => getRegion(code)?.name ?? code;

export async function insertSentMail(
  tx: Tx,
  input: { demo: SeededStructure; specs: OfferSpec[]; offerIds: number[]; admins: RegionalAdmins; clock: Clock },
): Promise<number> {
  const { demo, specs, offerIds, admins, clock } = input;
  const director = itemAt(demo.users, 0);
  const mails: SentMail[] = [];
  const mail = <T extends TemplateName>(template: T, to: string, at: Date, regionCode: string, props: TemplateProps<T>) =>
    mails.push({ template, to, at, regionCode, render: () => renderEmail(template, props) });

  mail("signup-received", director.email, new Date(createdAtOf(demo.seed, clock).getTime() - 2 * 86_400_000), demo.place.regionCode, {
    regionName: regionNameOf(demo.place.regionCode),
    contactEmail: DEMO_CONTACT_EMAILS[demo.place.regionCode as keyof typeof DEMO_CONTACT_EMAILS] ?? null,
    supportUrl: appUrl(`/aide/assistance?region=${demo.place.regionCode}`),
  });
  for (const regionCode of ["11", "44"] as const) {
    const latest = itemAt(
      SIGNUPS.filter((seed) => !seed.refusalReason && place(seed.commune, seed.postalCode).regionCode === regionCode).sort((a, b) => a.daysAgo - b.daysAgo),
      0,
    );
    mail("signup-to-review", admins[regionCode].email, clock.at(addDays(clock.today, -latest.daysAgo), 9 + (latest.daysAgo % 8), 18), regionCode, {
      structureName: latest.name,
      requesterName: fullName(latest.admin),
      regionName: regionNameOf(regionCode),
      reviewUrl: appUrl("/admin/demandes"),
    });
  }
  const refused = SIGNUPS.find((seed) => seed.refusalReason);
  if (refused) {
    mail(
      "signup-refused",
      refused.admin.email,
      clock.at(addDays(clock.today, -refused.daysAgo + 2), 15, 1),
      place(refused.commune, refused.postalCode).regionCode,
      {
        firstName: refused.admin.firstName,
        structureName: refused.name,
        reason: refused.refusalReason ?? "",
      },
    );
  }

  // The demo structure's last requests, send-backs and validations, as its users received them.
  const demoEvents = specs
    .map((spec, index) => ({ spec, id: itemAt(offerIds, index) }))
    .filter(({ spec }) => spec.structure.id === demo.id && !spec.row.deletedAt)
    .flatMap(({ spec, id }) => spec.events.map((event) => ({ event, spec, id })))
    .sort((a, b) => b.event.at.getTime() - a.event.at.getTime());
  const offerUrl = (id: number) => appUrl(`/espace/offres/${id}`);
  const author = (spec: OfferSpec) => demo.users.find((user) => user.id === spec.row.authorId) ?? director;
  const submitted = demoEvents.find(({ event, spec }) => event.action === "submit" && spec.row.state === "PENDING");
  if (submitted) {
    mail("offer-to-validate", DEMO_ACCOUNTS.validator.email, submitted.event.at, demo.place.regionCode, {
      offerNumber: submitted.id,
      offerName: submitted.spec.row.name,
      authorName: fullName(author(submitted.spec)),
      offerUrl: offerUrl(submitted.id),
    });
  }
  const sentBack = demoEvents.find(({ event }) => event.action === "send_back");
  if (sentBack?.event.actor) {
    mail("offer-sent-back", author(sentBack.spec).email, sentBack.event.at, demo.place.regionCode, {
      offerNumber: sentBack.id,
      offerName: sentBack.spec.row.name,
      validatorName: fullName(sentBack.event.actor),
      comment: sentBack.event.comment ?? "",
      offerUrl: offerUrl(sentBack.id),
    });
  }
  const validated = demoEvents.find(({ event, spec }) => event.action === "validate" && event.actor?.id !== spec.row.authorId);
  if (validated) {
    mail("offer-validated", author(validated.spec).email, validated.event.at, demo.place.regionCode, {
      offerNumber: validated.id,
      offerName: validated.spec.row.name,
      stateLabel: OFFER_STATE_LABELS[validated.event.to],
      offerUrl: offerUrl(validated.id),
    });
  }

  const rows = [];
  for (const message of mails) {
    const rendered = await message.render();
    const sentAt = new Date(message.at.getTime() + 60_000);
    rows.push({
      template: message.template,
      toEmail: message.to.toLowerCase(),
      ...rendered,
      regionCode: message.regionCode,
      status: "SENT" as const,
      attempts: 1,
      nextAttemptAt: message.at,
      sentAt,
      providerMessageId: `demo-${message.template}-${sentAt.getTime()}`,
      createdAt: message.at,
    });
  }
  await tx.insert(outbox).values(rows);
  return rows.length;
}
