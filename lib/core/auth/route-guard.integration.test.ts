import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { structures, users, type User } from "@/db/schema";
import { attachFile, createOfferInState, createStructure, createUser } from "@/test/factories";
import { actAs, setSession } from "@/test/session";

/**
 * Every route handler behind a login (downloads and exports: the proxy only redirects) goes through
 * authorizeRoute. Each is asked by every kind of caller it must refuse, through the real session
 * check (lib/core/auth/session.ts), with an id that exists: the refusal comes before any lookup.
 */
type Caller =
  "anonymous" | "frozenStructure" | "offererTemporaryPassword" | "adminTemporaryPassword" | "offererWithoutRight" | "offerer" | "regionalAdmin" | "frozen";
type Route = { name: string; call: () => Promise<Response>; space: "espace" | "admin"; allowedOfferer?: "ADMIN" | "CONSULTATION"; openToAdmins?: true };

const world = {} as {
  structureMember: User;
  otherStructureId: string;
  offerer: User;
  consultation: User;
  tempOfferer: User;
  tempAdmin: User;
  regionalAdmin: User;
  frozen: User;
  offerId: number;
  fileId: string;
  structureId: string;
};

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const request = (path: string) => new Request(`http://localhost${path}`);

const routes: Route[] = [
  {
    name: "/espace/offres/export",
    space: "espace",
    call: async () => (await import("@/app/espace/offres/export/route")).GET(request("/espace/offres/export")),
  },
  {
    name: "/espace/offres/[id]/pdf",
    space: "espace",
    call: async () => (await import("@/app/espace/offres/[id]/pdf/route")).GET(request("/x"), params({ id: String(world.offerId) })),
  },
  {
    name: "/espace/offres/[id]/documents/[fileId]",
    space: "espace",
    call: async () =>
      (await import("@/app/espace/offres/[id]/documents/[fileId]/route")).GET(request("/x"), params({ id: String(world.offerId), fileId: world.fileId })),
  },
  { name: "/espace/structure/logo", space: "espace", allowedOfferer: "ADMIN", call: async () => (await import("@/app/espace/structure/logo/route")).GET() },
  {
    name: "/espace/calendrier/export.csv",
    space: "espace",
    openToAdmins: true,
    call: async () => (await import("@/app/espace/calendrier/export.csv/route")).GET(request("/x")),
  },
  {
    name: "/espace/calendrier/export.ics",
    space: "espace",
    openToAdmins: true,
    call: async () => (await import("@/app/espace/calendrier/export.ics/route")).GET(request("/x")),
  },
  { name: "/admin/offres/export", space: "admin", call: async () => (await import("@/app/admin/offres/export/route")).GET(request("/admin/offres/export")) },
  {
    name: "/admin/offres/[id]/pdf",
    space: "admin",
    call: async () => (await import("@/app/admin/offres/[id]/pdf/route")).GET(request("/x"), params({ id: String(world.offerId) })),
  },
  {
    name: "/admin/offres/[id]/documents/[fileId]",
    space: "admin",
    call: async () =>
      (await import("@/app/admin/offres/[id]/documents/[fileId]/route")).GET(request("/x"), params({ id: String(world.offerId), fileId: world.fileId })),
  },
  {
    name: "/admin/structures/[id]/logo",
    space: "admin",
    call: async () => (await import("@/app/admin/structures/[id]/logo/route")).GET(request("/x"), params({ id: world.structureId })),
  },
  {
    name: "/admin/demandes/[id]/logo",
    space: "admin",
    call: async () => (await import("@/app/admin/demandes/[id]/logo/route")).GET(request("/x"), params({ id: world.structureId })),
  },
  {
    name: "/admin/aide/demandes/[id]/fichiers/[fileId]",
    space: "admin",
    call: async () =>
      (await import("@/app/admin/aide/demandes/[id]/fichiers/[fileId]/route")).GET(request("/x"), params({ id: world.structureId, fileId: world.fileId })),
  },
  { name: "/admin/calendrier/export.csv", space: "admin", call: async () => (await import("@/app/admin/calendrier/export.csv/route")).GET(request("/x")) },
  { name: "/admin/calendrier/export.ics", space: "admin", call: async () => (await import("@/app/admin/calendrier/export.ics/route")).GET(request("/x")) },
];

async function actAsCaller(caller: Caller): Promise<void> {
  switch (caller) {
    case "anonymous":
      return setSession(null);
    case "frozen":
      await actAs(world.frozen.id);
      await db.update(users).set({ frozenAt: new Date() }).where(eq(users.id, world.frozen.id));
      return;
    case "frozenStructure":
      // Only the structure's flag, no session-version bump: getCurrentUser reads it on every request.
      await actAs(world.structureMember.id);
      await db.update(structures).set({ frozenAt: new Date() }).where(eq(structures.id, world.otherStructureId));
      return;
    default:
      await actAs(
        {
          offererTemporaryPassword: world.tempOfferer,
          adminTemporaryPassword: world.tempAdmin,
          offererWithoutRight: world.consultation,
          offerer: world.offerer,
          regionalAdmin: world.regionalAdmin,
        }[caller].id,
      );
  }
}

/** What a caller must get from a route; null where it may pass the guard (tested elsewhere). */
function expectedStatus(route: Route, caller: Caller): number | null {
  if (caller === "anonymous" || caller.startsWith("frozen") || caller.endsWith("TemporaryPassword")) return 401;
  if (route.space === "admin") return caller === "regionalAdmin" ? null : 403;
  // The calendar is every role's (docs/produit.md#disponibilites-et-calendrier): a regional admin reads the same région from either space.
  if (caller === "regionalAdmin") return route.openToAdmins ? null : 403;
  if (caller === "offererWithoutRight") return route.allowedOfferer === "ADMIN" ? 403 : null;
  return null;
}

beforeAll(async () => {
  const structure = await createStructure(db);
  const everything = ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"] as const;
  world.structureId = structure.id;
  world.offerer = await createUser(db, { structureId: structure.id, permissions: [...everything] });
  world.consultation = await createUser(db, { structureId: structure.id, permissions: ["CONSULTATION"] });
  world.tempOfferer = await createUser(db, { structureId: structure.id, permissions: [...everything], mustChangePassword: true });
  world.tempAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", mustChangePassword: true });
  world.regionalAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  world.frozen = await createUser(db, { structureId: structure.id, permissions: [...everything] });
  world.otherStructureId = (await createStructure(db)).id;
  world.structureMember = await createUser(db, { structureId: world.otherStructureId, permissions: [...everything] });
  const offer = await createOfferInState(db, structure.id, "PUBLISHED");
  world.offerId = offer.id;
  world.fileId = (await attachFile(db, offer.id)).id;
});

describe("authorizeRoute, for every route handler behind a login", () => {
  const callers: Caller[] = [
    "anonymous",
    "frozen",
    "frozenStructure",
    "offererTemporaryPassword",
    "adminTemporaryPassword",
    "offererWithoutRight",
    "offerer",
    "regionalAdmin",
  ];
  for (const route of routes) {
    for (const caller of callers) {
      const status = expectedStatus(route, caller);
      if (status === null) continue;
      it(`${route.name}: ${caller} → ${status}`, async () => {
        await actAsCaller(caller);
        const response = await route.call();
        expect(response.status).toBe(status);
        expect(response.headers.get("content-type")).toContain("text/plain");
        expect(response.headers.get("cache-control")).toBe("no-store");
      });
    }
  }

  it("lets the structure's own users through to its offer, and answers another structure's user not-found", async () => {
    const pdf = routes.find((route) => route.name === "/espace/offres/[id]/pdf")!;
    const document = routes.find((route) => route.name === "/espace/offres/[id]/documents/[fileId]")!;
    await actAs(world.consultation.id);
    expect((await pdf.call()).status).toBe(200);
    expect((await document.call()).status).toBe(200);

    const stranger = await createUser(db, { structureId: (await createStructure(db)).id, permissions: ["ADMIN", "CONSULTATION"] });
    await actAs(stranger.id);
    expect((await pdf.call()).status).toBe(404);
    expect((await document.call()).status).toBe(404);
  });

  it("answers another région's admin not-found for an offer of Île-de-France", async () => {
    const grandEst = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
    await actAs(grandEst.id);
    expect((await routes.find((route) => route.name === "/admin/offres/[id]/pdf")!.call()).status).toBe(404);
    expect((await routes.find((route) => route.name === "/admin/offres/[id]/documents/[fileId]")!.call()).status).toBe(404);
    expect((await routes.find((route) => route.name === "/admin/structures/[id]/logo")!.call()).status).toBe(404);
  });
});
