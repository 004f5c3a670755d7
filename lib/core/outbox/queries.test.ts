import { describe, expect, it } from "vitest";
import { parseOutboxFilters } from "./queries";

describe("parseOutboxFilters", () => {
  it("reads state, recipient and page from the URL", () => {
    expect(parseOutboxFilters({ etat: "FAILED", destinataire: "  camille@ ", page: "3" })).toEqual({ status: "FAILED", recipient: "camille@", page: 3 });
  });

  it("ignores what it does not understand instead of failing", () => {
    expect(parseOutboxFilters({ etat: "DELETED", destinataire: "", page: "-2" })).toEqual({ status: undefined, recipient: undefined, page: 1 });
    expect(parseOutboxFilters({ etat: ["SENT", "FAILED"], page: "abc" })).toEqual({ status: "SENT", recipient: undefined, page: 1 });
    expect(parseOutboxFilters({ destinataire: "x".repeat(1_000), page: "999999999" }).recipient).toHaveLength(254);
    expect(parseOutboxFilters({ page: "999999999" }).page).toBe(100_000);
  });
});
