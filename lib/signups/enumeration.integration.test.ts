import { randomInt } from "node:crypto";
import { inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { signupRequests } from "@/db/schema";
import { createUser } from "@/test/factories";
import { findEmails, latestEmailTo } from "@/test/mailbox";
import { signupFormValues } from "@/test/signups";

// The real action through the real door; only the request's headers are stood in for (one address per call, so the hourly limit never answers).
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sses-socket-address": `198.51.100.${randomInt(1, 255)}` }) }));
const { submitSignupAction } = await import("./actions");

const form = (email: string) => signupFormValues({ email });

describe("the public sign-up never tells which addresses have an account (issue 14, finding 5)", () => {
  it("answers an unknown address, an offerer's, a frozen account's, an ARS admin's and a pending request's alike", async () => {
    await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" }); // Île-de-France is served
    const offerer = await createUser(db, { firstName: "Odile" });
    const frozen = await createUser(db, { frozenAt: new Date() });
    const ars = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
    const pending = `attente.${randomInt(1e9)}@exemple.test`;
    expect(await submitSignupAction(await form(pending))).toEqual({ ok: true, data: null });

    const unknown = `inconnue.${randomInt(1e9)}@exemple.test`;
    const answers = [];
    for (const email of [unknown, offerer.email, frozen.email.toUpperCase(), ars.email, pending]) answers.push(await submitSignupAction(await form(email)));
    // The same answer, word for word, whatever the address: nothing to compare.
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(new Set([JSON.stringify({ ok: true, data: null })]));

    // Only the unknown address got a request; every owner of an address in use got the notice, in their own mailbox.
    const stored = await db
      .select({ email: signupRequests.email })
      .from(signupRequests)
      .where(inArray(signupRequests.email, [unknown, offerer.email, frozen.email, ars.email, pending]));
    expect(stored.map((row) => row.email).sort()).toEqual([pending, unknown].sort());
    expect((await latestEmailTo(unknown, "signup-received")).subject).toContain("Compte offreur en cours de validation");
    for (const owner of [offerer, frozen, ars]) {
      const notice = await latestEmailTo(owner.email, "signup-address-in-use");
      expect(notice.text).toContain("utilisez « Mot de passe oublié »");
      expect(await findEmails({ to: owner.email, template: "signup-received" })).toEqual([]);
    }
    expect((await latestEmailTo(offerer.email, "signup-address-in-use")).text).toContain("Bonjour Odile,");
    expect(await findEmails({ to: pending, template: "signup-address-in-use" })).toHaveLength(1);
  });
});
