ALTER TABLE "support_requests" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "topic" text;