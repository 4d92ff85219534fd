#!/usr/bin/env bash
# `npm test`: lint, typecheck, drift checks and every test suite (embedded database and the
# PostgreSQL server), then the browser tests alone; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh
ensure_pnpm

# Quiet when it works; when it fails, again with pnpm's own messages to say why.
pnpm install --frozen-lockfile --reporter=silent || pnpm install --frozen-lockfile --reporter=default || { echo "0 passed, 1 failed"; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "› Cài Chromium cho kiểm thử trình duyệt / installing Chromium for browser tests"
    (apt-get update -qq && apt-get install -y -qq chromium) >/tmp/kehoach-chromium-install.log 2>&1 ||
      echo "! Không cài được Chromium, xem /tmp/kehoach-chromium-install.log"
  else
    echo "! Chromium không có (/usr/bin/chromium): kiểm thử trình duyệt sẽ thất bại. Cài: apt-get install -y chromium"
  fi
fi

rm -rf .test-results && mkdir -p .test-results
# The whole tree once with Biome (each package also lints its own): scripts, configuration and
# bench results live outside the packages.
pnpm exec biome check .
tree=$?
pnpm exec turbo run lint typecheck schema:check test --continue --log-order=grouped
checks=$?
# Browser tests after the others, not beside them: the machine has 2 cores.
pnpm exec turbo run e2e --continue --log-order=grouped
e2e=$?

node scripts/summarize-tests.mjs "$tree" "$checks" "$e2e"
