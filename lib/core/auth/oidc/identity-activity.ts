import "server-only";
import type { DbOrTx } from "@/db/client";
import type { IdentityProvider } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { providerName } from "./providers";

export type IdentityOwner = { id: string; firstName: string; lastName: string; structureId: string | null; regionCode: string | null };

/**
 * Linking and unlinking an identity go into the activity log like any change of an account
 * (docs/architecture.md#journal-dactivite): the person did it, about themselves, in the history of
 * their structure and région.
 */
export async function recordIdentityChange(
  tx: DbOrTx,
  owner: IdentityOwner,
  change: { kind: "linked" | "unlinked"; provider: IdentityProvider; subject: string },
  at: Date,
): Promise<void> {
  const name = providerName(change.provider);
  await recordActivity(tx, {
    action: change.kind === "linked" ? "user.identity_linked" : "user.identity_unlinked",
    subjectId: owner.id,
    actorId: owner.id,
    structureId: owner.structureId,
    regionCode: owner.regionCode,
    summary: `Identité ${name} ${change.kind === "linked" ? "associée" : "dissociée"} : ${owner.firstName} ${owner.lastName}`,
    details: { provider: change.provider, subject: change.subject },
    at,
  });
}
