import { faqEntries, signupRequests, type SignupData } from "../schema";
import type { Tx } from "../client";
import { createdAtOf, type RegionalAdmins } from "./accounts";
import { addDays, type Clock } from "./calendar";
import { place, type Place } from "./communes";
import { FAQ, SIGNUPS } from "./data/signups";
import { phoneNumber } from "./offer-content";
import type { SeededStructure } from "./offers";
import type { ReferenceIds } from "./reference";
import { sirenFrom } from "./siren";
import { itemAt } from "./random";

type SignupRow = typeof signupRequests.$inferInsert;
type LegalRep = { civility: string; firstName: string; lastName: string; function: string };
type StructureFields = {
  offererTypeId: number;
  name: string;
  siren: string;
  street: string;
  addressComplement?: string;
  legalRep: LegalRep;
  description: string;
};

function signupStructure(fields: StructureFields, signupPlace: Place): SignupData["structure"] {
  return {
    offererTypeId: fields.offererTypeId,
    name: fields.name,
    siren: fields.siren,
    street: fields.street,
    addressComplement: fields.addressComplement ?? null,
    ...signupPlace,
    legalRepCivility: fields.legalRep.civility,
    legalRepLastName: fields.legalRep.lastName,
    legalRepFirstName: fields.legalRep.firstName,
    legalRepFunction: fields.legalRep.function,
    description: fields.description,
  };
}

/** Pending requests in both régions, one refused with its reason, and the accepted one behind a demo structure. */
export async function insertSignups(tx: Tx, structures: SeededStructure[], admins: RegionalAdmins, ids: ReferenceIds, clock: Clock): Promise<number> {
  const byKey = (key: string) => {
    const structure = structures.find((candidate) => candidate.seed.key === key);
    if (!structure) throw new Error(`Structure de démonstration inconnue : ${key}`);
    return structure;
  };
  const rows: SignupRow[] = SIGNUPS.map((seed) => {
    const signupPlace = place(seed.commune, seed.postalCode);
    const siren = sirenFrom(typeof seed.sirenBase === "string" ? seed.sirenBase : byKey(seed.sirenBase.sameAs).seed.sirenBase);
    const data: SignupData = {
      structure: signupStructure({ ...seed, offererTypeId: ids("OFFERER_TYPE", seed.offererType), siren }, signupPlace),
      admin: { ...seed.admin, phone: phoneNumber(seed.admin.email, signupPlace.regionCode, true) },
    };
    const refused = seed.refusalReason !== undefined;
    return {
      status: refused ? "REFUSED" : "PENDING",
      data,
      regionCode: signupPlace.regionCode,
      siren,
      email: data.admin.email,
      structureName: seed.name,
      decidedAt: refused ? clock.at(addDays(clock.today, -seed.daysAgo + 2), 15) : null,
      decidedById: refused ? admins[signupPlace.regionCode as keyof RegionalAdmins].id : null,
      refusalReason: seed.refusalReason ?? null,
      createdAt: clock.at(addDays(clock.today, -seed.daysAgo), 9 + (seed.daysAgo % 8), 17),
    };
  });

  // The request that created the Mulhouse structure, kept as the admins' record of the decision.
  const accepted = byKey("mulhouse");
  const admin = itemAt(accepted.users, 0);
  const siren = sirenFrom(accepted.seed.sirenBase);
  const decidedAt = createdAtOf(accepted.seed, clock);
  rows.push({
    status: "ACCEPTED",
    data: {
      structure: signupStructure({ ...accepted.seed, offererTypeId: ids("OFFERER_TYPE", accepted.seed.offererType), siren }, accepted.place),
      admin: {
        firstName: admin.firstName,
        lastName: admin.lastName,
        jobTitle: admin.jobTitle,
        email: admin.email,
        phone: phoneNumber(admin.email, accepted.place.regionCode),
      },
    },
    regionCode: accepted.place.regionCode,
    siren,
    email: admin.email,
    structureName: accepted.seed.name,
    decidedAt,
    decidedById: admins["44"].id,
    structureId: accepted.id,
    createdAt: new Date(decidedAt.getTime() - 2 * 86_400_000),
  });
  await tx.insert(signupRequests).values(rows);
  return rows.length;
}

export async function insertFaq(tx: Tx): Promise<void> {
  // National entries (no région): every admin sees them and may edit them.
  await tx.insert(faqEntries).values(FAQ.map((entry, index) => ({ ...entry, regionCode: null, position: index + 1 })));
}
