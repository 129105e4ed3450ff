#!/usr/bin/env bash
# Measuring only (docs/decisions/0027-hydration-saves-work-and-costs-bytes.md): builds the
# hydration probe and runs it. Not part of the test command; prints a table, asserts nothing.
# 1. the native writer of the app's interactive rows, built as the wasm is (erased components);
# 2. the probe's wasm (Leptos `hydrate`) into target/probe-dist, its page rewritten by (1);
# 3. node scripts/hydration_probe.mjs: hydrate against build, at 4x CPU throttling.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=target/probe-native \
  cargo build --quiet --locked --features ssr,hydration-probe --example hydration_probe_html
trunk build --release --features hydration-probe-client --dist target/probe-dist
target/probe-native/debug/examples/hydration_probe_html target/probe-dist/index.html 2>/dev/null
node scripts/hydration_probe.mjs target/probe-dist "$@"
