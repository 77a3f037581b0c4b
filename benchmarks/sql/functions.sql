-- Helpers for loading benchmark data straight into a service's database (never used by the services).

-- The n-th synthetic IIN (LAW.md ID-1): birth date from 1950-01-01 on, century/sex digit 3 or 4,
-- a 4-digit serial, then the check digit with weights 1..11, or 3..11,1,2 when the first remainder
-- is 10. A second remainder of 10 means no valid IIN ends this prefix: NULL, and the caller skips it.
CREATE OR REPLACE FUNCTION bench_iin(n bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    p   text := to_char(date '1950-01-01' + (n / 2000)::int, 'YYMMDD')
                || (3 + n % 2)::text || lpad(((n % 2000) / 2)::text, 4, '0');
    w1  int[] := '{1,2,3,4,5,6,7,8,9,10,11}';
    w2  int[] := '{3,4,5,6,7,8,9,10,11,1,2}';
    s   int := 0;
    c   int;
BEGIN
    FOR i IN 1..11 LOOP
        s := s + substr(p, i, 1)::int * w1[i];
    END LOOP;
    c := s % 11;
    IF c = 10 THEN
        s := 0;
        FOR i IN 1..11 LOOP
            s := s + substr(p, i, 1)::int * w2[i];
        END LOOP;
        c := s % 11;
        IF c = 10 THEN
            RETURN NULL;
        END IF;
    END IF;
    RETURN p || c::text;
END $$;

-- The subject pseudonym the services compute (HMAC-SHA256 of the IIN, lowercase hex).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE OR REPLACE FUNCTION bench_ref(iin text, key text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT encode(hmac(convert_to(iin, 'UTF8'), convert_to(key, 'UTF8'), 'sha256'), 'hex')
$$;

-- Waits until no OPEN deadline due at or before :due is left, then reports when that happened.
-- Each query inside a volatile function sees the latest commits, so this watches the scanner live.
CREATE OR REPLACE FUNCTION bench_await_breached(due timestamptz, timeout_s int)
RETURNS TABLE (first_seen timestamptz, all_done timestamptz, left_open bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    started timestamptz := clock_timestamp();
    total   bigint;
    n       bigint;
BEGIN
    SELECT count(*) INTO total FROM deadline WHERE state = 'OPEN' AND due_at <= due;
    LOOP
        SELECT count(*) INTO n FROM deadline WHERE state = 'OPEN' AND due_at <= due;
        IF n < total AND first_seen IS NULL THEN
            first_seen := clock_timestamp();
        END IF;
        IF n = 0 THEN
            all_done := clock_timestamp();
            left_open := 0;
            RETURN NEXT;
            RETURN;
        END IF;
        IF clock_timestamp() > started + make_interval(secs => timeout_s) THEN
            left_open := n;
            RETURN NEXT;
            RETURN;
        END IF;
        PERFORM pg_sleep(0.02);
    END LOOP;
END $$;
