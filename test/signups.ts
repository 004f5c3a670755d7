import { randomInt } from "node:crypto";
import type { z } from "zod";
import { db } from "@/db/client";
import { sirenFrom } from "@/db/seed/siren";
import type { signupRequestSchema } from "@/lib/signups/schemas";
import { submitSignup } from "@/lib/signups/submit";
import { referenceId } from "./factories";

/** What the sign-up form sends for a new association in Saint-Denis (Île-de-France), with a fresh SIREN and address. */
export async function signupFormValues(overrides: Partial<z.input<typeof signupRequestSchema>> = {}): Promise<z.input<typeof signupRequestSchema>> {
  const tag = randomInt(1e9);
  return {
    offererTypeId: String(await referenceId(db, "OFFERER_TYPE", "Association")),
    name: `Association ${tag}`,
    siren: sirenFrom(String(randomInt(10_000_000, 100_000_000))),
    street: "12 rue de la République",
    postalCode: "93200",
    communeCode: "93066",
    communeName: "Saint-Denis",
    legalRepCivility: "Madame",
    legalRepLastName: "Michu",
    legalRepFirstName: "Claire",
    legalRepFunction: "Présidente",
    description: "Prévention en milieu scolaire.",
    firstName: "Claire",
    lastName: "Michu",
    jobTitle: "Médecin",
    email: `claire.${tag}@exemple.test`,
    phone: "01 01 01 01 00",
    ...overrides,
  };
}

/** A sign-up that must be stored (a fresh address): its request id, or a clear failure when the address was found in use. */
export async function storedSignup(...args: Parameters<typeof submitSignup>): Promise<string> {
  const id = await submitSignup(...args);
  if (id === null) throw new Error("Expected the sign-up request to be stored, but its address is already in use");
  return id;
}
