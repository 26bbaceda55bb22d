-- Up Migration
-- Counters of rate-limiter-flexible (sign-in attempts per account and per client address,
-- mutations per user) when no Redis is configured. A schema of its own, outside `public`:
-- the rows are keyed by hashes, belong to no tenant and hold nothing personal, so they need no
-- row-level security, and the RLS introspection and schema drift tests (which cover `public`)
-- leave them alone. The app reads and writes it with plain statements before any session
-- exists, so the limiter is created with `tableCreated: true` and never runs DDL itself.

CREATE SCHEMA rate_limit;

-- The shape rate-limiter-flexible's RateLimiterPostgres expects; `expire` is epoch
-- milliseconds (NULL: never expires). One table for every limiter: keys carry the limiter's
-- prefix.
CREATE TABLE rate_limit.attempts (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
-- The limiter deletes expired rows every hour.
CREATE INDEX attempts_expire_idx ON rate_limit.attempts (expire);

GRANT USAGE ON SCHEMA rate_limit TO aizalo_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit.attempts TO aizalo_app;
