import { defineConfig } from "drizzle-kit";

// Only used by drizzle-kit to generate migrations from db/schema; the app applies them itself (db/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/sses" },
});
