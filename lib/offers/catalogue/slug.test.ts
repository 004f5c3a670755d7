import { describe, expect, it } from "vitest";
import { offerPdfFilename, slugify } from "./slug";

describe("slugify", () => {
  it("writes French names in plain ASCII", () => {
    expect(slugify("Prévention de l'obésité chez l'enfant")).toBe("prevention-de-l-obesite-chez-l-enfant");
    expect(slugify("Œuvre « Cœur » & Santé — 2026 !")).toBe("oeuvre-coeur-sante-2026");
    expect(slugify("ÉCOLE Élémentaire")).toBe("ecole-elementaire");
  });

  it("cuts long names on a word boundary", () => {
    const slug = slugify("Atelier de prévention des addictions aux écrans pour les collégiens de quatrième et troisième");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe("atelier-de-prevention-des-addictions-aux-ecrans-pour-les");
  });

  it("gives an empty slug for names without letters or digits", () => {
    expect(slugify("🎉 — !!")).toBe("");
  });
});

describe("offerPdfFilename", () => {
  it("is offre-<number>-<slug>.pdf", () => {
    expect(offerPdfFilename(1042, "Atelier sommeil")).toBe("offre-1042-atelier-sommeil.pdf");
    expect(offerPdfFilename(7, "***")).toBe("offre-7.pdf");
  });
});
