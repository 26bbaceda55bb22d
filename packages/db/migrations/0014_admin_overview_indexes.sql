-- Up Migration
-- /admin reads the last 24 hours of api_usage (calls, server errors, p95) and of messages
-- (conversations with activity, AI tokens) across every business. Covering indexes answer both
-- from the index alone instead of reading the tables' busiest pages (pnpm bench:admin).

DROP INDEX api_usage_created_at_idx;
CREATE INDEX api_usage_created_at_idx ON api_usage (created_at)
  INCLUDE (response_status, response_time_ms);

CREATE INDEX messages_created_at_idx ON messages (created_at)
  INCLUDE (conversation_id, tokens_used);
