import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { structures, users } from "@/db/schema";
import type { ActionResult } from "@/lib/core/actions/result";
import { updateStructureAction } from "@/lib/structures/actions";
import { createStructure, createUser, referenceId, TEST_PASSWORD } from "@/test/factories";
import { revokeSession } from "@/lib/core/auth/sessions/store";
import { actAs, currentSessionId, databaseState, openSessionIds, setSession, type FakeSession } from "@/test/session";
import { changeOwnPasswordAction, createUserAction, setUserFrozenAction, updateProfileAction, updateUserAction } from "./actions";
import { one } from "@/lib/core/rows";

/**
 * The authorisation matrix of issue 6: every user and structure action, for every kind of caller.
 * Refused → the expected code and not one row changed anywhere (a dump of the whole database
 * before and after). The actions run through their real door: the mocked part is only where the
 * session cookie comes from.
 */
type Actor = "admin" | "notAdmin" | "otherAdmin" | "regionalAdmin" | "institution" | "anonymous" | "frozen" | "staleSession";
type Expected = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

const ACTORS: Actor[] = ["admin", "notAdmin", "otherAdmin", "regionalAdmin", "institution", "anonymous", "frozen", "staleSession"];
const NEW_PASSWORD = "Trois pommes vertes à Nancy";

type World = Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const home = await createStructure(db);
  const other = await createStructure(db);
  const admin = await createUser(db, { structureId: home.id, permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"] });
  const secondAdmin = await createUser(db, { structureId: home.id, permissions: ["ADMIN"] });
  const notAdmin = await createUser(db, { structureId: home.id, permissions: ["GESTIONNAIRE", "VALIDEUR", "CONSULTATION"] });
  const target = await createUser(db, { structureId: home.id, permissions: ["GESTIONNAIRE"], jobTitle: "Directrice", phone: "+33123456789" });
  const otherAdmin = await createUser(db, { structureId: other.id, permissions: ["ADMIN"] });
  const regionalAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  const institution = await createUser(db, { kind: "INSTITUTION" });
  const frozen = await createUser(db, { structureId: home.id, permissions: ["ADMIN"] });
  const newEmail = `lina.benali.${randomUUID().slice(0, 8)}@ecole.test`;
  return { newEmail, home, other, admin, secondAdmin, notAdmin, target, otherAdmin, regionalAdmin, institution, frozen };
}

/** Opens the actor's session; « frozen » and « staleSession » open it, then the account changes behind it. */
async function sessionOf(world: World, actor: Actor): Promise<void> {
  switch (actor) {
    case "anonymous":
      return setSession(null);
    case "frozen": {
      await actAs(world.frozen.id);
      await db.update(users).set({ frozenAt: new Date() }).where(eq(users.id, world.frozen.id));
      return;
    }
    case "staleSession": {
      // A copied cookie replayed after its session ended (« Se déconnecter », password changed elsewhere).
      const session: FakeSession = await actAs(world.admin.id);
      await revokeSession(session.sessionId!, world.admin.id);
      return;
    }
    default:
      await actAs(world[actor].id);
  }
}

async function structureInput(name: string) {
  return {
    offererTypeId: String(await referenceId(db, "OFFERER_TYPE")),
    name,
    siren: "732829320",
    street: "12 boulevard de Grenelle",
    addressComplement: "",
    postalCode: "75015",
    communeCode: "75056",
    legalRepCivility: "Madame" as const,
    legalRepLastName: "Michu",
    legalRepFirstName: "Claire",
    legalRepFunction: "Médecin",
    description: "Une association de prévention.",
  };
}

type Case = {
  action: string;
  run: (world: World) => Promise<ActionResult<unknown>>;
  expected: Record<Actor, Expected>;
  /** For an allowed call: what must now be true in the database. */
  changed: (world: World, actor: Actor) => Promise<void>;
};

const ADMIN_ONLY: Record<Actor, Expected> = {
  admin: "ok",
  notAdmin: "FORBIDDEN",
  otherAdmin: "NOT_FOUND",
  regionalAdmin: "FORBIDDEN",
  institution: "FORBIDDEN",
  anonymous: "UNAUTHENTICATED",
  frozen: "UNAUTHENTICATED",
  staleSession: "UNAUTHENTICATED",
};
const EVERY_ACCOUNT: Record<Actor, Expected> = { ...ADMIN_ONLY, notAdmin: "ok", otherAdmin: "ok", regionalAdmin: "ok", institution: "ok" };

const CASES: Case[] = [
  {
    action: "« Mon compte offreur » (the caller's structure)",
    run: async () => updateStructureAction(await structureInput("Prév ASSOCIATION Fleur bleue")),
    // Another structure's ADMIN edits their own structure: allowed, and the home structure is untouched (checked below).
    expected: { ...ADMIN_ONLY, otherAdmin: "ok" },
    changed: async (world, actor) => {
      const id = actor === "otherAdmin" ? world.other.id : world.home.id;
      expect(one(await db.select({ name: structures.name }).from(structures).where(eq(structures.id, id))).name).toBe("Prév ASSOCIATION Fleur bleue");
      if (actor === "otherAdmin")
        expect(one(await db.select({ name: structures.name }).from(structures).where(eq(structures.id, world.home.id))).name).toBe(world.home.name);
    },
  },
  {
    action: "« Nouvel utilisateur » (in the caller's structure)",
    run: (world) =>
      createUserAction({
        firstName: "Lina",
        lastName: "Benali",
        email: world.newEmail,
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
        permissions: ["GESTIONNAIRE"],
        jobTitle: "Directrice d'école",
        phone: "01 23 45 67 89",
        active: true,
      }),
    expected: { ...ADMIN_ONLY, otherAdmin: "ok" },
    changed: async (world, actor) => {
      const created = one(await db.select().from(users).where(eq(users.email, world.newEmail)));
      expect(created.structureId).toBe(actor === "otherAdmin" ? world.other.id : world.home.id);
      expect(created.mustChangePassword).toBe(true);
    },
  },
  {
    action: "« Modifier » a user of the home structure",
    run: (world) =>
      updateUserAction({
        userId: world.target.id,
        email: world.target.email,
        permissions: ["GESTIONNAIRE", "VALIDEUR"],
        jobTitle: "Directrice",
        phone: "0123456789",
        active: true,
      }),
    expected: ADMIN_ONLY,
    changed: async (world) => {
      const after = one(await db.select().from(users).where(eq(users.id, world.target.id)));
      expect(after.permissions).toEqual(["GESTIONNAIRE", "VALIDEUR"]);
      expect(await openSessionIds(world.target.id)).toEqual([]);
    },
  },
  {
    action: "« Geler » a user of the home structure",
    run: (world) => setUserFrozenAction({ userId: world.target.id, frozen: true }),
    expected: ADMIN_ONLY,
    changed: async (world) => {
      const after = one(await db.select().from(users).where(eq(users.id, world.target.id)));
      expect(after.frozenAt).not.toBeNull();
    },
  },
  {
    action: "« Mon profil » — coordonnées (the caller's own account)",
    run: () => updateProfileAction({ jobTitle: "Coordinatrice", phone: "06 12 34 56 78" }),
    expected: EVERY_ACCOUNT,
    changed: async (world, actor) => {
      const id = world[actor as "admin"].id;
      expect((await db.select({ jobTitle: users.jobTitle, phone: users.phone }).from(users).where(eq(users.id, id)))[0]).toEqual({
        jobTitle: "Coordinatrice",
        phone: "+33612345678",
      });
    },
  },
  {
    action: "« Mon profil » — mot de passe (the caller's own account)",
    run: () => changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }),
    expected: EVERY_ACCOUNT,
    changed: async (world, actor) => {
      // Every other session of the caller ended; the one that typed the change stays open.
      expect(await openSessionIds(world[actor as "admin"].id)).toEqual([currentSessionId()]);
    },
  },
];

describe("authorisation matrix of structure administration", () => {
  let world: World;
  beforeEach(async () => {
    world = await makeWorld();
  });

  for (const testCase of CASES) {
    for (const actor of ACTORS) {
      const expected = testCase.expected[actor];
      it(`${testCase.action} — ${actor}: ${expected}`, async () => {
        await sessionOf(world, actor);
        const before = await databaseState();
        const result = await testCase.run(world);
        if (expected === "ok") {
          expect(result).toMatchObject({ ok: true });
          await testCase.changed(world, actor);
        } else {
          expect(result).toMatchObject({ ok: false, code: expected });
          expect(result.ok ? "" : result.message).toBeTruthy();
          expect(await databaseState()).toEqual(before);
        }
      });
    }
  }
});
