CREATE TYPE "charge_type" AS ENUM('RECURRING', 'ONE_OFF', 'USAGE');--> statement-breakpoint
CREATE TYPE "direction" AS ENUM('OUT', 'IN');--> statement-breakpoint
CREATE TYPE "event_type" AS ENUM('VOICE', 'SMS', 'MMS', 'DATA');--> statement-breakpoint
CREATE TYPE "file_status" AS ENUM('loaded', 'rejected', 'failed', 'duplicate', 'stored');--> statement-breakpoint
CREATE TYPE "fixed_service" AS ENUM('VGA', 'VOIP');--> statement-breakpoint
CREATE TYPE "history_event" AS ENUM('status', 'dropped', 'reappeared');--> statement-breakpoint
CREATE TYPE "line_status" AS ENUM('ACTIVE', 'SUSPENDED', 'TERMINATED', 'PENDING', 'PREACTIVE', 'BARRED');--> statement-breakpoint
CREATE TYPE "rate_service" AS ENUM('MOBILE', 'VGA', 'VOIP');--> statement-breakpoint
CREATE TYPE "run_status" AS ENUM('running', 'succeeded', 'partial', 'failed');--> statement-breakpoint
CREATE TYPE "sim_format" AS ENUM('MINI', 'MICRO', 'NANO', 'TRIPLE', 'ESIM');--> statement-breakpoint
CREATE TYPE "stored_kind" AS ENUM('invoice-pdf', 'wholesaler-invoice', 'document', 'branding');--> statement-breakpoint
CREATE TYPE "subject_kind" AS ENUM('vga', 'voip', 'xdsl', 'sim');--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sync_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"source" text NOT NULL,
	"status" "run_status" DEFAULT 'running'::"run_status" NOT NULL,
	"files_seen" integer DEFAULT 0 NOT NULL,
	"files_loaded" integer DEFAULT 0 NOT NULL,
	"files_skipped" integer DEFAULT 0 NOT NULL,
	"files_failed" integer DEFAULT 0 NOT NULL,
	"rows_loaded" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "rejected_rows" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rejected_rows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source_file_id" bigint NOT NULL,
	"line" integer NOT NULL,
	"column" text,
	"column_number" integer,
	"raw" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "source_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"path" text NOT NULL UNIQUE,
	"folder" text NOT NULL,
	"name" text NOT NULL,
	"family" text,
	"stored_kind" "stored_kind",
	"size" bigint NOT NULL,
	"modified_at" timestamp with time zone,
	"sha256" text,
	"status" "file_status" NOT NULL,
	"encoding" text,
	"delimiter" text,
	"extracted_at" timestamp with time zone,
	"period" text,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"rows_loaded" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"rows_duplicate" integer DEFAULT 0 NOT NULL,
	"error" text,
	"sync_run_id" bigint,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"duration_ms" integer
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY,
	"name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vga_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vga_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" text NOT NULL,
	"number" text NOT NULL UNIQUE,
	"number_raw" text NOT NULL,
	"address" text,
	"zip_code" text,
	"city" text,
	"order_ref" text,
	"offer" text,
	"offer_label" text,
	"status" "line_status" NOT NULL,
	"activation_date" date,
	"termination_date" date,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"reported" boolean DEFAULT true NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_reported_at" timestamp with time zone NOT NULL,
	"snapshot_at" timestamp with time zone NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voip_numbers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "voip_numbers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" text NOT NULL,
	"number" text NOT NULL UNIQUE,
	"number_raw" text NOT NULL,
	"sip_account" text,
	"channels" integer,
	"order_ref" text,
	"offer" text,
	"offer_label" text,
	"status" "line_status" NOT NULL,
	"activation_date" date,
	"termination_date" date,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"reported" boolean DEFAULT true NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_reported_at" timestamp with time zone NOT NULL,
	"snapshot_at" timestamp with time zone NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "xdsl_accesses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "xdsl_accesses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" text NOT NULL,
	"access_ref" text NOT NULL UNIQUE,
	"line_number" text,
	"line_number_raw" text,
	"technology" text,
	"download_kbps" integer,
	"upload_kbps" integer,
	"address" text,
	"zip_code" text,
	"city" text,
	"order_ref" text,
	"offer" text,
	"offer_label" text,
	"status" "line_status" NOT NULL,
	"activation_date" date,
	"termination_date" date,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"reported" boolean DEFAULT true NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_reported_at" timestamp with time zone NOT NULL,
	"snapshot_at" timestamp with time zone NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sims" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" text NOT NULL,
	"iccid" text NOT NULL UNIQUE,
	"msisdn" text,
	"msisdn_raw" text,
	"imsi" text,
	"status_at" timestamp with time zone,
	"order_ref" text,
	"sim_format" "sim_format",
	"profile" text,
	"offer" text,
	"offer_label" text,
	"status" "line_status" NOT NULL,
	"activation_date" date,
	"termination_date" date,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"reported" boolean DEFAULT true NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_reported_at" timestamp with time zone NOT NULL,
	"snapshot_at" timestamp with time zone NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subject" "subject_kind" NOT NULL,
	"subject_key" text NOT NULL,
	"customer_id" text NOT NULL,
	"event" "history_event" NOT NULL,
	"previous_status" "line_status",
	"status" "line_status",
	"observed_at" timestamp with time zone NOT NULL,
	"status_at" timestamp with time zone,
	"source_file_id" bigint NOT NULL,
	"source_line" integer,
	CONSTRAINT "status_changes_subject_event_key" UNIQUE("subject","subject_key","observed_at","event")
);
--> statement-breakpoint
CREATE TABLE "sim_order_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sim_order_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"order_ref" text NOT NULL,
	"iccid" text NOT NULL,
	"imsi" text,
	"msisdn" text,
	"msisdn_raw" text,
	"sim_format" "sim_format",
	"profile" text,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "sim_order_items_order_ref_iccid_key" UNIQUE("order_ref","iccid")
);
--> statement-breakpoint
CREATE TABLE "sim_orders" (
	"order_ref" text PRIMARY KEY,
	"order_date" date NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sim_secrets" (
	"order_ref" text,
	"iccid" text,
	"pin1" text,
	"puk1" text,
	"pin2" text,
	"puk2" text,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "sim_secrets_pkey" PRIMARY KEY("order_ref","iccid")
);
--> statement-breakpoint
CREATE TABLE "billed_fixed_cdrs" (
	"service" "fixed_service" NOT NULL,
	"customer_id" text,
	"cdr_id" text,
	"started_at" timestamp with time zone,
	"line_number" text NOT NULL,
	"line_number_raw" text NOT NULL,
	"called_number" text,
	"called_number_raw" text NOT NULL,
	"called_is_phone" boolean NOT NULL,
	"duration_s" integer NOT NULL,
	"destination" text,
	"zone" text,
	"unit_price" numeric(12,4),
	"amount" numeric(14,4) NOT NULL,
	"tariff_code" text,
	"time_ambiguous" boolean DEFAULT false NOT NULL,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"billing_period" text NOT NULL,
	"invoice_number" text,
	CONSTRAINT "billed_fixed_cdrs_pkey" PRIMARY KEY("customer_id","cdr_id","started_at")
) PARTITION BY RANGE ("started_at");
--> statement-breakpoint
CREATE TABLE "billed_mobile_cdrs" (
	"customer_id" text,
	"cdr_id" text,
	"started_at" timestamp with time zone,
	"msisdn" text NOT NULL,
	"msisdn_raw" text NOT NULL,
	"iccid" text,
	"event_type" "event_type" NOT NULL,
	"direction" "direction",
	"called_number" text,
	"called_number_raw" text,
	"called_is_phone" boolean,
	"duration_s" integer,
	"volume" bigint,
	"roaming" boolean,
	"country" text,
	"destination" text,
	"zone" text,
	"unit_price" numeric(12,4),
	"amount" numeric(14,4) NOT NULL,
	"tariff_code" text,
	"time_ambiguous" boolean DEFAULT false NOT NULL,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"billing_period" text NOT NULL,
	"invoice_number" text,
	CONSTRAINT "billed_mobile_cdrs_pkey" PRIMARY KEY("customer_id","cdr_id","started_at")
) PARTITION BY RANGE ("started_at");
--> statement-breakpoint
CREATE TABLE "fixed_cdrs" (
	"service" "fixed_service" NOT NULL,
	"customer_id" text,
	"cdr_id" text,
	"started_at" timestamp with time zone,
	"line_number" text NOT NULL,
	"line_number_raw" text NOT NULL,
	"called_number" text,
	"called_number_raw" text NOT NULL,
	"called_is_phone" boolean NOT NULL,
	"duration_s" integer NOT NULL,
	"destination" text,
	"zone" text,
	"unit_price" numeric(12,4),
	"amount" numeric(14,4) NOT NULL,
	"tariff_code" text,
	"time_ambiguous" boolean DEFAULT false NOT NULL,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fixed_cdrs_pkey" PRIMARY KEY("customer_id","cdr_id","started_at")
) PARTITION BY RANGE ("started_at");
--> statement-breakpoint
CREATE TABLE "mobile_cdrs" (
	"customer_id" text,
	"cdr_id" text,
	"started_at" timestamp with time zone,
	"msisdn" text NOT NULL,
	"msisdn_raw" text NOT NULL,
	"iccid" text,
	"event_type" "event_type" NOT NULL,
	"direction" "direction",
	"called_number" text,
	"called_number_raw" text,
	"called_is_phone" boolean,
	"duration_s" integer,
	"volume" bigint,
	"roaming" boolean,
	"country" text,
	"destination" text,
	"zone" text,
	"unit_price" numeric(12,4),
	"amount" numeric(14,4) NOT NULL,
	"tariff_code" text,
	"time_ambiguous" boolean DEFAULT false NOT NULL,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mobile_cdrs_pkey" PRIMARY KEY("customer_id","cdr_id","started_at")
) PARTITION BY RANGE ("started_at");
--> statement-breakpoint
CREATE TABLE "cdr_revisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cdr_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"table_name" text NOT NULL,
	"cdr_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"started_at" timestamp with time zone,
	"values" jsonb NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_by_file_id" bigint NOT NULL,
	"source_file_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "xdsl_charges" (
	"customer_id" text,
	"cdr_id" text,
	"access_ref" text NOT NULL,
	"charge_type" "charge_type" NOT NULL,
	"label" text,
	"period_start" date,
	"period_end" date,
	"quantity" numeric(12,3),
	"amount" numeric(14,4) NOT NULL,
	"extra" jsonb DEFAULT '{}' NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "xdsl_charges_pkey" PRIMARY KEY("customer_id","cdr_id")
);
--> statement-breakpoint
CREATE TABLE "rate_tables" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rate_tables_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"file_date" date NOT NULL,
	"source_file_id" bigint NOT NULL,
	CONSTRAINT "rate_tables_code_file_date_key" UNIQUE("code","file_date")
);
--> statement-breakpoint
CREATE TABLE "rates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"rate_table_id" bigint NOT NULL,
	"table_code" text NOT NULL,
	"service" "rate_service" NOT NULL,
	"event_type" "event_type" NOT NULL,
	"prefix" text,
	"destination" text,
	"zone" text,
	"price" numeric(12,4) NOT NULL,
	"setup_fee" numeric(12,4),
	"increment_first" integer,
	"increment_next" integer,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "rates_table_code_service_event_type_prefix_valid_from_key" UNIQUE NULLS NOT DISTINCT("table_code","service","event_type","prefix","valid_from")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stored_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" "stored_kind" NOT NULL,
	"path" text NOT NULL UNIQUE,
	"folder" text NOT NULL,
	"name" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content_type" text,
	"content" bytea NOT NULL,
	"period" text,
	"invoice_number" text,
	"customer_id" text,
	"source_file_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"invoice_number" text PRIMARY KEY,
	"customer_id" text NOT NULL,
	"invoice_date" date NOT NULL,
	"due_date" date,
	"amount_excl_tax" numeric(14,2) NOT NULL,
	"vat_amount" numeric(14,2),
	"amount_incl_tax" numeric(14,2),
	"period" text NOT NULL,
	"pdf_file_id" bigint,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wholesaler_invoices" (
	"reference" text PRIMARY KEY,
	"period" text NOT NULL,
	"stored_file_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "high_usage_alerts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "high_usage_alerts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" text NOT NULL,
	"msisdn" text NOT NULL,
	"msisdn_raw" text NOT NULL,
	"iccid" text,
	"period_start" date NOT NULL,
	"volume_mb" numeric(14,3) NOT NULL,
	"threshold_mb" numeric(14,3) NOT NULL,
	"level" integer,
	"detected_at" timestamp with time zone NOT NULL,
	"source_file_id" bigint NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "high_usage_alerts_msisdn_detected_at_key" UNIQUE("msisdn","detected_at")
);
--> statement-breakpoint
CREATE INDEX "rejected_rows_source_file_id_idx" ON "rejected_rows" ("source_file_id","line");--> statement-breakpoint
CREATE INDEX "source_files_sha256_idx" ON "source_files" ("sha256");--> statement-breakpoint
CREATE INDEX "source_files_sync_run_id_idx" ON "source_files" ("sync_run_id");--> statement-breakpoint
CREATE INDEX "vga_lines_customer_id_idx" ON "vga_lines" ("customer_id");--> statement-breakpoint
CREATE INDEX "voip_numbers_customer_id_idx" ON "voip_numbers" ("customer_id");--> statement-breakpoint
CREATE INDEX "xdsl_accesses_customer_id_idx" ON "xdsl_accesses" ("customer_id");--> statement-breakpoint
CREATE INDEX "xdsl_accesses_line_number_idx" ON "xdsl_accesses" ("line_number");--> statement-breakpoint
CREATE INDEX "sims_customer_id_idx" ON "sims" ("customer_id");--> statement-breakpoint
CREATE INDEX "sims_msisdn_idx" ON "sims" ("msisdn");--> statement-breakpoint
CREATE INDEX "status_changes_customer_id_idx" ON "status_changes" ("customer_id");--> statement-breakpoint
CREATE INDEX "sim_order_items_iccid_idx" ON "sim_order_items" ("iccid");--> statement-breakpoint
CREATE INDEX "billed_fixed_cdrs_cdr_id_idx" ON "billed_fixed_cdrs" ("cdr_id");--> statement-breakpoint
CREATE INDEX "billed_fixed_cdrs_customer_started_idx" ON "billed_fixed_cdrs" ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "billed_fixed_cdrs_line_started_idx" ON "billed_fixed_cdrs" ("line_number","started_at");--> statement-breakpoint
CREATE INDEX "billed_fixed_cdrs_invoice_number_idx" ON "billed_fixed_cdrs" ("invoice_number");--> statement-breakpoint
CREATE INDEX "billed_mobile_cdrs_cdr_id_idx" ON "billed_mobile_cdrs" ("cdr_id");--> statement-breakpoint
CREATE INDEX "billed_mobile_cdrs_customer_started_idx" ON "billed_mobile_cdrs" ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "billed_mobile_cdrs_msisdn_started_idx" ON "billed_mobile_cdrs" ("msisdn","started_at");--> statement-breakpoint
CREATE INDEX "billed_mobile_cdrs_iccid_started_idx" ON "billed_mobile_cdrs" ("iccid","started_at");--> statement-breakpoint
CREATE INDEX "billed_mobile_cdrs_invoice_number_idx" ON "billed_mobile_cdrs" ("invoice_number");--> statement-breakpoint
CREATE INDEX "fixed_cdrs_cdr_id_idx" ON "fixed_cdrs" ("cdr_id");--> statement-breakpoint
CREATE INDEX "fixed_cdrs_customer_started_idx" ON "fixed_cdrs" ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "fixed_cdrs_line_started_idx" ON "fixed_cdrs" ("line_number","started_at");--> statement-breakpoint
CREATE INDEX "mobile_cdrs_cdr_id_idx" ON "mobile_cdrs" ("cdr_id");--> statement-breakpoint
CREATE INDEX "mobile_cdrs_customer_started_idx" ON "mobile_cdrs" ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "mobile_cdrs_msisdn_started_idx" ON "mobile_cdrs" ("msisdn","started_at");--> statement-breakpoint
CREATE INDEX "mobile_cdrs_iccid_started_idx" ON "mobile_cdrs" ("iccid","started_at");--> statement-breakpoint
CREATE INDEX "cdr_revisions_record_idx" ON "cdr_revisions" ("table_name","cdr_id");--> statement-breakpoint
CREATE INDEX "xdsl_charges_access_ref_idx" ON "xdsl_charges" ("access_ref");--> statement-breakpoint
CREATE INDEX "rates_rate_table_id_idx" ON "rates" ("rate_table_id");--> statement-breakpoint
CREATE INDEX "stored_files_invoice_number_idx" ON "stored_files" ("invoice_number");--> statement-breakpoint
CREATE INDEX "stored_files_customer_id_idx" ON "stored_files" ("customer_id");--> statement-breakpoint
CREATE INDEX "invoices_customer_id_idx" ON "invoices" ("customer_id");--> statement-breakpoint
CREATE INDEX "invoices_period_idx" ON "invoices" ("period");--> statement-breakpoint
CREATE INDEX "high_usage_alerts_customer_id_idx" ON "high_usage_alerts" ("customer_id");--> statement-breakpoint
ALTER TABLE "rejected_rows" ADD CONSTRAINT "rejected_rows_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "source_files" ADD CONSTRAINT "source_files_sync_run_id_sync_runs_id_fkey" FOREIGN KEY ("sync_run_id") REFERENCES "sync_runs"("id");--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "vga_lines" ADD CONSTRAINT "vga_lines_customer_id_customers_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id");--> statement-breakpoint
ALTER TABLE "vga_lines" ADD CONSTRAINT "vga_lines_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "voip_numbers" ADD CONSTRAINT "voip_numbers_customer_id_customers_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id");--> statement-breakpoint
ALTER TABLE "voip_numbers" ADD CONSTRAINT "voip_numbers_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "xdsl_accesses" ADD CONSTRAINT "xdsl_accesses_customer_id_customers_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id");--> statement-breakpoint
ALTER TABLE "xdsl_accesses" ADD CONSTRAINT "xdsl_accesses_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "sims" ADD CONSTRAINT "sims_customer_id_customers_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id");--> statement-breakpoint
ALTER TABLE "sims" ADD CONSTRAINT "sims_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "sim_order_items" ADD CONSTRAINT "sim_order_items_order_ref_sim_orders_order_ref_fkey" FOREIGN KEY ("order_ref") REFERENCES "sim_orders"("order_ref") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sim_order_items" ADD CONSTRAINT "sim_order_items_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "sim_orders" ADD CONSTRAINT "sim_orders_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "sim_secrets" ADD CONSTRAINT "sim_secrets_order_ref_sim_orders_order_ref_fkey" FOREIGN KEY ("order_ref") REFERENCES "sim_orders"("order_ref") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sim_secrets" ADD CONSTRAINT "sim_secrets_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "billed_fixed_cdrs" ADD CONSTRAINT "billed_fixed_cdrs_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "billed_mobile_cdrs" ADD CONSTRAINT "billed_mobile_cdrs_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "fixed_cdrs" ADD CONSTRAINT "fixed_cdrs_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "mobile_cdrs" ADD CONSTRAINT "mobile_cdrs_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "cdr_revisions" ADD CONSTRAINT "cdr_revisions_replaced_by_file_id_source_files_id_fkey" FOREIGN KEY ("replaced_by_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "cdr_revisions" ADD CONSTRAINT "cdr_revisions_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "xdsl_charges" ADD CONSTRAINT "xdsl_charges_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "rate_tables" ADD CONSTRAINT "rate_tables_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "rates" ADD CONSTRAINT "rates_rate_table_id_rate_tables_id_fkey" FOREIGN KEY ("rate_table_id") REFERENCES "rate_tables"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "rates" ADD CONSTRAINT "rates_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_customers_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id");--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_pdf_file_id_stored_files_id_fkey" FOREIGN KEY ("pdf_file_id") REFERENCES "stored_files"("id");--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "wholesaler_invoices" ADD CONSTRAINT "wholesaler_invoices_stored_file_id_stored_files_id_fkey" FOREIGN KEY ("stored_file_id") REFERENCES "stored_files"("id");--> statement-breakpoint
ALTER TABLE "high_usage_alerts" ADD CONSTRAINT "high_usage_alerts_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id");