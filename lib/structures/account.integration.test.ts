import { eq } from "drizzle-orm";
import { updateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { activityLog, structures } from "@/db/schema";
import { COMMUNE_MESSAGE } from "@/lib/signups/schemas";
import { LOGO_SIZE_MESSAGE, LOGO_TYPE_MESSAGE } from "@/lib/core/validation/files";
import { createStructure, createUser, referenceId } from "@/test/factories";
import { actAs, databaseState } from "@/test/session";
import { updateStructureAction } from "./actions";
import { getStructureAccount, getStructureLogo } from "./queries";
import { one } from "@/lib/core/rows";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

async function fields(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    offererTypeId: String(await referenceId(db, "OFFERER_TYPE")),
    name: "Prév ASSOCIATION Fleur bleue",
    siren: "732 829 320",
    street: "12 boulevard de Grenelle",
    addressComplement: "Bâtiment B",
    postalCode: "75015",
    communeCode: "75056",
    communeName: "ce que le navigateur affiche",
    legalRepCivility: "Madame",
    legalRepLastName: "MICHU",
    legalRepFirstName: "Claire",
    legalRepFunction: "Médecin",
    description: "Cette offre est un test",
    ...overrides,
  };
}

function formData(values: Record<string, string>, logo?: File): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  if (logo) data.append("logo", logo);
  return data;
}

describe("« Mon compte offreur »", () => {
  let structureId: string;
  beforeEach(async () => {
    vi.mocked(updateTag).mockClear();
    const structure = await createStructure(db);
    structureId = structure.id;
    const admin = await createUser(db, { structureId, permissions: ["ADMIN"] });
    await actAs(admin.id);
  });

  it("saves every field of sign-up step 1 with the official commune, logs it and expires the public pages at once", async () => {
    const result = await updateStructureAction(formData(await fields(), new File([PNG], "logo.png")));
    expect(result).toMatchObject({ ok: true });
    const saved = await getStructureAccount(structureId);
    expect(saved).toMatchObject({
      name: "Prév ASSOCIATION Fleur bleue",
      siren: "732829320",
      street: "12 boulevard de Grenelle",
      addressComplement: "Bâtiment B",
      postalCode: "75015",
      communeCode: "75056",
      communeName: "Paris",
      legalRepCivility: "Madame",
      legalRepLastName: "MICHU",
      description: "Cette offre est un test",
    });
    const [row] = await db
      .select({ departmentCode: structures.departmentCode, regionCode: structures.regionCode })
      .from(structures)
      .where(eq(structures.id, structureId));
    expect(row).toEqual({ departmentCode: "75", regionCode: "11" });
    expect(await getStructureLogo(structureId)).toMatchObject({ mimeType: "image/png", name: "logo.png" });
    expect(vi.mocked(updateTag)).toHaveBeenCalledWith("offers");
    const log = one(await db.select().from(activityLog).where(eq(activityLog.subjectId, structureId)));
    expect(log).toMatchObject({ action: "structure.updated", structureId });
    expect((log.details as { changes: string[] }).changes).toEqual(expect.arrayContaining(["name", "communeCode", "logo"]));
  });

  it("removes the logo when asked, and changes nothing when nothing changed", async () => {
    await updateStructureAction(formData(await fields(), new File([PNG], "logo.webp.png")));
    expect(await updateStructureAction(formData({ ...(await fields()), removeLogo: "on" }))).toMatchObject({ ok: true, data: { changes: ["logo"] } });
    expect(await getStructureLogo(structureId)).toBeNull();
    vi.mocked(updateTag).mockClear();
    const before = await databaseState();
    expect(await updateStructureAction(formData(await fields()))).toMatchObject({ ok: true, data: { changes: [] } });
    expect(await databaseState()).toEqual(before);
    expect(vi.mocked(updateTag)).not.toHaveBeenCalled();
  });

  it("refuses a logo that is not an image by its content, or too big, and bad fields, changing nothing", async () => {
    const cases: [FormData, Record<string, string>][] = [
      [formData(await fields(), new File([Buffer.from("%PDF-1.7 un faux logo")], "logo.png")), { logo: LOGO_TYPE_MESSAGE }],
      [formData(await fields(), new File([Buffer.concat([PNG, Buffer.alloc(1024 * 1024)])], "logo.png")), { logo: LOGO_SIZE_MESSAGE }],
      [formData(await fields({ communeCode: "93066" })), { communeCode: COMMUNE_MESSAGE }],
      [formData(await fields({ siren: "123456789" })), { siren: "SIREN" }],
      [
        formData(await fields({ name: "", description: "x".repeat(2001), offererTypeId: "999999" })),
        { name: "obligatoire", description: "caractères maximum" },
      ],
      [formData(await fields({ offererTypeId: "999999" })), { offererTypeId: "type d'offreur" }],
    ];
    for (const [data, errors] of cases) {
      const before = await databaseState();
      const result = await updateStructureAction(data);
      expect(result).toMatchObject({ ok: false });
      if (result.ok) continue;
      expect(result.code).not.toBe("UNEXPECTED");
      for (const [field, message] of Object.entries(errors)) expect(result.fieldErrors?.[field]?.join(" ")).toContain(message);
      expect(await databaseState()).toEqual(before);
    }
  });

  it("keeps the structure in its région: a commune of another région is refused", async () => {
    const before = await databaseState();
    const result = await updateStructureAction(formData(await fields({ postalCode: "54000", communeCode: "54395" })));
    expect(result).toMatchObject({ ok: false, fieldErrors: { communeCode: [expect.stringContaining("région de votre structure (Île-de-France)")] } });
    expect(await databaseState()).toEqual(before);
  });
});
