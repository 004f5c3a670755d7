import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { splitDatabaseUrl } from "@/db/migrate";
import { offers, structures } from "@/db/schema";
import { attachFile, createOffer, createStructure, createUser } from "@/test/factories";
import { dumpDatabase } from "@/test/database-dump";
import { one } from "@/lib/core/rows";
import { backupDatabase } from "./dump";
import { takeBackup } from "./folder";
import { restoreDatabase } from "./restore";

const folder = mkdtempSync(path.join(tmpdir(), "sses-backup-test-"));
const { adminUrl, database } = splitDatabaseUrl(process.env.DATABASE_URL!);

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(`${database}_avant_restauration`)} with (force)`;
  await admin.end();
});

/** Every row of every table, and where every identity sequence stands: what a restore must give back. */
async function snapshot() {
  const rows = (await dumpDatabase()).map((entry) => `${entry.table} ${entry.row}`).sort();
  const sequences = await db.execute<{ name: string; value: string | null }>(
    sql`select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public' order by 1`,
  );
  return { rows, sequences: [...sequences] };
}

/** Writes after the backup: a new offer (moves a sequence), a renamed structure, a deleted attachment. */
async function changeEverything(structureId: string, offerId: number) {
  await createOffer(db, { structureId, name: "Offre créée après la sauvegarde" });
  await db.update(structures).set({ name: "Nom changé après la sauvegarde" }).where(eq(structures.id, structureId));
  await db.execute(sql`delete from offer_attachments where offer_id = ${offerId}`);
}

async function seed() {
  const structure = await createStructure(db, { name: "Association d'avant la sauvegarde" });
  await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
  const offer = await createOffer(db, { structureId: structure.id, name: "Offre « sauvegardée »\tavec\nretours et \\ barres" });
  await attachFile(db, offer.id, { content: new Uint8Array([0, 1, 2, 255, 10, 13, 92]) });
  // Larger than the driver's stream buffer: the COPY that follows it must still run.
  await attachFile(db, offer.id, { content: randomBytes(400_000) });
  return { structure, offer };
}

describe("npm run db:backup / db:restore (embedded path)", () => {
  it("gives back every row and every sequence as they were at the backup", async () => {
    const { structure, offer } = await seed();
    const before = await snapshot();
    const file = path.join(folder, "round-trip.backup.gz");
    const summary = await backupDatabase(process.env.DATABASE_URL!, file);
    expect(summary.tables).toBeGreaterThan(10);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    await changeEverything(structure.id, offer.id);
    expect(await snapshot()).not.toEqual(before);

    await closeDatabase();
    const report = await restoreDatabase({ adminUrl, database, file });
    expect(report.previous).toBe(`${database}_avant_restauration`);
    expect(await snapshot()).toEqual(before);

    // The next offer takes the id after the restored ones, never one already used.
    const next = await createOffer(db, { structureId: structure.id });
    const highest = one(await db.execute<{ max: number }>(sql`select max(id)::int as max from offers where id <> ${next.id}`));
    expect(next.id).toBeGreaterThan(highest.max);
    expect((await db.select().from(offers).where(eq(offers.id, offer.id)))[0]?.name).toBe(offer.name);
  });

  it("writes the restored schema and rows as the application's role, which owns them, and leaves it no extra right", async () => {
    // A role like the embedded database's sses_app (db/application-role.ts): it logs in, and nothing more.
    const role = `sses_app_restore_${randomBytes(3).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create role ${role} login nosuperuser nocreatedb nocreaterole password '${password}'`);
    try {
      const { structure, offer } = await seed();
      const before = await snapshot();
      const file = path.join(folder, "as-application.backup.gz");
      await backupDatabase(process.env.DATABASE_URL!, file);
      await changeEverything(structure.id, offer.id);
      await closeDatabase();

      const applicationUrl = new URL(process.env.DATABASE_URL!);
      applicationUrl.username = role;
      applicationUrl.password = password;
      await restoreDatabase({ adminUrl, database, file, applicationUrl: applicationUrl.toString() });
      expect(await snapshot()).toEqual(before);
      const owners = await db.execute<{ owner: string }>(sql`
        select distinct pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'S', 'i')
        union select pg_get_userbyid(datdba) from pg_database where datname = current_database()`);
      expect([...owners].map((row) => row.owner)).toEqual([role]);
      // Loading with foreign keys and triggers off was allowed for the restore only.
      const [rights] = await admin<{ set: boolean; superuser: boolean }[]>`
        select has_parameter_privilege(${role}, 'session_replication_role', 'SET') as set, rolsuper as superuser from pg_roles where rolname = ${role}`;
      expect(rights).toEqual({ set: false, superuser: false });
    } finally {
      await admin.unsafe(`alter database ${database} owner to current_user`);
      await admin.unsafe(`drop role ${role}`).catch(() => {});
      await admin.end();
    }
  });

  it("keeps the BACKUP_KEEP newest files of the folder, mode 0600", async () => {
    const backups = path.join(folder, "nightly");
    for (let day = 1; day <= 4; day++) await takeBackup(process.env.DATABASE_URL!, backups, 2, new Date(`2026-12-0${day}T02:00:00Z`));
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(backups).sort()).toEqual(["sses-2026-12-03T02-00-00Z.backup.gz", "sses-2026-12-04T02-00-00Z.backup.gz"]);
    expect(statSync(backups).mode & 0o777).toBe(0o700);
  });

  it("refuses a file that is not one of its backups, and leaves the database as it was", async () => {
    const file = path.join(folder, "not-a-backup.gz");
    execFileSync("sh", ["-c", `echo '{"hello":1}' | gzip > ${file}`]);
    const before = await snapshot();
    await closeDatabase();
    await expect(restoreDatabase({ adminUrl, database, file })).rejects.toThrow(/n'est pas une sauvegarde/);
    expect(await snapshot()).toEqual(before);
  });
});

/** The README's commands for a DATABASE_URL database; pg_dump refuses a newer server (Debian's 15 and the embedded 18), so this runs where they match (CI). */
const serverMajor = Number(one(await db.execute<{ v: string }>(sql`select current_setting('server_version_num') as v`)).v) / 10_000;
const pgDumpMajor = (() => {
  try {
    return Number(/(\d+)\.\d+/.exec(execFileSync("pg_dump", ["--version"], { encoding: "utf8" }))?.[1]);
  } catch {
    return 0;
  }
})();

describe.skipIf(pgDumpMajor < Math.floor(serverMajor))("DATABASE_URL: the README's pg_dump / pg_restore", () => {
  it("gives back every row and every sequence as they were", async () => {
    const { structure, offer } = await seed();
    const before = await snapshot();
    const file = path.join(folder, "sses.dump");
    execFileSync("pg_dump", ["--format=custom", `--file=${file}`, process.env.DATABASE_URL!]);
    await changeEverything(structure.id, offer.id);
    await closeDatabase();
    execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${process.env.DATABASE_URL!}`, file]);
    expect(await snapshot()).toEqual(before);
  });
});
