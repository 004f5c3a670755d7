import { describe, expect, it } from "vitest";
import { ADMIN_PROCEDURES } from "@/app/admin/procedures/admin-procedures";
import { findProcedure } from "@/components/help/procedures";
import { INSTITUTION_PROCEDURES } from "./institution-procedures";
import { HELP_PROCEDURES } from "./procedures";
import { proceduresFor } from "./role-procedures";

describe("the procedures of each role", () => {
  it("gives offerers theirs whatever their permissions, institutions theirs, and the ARS none here (it has /admin/procedures)", () => {
    expect(proceduresFor({ kind: "OFFERER", permissions: ["CONSULTATION"] })?.procedures).toBe(HELP_PROCEDURES);
    expect(proceduresFor({ kind: "OFFERER", permissions: ["ADMIN", "GESTIONNAIRE"] })?.procedures).toBe(HELP_PROCEDURES);
    expect(proceduresFor({ kind: "INSTITUTION", permissions: [] })?.procedures).toBe(INSTITUTION_PROCEDURES);
    expect(proceduresFor({ kind: "REGIONAL_ADMIN", permissions: [] })).toBeNull();
  });

  it("finds a procedure by its slug in its own list only", () => {
    expect(findProcedure(INSTITUTION_PROCEDURES, "calendrier-et-exports")?.title).toBe("Consulter et exporter le calendrier");
    expect(findProcedure(INSTITUTION_PROCEDURES, "creer-une-offre")).toBeUndefined();
    expect(findProcedure(ADMIN_PROCEDURES, "inconnue")).toBeUndefined();
  });

  it("has unique, URL-safe slugs and a title and summary for each procedure", () => {
    for (const list of [HELP_PROCEDURES, INSTITUTION_PROCEDURES, ADMIN_PROCEDURES]) {
      expect(new Set(list.map((procedure) => procedure.slug)).size).toBe(list.length);
      for (const procedure of list) {
        expect(procedure.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(procedure.title.length).toBeGreaterThan(5);
        expect(procedure.summary.length).toBeGreaterThan(5);
      }
    }
  });
});
