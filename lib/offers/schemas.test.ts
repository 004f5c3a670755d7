import { describe, expect, it } from "vitest";
import type { OfferContent } from "@/db/schema";
import { maxLengthMessage } from "@/lib/core/validation/common";
import { describeMissing, HOSTING_TIMES_MESSAGE, missingFieldErrors, missingFields } from "./completeness";
import {
  createOfferSchema,
  descriptionStepSchema,
  modalitiesStepSchema,
  PLACES_MESSAGE,
  publicationStepSchema,
  renewPublicationSchema,
  saveOfferStepSchema,
  sendBackSchema,
} from "./schemas";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("descriptionStepSchema", () => {
  it("accepts a draft with only a name, and strips forged keys", () => {
    const parsed = descriptionStepSchema.parse({ name: "  Atelier sommeil ", state: "PUBLISHED", structureId: "x", id: 1 });
    expect(parsed.name).toBe("Atelier sommeil");
    expect(parsed).not.toHaveProperty("state");
    expect(parsed).not.toHaveProperty("structureId");
    expect(parsed).not.toHaveProperty("id");
    expect(parsed.themeIds).toEqual([]);
    expect(parsed.places).toBeNull();
  });

  it.each([0, 10_000, -3, 2.5, "douze"])("refuses %s places with a French message", (places) => {
    expect(errorsOf(descriptionStepSchema.safeParse({ name: "x", places }))).toEqual({ places: PLACES_MESSAGE });
  });

  it("accepts 1 and 200 places, given as text", () => {
    expect(descriptionStepSchema.parse({ name: "x", places: "1" }).places).toBe(1);
    expect(descriptionStepSchema.parse({ name: "x", places: 200 }).places).toBe(200);
  });

  it("refuses a 100 kB description and a 151-character name", () => {
    const errors = errorsOf(descriptionStepSchema.safeParse({ name: "n".repeat(151), description: "é".repeat(100_000) }));
    expect(errors).toEqual({ name: maxLengthMessage(150), description: maxLengthMessage(1000) });
  });

  it("counts CRLF line breaks as one character, as the live counter does", () => {
    expect(descriptionStepSchema.safeParse({ name: "x", description: `${"a".repeat(499)}\r\n${"b".repeat(500)}` }).success).toBe(true);
  });

  it("checks emails and French phones, normalising them", () => {
    const parsed = descriptionStepSchema.parse({ name: "x", applicationEmail: " Stage@Ecole.FR ", referentPhone: "01 23 45 67 89" });
    expect(parsed.applicationEmail).toBe("stage@ecole.fr");
    expect(parsed.referentPhone).toBe("+33123456789");
    expect(errorsOf(descriptionStepSchema.safeParse({ name: "x", applicationEmail: "pas-un-email", localReferentPhone: "12345" }))).toEqual({
      applicationEmail: "Saisissez une adresse email valide, par exemple nom@exemple.fr",
      localReferentPhone: "Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89",
    });
  });

  it("takes reference ids as strings or numbers, de-duplicated, and refuses junk", () => {
    expect(descriptionStepSchema.parse({ name: "x", themeIds: ["3", 3, "4"] }).themeIds).toEqual([3, 4]);
    expect(descriptionStepSchema.safeParse({ name: "x", themeIds: ["1; drop table offers"] }).success).toBe(false);
  });
});

describe("modalitiesStepSchema", () => {
  it("keeps valid weekly slots, sorted, and refuses others", () => {
    expect(modalitiesStepSchema.parse({ weeklySlots: ["2-pm", "1-am", "1-am"] }).weeklySlots).toEqual(["1-am", "2-pm"]);
    expect(modalitiesStepSchema.safeParse({ weeklySlots: ["8-am"] }).success).toBe(false);
    expect(modalitiesStepSchema.safeParse({ weeklySlots: ["1-soir"] }).success).toBe(false);
  });

  it("keeps one grid for every month by default, and with « Adapter selon le mois » one grid per month of the period", () => {
    expect(modalitiesStepSchema.parse({ weeklySlots: ["1-am"], monthlySlots: { "2026-11": [] } })).toMatchObject({ weeklySlots: ["1-am"], monthlySlots: null });
    const varied = modalitiesStepSchema.parse({
      periodStart: "2026-11-02",
      periodEnd: "2027-01-29",
      weeklySlots: ["1-am", "4-pm"],
      slotsVaryByMonth: true,
      monthlySlots: { "2026-12": [], "2027-01": ["2-pm", "1-am"], "2026-10": ["5-am"] },
    });
    // November takes the shared grid, October (outside the period) is dropped, the union is the weekly grid.
    expect(varied.monthlySlots).toEqual({ "2026-11": ["1-am", "4-pm"], "2026-12": [], "2027-01": ["1-am", "2-pm"] });
    expect(varied.weeklySlots).toEqual(["1-am", "2-pm", "4-pm"]);
    expect(varied).not.toHaveProperty("slotsVaryByMonth");
  });

  it("refuses « Adapter selon le mois » without a period or over more than twelve months, and junk grids", () => {
    expect(errorsOf(modalitiesStepSchema.safeParse({ slotsVaryByMonth: "on", periodStart: "2026-11-02" }))).toEqual({
      slotsVaryByMonth: "Indiquez le début et la fin de période : une plage par mois de la période apparaîtra",
    });
    expect(errorsOf(modalitiesStepSchema.safeParse({ slotsVaryByMonth: true, periodStart: "2026-09-01", periodEnd: "2027-09-01" }))).toEqual({
      slotsVaryByMonth: "Une plage par mois est possible sur 12 mois au plus : raccourcissez la période ou gardez la même plage tous les mois",
    });
    expect(
      modalitiesStepSchema.safeParse({ slotsVaryByMonth: true, periodStart: "2026-09-01", periodEnd: "2026-10-01", monthlySlots: { "2026-09": ["9-am"] } })
        .success,
    ).toBe(false);
    expect(
      modalitiesStepSchema.safeParse({ slotsVaryByMonth: true, periodStart: "2026-09-01", periodEnd: "2026-10-01", monthlySlots: { septembre: [] } }).success,
    ).toBe(false);
  });

  it("refuses a period ending before it starts", () => {
    expect(errorsOf(modalitiesStepSchema.safeParse({ periodStart: "2026-06-10", periodEnd: "2026-06-01" }))).toEqual({
      periodEnd: "La fin de période doit être le même jour ou après le début de période",
    });
    expect(modalitiesStepSchema.safeParse({ periodStart: "2026-06-10", periodEnd: "2026-06-10" }).success).toBe(true);
  });

  it("refuses dates that do not exist", () => {
    expect(errorsOf(modalitiesStepSchema.safeParse({ periodStart: "2026-02-30" }))).toEqual({ periodStart: "Saisissez une date valide" });
  });
});

describe("publicationStepSchema", () => {
  const schema = publicationStepSchema("2026-05-15");
  it("refuses a start before today and an end not after the start", () => {
    expect(errorsOf(schema.safeParse({ publicationStart: "2026-05-14", publicationEnd: "2026-06-01" }))).toEqual({
      publicationStart: "La date de début de publication ne peut pas être antérieure à la date du jour",
    });
    expect(errorsOf(schema.safeParse({ publicationStart: "2026-05-20", publicationEnd: "2026-05-20" }))).toEqual({
      publicationEnd: "La date de fin de publication doit être postérieure à la date de début",
    });
    expect(schema.safeParse({ publicationStart: "2026-05-15", publicationEnd: "2026-05-16" }).success).toBe(true);
    expect(schema.safeParse({ publicationStart: "", publicationEnd: "" }).success).toBe(true);
  });

  it("renewal needs both dates, in order", () => {
    expect(errorsOf(renewPublicationSchema.safeParse({ offerId: 1, publicationStart: "2026-06-01", publicationEnd: "2026-05-01" }))).toEqual({
      publicationEnd: "La date de fin de publication doit être postérieure à la date de début",
    });
    expect(errorsOf(renewPublicationSchema.safeParse({ offerId: 1, publicationStart: "", publicationEnd: "2026-05-01" }))).toEqual({
      publicationStart: "Ce champ est obligatoire",
    });
  });
});

describe("action payloads", () => {
  it("take the offer id as a positive integer only", () => {
    for (const offerId of [0, -1, "1 or 1=1", 2 ** 40, null]) {
      expect(saveOfferStepSchema.safeParse({ offerId, step: "complements", values: {} }).success).toBe(false);
    }
    expect(saveOfferStepSchema.safeParse({ offerId: "1042", step: "complements", values: {} }).success).toBe(true);
  });

  it("cannot smuggle a state through any step", () => {
    const parsed = saveOfferStepSchema.parse({
      offerId: 1,
      step: "complements",
      state: "PUBLISHED",
      values: { offersMeals: "on", state: "PUBLISHED", structureId: "x" },
    });
    expect(parsed).not.toHaveProperty("state");
    expect(parsed.values).toEqual({ requiredDocuments: null, offersHousing: false, offersMeals: true, offersTransport: false });
    expect(createOfferSchema.parse({ values: { name: "x" }, structureId: "y" })).not.toHaveProperty("structureId");
  });

  it("sending back needs a comment", () => {
    expect(errorsOf(sendBackSchema.safeParse({ offerId: 1, comment: "   " }))).toEqual({ comment: "Expliquez ce qui doit être corrigé" });
  });
});

describe("missingFields", () => {
  it("lists what is missing, step by step, in the form's words", () => {
    const missing = missingFields({ name: "Atelier", regionCode: "11", publicationStart: "2026-05-01" } as OfferContent, "2026-05-15");
    expect(missing.map((m) => [m.step, m.fields.map((f) => f.field)])).toEqual([
      [
        "description",
        ["description", "themeIds", "targetPublicIds", "places", "hostSiteName", "street", "communeCode", "fieldTypeId", "referentName", "applicationEmail"],
      ],
      ["modalities", ["periodStart", "periodEnd", "weeklySlots"]],
      ["publication", ["publicationEnd", "publicationStart"]],
    ]);
    expect(describeMissing(missing)).toContain("Étape 1 « Description » : Description, Thématique(s)");
    expect(describeMissing(missing)).toContain("Référent de l'offre (nom et prénom), Email pour candidater.");
    expect(describeMissing(missing)).toContain(
      "Étape 2 « Modalités » : Début de période, Fin de période, Plage d'accueil (au moins une demi-journée) ou Modalités de prise en charge.",
    );
    expect(describeMissing(missing)).toContain("Étape 4 « Publication » : Date de fin de publication, Date de début de publication (passée).");
    expect(missingFieldErrors(missing)).toMatchObject({
      referentName: ["Ce champ est obligatoire"],
      weeklySlots: [HOSTING_TIMES_MESSAGE],
      careModalities: [HOSTING_TIMES_MESSAGE],
    });
  });

  it("takes a half-day of « Plage d'accueil » or a « Modalités de prise en charge » text, either one", () => {
    const modalities = (content: Partial<OfferContent>) =>
      missingFields({ periodStart: "2026-09-01", periodEnd: "2026-12-18", ...content } as OfferContent).find((m) => m.step === "modalities");
    expect(modalities({ weeklySlots: ["4-am"] })).toBeUndefined();
    expect(modalities({ weeklySlots: [], careModalities: "Le jeudi matin, selon l'emploi du temps des classes." })).toBeUndefined();
    expect(modalities({ weeklySlots: [], careModalities: "   " })?.fields.map((f) => f.field)).toEqual(["weeklySlots"]);
  });
});
