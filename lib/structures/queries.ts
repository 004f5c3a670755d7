import { and, count, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { structures, users } from "@/db/schema";

export async function getStructureSummary(structureId: string) {
  const [structure] = await db.select({ id: structures.id, name: structures.name }).from(structures).where(eq(structures.id, structureId)).limit(1);
  const [{ total }] = await db.select({ total: count() }).from(users).where(and(eq(users.structureId, structureId), isNull(users.frozenAt)));
  return structure ? { ...structure, activeUsers: total } : null;
}
