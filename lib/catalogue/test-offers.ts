import { db } from "@/db/client";
import { offers, type NewOffer } from "@/db/schema";
import { createStructure, referenceId } from "@/test/factories";

/**
 * Integration-test helper (never imported by the app): a complete offer, published around `today`
 * unless told otherwise. Each call may reuse a structure so that tests stay fast.
 */
export async function createCatalogueOffer(overrides: Partial<NewOffer> & { today?: string } = {}) {
  const { today = "2026-05-15", ...values } = overrides;
  const structureId = values.structureId ?? (await createStructure()).id;
  const [offer] = await db
    .insert(offers)
    .values({
      structureId,
      state: "PUBLISHED",
      name: "Prévention bucco-dentaire à l'école",
      description: "Ateliers de brossage des dents avec les élèves de CP.",
      themeIds: [await referenceId("THEME", "Hygiène (mains, bucco-dentaire)")],
      targetPublicIds: [await referenceId("TARGET_PUBLIC", "Élèves d'élémentaire")],
      places: 4,
      hostSiteName: "École élémentaire Jean Jaurès",
      street: "3 rue de l'École",
      postalCode: "93200",
      communeCode: "93066",
      communeName: "Saint-Denis",
      departmentCode: "93",
      regionCode: "11",
      fieldTypeId: await referenceId("FIELD_TYPE", "Établissement scolaire"),
      applicationEmail: "candidature@ecole.test",
      periodKind: "SPLIT",
      periodStart: "2026-09-01",
      periodEnd: "2026-12-18",
      weeklySlots: ["1-am", "2-am", "4-pm"],
      publicationStart: shift(today, -10),
      publicationEnd: shift(today, 60),
      ...values,
    })
    .returning();
  return offer;
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
