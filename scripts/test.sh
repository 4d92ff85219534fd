#!/usr/bin/env bash
# `npm test`: lint, typecheck, drift checks, every package's tests one after another (embedded
# database and the PostgreSQL server) on a fixed day, the date-sensitive suites again on the hard
# days of the calendar, then the browser tests; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh
ensure_pnpm
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
# The day every test starts at (scripts/lib/testNow.mjs).
export TEST_NOW="${TEST_NOW:-$(node scripts/lib/testNow.mjs)}"
started=$(date +%s)
say() { echo "$1 ($(($(date +%s) - started)) s)"; }

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

# LibreOffice opens the compiled report's exports in the API tests, as a reader's office suite would,
# and lays out its PDF; poppler's pdftotext reads the PDF back.
# python3-uno lets the API keep one LibreOffice running for the PDFs (residentLibreOffice.ts).
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 ||
  ! /usr/bin/python3 -c "import uno" >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "› Cài LibreOffice để mở thử báo cáo xuất ra / installing LibreOffice to open the exported reports"
    (apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils python3-uno) \
      >/tmp/kehoach-libreoffice-install.log 2>&1 || echo "! Không cài được LibreOffice, xem /tmp/kehoach-libreoffice-install.log"
  else
    echo "! LibreOffice không có (soffice): kiểm thử báo cáo xuất ra sẽ thất bại. Cài: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils python3-uno"
  fi
fi

rm -rf .test-results && mkdir -p .test-results
say "▶ lint (Biome, whole tree)"
pnpm exec biome check . --reporter=summary
tree=$?
say "▶ typecheck, schema drift, build"
# Only failing tasks' output: a passing build's chunk listing tells a reader nothing.
pnpm exec turbo run typecheck schema:check build --continue --output-logs=errors-only --log-prefix=none
checks=$?

say "▶ tests on $TEST_NOW"
node scripts/run-suites.mjs domain=@kehoach/domain:test db=@kehoach/db:test api=@kehoach/api:test admin=@kehoach/admin:test
suites=$?

# The hard days of the calendar: the first of a month, the day before and the day a Decree-09
# window turns (14th, 15th), and the last evening of the year: api and console again, without the
# files each package lists as day-independent (vitest.shared.ts).
calendar=0
for day in 2026-12-01T08:00:00+07:00 2026-12-15T08:00:00+07:00 2026-12-31T23:30:00+07:00; do
  say "▶ tests on $day"
  TEST_NOW="$day" TEST_HARD_DAY=1 TEST_REPORT_SUFFIX="@${day:5:5}" node scripts/run-suites.mjs api=@kehoach/api:test admin=@kehoach/admin:test || calendar=1
done

# Browser tests after the others, not beside them: the machine has 2 cores.
say "▶ browser tests (e2e)"
TEST_REPORT_SUFFIX="" node scripts/run-suites.mjs admin-e2e=@kehoach/admin:e2e
e2e=$?

say "■ done"
node scripts/summarize-tests.mjs "$tree" "$checks" "$suites" "$calendar" "$e2e"
