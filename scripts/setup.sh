#!/usr/bin/env bash
# Installs whatever stackguide needs to build, serve and test, and skips what is already there.
# Safe to run again: each step checks first. Works on a fresh Debian/Ubuntu machine as root or
# with sudo. Versions are pinned because a mismatch makes Trunk try to download from the network.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages -------------------------------------------------------------------------
# chromium + chromium-driver: headless browser for wasm-bindgen-test and Playwright.
# nodejs/npm: Playwright, axe-core, binaryen's wasm-opt. brotli: size report.
need_apt=()
command -v chromium >/dev/null     || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v node >/dev/null         || need_apt+=(nodejs)
command -v npm >/dev/null          || need_apt+=(npm)
command -v brotli >/dev/null       || need_apt+=(brotli)
command -v python3 >/dev/null      || need_apt+=(python3)
command -v curl >/dev/null         || need_apt+=(curl)
command -v cc >/dev/null           || need_apt+=(build-essential)
command -v pkg-config >/dev/null   || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt: installing ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -qq
  sudo_if_needed apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

# --- Rust ------------------------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    say "rustup: installing the stable toolchain"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup: adding wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  rustup component list --installed | grep -q "^$comp" || rustup component add "$comp"
done

# --- Trunk and wasm-bindgen-cli (built from crates.io; several minutes the first time) -------
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "cargo: installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  # Not --locked: the CLI's lock file names a crate version the registry no longer serves.
  say "cargo: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# --- npm packages (Playwright driver, axe-core, wasm-opt from binaryen) ----------------------
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm: installing the packages in package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

# --- crates for an offline Trunk build ------------------------------------------------------
[ -f Cargo.lock ] && cargo fetch --quiet

say "ready"
