import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { structures, users } from "@/db/schema";
import type { FullContent } from "./content";

/**
 * What « Créer une offre » already knows (docs/produit.md#assistant-en-quatre-etapes): the structure as
 * « Structure d'accueil » and its address as the offer's, the person as « Référent de l'offre » and
 * their address for « Email pour candidater ». Each stays editable: a circonscription's offer takes
 * place in one of its schools.
 */
export async function newOfferDefaults(structureId: string, userId: string): Promise<Partial<FullContent>> {
  const [[structure], [person]] = await Promise.all([
    db
      .select({
        name: structures.name,
        street: structures.street,
        postalCode: structures.postalCode,
        communeCode: structures.communeCode,
        communeName: structures.communeName,
      })
      .from(structures)
      .where(eq(structures.id, structureId))
      .limit(1),
    db
      .select({ firstName: users.firstName, lastName: users.lastName, jobTitle: users.jobTitle, phone: users.phone, email: users.email })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1),
  ]);
  return {
    ...(structure && {
      hostSiteName: structure.name,
      street: structure.street,
      postalCode: structure.postalCode,
      communeCode: structure.communeCode,
      communeName: structure.communeName,
    }),
    ...(person && {
      referentName: `${person.firstName} ${person.lastName}`,
      referentJobTitle: person.jobTitle,
      referentPhone: person.phone,
      referentEmail: person.email,
      applicationEmail: person.email,
    }),
  };
}
