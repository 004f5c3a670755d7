import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { institutions, referenceItems, structures, users, type NewUser, type Permission, type ReferenceKind } from "@/db/schema";
import { hashPassword } from "@/lib/core/auth/password-hash";

/** Factories for integration tests: each call makes unique rows, so tests never depend on each other. */
export const TEST_PASSWORD = "Un-mot-de-passe-de-test-solide";
let passwordHash: Promise<string> | undefined;

export async function referenceId(kind: ReferenceKind, label?: string): Promise<number> {
  const [row] = await db
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(label ? and(eq(referenceItems.kind, kind), eq(referenceItems.label, label)) : eq(referenceItems.kind, kind))
    .limit(1);
  if (!row) throw new Error(`no reference item of kind ${kind}`);
  return row.id;
}

export async function createStructure(overrides: Partial<typeof structures.$inferInsert> = {}) {
  const [structure] = await db
    .insert(structures)
    .values({
      name: `Structure ${randomUUID().slice(0, 8)}`,
      siren: "732829320",
      offererTypeId: await referenceId("OFFERER_TYPE"),
      street: "1 rue de la Paix",
      postalCode: "93200",
      communeCode: "93066",
      communeName: "Saint-Denis",
      departmentCode: "93",
      regionCode: "11",
      legalRepCivility: "Mme",
      legalRepLastName: "Martin",
      legalRepFirstName: "Claire",
      legalRepFunction: "Présidente",
      description: "Une structure de test.",
      ...overrides,
    })
    .returning();
  return structure;
}

export async function createInstitution(overrides: Partial<typeof institutions.$inferInsert> = {}) {
  const [institution] = await db
    .insert(institutions)
    .values({
      name: `Institut ${randomUUID().slice(0, 8)}`,
      typeId: await referenceId("INSTITUTION_TYPE"),
      departmentCode: "75",
      regionCode: "11",
      ...overrides,
    })
    .returning();
  return institution;
}

type UserOptions = Partial<NewUser> & { permissions?: Permission[] };

export async function createUser(options: UserOptions = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const kind = options.kind ?? "OFFERER";
  const scope =
    kind === "OFFERER"
      ? { structureId: options.structureId ?? (await createStructure()).id }
      : kind === "INSTITUTION"
        ? { institutionId: options.institutionId ?? (await createInstitution()).id }
        : { regionCode: options.regionCode ?? "11" };
  const [user] = await db
    .insert(users)
    .values({
      kind,
      email: `user-${randomUUID()}@test.sses.fr`,
      passwordHash: await passwordHash,
      firstName: "Camille",
      lastName: "Durand",
      permissions: kind === "OFFERER" ? ["CONSULTATION"] : [],
      ...scope,
      ...options,
    })
    .returning();
  return user;
}
