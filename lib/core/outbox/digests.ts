import "server-only";
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { digestSends } from "@/db/schema";
import { PARIS_TIME_ZONE, toParisDate } from "@/lib/core/dates/paris";
import { DAY_MS } from "@/lib/core/dates/durations";
import { appUrl } from "@/lib/core/env";
import { enqueueEmail } from "./enqueue";

/** Reminders go out from this Paris hour on: nobody wants a to-do list at midnight. */
export const DIGEST_FIRST_HOUR = 8;
/** VALIDEURs are reminded of offers waiting for more than two days (docs/produit.md#courriels). */
const OFFER_WAIT_MS = 2 * DAY_MS;
/** Sign-up requests already got an immediate notice; the digest is for the ones still waiting a day later. */
const SIGNUP_WAIT_MS = DAY_MS;
/** Offers sent to the ARS (« par l'ARS ») were notified at once too: as for sign-ups, a day later. */
const ARS_OFFER_WAIT_MS = DAY_MS;

export type DigestReport = { validatorDigests: number; adminDigests: number; adminOfferDigests: number };

type ValidatorCandidate = {
  user_id: string;
  email: string;
  first_name: string;
  region_code: string;
  offers: { offerNumber: number; offerName: string; waitingSince: string }[];
};
type AdminOfferCandidate = {
  user_id: string;
  email: string;
  first_name: string;
  region_code: string;
  offers: { offerNumber: number; offerName: string; structureName: string; waitingSince: string }[];
};
type AdminCandidate = {
  user_id: string;
  email: string;
  first_name: string;
  region_code: string;
  requests: { structureName: string; receivedAt: string }[];
};

/**
 * Daily reminders (docs/produit.md#courriels): each VALIDEUR whose structure has offers (or revisions) waiting for more than
 * two days, each regional admin with sign-up requests waiting, and each regional admin whose région's
 * offers wait for the ARS (« par l'ARS », docs/produit.md#qui-valide), gets one digest of each kind
 * per Paris day at most. The `digest_sends` row (primary key user + kind + day) is inserted in the same transaction
 * as the outbox row, so overlapping cron runs queue a digest once: the second insert waits for the
 * first transaction, then does nothing.
 */
export async function queueDailyDigests(now: Date): Promise<DigestReport> {
  const report: DigestReport = { validatorDigests: 0, adminDigests: 0, adminOfferDigests: 0 };
  if (Number(format(now, "H", { in: tz(PARIS_TIME_ZONE) })) < DIGEST_FIRST_HOUR) return report;
  const day = toParisDate(now);

  report.validatorDigests = await queueDigests(await validatorCandidates(now, day), "validator", day, (tx, candidate) =>
    enqueueEmail(tx, {
      template: "validator-digest",
      to: candidate.email,
      regionCode: candidate.region_code,
      props: { firstName: candidate.first_name, offers: candidate.offers, spaceUrl: appUrl("/espace/offres") },
    }),
  );
  report.adminDigests = await queueDigests(await adminCandidates(now, day), "admin-signups", day, (tx, candidate) =>
    enqueueEmail(tx, {
      template: "admin-signup-digest",
      to: candidate.email,
      regionCode: candidate.region_code,
      props: { firstName: candidate.first_name, requests: candidate.requests, reviewUrl: appUrl("/admin/demandes") },
    }),
  );
  report.adminOfferDigests = await queueDigests(await adminOfferCandidates(now, day), "admin-offers", day, (tx, candidate) =>
    enqueueEmail(tx, {
      template: "admin-offer-digest",
      to: candidate.email,
      regionCode: candidate.region_code,
      props: { firstName: candidate.first_name, offers: candidate.offers, queueUrl: appUrl("/admin/offres/a-valider") },
    }),
  );
  return report;
}

/** Each candidate in its own short transaction: the digest_sends row and the outbox row together, or neither. */
async function queueDigests<C extends { user_id: string }>(candidates: C[], kind: string, day: string, enqueue: (tx: Tx, candidate: C) => Promise<void>) {
  let queued = 0;
  for (const candidate of candidates) {
    const inserted = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(digestSends)
        .values({ userId: candidate.user_id, kind, day })
        .onConflictDoNothing()
        .returning({ userId: digestSends.userId });
      if (rows.length > 0) await enqueue(tx, candidate);
      return rows.length > 0;
    });
    if (inserted) queued++;
  }
  return queued;
}

/**
 * Offers and modifications of live offers waiting since before `before`, for whoever validates them
 * (the rule they were sent under: null is from before the rule existed, the structure's).
 */
function waitingOffers(before: string, validatedBy: "STRUCTURE" | "ARS") {
  return sql`
      select o.structure_id, o.region_code, o.id as offer_number, o.name as offer_name, coalesce(o.submitted_at, o.updated_at) as waiting_since
        from offers o
       where o.state = 'PENDING' and o.deleted_at is null and coalesce(o.submitted_at, o.updated_at) < ${before}::timestamptz
         and coalesce(o.validation_mode, 'STRUCTURE') = ${validatedBy}
      union all
      select o.structure_id, o.region_code, o.id, o.name, r.submitted_at
        from offer_revisions r join offers o on o.id = r.offer_id
       where r.state = 'PENDING' and o.deleted_at is null and r.submitted_at < ${before}::timestamptz
         and coalesce(r.validation_mode, 'STRUCTURE') = ${validatedBy}`;
}

async function validatorCandidates(now: Date, day: string): Promise<ValidatorCandidate[]> {
  const before = new Date(now.getTime() - OFFER_WAIT_MS).toISOString();
  const rows = await db.execute<ValidatorCandidate>(sql`
    with waiting as (${waitingOffers(before, "STRUCTURE")})
    select u.id as user_id, u.email, u.first_name, s.region_code,
           json_agg(json_build_object('offerNumber', w.offer_number, 'offerName', w.offer_name,
                                      'waitingSince', to_char(w.waiting_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                    order by w.waiting_since, w.offer_number) as offers
      from users u
      join structures s on s.id = u.structure_id
      join waiting w on w.structure_id = u.structure_id
     where u.kind = 'OFFERER' and 'VALIDEUR' = any(u.permissions)
       and u.frozen_at is null and s.frozen_at is null and u.password_hash is not null
       and not exists (select 1 from digest_sends d where d.user_id = u.id and d.kind = 'validator' and d.day = ${day}::date)
     group by u.id, u.email, u.first_name, s.region_code`);
  return [...rows];
}

async function adminOfferCandidates(now: Date, day: string): Promise<AdminOfferCandidate[]> {
  const before = new Date(now.getTime() - ARS_OFFER_WAIT_MS).toISOString();
  const rows = await db.execute<AdminOfferCandidate>(sql`
    with waiting as (${waitingOffers(before, "ARS")})
    select u.id as user_id, u.email, u.first_name, u.region_code,
           json_agg(json_build_object('offerNumber', w.offer_number, 'offerName', w.offer_name, 'structureName', s.name,
                                      'waitingSince', to_char(w.waiting_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                    order by w.waiting_since, w.offer_number) as offers
      from users u
      join waiting w on w.region_code = u.region_code
      join structures s on s.id = w.structure_id
     where u.kind = 'REGIONAL_ADMIN' and u.frozen_at is null and u.password_hash is not null
       and not exists (select 1 from digest_sends d where d.user_id = u.id and d.kind = 'admin-offers' and d.day = ${day}::date)
     group by u.id, u.email, u.first_name, u.region_code`);
  return [...rows];
}

async function adminCandidates(now: Date, day: string): Promise<AdminCandidate[]> {
  const before = new Date(now.getTime() - SIGNUP_WAIT_MS).toISOString();
  const rows = await db.execute<AdminCandidate>(sql`
    select u.id as user_id, u.email, u.first_name, u.region_code,
           json_agg(json_build_object('structureName', r.structure_name,
                                      'receivedAt', to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                    order by r.created_at) as requests
      from users u
      -- A request of a région no admin serves (stored before such communes were refused) is everyone's.
      join signup_requests r on (r.region_code = u.region_code
             or r.region_code not in (select a.region_code from users a
                                       where a.kind = 'REGIONAL_ADMIN' and a.frozen_at is null and a.region_code is not null))
            and r.status = 'PENDING' and r.created_at < ${before}::timestamptz
     where u.kind = 'REGIONAL_ADMIN' and u.frozen_at is null and u.password_hash is not null
       and not exists (select 1 from digest_sends d where d.user_id = u.id and d.kind = 'admin-signups' and d.day = ${day}::date)
     group by u.id, u.email, u.first_name, u.region_code`);
  return [...rows];
}
