import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";

/**
 * Runs before each integration test file: a private copy of the migrated template, so files run in
 * parallel and each starts clean. DATABASE_URL is set before the file imports db/client.
 */
const adminUrl = inject("adminDatabaseUrl");
const template = inject("templateDatabase");
const database = `sses_test_${template.split("_").pop()}_${randomBytes(4).toString("hex")}`;

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
for (let attempt = 0; ; attempt++) {
  try {
    await admin`create database ${admin(database)} template ${admin(template)}`;
    break;
  } catch (error) {
    // 55006: the template is briefly busy while another file copies it.
    if ((error as { code?: string }).code !== "55006" || attempt > 50) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
  }
}
const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { closeDatabase } = await import("../db/client");
  await closeDatabase();
  await admin`drop database if exists ${admin(database)} with (force)`;
  await admin.end();
});
