import { pgEnum } from "drizzle-orm/pg-core";

/** Offerer permissions, cumulative (docs/produit.md#roles-et-permissions: « Les profils peuvent être cumulés »). */
export const permission = pgEnum("permission", ["CONSULTATION", "GESTIONNAIRE", "VALIDEUR", "ADMIN"]);
export type Permission = (typeof permission.enumValues)[number];

export const userKind = pgEnum("user_kind", ["OFFERER", "INSTITUTION", "REGIONAL_ADMIN"]);
export type UserKind = (typeof userKind.enumValues)[number];

/** Offer states (docs/produit.md#etats-dune-offre): DRAFT « Brouillon » … EXPIRED « Caduque ». */
export const offerState = pgEnum("offer_state", ["DRAFT", "PENDING", "VALIDATED", "PUBLISHED", "EXPIRED"]);
export type OfferState = (typeof offerState.enumValues)[number];

/** A revision of a Validée / Publiée offer waits for validation while the public keeps the published content. */
export const revisionState = pgEnum("revision_state", ["DRAFT", "PENDING", "ACCEPTED", "SENT_BACK", "DISCARDED"]);
export type RevisionState = (typeof revisionState.enumValues)[number];

/** « Période de prise en charge »: Continue / Fractionnée / Fractionnée ou continue. */
export const periodKind = pgEnum("period_kind", ["CONTINUOUS", "SPLIT", "EITHER"]);
export type PeriodKind = (typeof periodKind.enumValues)[number];

export const signupStatus = pgEnum("signup_status", ["PENDING", "ACCEPTED", "REFUSED"]);
export type SignupStatus = (typeof signupStatus.enumValues)[number];

export const tokenPurpose = pgEnum("token_purpose", ["ACTIVATION", "PASSWORD_RESET"]);
export type TokenPurpose = (typeof tokenPurpose.enumValues)[number];

export const outboxStatus = pgEnum("outbox_status", ["QUEUED", "SENDING", "SENT", "FAILED"]);
export type OutboxStatus = (typeof outboxStatus.enumValues)[number];

/** The editable reference lists (docs/produit.md#pouvoirs-de-lars). */
export const referenceKind = pgEnum("reference_kind", ["THEME", "TARGET_PUBLIC", "FIELD_TYPE", "OFFERER_TYPE", "DISCIPLINE", "INSTITUTION_TYPE"]);
export type ReferenceKind = (typeof referenceKind.enumValues)[number];
