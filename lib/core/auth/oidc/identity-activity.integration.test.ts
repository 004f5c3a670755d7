import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityLog } from "@/db/schema";
import { listStructureActivity } from "@/lib/offers/queries";
import { listRegionStructureHistory } from "@/lib/structures/admin/queries";
import { createStructure, createUser } from "@/test/factories";
import { findEmails } from "@/test/mailbox";
import { confirmLink, listLinkedIdentities, resolveSignOn, unlinkIdentity } from "./identities";
import { PROVIDERS, type ProviderSpec } from "./providers";

const PSC = PROVIDERS.find((p) => p.id === "PRO_SANTE_CONNECT") as ProviderSpec;

async function linkByEmail(email: string, subject: string, now: Date) {
  await resolveSignOn({ provider: PSC, subject, email, firstName: "Inès" }, now);
  const [mail] = await findEmails({ to: email, template: "identity-link" });
  const token = /\/connexion\/associer\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error("no link emailed");
  expect(await confirmLink(token, now)).toMatchObject({ ok: true });
}

describe("linking and unlinking an identity in the activity log (docs/architecture.md#journal-dactivite)", () => {
  it("writes one line for each, by the person about their account, in their structure's history", async () => {
    const structure = await createStructure(db);
    const user = await createUser(db, { structureId: structure.id, firstName: "Inès", lastName: "Moreau" });
    const linkedAt = new Date("2026-05-01T08:00:00Z");
    await linkByEmail(user.email, "psc-journal", linkedAt);
    const [identity] = await listLinkedIdentities(user.id);
    await unlinkIdentity(user.id, identity!.id, new Date("2026-05-01T09:00:00Z"));

    const lines = await db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.subjectType, "user"), eq(activityLog.subjectId, user.id)))
      .orderBy(activityLog.createdAt);
    expect(lines).toMatchObject([
      {
        action: "user.identity_linked",
        actorId: user.id,
        structureId: structure.id,
        regionCode: "11",
        summary: "Identité Pro Santé Connect associée : Inès Moreau",
        details: { provider: "PRO_SANTE_CONNECT", subject: "psc-journal" },
      },
      { action: "user.identity_unlinked", actorId: user.id, structureId: structure.id, summary: "Identité Pro Santé Connect dissociée : Inès Moreau" },
    ]);
    expect(lines[0]!.createdAt.toISOString()).toBe(linkedAt.toISOString());

    // Shown where the account's other changes are: « Toute l'activité » (Utilisateurs) and the ARS's structure history.
    const activity = await listStructureActivity(structure.id, { kind: "utilisateurs" });
    expect(activity.map((line) => line.summary)).toEqual([
      "Identité Pro Santé Connect dissociée : Inès Moreau",
      "Identité Pro Santé Connect associée : Inès Moreau",
    ]);
    const history = await listRegionStructureHistory("11", structure.id);
    expect(history.map((line) => line.action)).toEqual(["user.identity_unlinked", "user.identity_linked"]);
  });

  it("writes nothing for a refused unlinking", async () => {
    const user = await createUser(db, { passwordHash: null });
    await linkByEmail(user.email, "psc-only", new Date());
    const [identity] = await listLinkedIdentities(user.id);
    await expect(unlinkIdentity(user.id, identity!.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const stranger = await createUser(db);
    await expect(unlinkIdentity(stranger.id, identity!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const actions = await db.select({ action: activityLog.action }).from(activityLog).where(eq(activityLog.subjectId, user.id));
    expect(actions).toEqual([{ action: "user.identity_linked" }]);
  });
});
