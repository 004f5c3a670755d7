CREATE TYPE "public"."offer_validation_mode" AS ENUM('STRUCTURE', 'ARS');--> statement-breakpoint
CREATE TABLE "region_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"offer_validation" "offer_validation_mode" DEFAULT 'STRUCTURE' NOT NULL,
	"contact_email" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "region_settings" ADD CONSTRAINT "region_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;