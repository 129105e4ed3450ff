#!/usr/bin/env bash
# Runs every test stackguide has, installing what is missing first. Fails on the first red step.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

step() { printf '\n\033[1;34m=== %s\033[0m\n' "$*"; }

step "format (cargo fmt --check)"
cargo fmt --all -- --check

step "lint, native (clippy -D warnings)"
# With the hydration probe's native part (docs/decisions/0027), so that it keeps compiling.
cargo clippy --locked --features ssr,hydration-probe --all-targets -- -D warnings

step "lint, wasm32 (clippy -D warnings)"
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests"
cargo test --locked --features ssr,hydration-probe

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "release build (trunk)"
trunk build --release

step "test-only build with a fault trigger (trunk, into target/fault-dist)"
trunk build --release --features fault-trigger --dist target/fault-dist

step "size report and byte budget"
python3 scripts/size_report.py --check

step "end-to-end tests (Playwright, system Chromium)"
node --test tests/e2e/

step "originality (no run of words copied from the seed articles)"
if [ -f ../shared/tools/originality.py ]; then
  python3 ../shared/tools/originality.py
else
  echo "skipped: ../shared/tools/originality.py is not beside this checkout"
fi

step "all tests passed"
