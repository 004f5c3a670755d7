import { describe, expect, it } from "vitest";
import { ACTIVITY_DATE_MESSAGE, ACTIVITY_ORDER_MESSAGE, activityHref, parseActivityFilters } from "./activity-filters";

describe("« Toute l'activité »: the filters of the URL", () => {
  it("reads the kind, the Paris days and the page; ignores an unknown kind and a bad page", () => {
    expect(parseActivityFilters({ sorte: "offres", du: "2026-03-01", au: "2026-03-31", page: "3" })).toEqual({
      filters: { kind: "offres", from: "2026-03-01", to: "2026-03-31", page: 3 },
      errors: {},
      raw: { du: "2026-03-01", au: "2026-03-31" },
    });
    expect(parseActivityFilters({ sorte: "inconnue", page: "-2" }).filters).toEqual({ kind: null, from: null, to: null, page: 1 });
    expect(parseActivityFilters({ page: "1e9999" }).filters.page).toBe(1);
  });

  it("a malformed date, or an end before the start: a French message for its field, and that date not applied", () => {
    expect(parseActivityFilters({ du: "2026-02-30", au: "demain" })).toMatchObject({
      filters: { from: null, to: null },
      errors: { du: ACTIVITY_DATE_MESSAGE, au: ACTIVITY_DATE_MESSAGE },
      raw: { du: "2026-02-30", au: "demain" },
    });
    expect(parseActivityFilters({ du: "2026-03-10", au: "2026-03-01" })).toMatchObject({
      filters: { from: "2026-03-10", to: null },
      errors: { au: ACTIVITY_ORDER_MESSAGE },
    });
  });

  it("writes the URL of a page with the filters that apply", () => {
    expect(activityHref({ kind: "utilisateurs", from: "2026-03-01", to: null, page: 1 }, 2)).toBe("/espace/activite?sorte=utilisateurs&du=2026-03-01&page=2");
    expect(activityHref({ kind: null, from: null, to: null, page: 4 })).toBe("/espace/activite");
  });
});
