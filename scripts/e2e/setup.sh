#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end tests need, idempotently and without stdin:
#   - Debian packages: chromium, ripgrep, libkrb5-dev, g++, make (only those missing)
#   - code-server@4.100.3 (= VS Code 1.100.3) and playwright-core into .cache/e2e-tools
#     (its own package.json; the project's package.json / node_modules are never touched)
# Safe to re-run: each step is skipped when already done. Prints timings.
#
# Env overrides: E2E_TOOLS_DIR (default <repo>/.cache/e2e-tools),
#                CODE_SERVER_VERSION (4.100.3), PLAYWRIGHT_CORE_VERSION (1.65.1)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
TOOLS="${E2E_TOOLS_DIR:-$REPO/.cache/e2e-tools}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PLAYWRIGHT_CORE_VERSION="${PLAYWRIGHT_CORE_VERSION:-1.65.1}"
RG_VSCODE_VERSION="1.15.11"                       # @vscode/ripgrep version code-server 4.100.3 pulls in
RG_TARBALL="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

T0=$(date +%s)
step_start() { STEP_T=$(date +%s); echo "==> $1"; }
step_end() { echo "    done in $(( $(date +%s) - STEP_T ))s"; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo -n"; fi

# ---- 1. Debian packages --------------------------------------------------------------------
step_start "apt packages"
NEED=()
for p in chromium ripgrep libkrb5-dev g++ make; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    NEED+=("$p")
  fi
done
if [ ${#NEED[@]} -gt 0 ]; then
  echo "    installing: ${NEED[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${NEED[@]}" > /dev/null
else
  echo "    all present"
fi
step_end

# ---- 2. npm tools in their own prefix ------------------------------------------------------
installed_version() { # $1 = package name
  node -e 'try{console.log(require(process.argv[1]+"/node_modules/"+process.argv[2]+"/package.json").version)}catch{}' \
    "$TOOLS" "$1"
}

mkdir -p "$TOOLS"
if [ ! -f "$TOOLS/package.json" ]; then
  echo '{ "name": "cluetrain-e2e-tools", "private": true, "description": "e2e tooling cache, see scripts/e2e/setup.sh" }' > "$TOOLS/package.json"
fi

# npm settings needed for code-server's native modules when running as root with no network
# but the npm registry (see test/e2e/README.md).
export npm_config_unsafe_perm=true
export npm_config_nodedir=/usr
export npm_config_yes=true
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false

# @vscode/ripgrep downloads its binary in postinstall; seed its cache with Debian's rg.
TMP_BASE="$REPO/.cache/e2e-tmp"
export TMPDIR="$TMP_BASE"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_VSCODE_VERSION"
if [ ! -s "$RG_CACHE/$RG_TARBALL" ]; then
  mkdir -p "$RG_CACHE"
  STAGE="$(mktemp -d "$TMP_BASE/rg-stage.XXXXXX")"
  cp "$(command -v rg)" "$STAGE/rg"
  tar -czf "$RG_CACHE/$RG_TARBALL" -C "$STAGE" rg
  rm -rf "$STAGE"
  echo "==> seeded ripgrep cache: $RG_CACHE/$RG_TARBALL"
fi

step_start "playwright-core"
want_pw="$PLAYWRIGHT_CORE_VERSION"
have_pw="$(installed_version playwright-core)"
if [ -n "$have_pw" ] && { [ -z "$want_pw" ] || [ "$have_pw" = "$want_pw" ]; }; then
  echo "    playwright-core $have_pw already installed"
else
  npm install --prefix "$TOOLS" --loglevel=error "playwright-core${want_pw:+@$want_pw}"
fi
step_end

step_start "code-server@$CODE_SERVER_VERSION"
have_cs="$(installed_version code-server)"
if [ "$have_cs" = "$CODE_SERVER_VERSION" ] && [ -x "$TOOLS/node_modules/.bin/code-server" ] \
   && [ -f "$TOOLS/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  echo "    code-server $have_cs already installed"
else
  npm install --prefix "$TOOLS" --loglevel=error "code-server@$CODE_SERVER_VERSION"
fi
step_end

echo "==> versions"
echo "    chromium:      $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
# code-server writes ~/.config/code-server/config.yaml even for --version: give it a throwaway HOME.
VHOME="$(mktemp -d "$TMP_BASE/home.XXXXXX")"
echo "    code-server:   $(HOME="$VHOME" XDG_CONFIG_HOME="$VHOME/.config" XDG_DATA_HOME="$VHOME/.local/share" \
  "$TOOLS/node_modules/.bin/code-server" --version 2>/dev/null | grep -v ' info ' | head -1)"
rm -rf "$VHOME"
echo "    playwright-core: $(installed_version playwright-core)"
echo "==> e2e setup finished in $(( $(date +%s) - T0 ))s (tools in $TOOLS)"
