import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/core/auth/password-hash";
import { now } from "@/lib/core/dates/clock";
import { structures } from "../schema";
import type { Database } from "../client";
import { insertRegionalAdmins, insertStructures } from "./accounts";
import { createClock, parisToday } from "./calendar";
import { STRUCTURES_GRAND_EST } from "./data/structures-grand-est";
import { STRUCTURES_ILE_DE_FRANCE } from "./data/structures-ile-de-france";
import { DEMO_PASSWORD } from "./demo-accounts";
import { insertFaq, insertSignups } from "./extras";
import { insertOffers } from "./history";
import { insertInstitutions } from "./institutions";
import { insertSentMail } from "./mail";
import { buildOffers } from "./offers";
import { createRandom, itemAt } from "./random";
import { insertOfferValidation } from "./offer-validation";
import { loadReferenceIds, seedReferenceData } from "./reference";
import { insertRegionContacts } from "./region-settings";

export type DemoSeedResult = { offers: number; structures: number; users: number };

/** Changing it changes every generated detail (dates, places, slots); keep it unless the data must change. */
const SEED = 20_260_301;

/**
 * The populated platform (docs/produit.md#donnees-de-demonstration): two régions, structures of every kind, offers in every state,
 * institutions with their students' availability. Meant for an empty database only: it throws if any
 * structure exists, and the caller decides when to call it (first start of the embedded database,
 * `npm run db:seed`). Everything is dated relative to `today` (a Paris date) and generated from a
 * fixed seed, so two runs on the same day give the same data.
 */
export async function seedDemoData(database: Database, options: { today?: string } = {}): Promise<DemoSeedResult> {
  // The platform's clock, so that a frozen SSES_NOW (tests) builds the demo around that day.
  const realNow = now();
  const today = options.today ?? parisToday(realNow);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`Date invalide pour les données de démonstration : ${today}`);

  // Hashed once for every account (argon2id costs ~15 ms a hash).
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return database.transaction(async (tx) => {
    // Two launchers starting at once: the second waits here, then sees the first one's structures.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sses:seed-demo'))`);
    const [existing] = await tx.select({ id: structures.id }).from(structures).limit(1);
    if (existing) throw new Error("La base contient déjà des structures : les données de démonstration ne se chargent que dans une base vide.");
    await seedReferenceData(tx);

    const ids = await loadReferenceIds(tx);
    const clock = createClock(today, realNow);
    const random = createRandom(SEED);
    const defaults = { passwordHash, clock, random };

    const admins = await insertRegionalAdmins(tx, defaults);
    const seeded = await insertStructures(tx, [...STRUCTURES_ILE_DE_FRANCE, ...STRUCTURES_GRAND_EST], ids, defaults);
    const specs = buildOffers(seeded, ids, clock, random);
    const offerIds = await insertOffers(tx, specs);
    await insertOfferValidation(tx, admins);
    const institutions = await insertInstitutions(tx, ids, defaults);
    await insertSignups(tx, seeded, admins, ids, clock);
    await insertFaq(tx);
    await insertSentMail(tx, { demo: itemAt(seeded, 0), specs, offerIds, admins, clock });
    await insertRegionContacts(tx);

    const offererUsers = seeded.reduce((total, structure) => total + structure.users.length, 0);
    return {
      offers: specs.length,
      structures: seeded.length,
      users: Object.keys(admins).length + offererUsers + institutions.users,
    };
  });
}
