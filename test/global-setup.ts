import type { TestProject } from "vitest/node";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedServer } from "../db/embedded";
import { migrateDatabase, splitDatabaseUrl, withDatabase } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the whole run (the embedded one, or the server of DATABASE_URL in CI),
 * with a template database migrated once; each test file then gets its own copy of it.
 */
export default async function setup(project: TestProject) {
  let server: EmbeddedServer | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = splitDatabaseUrl(process.env.DATABASE_URL).adminUrl;
  } else {
    // SSES_TEST_DATA_DIR: two test runs at once on one machine need two servers.
    server = await startEmbeddedPostgres(process.env.SSES_TEST_DATA_DIR ?? ".data/postgres-test", { durability: "disposable" });
    adminUrl = server.url("postgres");
  }
  const template = `sses_test_template_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(template)} with (force)`;
  await admin`create database ${admin(template)}`;
  const templateUrl = withDatabase(adminUrl, template);
  await migrateDatabase(templateUrl);
  await seedReference(templateUrl);

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await admin`drop database if exists ${admin(template)} with (force)`;
    // Databases of files that crashed before their own clean-up.
    const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`sses_test_${process.pid}_%`}`;
    for (const { datname } of leftovers) await admin`drop database if exists ${admin(datname)} with (force)`;
    await admin.end();
    await server?.stop();
  };
}

async function seedReference(url: string) {
  process.env.DATABASE_URL = url;
  const { db, closeDatabase } = await import("../db/client");
  const { seedReferenceData } = await import("../db/seed/reference");
  await seedReferenceData(db);
  await closeDatabase();
}
