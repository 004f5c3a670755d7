import { describe, expect, it } from "vitest";
import { getDepartment, getRegion, isArsRegion, listDepartments, listRegions, REGION_GRAND_EST, REGION_IDF } from "./territories";
import { nth } from "@/lib/core/rows";

describe("régions", () => {
  it("lists the 18 régions that have an ARS, in French alphabetical order", () => {
    const regions = listRegions();
    expect(regions).toHaveLength(18);
    expect(regions[0]).toEqual({ code: "84", name: "Auvergne-Rhône-Alpes" });
    expect(regions.map((r) => r.name)).toContain("Île-de-France");
    expect(regions.map((r) => r.code)).not.toContain("988");
    const names = regions.map((r) => r.name);
    expect([...names].sort((a, b) => a.localeCompare(b, "fr"))).toEqual(names);
  });

  it("names the two pilot régions", () => {
    expect(getRegion(REGION_IDF)).toEqual({ code: "11", name: "Île-de-France" });
    expect(getRegion(REGION_GRAND_EST)).toEqual({ code: "44", name: "Grand Est" });
    expect(getRegion("04")).toEqual({ code: "04", name: "La Réunion" });
  });

  it("still knows the overseas collectivities, which have no ARS", () => {
    expect(getRegion("988")?.name).toBe("Nouvelle-Calédonie");
    expect(isArsRegion("988")).toBe(false);
    expect(isArsRegion(REGION_IDF)).toBe(true);
  });

  it("returns null for an unknown code", () => {
    expect(getRegion("99")).toBeNull();
    expect(getRegion("")).toBeNull();
  });
});

describe("départements", () => {
  it("lists the 101 départements of ARS régions in the usual order", () => {
    const codes = listDepartments().map((d) => d.code);
    expect(codes).toHaveLength(101);
    expect(codes.slice(0, 3)).toEqual(["01", "02", "03"]);
    expect(codes.slice(codes.indexOf("19"), codes.indexOf("19") + 4)).toEqual(["19", "2A", "2B", "21"]);
    expect(codes.slice(-5)).toEqual(["971", "972", "973", "974", "976"]);
  });

  it("lists the départements of one région", () => {
    expect(listDepartments(REGION_IDF).map((d) => d.code)).toEqual(["75", "77", "78", "91", "92", "93", "94", "95"]);
    expect(listDepartments(REGION_GRAND_EST).map((d) => d.code)).toEqual(["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"]);
    expect(listDepartments("99")).toEqual([]);
  });

  it("gets one département with its région", () => {
    expect(getDepartment("93")).toEqual({ code: "93", name: "Seine-Saint-Denis", regionCode: "11" });
    expect(getDepartment("2a")).toEqual({ code: "2A", name: "Corse-du-Sud", regionCode: "94" });
    expect(getDepartment("974")).toEqual({ code: "974", name: "La Réunion", regionCode: "04" });
    expect(getDepartment("20")).toBeNull();
  });

  it("returns copies, so a caller cannot corrupt the cache", () => {
    const department = getDepartment("75")!;
    department.name = "Lutèce";
    nth(listRegions(), 0).name = "changé";
    expect(getDepartment("75")?.name).toBe("Paris");
    expect(nth(listRegions(), 0).name).toBe("Auvergne-Rhône-Alpes");
  });
});
