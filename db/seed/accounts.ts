import { randomUUID } from "node:crypto";
import { activityLog, structures, users, type NewUser } from "../schema";
import type { Tx } from "../client";
import { addDays, type Clock } from "./calendar";
import { place } from "./communes";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { StructureSeed } from "./data/types";
import { fullName, phoneNumber } from "./offer-content";
import type { SeededStructure, SeededUser } from "./offers";
import { itemAt, type Random } from "./random";
import type { ReferenceIds } from "./reference";
import { sirenFrom } from "./siren";
import { CURRENT_TERMS_VERSION } from "@/lib/users/terms";
import { nth } from "@/lib/core/rows";

/** What every demo account shares: the one demo password, the CGU in force accepted (the demo never asks), a recent login. */
export type AccountDefaults = { passwordHash: string; clock: Clock; random: Random };

export function accountFields({ passwordHash, clock, random }: AccountDefaults, createdAt: Date, frozen = false): Partial<NewUser> {
  return {
    passwordHash,
    termsAcceptedAt: new Date(createdAt.getTime() + 3_600_000),
    termsVersion: CURRENT_TERMS_VERSION,
    lastLoginAt: frozen
      ? clock.at(addDays(clock.today, -random.int(30, 60)), 9)
      : clock.at(addDays(clock.today, -random.int(0, 10)), random.int(8, 18), random.int(0, 59)),
    frozenAt: frozen ? clock.at(addDays(clock.today, -random.int(10, 25)), 11) : null,
    createdAt,
    updatedAt: createdAt,
  };
}

export async function insertStructures(tx: Tx, seeds: StructureSeed[], ids: ReferenceIds, defaults: AccountDefaults): Promise<SeededStructure[]> {
  const { clock, random } = defaults;
  const seeded: SeededStructure[] = seeds.map((seed) => ({
    seed,
    id: randomUUID(),
    place: place(seed.commune, seed.postalCode),
    users: seed.users.map((user) => ({ ...user, email: user.email.toLowerCase(), id: randomUUID() })),
  }));
  const sirens = new Set(seeds.map((seed) => seed.sirenBase));
  if (sirens.size !== seeds.length) throw new Error("Deux structures de démonstration ont le même SIREN");

  const structureRows = seeded.map(({ seed, id, place: structurePlace }) => ({
    id,
    name: seed.name,
    siren: sirenFrom(seed.sirenBase),
    offererTypeId: ids("OFFERER_TYPE", seed.offererType),
    street: seed.street,
    addressComplement: seed.addressComplement ?? null,
    ...structurePlace,
    legalRepCivility: seed.legalRep.civility,
    legalRepFirstName: seed.legalRep.firstName,
    legalRepLastName: seed.legalRep.lastName,
    legalRepFunction: seed.legalRep.function,
    description: seed.description,
    createdAt: createdAtOf(seed, clock),
    updatedAt: createdAtOf(seed, clock),
  }));
  await tx.insert(structures).values(structureRows);

  // The first user is the one whose sign-up created the structure; the others were added by them later.
  const userRows: NewUser[] = seeded.flatMap(({ seed, id, place: structurePlace, users: members }) =>
    members.map((member, index) => {
      const createdAt = index === 0 ? createdAtOf(seed, clock) : clock.at(addDays(clock.today, -seed.createdDaysAgo + 3 + index * random.int(5, 40)), 10);
      return {
        ...accountFields(defaults, createdAt, member.frozen),
        id: member.id,
        kind: "OFFERER" as const,
        email: member.email,
        firstName: member.firstName,
        lastName: member.lastName,
        jobTitle: member.jobTitle,
        phone: phoneNumber(member.email, structurePlace.regionCode, index % 2 === 1),
        structureId: id,
        permissions: member.permissions,
        createdById: index === 0 ? null : nth(members, 0).id,
      };
    }),
  );
  await tx.insert(users).values(userRows);

  // « user.created » lines, so that a structure's activity also shows who joined and when.
  const activity = seeded.flatMap(({ id, place: structurePlace, users: members }) =>
    members.slice(1).map((member) => ({
      actorId: nth(members, 0).id,
      structureId: id,
      regionCode: structurePlace.regionCode,
      action: "user.created",
      subjectType: "user",
      subjectId: member.id,
      summary: `${fullName(itemAt(members, 0))} a créé le compte de ${fullName(member)} (${member.jobTitle}).`,
      details: { permissions: member.permissions },
      createdAt: userRows.find((row) => row.id === member.id)?.createdAt ?? clock.now,
    })),
  );
  if (activity.length > 0) await tx.insert(activityLog).values(activity);
  return seeded;
}

export function createdAtOf(seed: StructureSeed, clock: Clock): Date {
  return clock.at(addDays(clock.today, -seed.createdDaysAgo), 10);
}

export type RegionalAdmins = Record<"11" | "44", SeededUser>;

/** The ARS accounts of the two demo régions (docs/produit.md#roles-et-permissions, « Administrateur régional »). */
export async function insertRegionalAdmins(tx: Tx, defaults: AccountDefaults): Promise<RegionalAdmins> {
  const createdAt = defaults.clock.at(addDays(defaults.clock.today, -800), 9);
  const admins: RegionalAdmins = {
    "11": {
      id: randomUUID(),
      email: DEMO_ACCOUNTS.adminIdf.email,
      firstName: "Isabelle",
      lastName: "Fontaine",
      jobTitle: "Chargée de mission prévention, ARS Île-de-France",
      permissions: [],
    },
    "44": {
      id: randomUUID(),
      email: DEMO_ACCOUNTS.adminGrandEst.email,
      firstName: "Marc",
      lastName: "Schneider",
      jobTitle: "Référent service sanitaire, ARS Grand Est",
      permissions: [],
    },
  };
  await tx.insert(users).values(
    (Object.entries(admins) as [keyof RegionalAdmins, SeededUser][]).map(([regionCode, admin]) => ({
      ...accountFields(defaults, createdAt),
      id: admin.id,
      kind: "REGIONAL_ADMIN" as const,
      email: admin.email,
      firstName: admin.firstName,
      lastName: admin.lastName,
      jobTitle: admin.jobTitle,
      phone: phoneNumber(admin.email, regionCode),
      regionCode,
    })),
  );
  return admins;
}
