-- Fleet-wide rate limits and outbox wake-ups: what several bot instances on one database share.

-- Takes one slot per distinct key for a call counted against every (key, limit, window) rule at
-- once (wait_ms 0), or takes nothing and says how long to wait (-1: until an in-flight call ends)
-- and for which key.
-- Per-key advisory locks (in key order, so two callers never deadlock) make check-and-insert
-- atomic across instances; each statement in a function sees what committed before it.
CREATE FUNCTION rate_take(p_permit text, p_keys text[], p_limits int[], p_windows_ms int[], p_now timestamptz, p_lease_ms int, OUT wait_ms bigint, OUT blocked_key text)
LANGUAGE plpgsql AS $$
DECLARE
  k text;
  i int;
  in_flight int;
  recent timestamptz[];
  excess int;
  blocked timestamptz;
BEGIN
  wait_ms := 0;
  FOR k IN SELECT DISTINCT unnest(p_keys) ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(hashtext('rate:' || k));
  END LOOP;
  SELECT b.until, b.key INTO blocked, blocked_key FROM rate_blocks b WHERE b.key = ANY(p_keys) AND b.until > p_now ORDER BY b.until DESC LIMIT 1;
  IF blocked IS NOT NULL THEN
    wait_ms := ceil(extract(epoch FROM blocked - p_now) * 1000);
  END IF;
  FOR i IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
    SELECT count(*) INTO in_flight FROM rate_slots WHERE key = p_keys[i] AND completed_at IS NULL AND expires_at > p_now;
    SELECT coalesce(array_agg(completed_at ORDER BY completed_at), '{}') INTO recent FROM rate_slots
      WHERE key = p_keys[i] AND completed_at > p_now - make_interval(secs => p_windows_ms[i] / 1000.0);
    excess := coalesce(array_length(recent, 1), 0) + in_flight - p_limits[i] + 1;
    IF excess > 0 THEN
      IF excess > coalesce(array_length(recent, 1), 0) THEN
        wait_ms := -1;
        blocked_key := p_keys[i];
        RETURN;
      END IF;
      DECLARE
        this_wait bigint := ceil(extract(epoch FROM recent[excess] + make_interval(secs => p_windows_ms[i] / 1000.0) - p_now) * 1000);
      BEGIN
        IF this_wait > wait_ms THEN
          wait_ms := this_wait;
          blocked_key := p_keys[i];
        END IF;
      END;
    END IF;
  END LOOP;
  IF wait_ms > 0 THEN
    RETURN;
  END IF;
  blocked_key := NULL;
  -- Forget what no window looks at any more, for these keys only (cheap, and keeps the table small).
  DELETE FROM rate_slots WHERE key = ANY(p_keys) AND (completed_at < p_now - make_interval(secs => (SELECT max(w) FROM unnest(p_windows_ms) w) / 1000.0) OR (completed_at IS NULL AND expires_at <= p_now));
  INSERT INTO rate_slots (permit, key, completed_at, expires_at)
    SELECT p_permit, d.key, NULL, p_now + make_interval(secs => p_lease_ms / 1000.0) FROM (SELECT DISTINCT unnest(p_keys) AS key) d;
  RETURN;
END $$;
--> statement-breakpoint
-- Every insert into the outbox wakes the workers of all instances (LISTEN id06_outbox); they also poll, as notifications can be lost.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('id06_outbox', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
