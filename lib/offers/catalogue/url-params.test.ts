import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueParamsSchema } from "./filters";
import { CATALOGUE_PARAMS } from "./url-params";

describe("the catalogue's URL parameters", () => {
  it("are exactly the ones the filter parser reads", () => {
    const shape = (catalogueParamsSchema.in as unknown as { shape: Record<string, unknown> }).shape;
    expect(Object.keys(shape).sort()).toEqual([...CATALOGUE_PARAMS].sort());
  });

  it("each make proxy.ts run, or a filtered search would show the unfiltered listing", () => {
    const proxy = readFileSync(path.resolve(import.meta.dirname, "../../../proxy.ts"), "utf8");
    for (const key of CATALOGUE_PARAMS) {
      expect(proxy).toContain(`{ source: "/offres", has: [{ type: "query", key: "${key}" }] }`);
    }
  });
});
