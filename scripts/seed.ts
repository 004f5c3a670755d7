/**
 * `npm run db:seed`: loads the demo data (docs/produit.md#donnees-de-demonstration) into the database of DATABASE_URL, after applying
 * the migrations. Only on an empty database: the demo never lands in real data unless asked, and
 * asking twice fails instead of duplicating.
 */
import { closeDatabase, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed/demo";
import { databaseUrl } from "@/lib/core/env";

try {
  await migrateDatabase(databaseUrl());
  const started = Date.now();
  const counts = await seedDemoData(db);
  console.log(
    `Données de démonstration chargées en ${Date.now() - started} ms : ${counts.structures} structures, ${counts.users} utilisateurs, ${counts.offers} offres.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
