#!/usr/bin/env bash
# Measuring only (docs/decisions/0027-hydration-saves-work-and-costs-bytes.md): builds the
# hydration probe, runs it and prints what hydration costs in bytes. Not part of the test command;
# it prints tables and asserts nothing.
# 1. the native writer of the app's interactive rows, built as the wasm is (erased components);
# 2. the probe's wasm (Leptos `hydrate`) into target/probe-dist, its page rewritten by (1);
# 3. the release build without the probe into target/probe-base, for the bytes;
# 4. node scripts/hydration_probe.mjs: hydrate against build, at 4x CPU throttling.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=target/probe-native \
  cargo build --quiet --locked --features ssr,hydration-probe --example hydration_probe_html
trunk build --release --features hydration-probe-client --dist target/probe-dist
trunk build --release --dist target/probe-base
# Its debug build warns about every untracked read while rendering: shown only if it fails.
if ! target/probe-native/debug/examples/hydration_probe_html target/probe-dist/index.html \
  2> target/probe-native/html.log; then
  cat target/probe-native/html.log >&2
  exit 1
fi
br() { brotli -q 11 -c "$1" | wc -c; }
echo
echo "| file, brotli -q 11 | without hydrate | with hydrate |"
echo "|---|---:|---:|"
echo "| wasm | $(br target/probe-base/*.wasm) | $(br target/probe-dist/*.wasm) |"
echo "| index.html: the crawlable page as built / its grids as the app's interactive rows | $(br target/probe-base/index.html) | $(br target/probe-dist/index.html) |"
node scripts/hydration_probe.mjs target/probe-dist "$@"
