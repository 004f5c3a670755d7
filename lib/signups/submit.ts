import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { referenceItems, signupRequests, structures, users, type SignupData } from "@/db/schema";
import { appUrl } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { storeFile } from "@/lib/core/files";
import { getCommune } from "@/lib/core/geo/communes";
import { getRegion } from "@/lib/core/geo/territories";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { checkLogo, sniffFileType } from "@/lib/core/validation/files";
import { getRegionSettings } from "@/lib/regions/settings";
import { isServedRegion, listServedRegions, outsideServedRegionsMessage } from "./served-regions";
import { COMMUNE_MESSAGE, type SignupRequestValues, type SignupStructureValues } from "./schemas";
import { one } from "@/lib/core/rows";

export type LogoUpload = { bytes: Uint8Array; name: string };

/** Reads a submitted File once, so that it can be judged by its content. */
export async function readLogo(file: File | undefined): Promise<LogoUpload | undefined> {
  if (!file) return undefined;
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

/**
 * The checks of step 1 that the browser cannot make: the commune exists and is served by that
 * postal code (which fixes the département and the région, never taken from the form), it lies
 * in a région the platform serves (lib/signups/served-regions.ts), the type of offerer is in the
 * reference list, the logo is really a PNG, JPEG or WebP of 1 MB at most.
 * Every error goes next to its field at once.
 */
export async function checkSignupStructure(
  values: SignupStructureValues,
  logo: LogoUpload | undefined,
  tx: DbOrTx = db,
  /** An existing structure being edited: its own type stays acceptable when deactivated since. */
  keptByStructureId?: string,
): Promise<SignupData["structure"]> {
  const errors: Record<string, string[]> = {};
  const commune = getCommune(values.communeCode, values.postalCode);
  if (!commune) errors.communeCode = [COMMUNE_MESSAGE];
  // A new request only: an existing structure cannot leave its région anyway (lib/structures/account.ts).
  else if (!keptByStructureId && !(await isServedRegion(commune.regionCode, tx)))
    errors.communeCode = [outsideServedRegionsMessage(await listServedRegions(tx))];
  const own = keptByStructureId
    ? sql`exists(select 1 from ${structures} where ${structures.id} = ${keptByStructureId} and ${structures.offererTypeId} = ${values.offererTypeId})`
    : undefined;
  const [type] = await tx
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(and(eq(referenceItems.id, values.offererTypeId), eq(referenceItems.kind, "OFFERER_TYPE"), or(eq(referenceItems.isActive, true), own)))
    .limit(1);
  if (!type) errors.offererTypeId = ["Choisissez un type d'offreur dans la liste"];
  const logoError = logo ? checkLogo(logo.bytes, logo.name) : null;
  if (logoError) errors.logo = [logoError];
  if (!commune || Object.keys(errors).length > 0) {
    throw new AppError("INVALID", "Le formulaire contient des erreurs : corrigez les champs signalés.", errors);
  }
  return {
    offererTypeId: values.offererTypeId,
    name: values.name,
    siren: values.siren,
    street: values.street,
    addressComplement: values.addressComplement,
    postalCode: commune.postalCode,
    communeCode: commune.code,
    communeName: commune.name,
    departmentCode: commune.departmentCode,
    regionCode: commune.regionCode,
    legalRepCivility: values.legalRepCivility,
    legalRepLastName: values.legalRepLastName,
    legalRepFirstName: values.legalRepFirstName,
    legalRepFunction: values.legalRepFunction,
    description: values.description,
  };
}

/** One account per address on the whole platform (docs/produit.md#inscription-dun-offreur): existing accounts and pending requests. */
export async function isEmailTaken(tx: DbOrTx, email: string): Promise<boolean> {
  const [row] = await tx.execute<{ taken: boolean }>(sql`
    select exists (select 1 from ${users} where lower(${users.email}) = ${email})
        or exists (select 1 from ${signupRequests} where lower(${signupRequests.email}) = ${email} and ${signupRequests.status} = 'PENDING') as taken`);
  return row?.taken === true;
}

const MIME_TYPES = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" } as const;

export async function storeLogo(tx: DbOrTx, logo: LogoUpload): Promise<string> {
  const type = sniffFileType(logo.bytes) as keyof typeof MIME_TYPES;
  const file = await storeFile(tx, { name: logo.name.slice(0, 200) || `logo.${type}`, mimeType: MIME_TYPES[type], bytes: logo.bytes });
  return file.fileId;
}

/** Who already uses an address: an account (its own first name) or a request waiting for the ARS; null when it is free. */
async function addressOwner(tx: DbOrTx, email: string): Promise<{ account: { firstName: string } | null } | null> {
  const [account] = await tx
    .select({ firstName: users.firstName })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  if (account) return { account };
  return (await isEmailTaken(tx, email)) ? { account: null } : null;
}

/**
 * « ✓ Enregistrer »: the request is stored as pending with its logo, and its two emails (docs/produit.md#courriels)
 * are queued in the same transaction (the requester's « Compte offreur en cours de validation »
 * and a notice to each admin of the région). Returns the request's id.
 *
 * An address already in use (an account, frozen or ARS ones included, or a pending request) stores
 * nothing and returns null; its owner is told by email (« signup-address-in-use »). The caller
 * answers the same either way, so the form never tells a stranger which addresses have an account.
 */
export async function submitSignup(values: SignupRequestValues, logo: LogoUpload | undefined): Promise<string | null> {
  const structure = await checkSignupStructure(values, logo);
  const admin = { firstName: values.firstName, lastName: values.lastName, jobTitle: values.jobTitle, email: values.email, phone: values.phone };

  return db.transaction(async (tx) => {
    // Two requests with the same address submitted at the same instant: the second waits, then sees the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`signup-email:${admin.email}`}))`);
    const owner = await addressOwner(tx, admin.email);
    if (owner) {
      await enqueueEmail(tx, {
        template: "signup-address-in-use",
        to: admin.email,
        props: {
          firstName: owner.account?.firstName ?? null,
          pendingRequest: owner.account === null,
          accountRecoveryUrl: appUrl("/mot-de-passe-oublie"),
          supportUrl: appUrl(`/aide/assistance?region=${structure.regionCode}`),
        },
        regionCode: structure.regionCode,
      });
      return null;
    }
    const logoFileId = logo ? await storeLogo(tx, logo) : null;
    const request = one(
      await tx
        .insert(signupRequests)
        .values({
          data: { structure, admin },
          regionCode: structure.regionCode,
          siren: structure.siren,
          email: admin.email,
          structureName: structure.name,
          logoFileId,
        })
        .returning({ id: signupRequests.id }),
    );

    const regionName = getRegion(structure.regionCode)?.name ?? structure.regionCode;
    // The région's « Adresse de contact de l'ARS », read in this transaction: the email names it as it is now.
    const { contactEmail } = await getRegionSettings(structure.regionCode, tx);
    await enqueueEmail(tx, {
      template: "signup-received",
      to: admin.email,
      // Fixed text only: the address is unverified (emails/signup-received.tsx).
      props: {
        regionName,
        contactEmail,
        supportUrl: appUrl(`/aide/assistance?region=${structure.regionCode}`),
      },
      regionCode: structure.regionCode,
    });
    const reviewers = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.kind, "REGIONAL_ADMIN"), eq(users.regionCode, structure.regionCode), isNull(users.frozenAt)));
    for (const reviewer of reviewers) {
      await enqueueEmail(tx, {
        template: "signup-to-review",
        to: reviewer.email,
        props: { structureName: structure.name, requesterName: `${admin.firstName} ${admin.lastName}`, regionName, reviewUrl: appUrl("/admin/demandes") },
        regionCode: structure.regionCode,
      });
    }
    return request.id;
  });
}
