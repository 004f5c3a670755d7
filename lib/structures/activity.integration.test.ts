import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityLog } from "@/db/schema";
import { countStructureActivity, listStructureActivity } from "@/lib/offers/queries";
import { createStructure } from "@/test/factories";

/**
 * « Toute l'activité » (docs/produit.md#espace-offreur) against the real database: the structure's own lines only, latest first,
 * paged, filtered by kind and by Paris days (a line at 23:30 UTC on 1 March is on 2 March in Paris).
 */
async function line(structureId: string, subjectType: "offer" | "user" | "structure", at: string, summary: string) {
  await db.insert(activityLog).values({
    structureId,
    regionCode: "11",
    action: `${subjectType}.updated`,
    subjectType,
    subjectId: subjectType === "offer" ? "1" : structureId,
    summary,
    createdAt: new Date(at),
  });
}

describe("a structure's whole activity", () => {
  it("pages its own lines, latest first, never another structure's", async () => {
    const { id } = await createStructure(db);
    const other = await createStructure(db);
    for (let day = 1; day <= 28; day++) {
      const date = `2026-02-${String(day).padStart(2, "0")}`;
      await line(id, "offer", `${date}T09:00:00Z`, `Offre ${date}`);
      await line(id, "user", `${date}T10:00:00Z`, `Utilisateur ${date}`);
    }
    await line(other.id, "offer", "2026-02-15T11:00:00Z", "Ailleurs");

    expect(await countStructureActivity(id, {})).toBe(56);
    const first = await listStructureActivity(id, { limit: 50, offset: 0 });
    const second = await listStructureActivity(id, { limit: 50, offset: 50 });
    expect(first).toHaveLength(50);
    expect(first[0]?.summary).toBe("Utilisateur 2026-02-28");
    expect(second.map((entry) => entry.summary).at(-1)).toBe("Offre 2026-02-01");
    expect([...first, ...second].map((entry) => entry.summary)).not.toContain("Ailleurs");
    // « Activité » keeps its latest 12.
    expect(await listStructureActivity(id)).toHaveLength(12);
  });

  it("filters by kind and by Paris days, both ends included", async () => {
    const { id } = await createStructure(db);
    await line(id, "offer", "2026-03-01T22:59:00Z", "Offre, 1er mars à Paris");
    await line(id, "offer", "2026-03-01T23:30:00Z", "Offre, 2 mars à Paris");
    await line(id, "user", "2026-03-02T12:00:00Z", "Utilisateur, 2 mars");
    await line(id, "structure", "2026-03-03T22:30:00Z", "Structure, 3 mars à 23 h 30 à Paris");
    await line(id, "structure", "2026-03-03T23:30:00Z", "Structure, 4 mars à Paris");

    const summaries = async (query: Parameters<typeof listStructureActivity>[1]) => (await listStructureActivity(id, query)).map((entry) => entry.summary);
    expect(await summaries({ kind: "offres" })).toEqual(["Offre, 2 mars à Paris", "Offre, 1er mars à Paris"]);
    expect(await summaries({ from: "2026-03-02", to: "2026-03-03" })).toEqual([
      "Structure, 3 mars à 23 h 30 à Paris",
      "Utilisateur, 2 mars",
      "Offre, 2 mars à Paris",
    ]);
    expect(await summaries({ kind: "structure", from: "2026-03-04" })).toEqual(["Structure, 4 mars à Paris"]);
    expect(await countStructureActivity(id, { kind: "utilisateurs", to: "2026-03-01" })).toBe(0);
  });
});
