import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { faqEntries, outbox, supportRequests } from "@/db/schema";
import { createUser } from "@/test/factories";
import { supportRequestForm } from "@/test/fixtures/support";
import { actAs, setSession } from "@/test/session";
import { newSubmissionKey, SUBMISSION_FIELD, submissionKeys } from "./submission-key";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sses-socket-address": "198.51.100.77" }) }));

const { createFaqEntryAction, moveFaqEntryAction } = await import("@/lib/help/actions");
const { answerSupportRequestAction, submitSupportRequestAction } = await import("@/lib/help/actions");

/**
 * The buttons of useRefreshingAction (`submit`) and the « Formulaire d'assistance » now send a
 * submission key (docs/architecture.md#une-soumission-une-ecriture): clicked or sent again after a
 * lost answer, with the same key, they write once and answer what the first did.
 */
describe("buttons and forms sent twice with the same key", () => {
  it("« Monter » a FAQ entry: it moves one place, not two", async () => {
    await actAs((await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" })).id);
    const theme = `Thème ${randomUUID()}`;
    const ids: number[] = [];
    for (const question of ["A ?", "B ?", "C ?"]) {
      const created = await createFaqEntryAction({ theme, question, answer: "Réponse." });
      ids.push((created as { data: { id: number } }).data.id);
    }
    const key = newSubmissionKey();
    expect(await moveFaqEntryAction({ entryId: ids[2]!, direction: "up", [SUBMISSION_FIELD]: key } as never)).toMatchObject({ ok: true });
    expect(await moveFaqEntryAction({ entryId: ids[2]!, direction: "up", [SUBMISSION_FIELD]: key } as never)).toMatchObject({ ok: true });
    const order = await db
      .select({ question: faqEntries.question })
      .from(faqEntries)
      .where(and(eq(faqEntries.regionCode, "44"), eq(faqEntries.theme, theme)))
      .orderBy(asc(faqEntries.position));
    expect(order.map((entry) => entry.question)).toEqual(["A ?", "C ?", "B ?"]);
  });

  it("the « Formulaire d'assistance », logged out: one request", async () => {
    setSession(null);
    const email = `demandeur-${randomUUID()}@exemple.fr`;
    const key = newSubmissionKey();
    const send = () => {
      const form = supportRequestForm({ email });
      form.set(SUBMISSION_FIELD, key);
      return submitSupportRequestAction(form);
    };
    const first = await send();
    expect(first).toMatchObject({ ok: true });
    expect(await send()).toEqual(first);
    expect(await db.$count(supportRequests, eq(supportRequests.email, email))).toBe(1);
  });
});

describe("« Envoyer la réponse » to a support request, sent twice with the same key", () => {
  it("sends one email", async () => {
    setSession(null);
    const email = `demandeur-${randomUUID()}@exemple.fr`;
    const sent = await submitSupportRequestAction(supportRequestForm({ email }));
    const requestId = (sent as { data: { id: string } }).data.id;
    await actAs((await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" })).id);
    const key = newSubmissionKey();
    const answer = { requestId, answer: "Votre offre est en ligne depuis ce matin.", [SUBMISSION_FIELD]: key };
    expect(await answerSupportRequestAction(answer as never)).toMatchObject({ ok: true });
    expect(await answerSupportRequestAction(answer as never)).toMatchObject({ ok: true });
    expect(await db.$count(outbox, and(eq(outbox.template, "support-reply"), eq(outbox.toEmail, email)))).toBe(1);
  });
});

describe("submissionKeys (the keys of a set of buttons)", () => {
  it("keeps the key for the same action and input until it succeeds, and draws another for anything else", () => {
    const keys = submissionKeys();
    const move = () => {};
    const remove = () => {};
    const up = keys.keyFor(move, { entryId: 1, direction: "up" });
    expect(keys.keyFor(move, { entryId: 1, direction: "up" })).toBe(up);
    const down = keys.keyFor(move, { entryId: 1, direction: "down" });
    expect(down).not.toBe(up);
    expect(keys.keyFor(remove, { entryId: 1, direction: "down" })).not.toBe(down);
    const again = keys.keyFor(remove, { entryId: 1, direction: "down" });
    keys.succeeded();
    expect(keys.keyFor(remove, { entryId: 1, direction: "down" })).not.toBe(again);
  });
});
