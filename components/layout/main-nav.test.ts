import { describe, expect, it } from "vitest";
import { findCurrentHref } from "./main-nav";

const SPACE = ["/espace", "/espace/offres", "/espace/calendrier", "/espace/aide", "/espace/structure", "/espace/utilisateurs"];
const PUBLIC = ["/", "/offres", "/aide"];

describe("findCurrentHref", () => {
  it("lights the deepest item the page lives under", () => {
    expect(findCurrentHref("/espace/offres/1012", SPACE)).toBe("/espace/offres");
    expect(findCurrentHref("/offres/1099", PUBLIC)).toBe("/offres");
    expect(findCurrentHref("/aide/assistance", PUBLIC)).toBe("/aide");
  });

  it("lights a menu's root on itself only: a page outside the menu lights nothing", () => {
    expect(findCurrentHref("/espace", SPACE)).toBe("/espace");
    expect(findCurrentHref("/espace/profil", SPACE)).toBeUndefined();
    expect(findCurrentHref("/", PUBLIC)).toBe("/");
    expect(findCurrentHref("/connexion", PUBLIC)).toBeUndefined();
  });
});
