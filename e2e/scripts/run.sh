#!/usr/bin/env bash
# Browser tests end to end: production builds of both apps on a fresh, migrated and seeded
# database, then Playwright against them. Exits with Playwright's exit code.
#
#   DATABASE_URL    an owner's URL on the PostgreSQL server to use (default: CI's local server);
#                   the tests get their own database (E2E_DATABASE, default aizalo_e2e), dropped afterwards
#   WEB_PORT        web app port, SITES_PORT sites app port: when unset, 3000 and 3001, or the
#                   next free ports when a dev server holds those
#   E2E_SKIP_BUILD  set to 1 to reuse the apps' existing .next builds
set -uo pipefail
cd "$(dirname "$0")/../.."
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port_from() {
  local port=$1
  while port_busy "$port"; do port=$((port + 10)); done
  echo "$port"
}
for name in WEB_PORT SITES_PORT; do
  if [ -n "${!name:-}" ] && port_busy "${!name}"; then
    echo "[e2e] port ${!name} ($name) is busy" >&2
    exit 1
  fi
done
WEB_PORT="${WEB_PORT:-$(free_port_from 3000)}"
SITES_PORT="${SITES_PORT:-$(free_port_from $((WEB_PORT + 1)))}"
export WEB_ORIGIN="http://localhost:${WEB_PORT}"
export SITES_ORIGIN="http://localhost:${SITES_PORT}"
export ROOT_DOMAIN=localhost
LOG_DIR="e2e/logs"
# Sessions are signed with AUTH_SECRET; a throwaway one per run unless the caller has one.
export AUTH_SECRET="${AUTH_SECRET:-$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64"))')}"
# The apps run with NODE_ENV=production, where owners and admins must enrol a second factor
# before /admin; the demo seed's staff have none (REQUIRE_STAFF_MFA is off for the demo).
export REQUIRE_STAFF_MFA="${REQUIRE_STAFF_MFA:-false}"
# Production also needs the key of TOTP secrets, for tests that enrol: a throwaway one too.
export MFA_ENCRYPTION_KEY="${MFA_ENCRYPTION_KEY:-$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64"))')}"
E2E_DATABASE="${E2E_DATABASE:-aizalo_e2e}"

say() { printf '[e2e] %s\n' "$*"; }
fail() { say "$*"; exit 1; }

# The same URL with another database name; node parses URLs better than sed.
with_database() {
  node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.href)' "$1" "$2"
}

command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium) >/dev/null ||
  fail "cannot install chromium"
command -v psql >/dev/null || fail "psql is needed to create the test database"

SERVER_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
export DATABASE_URL
DATABASE_URL="$(with_database "$SERVER_URL" "$E2E_DATABASE")"
# A configured app-role URL follows to the e2e database; otherwise it is derived from DATABASE_URL.
if [ -n "${DATABASE_APP_URL:-}" ]; then
  DATABASE_APP_URL="$(with_database "$DATABASE_APP_URL" "$E2E_DATABASE")"
  export DATABASE_APP_URL
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -- "-${pid}" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  psql -q "$SERVER_URL" -c "DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)" >/dev/null ||
    say "could not drop ${E2E_DATABASE}"
}
trap cleanup EXIT

say "fresh database ${E2E_DATABASE}"
psql -q -v ON_ERROR_STOP=1 "$SERVER_URL" \
  -c "DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)" \
  -c "CREATE DATABASE ${E2E_DATABASE}" || fail "cannot create ${E2E_DATABASE}"
pnpm --silent db:migrate >/dev/null || fail "migrations failed"
pnpm --silent db:seed >/dev/null || fail "seed failed"

if [ "${E2E_SKIP_BUILD:-0}" != 1 ]; then
  say "building both apps"
  pnpm turbo run build --filter=@aizalo/web --filter=@aizalo/sites --output-logs=errors-only ||
    fail "build failed"
fi

mkdir -p "$LOG_DIR"
start_app() { # name dir port
  say "starting $1 on :$3"
  # Own process group (setsid), so cleanup stops next and any worker it forks.
  (cd "$2" && NODE_ENV=production exec setsid node_modules/.bin/next start --port "$3") >"${LOG_DIR}/$1.log" 2>&1 &
  PIDS+=($!)
}
start_app web apps/web "$WEB_PORT"
start_app sites apps/sites "$SITES_PORT"
# The job worker: exports and large imports run there (its queue was set up by db:migrate).
say "starting the job worker"
(cd packages/jobs && NODE_ENV=production exec setsid node_modules/.bin/tsx src/worker.ts) >"${LOG_DIR}/worker.log" 2>&1 &
PIDS+=($!)

wait_for() { # name url
  for _ in $(seq 120); do
    curl -s -o /dev/null --max-time 5 "$2" && return 0
    sleep 0.5
  done
  say "$1 did not answer at $2; its log:"
  tail -n 40 "${LOG_DIR}/$1.log"
  return 1
}
# The home page touches no database; the sign-in page proves the app reaches PostgreSQL.
wait_for web "${WEB_ORIGIN}/" || exit 1
wait_for sites "${SITES_ORIGIN}/" || exit 1
status="$(curl -s -o /dev/null -w '%{http_code}' "${WEB_ORIGIN}/pwani-breeze/login")"
[ "$status" = 200 ] || { tail -n 40 "${LOG_DIR}/web.log"; fail "web cannot read the database (status ${status})"; }

say "running playwright"
# Arguments pass through to Playwright, so one spec can run alone: run.sh workspace-inbox
(cd e2e && node_modules/.bin/playwright test "$@")
CODE=$?
if [ $CODE -ne 0 ]; then
  say "playwright failed (exit ${CODE}); app logs in ${LOG_DIR}"
fi
exit $CODE
