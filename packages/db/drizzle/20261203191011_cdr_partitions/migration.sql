-- Monthly partitions of the usage tables (mobile_cdrs, fixed_cdrs, billed_mobile_cdrs,
-- billed_fixed_cdrs), which are PARTITION BY RANGE ("started_at") with no DEFAULT partition:
-- a record of a month without a partition is refused, never silently parked.
--
-- ensure_month_partitions(parent, from_ts, to_ts) creates every missing partition
-- <parent>_YYYY_MM covering the UTC months from from_ts to to_ts (both included), and
-- returns how many it created. It is idempotent, and safe when several sessions call it at
-- once: creators of one parent are serialised by a transaction-scoped advisory lock, and
-- each month is checked again under the lock. CREATE TABLE ... PARTITION OF locks the parent
-- table until the end of the transaction, so call it before a load, in its own transaction.
CREATE OR REPLACE FUNCTION ensure_month_partitions(
  parent regclass,
  from_ts timestamptz,
  to_ts timestamptz
) RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  parent_schema text;
  parent_name text;
  first_month timestamp;
  month_start timestamp;
  partition_name text;
  missing boolean := false;
  created integer := 0;
BEGIN
  IF from_ts IS NULL OR to_ts IS NULL OR from_ts > to_ts THEN
    RAISE EXCEPTION 'ensure_month_partitions: invalid range % .. %', from_ts, to_ts
      USING HINT = 'Pass two instants, the first not after the second.';
  END IF;

  SELECT n.nspname, c.relname INTO parent_schema, parent_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.oid = parent AND c.relkind = 'p';
  IF parent_name IS NULL THEN
    RAISE EXCEPTION 'ensure_month_partitions: % is not a partitioned table', parent
      USING HINT = 'Pass one of the partitioned usage tables, for example mobile_cdrs.';
  END IF;

  first_month := date_trunc('month', from_ts AT TIME ZONE 'UTC');

  month_start := first_month;
  WHILE month_start <= to_ts AT TIME ZONE 'UTC' AND NOT missing LOOP
    partition_name := parent_name || '_' || to_char(month_start, 'YYYY_MM');
    missing := NOT EXISTS (
      SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = parent_schema AND c.relname = partition_name
    );
    month_start := month_start + interval '1 month';
  END LOOP;
  IF NOT missing THEN
    RETURN 0;
  END IF;

  PERFORM pg_advisory_xact_lock(hashtext('ensure_month_partitions'), hashtext(parent::text));

  month_start := first_month;
  WHILE month_start <= to_ts AT TIME ZONE 'UTC' LOOP
    partition_name := parent_name || '_' || to_char(month_start, 'YYYY_MM');
    -- A query, not to_regclass: it reads the catalog as of now, partitions that another
    -- session created while this one waited for the lock included.
    IF NOT EXISTS (
      SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = parent_schema AND c.relname = partition_name
    ) THEN
      EXECUTE format(
        'CREATE TABLE IF NOT EXISTS %I.%I PARTITION OF %I.%I FOR VALUES FROM (%L) TO (%L)',
        parent_schema, partition_name, parent_schema, parent_name,
        to_char(month_start, 'YYYY-MM-DD HH24:MI:SS') || '+00',
        to_char(month_start + interval '1 month', 'YYYY-MM-DD HH24:MI:SS') || '+00'
      );
      created := created + 1;
    END IF;
    month_start := month_start + interval '1 month';
  END LOOP;

  RETURN created;
END;
$$;
