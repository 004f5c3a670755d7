ALTER TABLE "offer_revisions" ADD COLUMN "validation_mode" "offer_validation_mode";--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "validation_mode" "offer_validation_mode";--> statement-breakpoint
-- Everything sent for validation before this column was validated by its structure's VALIDEURs.
UPDATE "offers" SET "validation_mode" = 'STRUCTURE' WHERE "submitted_at" IS NOT NULL;--> statement-breakpoint
UPDATE "offer_revisions" SET "validation_mode" = 'STRUCTURE' WHERE "submitted_at" IS NOT NULL;
