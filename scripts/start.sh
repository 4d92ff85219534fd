#!/usr/bin/env bash
# `npm start`: installs what is missing, builds, migrates (and on first start seeds) the database,
# then serves the API and the console on PORT (default 4000) and prints the URL and demo accounts.
# `pnpm start:cluster --workers N` (this script with --cluster): N API processes on that port,
# on PostgreSQL (apps/api/src/cluster.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh
ensure_pnpm

started=$(date +%s)
# The API reports how long the user waited for a healthy answer, counted from here.
export KEHOACH_STARTED_AT="$(date +%s%3N)"
echo "› Cài đặt thư viện / installing dependencies"
pnpm install --frozen-lockfile --reporter=silent || pnpm install --frozen-lockfile --reporter=default
echo "› Build (Prisma client, typed operations, console, API)"
pnpm exec turbo run build --output-logs=errors-only --log-prefix=none
echo "› Đã cài đặt và build trong $(( $(date +%s) - started )) s; khởi động API / starting the API"
cd apps/api
entry=dist/main.js
if [ "${1:-}" = "--cluster" ]; then
  entry=dist/cluster.js
  shift
fi
# The built bundle (apps/api/build.ts); its source maps point stack traces at the TypeScript.
exec node --enable-source-maps "$entry" "$@"
