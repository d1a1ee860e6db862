#!/usr/bin/env bash
# Make sure the end-to-end tools exist: code-server (a VS Code server + web
# workbench), playwright-core and Debian's chromium.
#
# They live in a cache folder outside the project, not in its node_modules:
#   ${PINCITE_E2E_CACHE:-$HOME/.cache/pincite-e2e}/code-server-<version>/
# which has its own package.json. The first run takes a few minutes
# (code-server builds native modules); later runs only check a stamp file.
#
# Recipe and reasons: the team's research notes, vscode-lsp-anchors.md §9.3.
#   - code-server 4.100.x requires Node 20 (4.103 and later require Node 22).
#   - its postinstall refuses to run as root unless npm_config_unsafe_perm=true.
#   - node-pty's postinstall calls `npx node-gyp`, which cancels when it cannot
#     ask, unless npm_config_yes=true.
#   - @vscode/ripgrep would download rg from GitHub; a tarball of Debian's rg
#     placed in its download cache is used instead.
#   - kerberos compiles against the krb5 headers (libkrb5-dev).
#
# Environment:
#   PINCITE_E2E_CACHE   cache root (default $HOME/.cache/pincite-e2e)
#   PINCITE_E2E_FORCE=1 reinstall even if the stamp file is present
#   PINCITE_CHROMIUM    browser binary (default /usr/bin/chromium)
#
# Prints the install directory as the last line of output on success.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
# playwright-core 1.64.1 was built against Chromium 156.0.8078, the version
# bookworm-security ships (156.0.8078.79); its CDP client also drives
# somewhat older or newer Chromium builds.
PLAYWRIGHT_CORE_VERSION="1.64.1"
# Pinned by code-server 4.100.3's lib/vscode/npm-shrinkwrap.json.
RIPGREP_PKG_VERSION="1.15.11"
RIPGREP_ASSET_VERSION="v13.0.0-10"

CACHE_ROOT="${PINCITE_E2E_CACHE:-$HOME/.cache/pincite-e2e}"
INSTALL_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
STAMP="$INSTALL_DIR/.install-complete"
STAMP_TEXT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"
CHROMIUM="${PINCITE_CHROMIUM:-/usr/bin/chromium}"

step() { printf '[ensure-code-server] %s\n' "$*"; }
fail() { printf '[ensure-code-server] ERROR: %s\n' "$*" >&2; exit 1; }

# ---- fast path: everything is already there -------------------------------
if [[ "${PINCITE_E2E_FORCE:-}" != "1" && -f "$STAMP" && "$(cat "$STAMP")" == "$STAMP_TEXT" \
      && -x "$INSTALL_DIR/node_modules/.bin/code-server" && -x "$CHROMIUM" ]]; then
  step "up to date: $STAMP_TEXT in $INSTALL_DIR"
  echo "$INSTALL_DIR"
  exit 0
fi

mkdir -p "$CACHE_ROOT"

# ---- one installer at a time ----------------------------------------------
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE_ROOT/.install.lock"
  if ! flock -n 9; then
    step "another install is running; waiting for its lock"
    flock 9
  fi
  # The other installer may have finished the job meanwhile.
  if [[ "${PINCITE_E2E_FORCE:-}" != "1" && -f "$STAMP" && "$(cat "$STAMP")" == "$STAMP_TEXT" && -x "$CHROMIUM" ]]; then
    step "up to date after waiting: $STAMP_TEXT"
    echo "$INSTALL_DIR"
    exit 0
  fi
fi

# ---- Node version ----------------------------------------------------------
command -v node >/dev/null 2>&1 || fail "node is not on PATH"
command -v npm >/dev/null 2>&1 || fail "npm is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$NODE_MAJOR" != "20" && -z "${FORCE_NODE_VERSION:-}" ]]; then
  fail "code-server@$CODE_SERVER_VERSION needs Node 20 (found $(node --version)); set FORCE_NODE_VERSION to try anyway"
fi
step "node $(node --version), npm $(npm --version 2>/dev/null)"

# ---- Debian packages -------------------------------------------------------
missing=()
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v flock >/dev/null 2>&1 || missing+=(util-linux)
if (( ${#missing[@]} )); then
  SUDO=""
  if [[ "$(id -u)" != "0" ]]; then
    command -v sudo >/dev/null 2>&1 || fail "need root or sudo to apt-get install ${missing[*]}"
    SUDO="sudo"
  fi
  step "apt-get update"
  $SUDO apt-get update -qq >/dev/null || fail "apt-get update failed"
  step "apt-get install ${missing[*]}"
  mkdir -p "$CACHE_ROOT"
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >"$CACHE_ROOT/apt.log" 2>&1; then
    tail -n 20 "$CACHE_ROOT/apt.log" >&2
    fail "apt-get install failed; see $CACHE_ROOT/apt.log"
  fi
else
  step "Debian packages present: ripgrep chromium libkrb5-dev make g++ python3"
fi
[[ -x "$CHROMIUM" ]] || fail "no chromium at $CHROMIUM"

# Only the Debian side was missing: the npm install is still good.
if [[ "${PINCITE_E2E_FORCE:-}" != "1" && -f "$STAMP" && "$(cat "$STAMP")" == "$STAMP_TEXT" \
      && -x "$INSTALL_DIR/node_modules/.bin/code-server" ]]; then
  step "code-server and playwright-core already installed in $INSTALL_DIR"
  echo "$INSTALL_DIR"
  exit 0
fi

# ---- a clean install folder ------------------------------------------------
mkdir -p "$INSTALL_DIR"
rm -f "$STAMP"
if [[ -d "$INSTALL_DIR/node_modules" ]]; then
  # No stamp means an earlier install stopped half way; npm would not rerun
  # code-server's postinstall over an existing tree, so start over.
  step "removing unfinished install in $INSTALL_DIR/node_modules"
  rm -rf "$INSTALL_DIR/node_modules" "$INSTALL_DIR/package-lock.json"
fi
cat >"$INSTALL_DIR/package.json" <<EOF
{
  "name": "pincite-e2e-tools",
  "version": "0.0.0",
  "private": true,
  "description": "End-to-end test tools for Pincite, installed by test/e2e/ensure-code-server.sh",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION"
  }
}
EOF
step "wrote $INSTALL_DIR/package.json"

# ---- ripgrep: seed @vscode/ripgrep's download cache with Debian's rg -------
case "$(uname -m)" in
  x86_64) RG_TARGET="x86_64-unknown-linux-musl" ;;
  aarch64|arm64) RG_TARGET="aarch64-unknown-linux-gnu" ;;
  *) fail "unsupported architecture $(uname -m)" ;;
esac
INSTALL_TMP="$INSTALL_DIR/.tmp"
RG_CACHE="$INSTALL_TMP/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
RG_TARBALL="$RG_CACHE/ripgrep-$RIPGREP_ASSET_VERSION-$RG_TARGET.tar.gz"
mkdir -p "$RG_CACHE"
tar czf "$RG_TARBALL" -C "$(dirname "$(command -v rg)")" rg
step "seeded ripgrep cache $RG_TARBALL from $(command -v rg)"

# ---- node-gyp: use this machine's Node headers, never download them -------
if [[ -z "${npm_config_nodedir:-}" ]]; then
  NODE_PREFIX="$(node -p 'require("path").resolve(process.execPath, "..", "..")')"
  if [[ -f "$NODE_PREFIX/include/node/node.h" ]]; then
    export npm_config_nodedir="$NODE_PREFIX"
    step "node-gyp will use headers in $NODE_PREFIX/include/node"
  else
    step "no local Node headers under $NODE_PREFIX/include/node; node-gyp may try to download them"
  fi
fi

# ---- npm install -------------------------------------------------------------
step "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION (several minutes; log in $INSTALL_DIR/install.log)"
started=$SECONDS
if ! ( cd "$INSTALL_DIR" \
       && TMPDIR="$INSTALL_TMP" npm_config_unsafe_perm=true npm_config_yes=true \
          npm install --no-audit --no-fund --loglevel=warn >"$INSTALL_DIR/install.log" 2>&1 ); then
  tail -n 30 "$INSTALL_DIR/install.log" >&2 || true
  fail "npm install failed; see $INSTALL_DIR/install.log"
fi
step "npm install finished in $((SECONDS - started)) s"

# ---- check the result --------------------------------------------------------
CS="$INSTALL_DIR/node_modules/.bin/code-server"
[[ -x "$CS" ]] || fail "code-server binary missing after install"
[[ -d "$INSTALL_DIR/node_modules/code-server/lib/vscode/node_modules" ]] \
  || fail "code-server's postinstall did not install lib/vscode/node_modules (see install.log)"
RG_BIN="$INSTALL_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
[[ -x "$RG_BIN" ]] || fail "ripgrep was not installed at $RG_BIN (the seeded cache did not match?)"
# code-server writes a default config and logs under XDG dirs even for
# --version; keep those inside the throwaway tmp folder.
cs_version="$(XDG_CONFIG_HOME="$INSTALL_TMP/xdg/config" XDG_DATA_HOME="$INSTALL_TMP/xdg/data" \
  "$CS" --version 2>/dev/null | grep -E "^$CODE_SERVER_VERSION " | head -n 1 || true)"
[[ -n "$cs_version" ]] || fail "code-server --version did not report $CODE_SERVER_VERSION"
step "code-server --version: $cs_version"
pw_version="$(cd "$INSTALL_DIR" && node -p 'require("playwright-core/package.json").version')"
[[ "$pw_version" == "$PLAYWRIGHT_CORE_VERSION" ]] || fail "playwright-core $pw_version installed, expected $PLAYWRIGHT_CORE_VERSION"
step "playwright-core $pw_version; chromium: $("$CHROMIUM" --version 2>/dev/null | head -n 1)"

rm -rf "$INSTALL_TMP"
printf '%s' "$STAMP_TEXT" >"$STAMP"
step "done; stamp written to $STAMP"
echo "$INSTALL_DIR"
