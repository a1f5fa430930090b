CREATE TYPE "rating_status" AS ENUM('rated', 'no-rate');--> statement-breakpoint
CREATE TABLE "cdr_ratings" (
	"table_name" text,
	"cdr_id" text,
	"customer_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"service" "rate_service" NOT NULL,
	"event_type" "event_type" NOT NULL,
	"tariff_code" text,
	"status" "rating_status" NOT NULL,
	"no_rate_reason" text,
	"rate_id" bigint,
	"billed_seconds" integer,
	"expected_amount" numeric(14,4),
	"amount" numeric(14,4) NOT NULL,
	"difference" numeric(14,4),
	"cdr_file_id" bigint NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cdr_ratings_pkey" PRIMARY KEY("table_name","cdr_id")
);
--> statement-breakpoint
CREATE TABLE "rated_files" (
	"source_file_id" bigint PRIMARY KEY,
	"records" integer NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rated_tariffs" (
	"table_code" text PRIMARY KEY,
	"rates_digest" text NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "billed_fixed_cdrs_source_file_idx" ON "billed_fixed_cdrs" ("source_file_id","cdr_id");--> statement-breakpoint
CREATE INDEX "billed_mobile_cdrs_source_file_idx" ON "billed_mobile_cdrs" ("source_file_id","cdr_id");--> statement-breakpoint
CREATE INDEX "fixed_cdrs_source_file_idx" ON "fixed_cdrs" ("source_file_id","cdr_id");--> statement-breakpoint
CREATE INDEX "mobile_cdrs_source_file_idx" ON "mobile_cdrs" ("source_file_id","cdr_id");--> statement-breakpoint
CREATE INDEX "cdr_ratings_customer_started_idx" ON "cdr_ratings" ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "cdr_ratings_rate_id_idx" ON "cdr_ratings" ("rate_id");--> statement-breakpoint
CREATE INDEX "cdr_ratings_cdr_file_id_idx" ON "cdr_ratings" ("cdr_file_id");--> statement-breakpoint
CREATE INDEX "cdr_ratings_discrepancy_idx" ON "cdr_ratings" ("table_name","started_at") WHERE "status" <> 'rated' or "difference" <> 0;--> statement-breakpoint
ALTER TABLE "cdr_ratings" ADD CONSTRAINT "cdr_ratings_rate_id_rates_id_fkey" FOREIGN KEY ("rate_id") REFERENCES "rates"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cdr_ratings" ADD CONSTRAINT "cdr_ratings_cdr_file_id_source_files_id_fkey" FOREIGN KEY ("cdr_file_id") REFERENCES "source_files"("id");--> statement-breakpoint
ALTER TABLE "rated_files" ADD CONSTRAINT "rated_files_source_file_id_source_files_id_fkey" FOREIGN KEY ("source_file_id") REFERENCES "source_files"("id") ON DELETE CASCADE;--> statement-breakpoint
-- Read scope (see the migration `…_row_security`): the graph reads the ratings of the
-- customers in its scope, and what the re-rating covered only with every customer in it.
GRANT SELECT ON cdr_ratings TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE cdr_ratings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON cdr_ratings FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON rated_files TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE rated_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON rated_files FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
);
--> statement-breakpoint
GRANT SELECT ON rated_tariffs TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE rated_tariffs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON rated_tariffs FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
);
