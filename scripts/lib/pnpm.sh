# Sourced by the start and test scripts: makes `pnpm` the version pinned in package.json
# (a fresh machine has only Node and npm), and keeps turbo quiet.
PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NEXT_TELEMETRY_DISABLED=1

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    return
  fi
  echo "› Cài pnpm $PNPM_VERSION / installing pnpm $PNPM_VERSION"
  if npm install --global "pnpm@$PNPM_VERSION" >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    return
  fi
  # No permission for a global install: run the pinned pnpm through npx instead.
  pnpm() { npx --yes "pnpm@$PNPM_VERSION" "$@"; }
}
