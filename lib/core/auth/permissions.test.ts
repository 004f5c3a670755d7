import { describe, expect, it } from "vitest";
import { CAPABILITIES, can, homeFor, type Capability } from "./permissions";

const offerer = (...permissions: ("CONSULTATION" | "GESTIONNAIRE" | "VALIDEUR" | "ADMIN")[]) => ({ kind: "OFFERER" as const, permissions });

describe("permission table (docs/produit.md#roles-et-permissions)", () => {
  it("gives each offerer permission exactly its rights", () => {
    const allowed = (p: Parameters<typeof offerer>[0]) => (Object.keys(CAPABILITIES) as Capability[]).filter((c) => can(offerer(p), c)).sort();
    expect(allowed("CONSULTATION")).toEqual(["calendar.view", "offer.view", "profile.edit", "space.activity"]);
    expect(allowed("GESTIONNAIRE")).toEqual(
      [
        "calendar.view",
        "offer.create",
        "offer.deleteDraft",
        "offer.duplicate",
        "offer.edit",
        "offer.managePublication",
        "offer.submit",
        "offer.view",
        "profile.edit",
        "space.activity",
      ].sort(),
    );
    expect(allowed("VALIDEUR")).toEqual(
      [
        "calendar.view",
        "offer.deleteAny",
        "offer.deleteDraft",
        "offer.duplicate",
        "offer.edit",
        "offer.managePublication",
        "offer.sendBack",
        "offer.submit",
        "offer.validate",
        "offer.view",
        "profile.edit",
        "space.activity",
      ].sort(),
    );
    expect(allowed("ADMIN")).toEqual(["calendar.view", "profile.edit", "space.activity", "structure.edit", "users.manage"]);
  });

  it("makes permissions cumulative", () => {
    expect(can(offerer("GESTIONNAIRE", "VALIDEUR"), "offer.validate")).toBe(true);
    expect(can(offerer("GESTIONNAIRE", "VALIDEUR"), "offer.create")).toBe(true);
  });

  it("keeps the regional admin's and the institution's capabilities to their kind", () => {
    const admin = { kind: "REGIONAL_ADMIN" as const, permissions: [] };
    const institution = { kind: "INSTITUTION" as const, permissions: [] };
    expect(can(admin, "signups.moderate")).toBe(true);
    expect(can(admin, "offer.view")).toBe(false);
    expect(can(institution, "availability.manage")).toBe(true);
    expect(can(institution, "signups.moderate")).toBe(false);
    expect(can(offerer("ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"), "signups.moderate")).toBe(false);
    expect(can(null, "profile.edit")).toBe(false);
  });

  it("sends each kind to its own space", () => {
    expect(homeFor({ kind: "REGIONAL_ADMIN", permissions: [] })).toBe("/admin");
    expect(homeFor({ kind: "INSTITUTION", permissions: [] })).toBe("/espace/disponibilites");
    expect(homeFor(offerer("CONSULTATION"))).toBe("/espace");
  });
});
