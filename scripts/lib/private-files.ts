import { chmodSync, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Everything in `.data/` is for the platform's own user only (issue 14, finding 8): secrets, the
 * database password, run.json (which holds the database URL), previews. Files 0600, folders 0700.
 * As root, the embedded PostgreSQL runs as the `postgres` system user, which must still reach its
 * own folder inside: `.data` itself is then 0711 (enter, not list); PostgreSQL keeps its folders 0700.
 */
export function makeDataPrivate(dataDir: string): void {
  const ownUid = process.getuid?.();
  chmodSync(dataDir, ownUid === 0 ? 0o711 : 0o700);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const entry = path.join(dir, name);
      const stat = statSync(entry, { throwIfNoEntry: false });
      // Another user's (the postgres system user's data folder): PostgreSQL keeps it private itself.
      if (!stat || (ownUid !== undefined && stat.uid !== ownUid)) continue;
      if (stat.isDirectory()) {
        chmodSync(entry, 0o700);
        walk(entry);
      } else if (stat.isFile()) chmodSync(entry, 0o600);
    }
  };
  if (existsSync(dataDir)) walk(dataDir);
}
