-- New high-usage alerts are announced on the channel `vnodrop_high_usage_alerts`, once per
-- statement that inserted any, with the largest new id as payload, when the transaction
-- commits. Listeners (the graph's `highUsageAlerts` subscription) read the new rows by id: the
-- notification only wakes them. An alert updated in place is not new and is not announced.
CREATE FUNCTION notify_high_usage_alerts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  newest bigint;
BEGIN
  SELECT max(id) INTO newest FROM inserted_alerts;
  IF newest IS NOT NULL THEN
    PERFORM pg_notify('vnodrop_high_usage_alerts', newest::text);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER high_usage_alerts_notify
  AFTER INSERT ON high_usage_alerts
  REFERENCING NEW TABLE AS inserted_alerts
  FOR EACH STATEMENT EXECUTE FUNCTION notify_high_usage_alerts();
