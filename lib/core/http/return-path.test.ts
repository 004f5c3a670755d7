import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each(["/espace", "/espace/offres?tri=nom", "/admin/structures/12", "/admin?x=1"])("keeps the private path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "https://ailleurs.fr/espace",
    "//ailleurs.fr/espace",
    "/espace//ailleurs.fr",
    "/\\ailleurs.fr",
    "/espace\\..\\x",
    "/offres",
    // Issue 14, finding 9: a CR/LF (or any control character) would split the Location header.
    "/espace\r\nSet-Cookie: x=1",
    "/espace\nx",
    "/admin\u0000",
    `/espace/${"x".repeat(3000)}`,
    undefined,
    ["/espace"],
  ])("treats %j as absent", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});
