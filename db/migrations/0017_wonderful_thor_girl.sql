ALTER TABLE "files" ADD COLUMN "claim_token_hash" text;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "claim_purpose" text;