import { describe, expect, it } from "vitest";
import { buildOfferSheet, periodLabel, summarize } from "./offer-sheet";
import { sampleOffer } from "../../../test/fixtures/offer-sheet";

function fieldsOf(sheet: ReturnType<typeof buildOfferSheet>, sectionId: string) {
  return Object.fromEntries((sheet.sections.find((s) => s.id === sectionId)?.fields ?? []).map((f) => [f.label, f]));
}

describe("buildOfferSheet", () => {
  it("names the file after the offer number and name", () => {
    const sheet = buildOfferSheet(sampleOffer());
    expect(sheet.fileName).toBe("offre-1042-prevention-de-l-obesite-chez-l-enfant.pdf");
    expect(sheet.number).toBe("1042");
  });

  it("lays out every public field of the four steps under its guide label", () => {
    const sheet = buildOfferSheet(sampleOffer());
    expect(sheet.sections.map((s) => s.title)).toEqual([
      "Présentation de l'offre",
      "Lieu d'accueil",
      "Modalités",
      "Candidater",
      "Référent de l'offre",
      "Référent de proximité",
    ]);
    const description = fieldsOf(sheet, "description");
    expect(description["Thématique(s)"]?.value).toBe("Alimentation / nutrition, Activité physique");
    expect(description["Public cible"]?.value).toBe("Élèves d'élémentaire");
    expect(description["Nombre de places"]?.value).toBe("5");
    expect(description["Type de terrain d'action"]?.value).toBe("Établissement scolaire");
    expect(description.Description?.multiline).toBe(true);

    const place = fieldsOf(sheet, "lieu");
    expect(place["Adresse de l'offre"]?.value).toBe("3 rue de l'École, 93200 Saint-Denis");
    expect(place["Département"]?.value).toBe("Seine-Saint-Denis (93)");

    const modalities = fieldsOf(sheet, "modalites");
    expect(modalities["Période de prise en charge"]?.value).toBe("Fractionnée");
    expect(modalities["Période"]?.value).toBe("Du 4 mai 2026 au 26 juin 2026");
    expect(modalities["Options de prise en charge"]?.value).toBe("Restauration");

    const apply = fieldsOf(sheet, "candidater");
    expect(apply["Email pour candidater"]).toMatchObject({ value: "candidature@ecole.test", href: "mailto:candidature@ecole.test" });

    const referent = fieldsOf(sheet, "referent");
    // Stored in E.164, shown the French way.
    expect(referent["Téléphone"]).toMatchObject({ value: "01 23 45 67 89", href: "tel:+33123456789" });
    expect(fieldsOf(sheet, "referent-proximite")["Téléphone"]).toBeUndefined();

    expect(sheet.publication.label).toBe("Publiée du 1er mars 2026 au 30 juin 2026");
    expect(sheet.location).toBe("École élémentaire Jean Jaurès — Saint-Denis (93)");
    expect(sheet.weeklyGrid.filter((r) => r.morning || r.afternoon).map((r) => r.label)).toEqual(["Lundi", "Mercredi"]);
    expect(sheet.attachments).toEqual([{ fileId: "f1", name: "plan.pdf", size: 1234 }]);
  });

  it("leaves out empty fields and sections, and says « Aucune » for no option", () => {
    const sheet = buildOfferSheet(
      sampleOffer({
        referentName: null,
        referentJobTitle: null,
        referentPhone: "  ",
        referentEmail: null,
        requiredDocuments: null,
        hostSiteName: null,
        offersMeals: false,
        periodStart: null,
        periodEnd: null,
        weeklySlots: [],
      }),
    );
    expect(sheet.sections.some((s) => s.id === "referent")).toBe(false);
    expect(fieldsOf(sheet, "candidater")["Documents nécessaires à la candidature"]).toBeUndefined();
    expect(fieldsOf(sheet, "modalites")["Options de prise en charge"]?.value).toBe("Aucune");
    expect(fieldsOf(sheet, "modalites")["Période"]).toBeUndefined();
    expect(fieldsOf(sheet, "lieu")["Structure d'accueil"]?.value).toBe("Mairie de Saint-Denis");
    expect(sheet.hasWeeklySlots).toBe(false);
  });

  it("dials an overseas number with its own country code", () => {
    const sheet = buildOfferSheet(sampleOffer({ localReferentPhone: "+33262123456" }));
    expect(fieldsOf(sheet, "referent-proximite")["Téléphone"]).toMatchObject({ value: "02 62 12 34 56", href: "tel:+262262123456" });
  });

  it("is pure: same input, same output", () => {
    expect(buildOfferSheet(sampleOffer())).toEqual(buildOfferSheet(sampleOffer()));
  });
});

describe("periodLabel and summarize", () => {
  it("says open periods in French", () => {
    expect(periodLabel("2026-05-01", null)).toBe("À partir du 1er mai 2026");
    expect(periodLabel(null, "2026-05-31")).toBe("Jusqu'au 31 mai 2026");
    expect(periodLabel(null, null)).toBeNull();
  });

  it("cuts a description on a word, with an ellipsis", () => {
    const text = "atelier ".repeat(40);
    const summary = summarize(text);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary.endsWith("atelier…")).toBe(true);
    expect(summarize("Court.")).toBe("Court.");
  });
});
