-- Row-level security: the graph reads as vnodrop_reader, and what that role sees depends on
-- settings the request's transaction makes (see packages/db/src/read-scope.ts):
--   vnodrop.all_customers = 'on'  every customer (the integrator's own applications);
--   vnodrop.partner = <name>      only the customers partner_customers grants to <name>;
--   vnodrop.sim_secrets = 'on'    the rows of sim_secrets (PIN and PUK codes) at all.
-- A setting left unset hides everything. Policies on the partitioned usage tables apply to
-- every partition read through them; the partitions themselves are not granted. The owner of
-- the tables (who migrates and syncs) is not subject to the policies.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vnodrop_reader') THEN
    CREATE ROLE vnodrop_reader NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- created at the same moment by the migration of another database of the cluster
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'vnodrop_reader', 'MEMBER') THEN
    EXECUTE format('GRANT vnodrop_reader TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO vnodrop_reader;
--> statement-breakpoint
GRANT SELECT ON customers TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON customers FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON vga_lines TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE vga_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON vga_lines FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON voip_numbers TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE voip_numbers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON voip_numbers FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON xdsl_accesses TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE xdsl_accesses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON xdsl_accesses FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON sims TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE sims ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON sims FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON status_changes TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE status_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON status_changes FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON mobile_cdrs TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE mobile_cdrs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON mobile_cdrs FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON fixed_cdrs TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE fixed_cdrs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON fixed_cdrs FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON billed_mobile_cdrs TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE billed_mobile_cdrs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON billed_mobile_cdrs FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON billed_fixed_cdrs TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE billed_fixed_cdrs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON billed_fixed_cdrs FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON cdr_revisions TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE cdr_revisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON cdr_revisions FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON xdsl_charges TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE xdsl_charges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON xdsl_charges FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON invoices TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON invoices FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON high_usage_alerts TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE high_usage_alerts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON high_usage_alerts FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON stored_files TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE stored_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON stored_files FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR customer_id = ANY (ARRAY(SELECT pc.customer_id FROM partner_customers pc
      WHERE pc.partner = current_setting('vnodrop.partner', true)))
);
--> statement-breakpoint
GRANT SELECT ON sim_order_items TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE sim_order_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON sim_order_items FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR EXISTS (SELECT 1 FROM sims s WHERE s.iccid = sim_order_items.iccid)
);
--> statement-breakpoint
GRANT SELECT ON sim_orders TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE sim_orders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON sim_orders FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR EXISTS (SELECT 1 FROM sim_order_items i WHERE i.order_ref = sim_orders.order_ref)
    OR EXISTS (SELECT 1 FROM sims s WHERE s.order_ref = sim_orders.order_ref)
);
--> statement-breakpoint
GRANT SELECT ON sim_secrets TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE sim_secrets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON sim_secrets FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.sim_secrets', true) = 'on'
    AND (current_setting('vnodrop.all_customers', true) = 'on'
      OR EXISTS (SELECT 1 FROM sims s WHERE s.iccid = sim_secrets.iccid))
);
--> statement-breakpoint
GRANT SELECT ON source_files TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE source_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON source_files FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR source_files.family IS NOT NULL
    OR EXISTS (SELECT 1 FROM stored_files f WHERE f.source_file_id = source_files.id)
);
--> statement-breakpoint
GRANT SELECT ON wholesaler_invoices TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE wholesaler_invoices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON wholesaler_invoices FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
);
--> statement-breakpoint
GRANT SELECT ON rate_tables TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE rate_tables ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON rate_tables FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
);
--> statement-breakpoint
GRANT SELECT ON rates TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE rates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON rates FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
);
--> statement-breakpoint
GRANT SELECT ON sync_runs TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE sync_runs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON sync_runs FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
);
--> statement-breakpoint
GRANT SELECT ON rejected_rows TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE rejected_rows ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON rejected_rows FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
);
--> statement-breakpoint
GRANT SELECT ON partner_customers TO vnodrop_reader;
--> statement-breakpoint
ALTER TABLE partner_customers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vnodrop_read_scope ON partner_customers FOR SELECT TO vnodrop_reader USING (
  current_setting('vnodrop.all_customers', true) = 'on'
    OR partner = current_setting('vnodrop.partner', true)
);
