-- Edited by hand: UNLOGGED (see src/schema/rate-limits.ts). The counts of the rate limit are
-- written on every request; they need no write-ahead log, no replica reads them, and losing
-- them in a crash only resets the limit.
CREATE UNLOGGED TABLE "rate_limits" (
	"key" text PRIMARY KEY,
	"points" integer NOT NULL,
	"expire" timestamp with time zone
);
