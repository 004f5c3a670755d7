CREATE TABLE "action_submissions" (
	"key" text PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_submissions" ADD CONSTRAINT "action_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_submissions_created_at_idx" ON "action_submissions" USING btree ("created_at");