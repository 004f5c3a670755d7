import { pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Who validates a région's offers (docs/produit.md): « par les valideurs de la structure » (the
 * Île-de-France rule, the default) or « par l'ARS » (the Grand Est rule: the région's admins validate
 * every offer and revision, and a structure's VALIDEURs cannot).
 */
export const offerValidationMode = pgEnum("offer_validation_mode", ["STRUCTURE", "ARS"]);
export type OfferValidationMode = (typeof offerValidationMode.enumValues)[number];

/**
 * « Paramètres de la région », one row per région whose admins changed them; a région without a row
 * has the defaults (lib/regions/settings.ts).
 */
export const regionSettings = pgTable("region_settings", {
  regionCode: text().primaryKey(),
  offerValidation: offerValidationMode().notNull().default("STRUCTURE"),
  /** « Adresse de contact de l'ARS »: given in emails and help pages. */
  contactEmail: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedById: uuid().references(() => users.id),
});

export type RegionSettingsRow = typeof regionSettings.$inferSelect;
