import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { availabilityPeriods, referenceItems, type ReferenceKind } from "@/db/schema";
import { listReferenceOptions } from "@/lib/availability/queries";
import { periodSchema } from "@/lib/availability/schemas";
import { updatePeriod } from "@/lib/availability/periods";
import { loadInstitutionFormOptions } from "@/lib/institutions/form-data";
import { createInstitution as createInstitutionFor, updateInstitution } from "@/lib/institutions/manage";
import { listOffererTypes } from "@/lib/signups/queries";
import { signupStructureSchema } from "@/lib/signups/schemas";
import { checkSignupStructure } from "@/lib/signups/submit";
import { createInstitution, createStructure, createUser } from "@/test/factories";
import { nth, one } from "@/lib/core/rows";

/**
 * A deactivated item leaves every form's choices, but a row that already holds it keeps it: its
 * form still shows it and saving the row unchanged is accepted; choosing it anew is refused.
 */
let counter = 0;
async function inactiveItem(kind: ReferenceKind): Promise<number> {
  const row = one(
    await db
      .insert(referenceItems)
      .values({ kind, label: `Retiré ${kind} ${++counter}`, position: 99, isActive: false })
      .returning({ id: referenceItems.id }),
  );
  return row.id;
}

describe("values deactivated since stay on the rows that hold them", () => {
  it("offerer type: the structure's own form lists it and accepts it, a sign-up does not", async () => {
    const retired = await inactiveItem("OFFERER_TYPE");
    const structure = await createStructure(db, { offererTypeId: retired });
    expect((await listOffererTypes()).map((o) => o.value)).not.toContain(String(retired));
    expect((await listOffererTypes(structure.id)).map((o) => o.value)).toContain(String(retired));
    expect((await listOffererTypes((await createStructure(db)).id)).map((o) => o.value)).not.toContain(String(retired));

    const values = signupStructureSchema.parse({
      offererTypeId: String(retired),
      name: "Association Fleur bleue",
      siren: "732829320",
      street: "12 boulevard de Grenelle",
      postalCode: "75015",
      communeCode: "75056",
      legalRepCivility: "Madame",
      legalRepLastName: "Michu",
      legalRepFirstName: "Claire",
      legalRepFunction: "Présidente",
      description: "Une association.",
    });
    await expect(checkSignupStructure(values, undefined, db, structure.id)).resolves.toMatchObject({ offererTypeId: retired });
    await expect(checkSignupStructure(values, undefined)).rejects.toMatchObject({
      fieldErrors: { offererTypeId: ["Choisissez un type d'offreur dans la liste"] },
    });
  });

  it("institution type: kept on its institution, refused for a new one", async () => {
    const retired = await inactiveItem("INSTITUTION_TYPE");
    const admin = { id: (await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" })).id, regionCode: "11" };
    const institution = await createInstitution(db, { typeId: retired, regionCode: "11", departmentCode: "75" });
    expect((await loadInstitutionFormOptions("11")).types.map((o) => o.value)).not.toContain(String(retired));
    expect((await loadInstitutionFormOptions("11", retired)).types.map((o) => o.value)).toContain(String(retired));
    const values = { name: "IFSI renommé", typeId: retired, departmentCode: "75" };
    await expect(updateInstitution(admin, institution.id, values)).resolves.toBeUndefined();
    await expect(createInstitutionFor(admin, values)).rejects.toMatchObject({ fieldErrors: { typeId: ["Choisissez un type d'établissement dans la liste"] } });
  });

  it("discipline: a period keeps its discipline when edited", async () => {
    const retired = await inactiveItem("DISCIPLINE");
    const institution = await createInstitution(db, { regionCode: "11", departmentCode: "75" });
    const member = await createUser(db, { kind: "INSTITUTION", institutionId: institution.id });
    const actor = { id: member.id, institutionId: institution.id, regionCode: "11" };
    const period = one(
      await db
        .insert(availabilityPeriods)
        .values({ institutionId: institution.id, regionCode: "11", disciplineId: retired, studentCount: 20, startDate: "2026-06-01", endDate: "2026-06-30" })
        .returning(),
    );
    expect((await listReferenceOptions("DISCIPLINE")).map((o) => o.value)).not.toContain(String(retired));
    expect((await listReferenceOptions("DISCIPLINE", retired)).map((o) => o.value)).toContain(String(retired));

    const values = periodSchema.parse({
      disciplineId: String(retired),
      studentCount: "25",
      startDate: "2026-06-01",
      endDate: "2026-06-30",
      modality: "CONTINUOUS",
      weeklySlots: [],
      departmentCodes: ["75"],
    });
    await updatePeriod(actor, period.id, values);
    expect((await db.select().from(availabilityPeriods).where(eq(availabilityPeriods.id, period.id)))[0]).toMatchObject({
      disciplineId: retired,
      studentCount: 25,
    });

    const other = one(
      await db
        .insert(availabilityPeriods)
        .values({
          institutionId: institution.id,
          regionCode: "11",
          disciplineId: Number(nth(await listReferenceOptions("DISCIPLINE"), 0).value),
          studentCount: 20,
          startDate: "2026-06-01",
          endDate: "2026-06-30",
        })
        .returning(),
    );
    await expect(updatePeriod(actor, other.id, values)).rejects.toMatchObject({ fieldErrors: { disciplineId: ["Choisissez une discipline dans la liste"] } });
  });
});
