import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { structures, users } from "@/db/schema";
import { readFile } from "@/lib/core/files";
import { one } from "@/lib/core/rows";

export async function getStructureSummary(structureId: string) {
  const [structure] = await db.select({ id: structures.id, name: structures.name }).from(structures).where(eq(structures.id, structureId)).limit(1);
  const { total } = one(
    await db
      .select({ total: count() })
      .from(users)
      .where(and(eq(users.structureId, structureId), isNull(users.frozenAt))),
  );
  return structure ? { ...structure, activeUsers: total } : null;
}

/** « Mon compte offreur »: the structure's step-1 fields, as the form shows them. */
export async function getStructureAccount(structureId: string) {
  const [structure] = await db
    .select({
      id: structures.id,
      offererTypeId: structures.offererTypeId,
      name: structures.name,
      siren: structures.siren,
      street: structures.street,
      addressComplement: structures.addressComplement,
      postalCode: structures.postalCode,
      communeCode: structures.communeCode,
      communeName: structures.communeName,
      legalRepCivility: structures.legalRepCivility,
      legalRepLastName: structures.legalRepLastName,
      legalRepFirstName: structures.legalRepFirstName,
      legalRepFunction: structures.legalRepFunction,
      description: structures.description,
      logoFileId: structures.logoFileId,
    })
    .from(structures)
    .where(eq(structures.id, structureId))
    .limit(1);
  return structure ?? null;
}

/** The structure's current logo, for its own users (the public route serves it only while the structure is not frozen). */
export async function getStructureLogo(structureId: string) {
  const [structure] = await db.select({ logoFileId: structures.logoFileId }).from(structures).where(eq(structures.id, structureId)).limit(1);
  return structure?.logoFileId ? readFile(structure.logoFileId) : null;
}
