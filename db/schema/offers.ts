import { sql, type SQL } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { offerState, periodKind, revisionState } from "./enums";
import { files } from "./files";
import { referenceItems } from "./reference";
import { offerValidationMode } from "./regions";
import { structures } from "./structures";
import { tsvector, type MonthlySlots, type WeeklySlot } from "./types";
import { users } from "./users";

/**
 * An offer of the four-step wizard (docs/produit.md#assistant-en-quatre-etapes). The row holds the content the public sees; a
 * proposed change to a Validée / Publiée offer waits in `offer_revisions` until validated.
 * The offer number (« N° de l'offre ») is `id`.
 */
export const offers = pgTable(
  "offers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity({ startWith: 1000 }),
    structureId: uuid()
      .notNull()
      .references(() => structures.id),
    state: offerState().notNull().default("DRAFT"),
    /** Bumped on every content change: the PDF cache key. */
    version: integer().notNull().default(1),

    // Step 1 — Description
    name: text().notNull(),
    description: text().notNull().default(""),
    themeIds: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    targetPublicIds: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    places: integer(),
    hostSiteName: text(),
    street: text(),
    postalCode: text(),
    communeCode: text(),
    communeName: text(),
    departmentCode: text(),
    /** From the offer's address; the structure's région until the address is given. */
    regionCode: text().notNull(),
    fieldTypeId: integer().references(() => referenceItems.id),
    referentName: text(),
    referentJobTitle: text(),
    referentPhone: text(),
    referentEmail: text(),
    localReferentName: text(),
    localReferentJobTitle: text(),
    localReferentPhone: text(),
    localReferentEmail: text(),
    applicationEmail: text(),

    // Step 2 — Modalités
    careModalities: text(),
    periodKind: periodKind(),
    periodStart: date({ mode: "string" }),
    periodEnd: date({ mode: "string" }),
    weeklySlots: text()
      .array()
      .$type<WeeklySlot[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * One grid per month of the period when « Adapter selon le mois » is chosen, null otherwise (the
     * grid above then holds for every month). `weekly_slots` is kept as the union of the months'
     * grids, so what only needs « which half-days, ever » reads one column (lib/offers/reception.ts).
     */
    monthlySlots: jsonb().$type<MonthlySlots>(),

    // Step 3 — Compléments
    requiredDocuments: text(),
    offersHousing: boolean().notNull().default(false),
    offersMeals: boolean().notNull().default(false),
    offersTransport: boolean().notNull().default(false),

    // Step 4 — Publication (calendar dates, Europe/Paris; docs/produit.md#donnees-et-conventions)
    publicationStart: date({ mode: "string" }),
    publicationEnd: date({ mode: "string" }),

    authorId: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }),
    /**
     * Who validates this offer (docs/produit.md#qui-valide): the région's rule when it was last sent
     * for validation, fixed then, so that changing the rule moves nothing already waiting. Null
     * until then.
     */
    validationMode: offerValidationMode(),
    validatedAt: timestamp({ withTimezone: true }),
    validatedById: uuid().references(() => users.id),
    /**
     * When the ARS last took this offer down or asked for its correction (docs/produit.md#moderation-dune-offre):
     * until the ARS validates it again, it comes back only through the ARS, whatever the région's rule.
     */
    arsModeratedAt: timestamp({ withTimezone: true }),
    /** Soft deletion (docs/produit.md#suppression-et-historique: nothing is lost). */
    deletedAt: timestamp({ withTimezone: true }),
    deletedById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),

    /** French full-text search, accent-insensitive via the `french_unaccent` configuration (migration 0000). */
    search: tsvector().generatedAlwaysAs(
      (): SQL => sql`
        setweight(to_tsvector('french_unaccent', coalesce(${offers.name}, '')), 'A') ||
        setweight(to_tsvector('french_unaccent', coalesce(${offers.hostSiteName}, '') || ' ' || coalesce(${offers.communeName}, '')), 'B') ||
        setweight(to_tsvector('french_unaccent', coalesce(${offers.description}, '')), 'C') ||
        setweight(to_tsvector('french_unaccent', coalesce(${offers.careModalities}, '')), 'D')`,
    ),
  },
  (t) => [
    index("offers_search_idx").using("gin", t.search),
    index("offers_theme_ids_idx").using("gin", t.themeIds),
    index("offers_target_public_ids_idx").using("gin", t.targetPublicIds),
    index("offers_structure_idx").on(t.structureId, t.state),
    // The public catalogue: visible offers, most recently published first.
    index("offers_public_idx")
      .on(t.publicationStart.desc(), t.id.desc())
      .where(sql`${t.state} in ('VALIDATED', 'PUBLISHED') and ${t.deletedAt} is null`),
    index("offers_region_state_idx").on(t.regionCode, t.state),
    check("offers_places_check", sql`${t.places} is null or ${t.places} between 1 and 200`),
    check("offers_period_check", sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`),
    check("offers_publication_check", sql`${t.publicationEnd} is null or ${t.publicationStart} is null or ${t.publicationEnd} >= ${t.publicationStart}`),
  ],
);

/** The editable content of an offer: what a revision proposes and what duplication copies. */
export type OfferContent = Omit<
  typeof offers.$inferInsert,
  | "id"
  | "structureId"
  | "state"
  | "version"
  | "authorId"
  | "submittedAt"
  | "validationMode"
  | "validatedAt"
  | "validatedById"
  | "arsModeratedAt"
  | "deletedAt"
  | "deletedById"
  | "createdAt"
  | "updatedAt"
  | "search"
> & { attachmentFileIds?: string[] };

export const offerRevisions = pgTable(
  "offer_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    offerId: integer()
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    state: revisionState().notNull().default("DRAFT"),
    content: jsonb().$type<OfferContent>().notNull(),
    authorId: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }),
    /** As `offers.validation_mode`: the région's rule when this modification was sent for validation. */
    validationMode: offerValidationMode(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("offer_revisions_offer_idx").on(t.offerId, t.state)],
);

/** Every state change: who, when, from, to, comment (docs/produit.md#suppression-et-historique). */
export const offerStatusHistory = pgTable(
  "offer_status_history",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    offerId: integer()
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    revisionId: uuid().references(() => offerRevisions.id),
    fromState: offerState(),
    toState: offerState().notNull(),
    /** Null when the scheduled job moved the offer (dates). */
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("offer_status_history_offer_idx").on(t.offerId, t.createdAt)],
);

/** « Documents utiles »: up to 5 files of 10 MB (checked in lib/offers). */
export const offerAttachments = pgTable(
  "offer_attachments",
  {
    offerId: integer()
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    fileId: uuid()
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.fileId] })],
);

export type Offer = typeof offers.$inferSelect;
export type NewOffer = typeof offers.$inferInsert;
export type OfferRevision = typeof offerRevisions.$inferSelect;
export type OfferStatusChange = typeof offerStatusHistory.$inferSelect;
