import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { regionSettings } from "@/db/schema";
import { frozenAccountMessage } from "./frozen-message";

describe("frozenAccountMessage (docs/produit.md#comptes-et-securite)", () => {
  it("names the région's ARS and gives its contact address when the région has one", async () => {
    await db.insert(regionSettings).values({ regionCode: "44", contactEmail: "ars-grandest-sses@ars.sante.fr" });
    expect(await frozenAccountMessage("account", "44")).toBe(
      "Votre compte est gelé : vous ne pouvez plus vous connecter. Pour le rétablir, contactez l'ARS Grand Est : ars-grandest-sses@ars.sante.fr.",
    );
    expect(await frozenAccountMessage("structure", "44")).toBe(
      "Votre structure est gelée : ses utilisateurs ne peuvent plus se connecter. Pour le rétablir, contactez l'ARS Grand Est : ars-grandest-sses@ars.sante.fr.",
    );
  });

  it("names the ARS without an address when the région gave none", async () => {
    expect(await frozenAccountMessage("account", "11")).toBe(
      "Votre compte est gelé : vous ne pouvez plus vous connecter. Pour le rétablir, contactez l'ARS Île-de-France.",
    );
  });
});
