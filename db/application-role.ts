import postgres from "postgres";

/**
 * The embedded database's application role (issue 14, finding 8): it owns the platform's database,
 * its schemas and every object in them, so that migrations and the application run as it, but it
 * is not a superuser (no reading server files, no other databases, no roles). The superuser stays for
 * creating the database and this role only. With DATABASE_URL, the operator's role is used as given.
 */
export const APPLICATION_ROLE = "sses_app";

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const identifier = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Creates or updates the role (its password follows the stored one), and gives it the database and everything in it. */
export async function handOverToApplicationRole(superuserUrl: (database: string) => string, database: string, password: string): Promise<void> {
  const admin = postgres(superuserUrl("postgres"), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_roles where rolname = ${APPLICATION_ROLE}`;
    const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${quote(password)}`;
    await admin.unsafe(`${exists ? "alter" : "create"} role ${APPLICATION_ROLE} ${attributes}`);
    await admin.unsafe(`alter database ${identifier(database)} owner to ${APPLICATION_ROLE}`);
  } finally {
    await admin.end();
  }
  // A database made before this role existed: its objects belong to the superuser until handed over.
  const owned = postgres(superuserUrl(database), { max: 1, onnotice: () => {} });
  try {
    await owned.unsafe(`
      do $$
      declare item record;
      begin
        for item in select nspname from pg_namespace where nspname in ('public', 'drizzle') and pg_get_userbyid(nspowner) not in ('${APPLICATION_ROLE}', 'pg_database_owner') loop
          execute format('alter schema %I owner to ${APPLICATION_ROLE}', item.nspname);
        end loop;
        for item in
          select c.oid::regclass as name, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'v', 'm') and pg_get_userbyid(c.relowner) <> '${APPLICATION_ROLE}'
        loop
          execute format('alter %s %s owner to ${APPLICATION_ROLE}', case item.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, item.name);
        end loop;
        for item in
          select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
          where n.nspname = 'public' and t.typtype = 'e' and pg_get_userbyid(t.typowner) <> '${APPLICATION_ROLE}'
        loop
          execute format('alter type %s owner to ${APPLICATION_ROLE}', item.name);
        end loop;
        for item in
          select c.oid::regconfig as name from pg_ts_config c join pg_namespace n on n.oid = c.cfgnamespace
          where n.nspname = 'public' and pg_get_userbyid(c.cfgowner) <> '${APPLICATION_ROLE}'
        loop
          execute format('alter text search configuration %s owner to ${APPLICATION_ROLE}', item.name);
        end loop;
      end $$`);
  } finally {
    await owned.end();
  }
}
