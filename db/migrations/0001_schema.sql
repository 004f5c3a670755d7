CREATE TYPE "public"."offer_state" AS ENUM('DRAFT', 'PENDING', 'VALIDATED', 'PUBLISHED', 'EXPIRED');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('QUEUED', 'SENDING', 'SENT', 'FAILED');--> statement-breakpoint
CREATE TYPE "public"."period_kind" AS ENUM('CONTINUOUS', 'SPLIT', 'EITHER');--> statement-breakpoint
CREATE TYPE "public"."permission" AS ENUM('CONSULTATION', 'GESTIONNAIRE', 'VALIDEUR', 'ADMIN');--> statement-breakpoint
CREATE TYPE "public"."reference_kind" AS ENUM('THEME', 'TARGET_PUBLIC', 'FIELD_TYPE', 'OFFERER_TYPE', 'DISCIPLINE', 'INSTITUTION_TYPE');--> statement-breakpoint
CREATE TYPE "public"."revision_state" AS ENUM('DRAFT', 'PENDING', 'ACCEPTED', 'SENT_BACK', 'DISCARDED');--> statement-breakpoint
CREATE TYPE "public"."signup_status" AS ENUM('PENDING', 'ACCEPTED', 'REFUSED');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('ACTIVATION', 'PASSWORD_RESET');--> statement-breakpoint
CREATE TYPE "public"."user_kind" AS ENUM('OFFERER', 'INSTITUTION', 'REGIONAL_ADMIN');--> statement-breakpoint
CREATE TYPE "public"."availability_modality" AS ENUM('CONTINUOUS', 'SPLIT');--> statement-breakpoint
CREATE TABLE "reference_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reference_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "reference_kind" NOT NULL,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"siren" text NOT NULL,
	"offerer_type_id" integer NOT NULL,
	"street" text NOT NULL,
	"address_complement" text,
	"postal_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"commune_name" text NOT NULL,
	"department_code" text NOT NULL,
	"region_code" text NOT NULL,
	"legal_rep_civility" text NOT NULL,
	"legal_rep_last_name" text NOT NULL,
	"legal_rep_first_name" text NOT NULL,
	"legal_rep_function" text NOT NULL,
	"description" text NOT NULL,
	"logo_file_id" uuid,
	"frozen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "availability_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"discipline_id" integer NOT NULL,
	"promotion" text,
	"student_count" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"modality" "availability_modality" DEFAULT 'CONTINUOUS' NOT NULL,
	"weekly_slots" text[] DEFAULT '{}'::text[] NOT NULL,
	"department_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"excluded_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"comment" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "availability_periods_dates_check" CHECK ("availability_periods"."end_date" >= "availability_periods"."start_date"),
	CONSTRAINT "availability_periods_students_check" CHECK ("availability_periods"."student_count" between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"type_id" integer NOT NULL,
	"department_code" text NOT NULL,
	"region_code" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "user_kind" NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"job_title" text,
	"phone" text,
	"structure_id" uuid,
	"institution_id" uuid,
	"region_code" text,
	"permissions" "permission"[] DEFAULT '{}'::permission[] NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"frozen_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"inactive_since" timestamp with time zone,
	"terms_accepted_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_kind_scope_check" CHECK (("users"."kind" = 'OFFERER' and "users"."structure_id" is not null and "users"."institution_id" is null)
       or ("users"."kind" = 'INSTITUTION' and "users"."institution_id" is not null and "users"."structure_id" is null)
       or ("users"."kind" = 'REGIONAL_ADMIN' and "users"."region_code" is not null and "users"."structure_id" is null and "users"."institution_id" is null))
);
--> statement-breakpoint
CREATE TABLE "signup_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" "signup_status" DEFAULT 'PENDING' NOT NULL,
	"data" jsonb NOT NULL,
	"region_code" text NOT NULL,
	"siren" text NOT NULL,
	"email" text NOT NULL,
	"structure_name" text NOT NULL,
	"logo_file_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"refusal_reason" text,
	"structure_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_attachments" (
	"offer_id" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "offer_attachments_offer_id_file_id_pk" PRIMARY KEY("offer_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "offer_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" integer NOT NULL,
	"state" "revision_state" DEFAULT 'DRAFT' NOT NULL,
	"content" jsonb NOT NULL,
	"author_id" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_status_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offer_status_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"offer_id" integer NOT NULL,
	"revision_id" uuid,
	"from_state" "offer_state",
	"to_state" "offer_state" NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1000 CACHE 1),
	"structure_id" uuid NOT NULL,
	"state" "offer_state" DEFAULT 'DRAFT' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"target_public_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"places" integer,
	"host_site_name" text,
	"street" text,
	"postal_code" text,
	"commune_code" text,
	"commune_name" text,
	"department_code" text,
	"region_code" text NOT NULL,
	"field_type_id" integer,
	"referent_name" text,
	"referent_job_title" text,
	"referent_phone" text,
	"referent_email" text,
	"local_referent_name" text,
	"local_referent_job_title" text,
	"local_referent_phone" text,
	"local_referent_email" text,
	"application_email" text,
	"care_modalities" text,
	"period_kind" "period_kind",
	"period_start" date,
	"period_end" date,
	"weekly_slots" text[] DEFAULT '{}'::text[] NOT NULL,
	"required_documents" text,
	"offers_housing" boolean DEFAULT false NOT NULL,
	"offers_meals" boolean DEFAULT false NOT NULL,
	"offers_transport" boolean DEFAULT false NOT NULL,
	"publication_start" date,
	"publication_end" date,
	"author_id" uuid,
	"submitted_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"validated_by_id" uuid,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (
        setweight(to_tsvector('french_unaccent', coalesce("offers"."name", '')), 'A') ||
        setweight(to_tsvector('french_unaccent', coalesce("offers"."host_site_name", '') || ' ' || coalesce("offers"."commune_name", '')), 'B') ||
        setweight(to_tsvector('french_unaccent', coalesce("offers"."description", '')), 'C') ||
        setweight(to_tsvector('french_unaccent', coalesce("offers"."care_modalities", '')), 'D')) STORED,
	CONSTRAINT "offers_places_check" CHECK ("offers"."places" is null or "offers"."places" between 1 and 200),
	CONSTRAINT "offers_period_check" CHECK ("offers"."period_end" is null or "offers"."period_start" is null or "offers"."period_end" >= "offers"."period_start"),
	CONSTRAINT "offers_publication_check" CHECK ("offers"."publication_end" is null or "offers"."publication_start" is null or "offers"."publication_end" >= "offers"."publication_start")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"template" text NOT NULL,
	"to_email" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"region_code" text,
	"status" "outbox_status" DEFAULT 'QUEUED' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"provider_message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"structure_id" uuid,
	"region_code" text,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"summary" text NOT NULL,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_sends" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_sends_user_id_kind_day_pk" PRIMARY KEY("user_id","kind","day")
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "faq_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" text,
	"theme" text NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"requester_role" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"subject" text NOT NULL,
	"message" text NOT NULL,
	"attachment_file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"user_id" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "structures" ADD CONSTRAINT "structures_offerer_type_id_reference_items_id_fk" FOREIGN KEY ("offerer_type_id") REFERENCES "public"."reference_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures" ADD CONSTRAINT "structures_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_periods" ADD CONSTRAINT "availability_periods_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_periods" ADD CONSTRAINT "availability_periods_discipline_id_reference_items_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."reference_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_type_id_reference_items_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."reference_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signup_requests" ADD CONSTRAINT "signup_requests_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signup_requests" ADD CONSTRAINT "signup_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signup_requests" ADD CONSTRAINT "signup_requests_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_attachments" ADD CONSTRAINT "offer_attachments_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_attachments" ADD CONSTRAINT "offer_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_status_history" ADD CONSTRAINT "offer_status_history_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_status_history" ADD CONSTRAINT "offer_status_history_revision_id_offer_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."offer_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_status_history" ADD CONSTRAINT "offer_status_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_field_type_id_reference_items_id_fk" FOREIGN KEY ("field_type_id") REFERENCES "public"."reference_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_log" ADD CONSTRAINT "activity_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_log" ADD CONSTRAINT "activity_log_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_sends" ADD CONSTRAINT "digest_sends_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reference_items_kind_label_key" ON "reference_items" USING btree ("kind","label");--> statement-breakpoint
CREATE INDEX "structures_region_idx" ON "structures" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "structures_siren_idx" ON "structures" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "availability_periods_region_dates_idx" ON "availability_periods" USING btree ("region_code","start_date","end_date");--> statement-breakpoint
CREATE INDEX "availability_periods_institution_idx" ON "availability_periods" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institutions_region_idx" ON "institutions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "login_failures_email_idx" ON "login_failures" USING btree ("email","occurred_at");--> statement-breakpoint
CREATE INDEX "login_failures_ip_idx" ON "login_failures" USING btree ("ip","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "user_tokens_hash_key" ON "user_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "user_tokens_user_idx" ON "user_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_structure_idx" ON "users" USING btree ("structure_id");--> statement-breakpoint
CREATE INDEX "users_institution_idx" ON "users" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "signup_requests_region_status_idx" ON "signup_requests" USING btree ("region_code","status","created_at");--> statement-breakpoint
CREATE INDEX "offer_revisions_offer_idx" ON "offer_revisions" USING btree ("offer_id","state");--> statement-breakpoint
CREATE INDEX "offer_status_history_offer_idx" ON "offer_status_history" USING btree ("offer_id","created_at");--> statement-breakpoint
CREATE INDEX "offers_search_idx" ON "offers" USING gin ("search");--> statement-breakpoint
CREATE INDEX "offers_theme_ids_idx" ON "offers" USING gin ("theme_ids");--> statement-breakpoint
CREATE INDEX "offers_target_public_ids_idx" ON "offers" USING gin ("target_public_ids");--> statement-breakpoint
CREATE INDEX "offers_structure_idx" ON "offers" USING btree ("structure_id","state");--> statement-breakpoint
CREATE INDEX "offers_public_idx" ON "offers" USING btree ("publication_start" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "offers"."state" in ('VALIDATED', 'PUBLISHED') and "offers"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "offers_region_state_idx" ON "offers" USING btree ("region_code","state");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_region_idx" ON "outbox" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "outbox_to_idx" ON "outbox" USING btree ("to_email");--> statement-breakpoint
CREATE INDEX "activity_log_structure_idx" ON "activity_log" USING btree ("structure_id","created_at");--> statement-breakpoint
CREATE INDEX "activity_log_region_idx" ON "activity_log" USING btree ("region_code","created_at");