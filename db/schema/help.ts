import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** FAQ by theme, editable by regional admins (docs/produit.md#aide-et-assistance, the guide SAS's pattern). */
export const faqEntries = pgTable("faq_entries", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  regionCode: text(),
  theme: text().notNull(),
  question: text().notNull(),
  answer: text().notNull(),
  position: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** « Formulaire d'assistance »: reaches the région's admins, answered by email. */
export const supportRequests = pgTable("support_requests", {
  id: uuid().primaryKey().defaultRandom(),
  regionCode: text().notNull(),
  requesterRole: text().notNull(),
  name: text().notNull(),
  email: text().notNull(),
  /** « Téléphone », optional, in the +33 form of lib/core/validation/phone.ts. */
  phone: text(),
  /** « Votre demande concerne »: a key of SUPPORT_TOPICS (lib/help/schemas.ts); null for requests sent before it was asked. */
  topic: text(),
  subject: text().notNull(),
  message: text().notNull(),
  attachmentFileIds: uuid().array().notNull().default([]),
  userId: uuid(),
  handledAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
