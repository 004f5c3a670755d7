ALTER TABLE "users" ADD COLUMN "terms_version" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
-- Who accepted the CGU before versions were recorded accepted the first version.
UPDATE "users" SET "terms_version" = 1 WHERE "terms_accepted_at" IS NOT NULL;
