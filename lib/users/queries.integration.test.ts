import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/core/auth/authenticate";
import { recomputeInactivity } from "@/lib/core/cron/recompute-inactivity";
import { createStructure, createUser, TEST_PASSWORD } from "@/test/factories";
import { getStructureUser, listStructureUsers, parseUserFilters, USERS_PAGE_SIZE } from "./queries";
import { one } from "@/lib/core/rows";

const DAY = 24 * 60 * 60_000;
const NOW = new Date("2026-06-15T10:00:00Z");

describe("« Inactif » recomputed by /api/cron (15 months without login)", () => {
  it("marks accounts not logged in for more than 15 months, once; a login clears it", async () => {
    const structure = await createStructure(db);
    const old = await createUser(db, { structureId: structure.id, lastLoginAt: new Date("2025-03-14T09:00:00Z"), createdAt: new Date("2024-01-01") });
    const recent = await createUser(db, { structureId: structure.id, lastLoginAt: new Date("2025-03-16T09:00:00Z"), createdAt: new Date("2024-01-01") });
    const neverLoggedOld = await createUser(db, { structureId: structure.id, createdAt: new Date("2025-01-01T00:00:00Z") });
    const neverLoggedNew = await createUser(db, { structureId: structure.id, createdAt: new Date("2026-01-01T00:00:00Z") });

    expect(await recomputeInactivity(db, NOW)).toBeGreaterThanOrEqual(2);
    const state = async (id: string) => one(await db.select({ inactiveSince: users.inactiveSince }).from(users).where(eq(users.id, id))).inactiveSince;
    expect(await state(old.id)).toEqual(new Date("2026-06-14T09:00:00Z"));
    expect(await state(neverLoggedOld.id)).toEqual(new Date("2026-04-01T00:00:00Z"));
    expect(await state(recent.id)).toBeNull();
    expect(await state(neverLoggedNew.id)).toBeNull();
    // Idempotent: the next run changes nothing.
    expect(await recomputeInactivity(db, NOW)).toBe(0);

    expect((await listStructureUsers(structure.id, parseUserFilters({ etat: "inactif" }), NOW)).rows.map((r) => r.id).sort()).toEqual(
      [old.id, neverLoggedOld.id].sort(),
    );
    expect(await authenticate({ email: old.email, password: TEST_PASSWORD }, "10.7.0.1")).toMatchObject({ ok: true });
    expect(await state(old.id)).toBeNull();
  });
});

describe("« Utilisateurs » list", () => {
  it("shows the structure's users only, by name, 20 a page, with their state", async () => {
    const structure = await createStructure(db, { name: "Prév ASSOCIATION Fleur bleue" });
    const stranger = await createUser(db, { lastName: "Aaron" });
    for (let i = 0; i < 23; i++)
      await createUser(db, { structureId: structure.id, firstName: `Prénom${i}`, lastName: `Nom${String(i).padStart(2, "0")}`, lastLoginAt: NOW });
    const first = await listStructureUsers(structure.id, parseUserFilters({}), NOW);
    expect(first.total).toBe(23);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ lastName: "Nom00", structureName: "Prév ASSOCIATION Fleur bleue", state: "ACTIVE" });
    const second = await listStructureUsers(structure.id, parseUserFilters({ page: "2" }), NOW);
    expect(second.rows.map((r) => r.lastName)).toEqual(["Nom20", "Nom21", "Nom22"]);
    expect([...first.rows, ...second.rows].some((r) => r.id === stranger.id)).toBe(false);
    expect(await getStructureUser(structure.id, stranger.id)).toBeNull();
    expect(await getStructureUser(structure.id, "pas-un-uuid")).toBeNull();
  });

  it("filters by name (first, last, full or email, accent- and wildcard-safe), permission and state from the URL", async () => {
    const structure = await createStructure(db);
    const claire = await createUser(db, {
      structureId: structure.id,
      firstName: "Claire",
      lastName: "Michu",
      email: `michu-${Date.now()}@fleurbleue.test`,
      permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR"],
      lastLoginAt: NOW,
    });
    const paul = await createUser(db, {
      structureId: structure.id,
      firstName: "Paul",
      lastName: "Martin_100%",
      permissions: ["GESTIONNAIRE"],
      frozenAt: new Date(NOW.getTime() - DAY),
    });
    const lou = await createUser(db, {
      structureId: structure.id,
      firstName: "Lou",
      lastName: "Durand",
      permissions: ["CONSULTATION"],
      lastLoginAt: new Date("2024-01-01"),
    });
    const ids = async (params: Record<string, string>) => (await listStructureUsers(structure.id, parseUserFilters(params), NOW)).rows.map((r) => r.id).sort();

    expect(await ids({ nom: "claire michu" })).toEqual([claire.id]);
    expect(await ids({ nom: "FLEURBLEUE" })).toEqual([claire.id]);
    expect(await ids({ nom: "_100%" })).toEqual([paul.id]);
    expect(await ids({ nom: "%" })).toEqual([paul.id]);
    expect(await ids({ permission: "GESTIONNAIRE" })).toEqual([claire.id, paul.id].sort());
    expect(await ids({ permission: "ADMIN" })).toEqual([claire.id]);
    expect(await ids({ etat: "gele" })).toEqual([paul.id]);
    expect(await ids({ etat: "actif" })).toEqual([claire.id]);
    // A late cron never shows a 2-year-old login as « Actif ».
    expect(await ids({ etat: "inactif" })).toEqual([lou.id]);
    expect(await ids({ permission: "GESTIONNAIRE", etat: "actif", nom: "mich" })).toEqual([claire.id]);
    // Unknown values are ignored, never an error.
    expect(parseUserFilters({ permission: "ROOT", etat: "supprime", page: "-3", nom: ["a", "b"] })).toEqual({
      name: "a",
      permission: undefined,
      state: undefined,
      page: 1,
    });
    expect((await getStructureUser(structure.id, paul.id, NOW))?.state).toBe("FROZEN");
  });
});
