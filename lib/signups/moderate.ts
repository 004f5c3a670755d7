import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { signupRequests, structures, users, type Permission, type SignupRequest } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { appUrl } from "@/lib/core/env";
import { AppError, notFoundError } from "@/lib/core/errors";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { ACTIVATION_TTL_HOURS, issueToken } from "@/lib/core/tokens/tokens";
import { EMAIL_TAKEN_MESSAGE } from "./schemas";
import { isServedRegion, moderatedBy } from "./served-regions";
import { isEmailTaken } from "./submit";
import { one } from "@/lib/core/rows";
import { newOffererRow } from "@/lib/users/accounts";

/** The moderator: a regional admin, who only ever sees the requests of their own région. */
export type Moderator = { id: string; regionCode: string };

/** The first user of an accepted structure holds the four permissions (docs/produit.md#inscription-dun-offreur). */
export const FIRST_USER_PERMISSIONS: Permission[] = ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"];

const ALREADY_DECIDED = "Cette demande a déjà été traitée.";
export const OUTSIDE_SERVED_REGIONS =
  "Cette structure est située hors des régions de la plateforme : elle ne peut pas y être créée. Refusez la demande en indiquant à qui s'adresser (l'ARS de sa région).";

/**
 * Moves a PENDING request of the moderator's région to its decision, in the caller's transaction.
 * The `status = 'PENDING'` condition makes a double click (or two admins at once) change one row
 * only; a request of another served région answers not-found, exactly like an unknown id.
 */
async function decide(
  tx: Tx,
  moderator: Moderator,
  requestId: string,
  decision: Pick<SignupRequest, "status" | "refusalReason">,
  now: Date,
): Promise<SignupRequest> {
  const [decided] = await tx
    .update(signupRequests)
    .set({ status: decision.status, refusalReason: decision.refusalReason, decidedAt: now, decidedById: moderator.id })
    .where(and(eq(signupRequests.id, requestId), moderatedBy(signupRequests.regionCode, moderator.regionCode), eq(signupRequests.status, "PENDING")))
    .returning();
  if (decided) return decided;
  const [existing] = await tx
    .select({ id: signupRequests.id })
    .from(signupRequests)
    .where(and(eq(signupRequests.id, requestId), moderatedBy(signupRequests.regionCode, moderator.regionCode)))
    .limit(1);
  throw existing ? new AppError("CONFLICT", ALREADY_DECIDED) : notFoundError("Cette demande");
}

/**
 * « Accepter »: creates the structure (fields and logo of the request) and its first user with the
 * four permissions and no password, issues a 72 h activation link, queues « Création d'un compte
 * utilisateur » and records the decision — all or nothing. Returns the new structure's id.
 */
export async function acceptSignup(moderator: Moderator, requestId: string, now: Date = new Date()): Promise<{ structureId: string; userId: string }> {
  return db.transaction(async (tx) => {
    const request = await decide(tx, moderator, requestId, { status: "ACCEPTED", refusalReason: null }, now);
    // No admin would follow a structure there; the requester hears why through « Refuser ».
    if (!(await isServedRegion(request.regionCode, tx))) throw new AppError("CONFLICT", OUTSIDE_SERVED_REGIONS);
    const { structure: fields, admin } = request.data;
    // The address was free when the request was sent; an account may have been created since.
    if (await isEmailTaken(tx, admin.email)) throw new AppError("CONFLICT", `${EMAIL_TAKEN_MESSAGE} : ${admin.email}. Refusez cette demande en l'expliquant.`);

    const structure = one(
      await tx
        .insert(structures)
        .values({ ...fields, addressComplement: fields.addressComplement ?? null, logoFileId: request.logoFileId, createdAt: now, updatedAt: now })
        .returning({ id: structures.id, name: structures.name, regionCode: structures.regionCode }),
    );
    const user = one(
      await tx
        .insert(users)
        .values(newOffererRow(admin, structure.id, FIRST_USER_PERMISSIONS, moderator.id, now))
        .returning({ id: users.id }),
    );
    await tx.update(signupRequests).set({ structureId: structure.id }).where(eq(signupRequests.id, request.id));

    const token = await issueToken(tx, user.id, "ACTIVATION", ACTIVATION_TTL_HOURS, now);
    await enqueueEmail(tx, {
      template: "account-activation",
      to: admin.email,
      props: { firstName: admin.firstName, structureName: structure.name, activationUrl: appUrl(`/activation/${token}`), expiresInHours: ACTIVATION_TTL_HOURS },
      regionCode: structure.regionCode,
    });
    await recordActivity(tx, {
      action: "signup.accepted",
      subjectId: request.id,
      actorId: moderator.id,
      structureId: structure.id,
      regionCode: structure.regionCode,
      summary: `Demande de création de compte acceptée : ${structure.name}`,
      at: now,
    });
    return { structureId: structure.id, userId: user.id };
  });
}

/** « Refuser »: records the reason and emails it to the requester. */
export async function refuseSignup(moderator: Moderator, requestId: string, reason: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const request = await decide(tx, moderator, requestId, { status: "REFUSED", refusalReason: reason }, now);
    await enqueueEmail(tx, {
      template: "signup-refused",
      to: request.email,
      props: { firstName: request.data.admin.firstName, structureName: request.structureName, reason },
      regionCode: request.regionCode,
    });
    await recordActivity(tx, {
      action: "signup.refused",
      subjectId: request.id,
      actorId: moderator.id,
      regionCode: request.regionCode,
      summary: `Demande de création de compte refusée : ${request.structureName}`,
      details: { reason },
      at: now,
    });
  });
}
