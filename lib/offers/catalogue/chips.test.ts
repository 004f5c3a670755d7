import { describe, expect, it } from "vitest";
import { filterChips } from "./chips";
import { EMPTY_FILTERS } from "./filters";

const references = { themes: [{ id: 3, label: "Sommeil", isActive: true }], publics: [], fieldTypes: [] };

describe("filterChips (issue 16, point 4)", () => {
  it("names each active filter and links to the search without it, page 1", () => {
    const chips = filterChips({ ...EMPTY_FILTERS, q: "écrans", themes: [3], department: "93", housing: true, page: 3 }, references, (m) => m);
    expect(chips).toEqual([
      { label: "« écrans »", href: "/offres?thematique=3&departement=93&hebergement=1" },
      { label: "Sommeil", href: "/offres?q=%C3%A9crans&departement=93&hebergement=1" },
      { label: "Seine-Saint-Denis (93)", href: "/offres?q=%C3%A9crans&thematique=3&hebergement=1" },
      { label: "Hébergement", href: "/offres?q=%C3%A9crans&thematique=3&departement=93" },
    ]);
  });

  it("has nothing to show without filters", () => {
    expect(filterChips(EMPTY_FILTERS, references, (m) => m)).toEqual([]);
  });
});
