#!/usr/bin/env bash
# Starts Neovim headless with editors/neovim/pincite.lua (as the README says),
# opens a brief and checks that Pincite's diagnostics arrive over --stdio with
# the same codes the LSP test sees. Skips with one line when nvim is absent.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if ! command -v nvim >/dev/null; then
  echo "neovim SKIPPED: nvim not installed (apt-get install neovim)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/test/e2e/workspace/brief.md" "$work/brief.md"
cd "$work"
out="$(timeout 60 nvim --headless -u NONE -i NONE \
  -c "filetype on" \
  -c "lua vim.g.pincite_server = { 'node', '$root/dist/server.js', '--stdio' }" \
  -c "lua dofile('$root/editors/neovim/pincite.lua')" \
  -c "edit brief.md" \
  -c "luafile $root/test/neovim/check.lua" 2>&1 || true)"
echo "$out"
if ! grep -q '^OK' <<<"$out"; then echo "neovim: no diagnostics arrived"; echo "0 passed, 1 failed"; exit 1; fi
if ! grep -q '^CITE001 ' <<<"$out"; then echo "neovim: CITE001 missing"; echo "0 passed, 1 failed"; exit 1; fi
echo "1 passed, 0 failed"
