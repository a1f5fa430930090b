CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY,
	"key_hash" text NOT NULL,
	"role" text NOT NULL,
	"partner" text,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_role_check" CHECK ("role" in ('admin', 'frontend', 'partner')),
	CONSTRAINT "api_keys_partner_check" CHECK (("role" = 'partner') = ("partner" is not null))
);
--> statement-breakpoint
CREATE TABLE "partner_customers" (
	"partner" text,
	"customer_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_customers_pkey" PRIMARY KEY("partner","customer_id")
);
--> statement-breakpoint
CREATE TABLE "persisted_operations" (
	"hash" text PRIMARY KEY,
	"document" text NOT NULL,
	"name" text,
	"owner" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "partner_customers_customer_id_idx" ON "partner_customers" ("customer_id");