/** `npm run db:migrate`: applies the committed migrations and the reference lists to DATABASE_URL. */
import { migrateDatabase } from "../db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL manquant : indiquez la base à migrer (npm start migre la base embarquée tout seul).");
  process.exit(1);
}
await migrateDatabase(url);
const { db, closeDatabase } = await import("../db/client");
const { seedReferenceData } = await import("../db/seed/reference");
await seedReferenceData(db);
await closeDatabase();
console.log("Migrations appliquées, référentiels à jour.");
