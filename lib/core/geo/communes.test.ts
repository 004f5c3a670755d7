import { describe, expect, it } from "vitest";
import { type Commune, foldPlaceName, getCommune, listPostalCodes, searchCommunes } from "./communes";
import { nth } from "@/lib/core/rows";

function labels(communes: Commune[]): string[] {
  return communes.map((c) => `${c.postalCode} ${c.name}`);
}

describe("foldPlaceName", () => {
  it("ignores case, accents, hyphens, apostrophes and ligatures, and expands « st »", () => {
    expect(foldPlaceName("L'Haÿ-les-Roses")).toBe("l hay les roses");
    expect(foldPlaceName("  St-Étienne ")).toBe("saint etienne");
    expect(foldPlaceName("Ste Marie")).toBe("sainte marie");
    expect(foldPlaceName("Œuilly")).toBe("oeuilly");
  });
});

describe("searchCommunes by postal code", () => {
  it("finds the communes of an exact postal code", () => {
    expect(searchCommunes("93200")).toEqual([{ code: "93066", name: "Saint-Denis", postalCode: "93200", departmentCode: "93", regionCode: "11" }]);
    expect(searchCommunes("75 015")).toEqual([{ code: "75056", name: "Paris", postalCode: "75015", departmentCode: "75", regionCode: "11" }]);
  });

  it("completes a prefix of two digits or more, largest communes first", () => {
    const results = searchCommunes("93", 5);
    expect(results).toHaveLength(5);
    expect(results.every((c) => c.postalCode.startsWith("93"))).toBe(true);
    expect(nth(results, 0).name).toBe("Saint-Denis");
  });

  it("keeps only the pairs whose postal code matches", () => {
    expect(labels(searchCommunes("9321"))).toContain("93210 Saint-Denis");
    expect(labels(searchCommunes("9321"))).not.toContain("93200 Saint-Denis");
  });

  it("handles Corsica and overseas postal codes", () => {
    expect(searchCommunes("20000")[0]).toMatchObject({ name: "Ajaccio", departmentCode: "2A", regionCode: "94" });
    expect(searchCommunes("97400")[0]).toMatchObject({ name: "Saint-Denis", departmentCode: "974", regionCode: "04" });
  });

  it("needs two digits and refuses more than five", () => {
    expect(searchCommunes("9")).toEqual([]);
    expect(searchCommunes("932000")).toEqual([]);
  });
});

describe("searchCommunes by name", () => {
  it("finds Saint-Denis however it is typed", () => {
    for (const query of ["Saint-Denis", "saint denis", "st denis", "ST-DENIS", "saintdenis", "Saint Denis "]) {
      const results = searchCommunes(query, 20);
      expect(labels(results), query).toContain("93200 Saint-Denis");
      expect(nth(results, 0).name, query).toBe("Saint-Denis");
    }
  });

  it("puts exact names first, then names starting with the query, then other word matches", () => {
    const names = searchCommunes("nancy", 10).map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(["Nancy", "Nancy"]);
    expect(names.indexOf("Nancy-sur-Cluses")).toBeLessThan(names.indexOf("Vandœuvre-lès-Nancy"));
  });

  it("ranks homonyms by population", () => {
    const codes = [
      ...new Set(
        searchCommunes("saint-denis", 30)
          .filter((c) => c.name === "Saint-Denis")
          .map((c) => c.code),
      ),
    ];
    expect(codes.slice(0, 2)).toEqual(["97411", "93066"]);
  });

  it("gives one result per postal code of Paris, Lyon and Marseille", () => {
    const paris = searchCommunes("paris", 30).filter((c) => c.code === "75056");
    expect(paris).toHaveLength(21);
    expect(nth(paris, 0).postalCode).toBe("75001");
    expect(paris.map((c) => c.postalCode)).toContain("75116");
    expect(searchCommunes("lyon", 3).map((c) => c.postalCode)).toEqual(["69001", "69002", "69003"]);
    expect(searchCommunes("marseille", 1)[0]).toMatchObject({ code: "13055", regionCode: "93" });
  });

  it("never returns arrondissements or former communes as communes of their own", () => {
    expect(searchCommunes("paris 1er arrondissement")).toEqual([]);
    expect(getCommune("75101", "75001")).toBeNull();
  });

  it("ignores accents and apostrophes", () => {
    expect(labels(searchCommunes("l hay les roses"))).toEqual(["94240 L'Haÿ-les-Roses"]);
    expect(nth(searchCommunes("evry"), 0).name).toBe("Évry");
    expect(nth(searchCommunes("st etienne"), 0).name).toBe("Saint-Étienne");
  });

  it("combines a name and a postal code", () => {
    expect(labels(searchCommunes("paris 75015"))).toEqual(["75015 Paris"]);
    expect(labels(searchCommunes("saint denis 93")).slice(0, 3)).toEqual(["93200 Saint-Denis", "93210 Saint-Denis", "93380 Saint-Denis"]);
  });

  it("needs two letters, except for an exact one-letter name", () => {
    expect(searchCommunes("a")).toEqual([]);
    expect(labels(searchCommunes("y"))).toEqual(["80190 Y"]);
  });

  it("leaves out overseas collectivities, which have no ARS", () => {
    expect(searchCommunes("98800")).toEqual([]);
    expect(searchCommunes("Nouméa")).toEqual([]);
  });

  it("returns nothing for nonsense, empty queries or a zero limit", () => {
    expect(searchCommunes("xyzzy")).toEqual([]);
    expect(searchCommunes("")).toEqual([]);
    expect(searchCommunes("   -- ")).toEqual([]);
    expect(searchCommunes("paris", 0)).toEqual([]);
  });

  it("respects the limit, 10 by default and 100 at most", () => {
    expect(searchCommunes("saint")).toHaveLength(10);
    expect(searchCommunes("saint", 3)).toHaveLength(3);
    expect(searchCommunes("saint", 500)).toHaveLength(100);
  });

  it("answers fast once loaded", () => {
    searchCommunes("warm up");
    const start = performance.now();
    for (const query of ["st denis", "93", "bourg", "marseille", "evry"]) searchCommunes(query);
    expect((performance.now() - start) / 5).toBeLessThan(50);
  });
});

describe("getCommune", () => {
  it("returns the commune when the INSEE code and postal code go together", () => {
    expect(getCommune("93066", "93210")).toEqual({ code: "93066", name: "Saint-Denis", postalCode: "93210", departmentCode: "93", regionCode: "11" });
    expect(getCommune("2A004", "20000")).toMatchObject({ name: "Ajaccio", departmentCode: "2A" });
    expect(getCommune("2a004", " 20000 ")).toMatchObject({ code: "2A004", postalCode: "20000" });
  });

  it("returns null for a mismatched pair or unknown codes", () => {
    expect(getCommune("93066", "75001")).toBeNull();
    expect(getCommune("00000", "93200")).toBeNull();
    expect(getCommune("93200", "93200")).toBeNull();
  });

  it("lists every postal code of a commune", () => {
    expect(listPostalCodes("93066")).toEqual(["93200", "93210", "93380"]);
    expect(listPostalCodes("nope")).toEqual([]);
  });
});
