import { describe, expect, it } from "vitest";
import { normalizePhone } from "@/lib/core/validation/phone";
import { isValidSiren } from "@/lib/core/validation/siren";
import { describeSlots, phoneNumber, sitePhrase } from "./offer-content";
import { createRandom } from "./random";
import { sirenFrom } from "./siren";

describe("sitePhrase", () => {
  it("puts the right preposition and article before a host site", () => {
    expect(sitePhrase("Collège Pablo-Neruda", "à")).toBe("au collège Pablo-Neruda");
    expect(sitePhrase("École maternelle Louis-Pasteur", "de")).toBe("de l'école maternelle Louis-Pasteur");
    expect(sitePhrase("Maison de santé du Pays de Troyes", "à")).toBe("à la maison de santé du Pays de Troyes");
    expect(sitePhrase("Halte de jour Les Récollets", "le")).toBe("la halte de jour Les Récollets");
    expect(sitePhrase("Hôpital de jour pour adolescents de Strasbourg", "de")).toBe("de l'hôpital de jour pour adolescents de Strasbourg");
    expect(sitePhrase("EHPAD Les Tilleuls", "à")).toBe("à l'EHPAD Les Tilleuls");
  });

  it("refuses a site whose gender it does not know", () => {
    expect(() => sitePhrase("Gymnase Jean-Bouin", "à")).toThrow(/Genre inconnu/);
  });
});

describe("describeSlots", () => {
  it("reads the weekly grid in French", () => {
    expect(describeSlots(["1-am"])).toBe("tous les lundis matin");
    expect(describeSlots(["1-am", "4-pm"])).toBe("les lundis matin et les jeudis après-midi");
    expect(describeSlots(["2-am", "2-pm", "5-am"])).toBe("les mardis toute la journée et les vendredis matin");
  });
});

describe("sirenFrom", () => {
  it("appends the Luhn check digit", () => {
    expect(sirenFrom("54210765")).toBe("542107651");
    expect(isValidSiren(sirenFrom("41852376"))).toBe(true);
  });
});

describe("phoneNumber", () => {
  it("gives a stable number in the platform's stored form", () => {
    const phone = phoneNumber("nadia.benali", "11");
    expect(phone).toBe(phoneNumber("nadia.benali", "11"));
    expect(normalizePhone(phone)).toBe(phone);
    expect(phone.startsWith("+331")).toBe(true);
    expect(normalizePhone(phoneNumber("x", "44", true))).toMatch(/^\+33[67]\d{8}$/);
  });
});

describe("createRandom", () => {
  it("gives the same sequence for the same seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.int(0, 1000))).toEqual(Array.from({ length: 5 }, () => b.int(0, 1000)));
  });
});
