#!/usr/bin/env bash
# Builds the benchmark variant (release + the `synthetic` feature) into target/bench-dist and runs
# the browser benchmark, then the native engine timings. Prints tables; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
. scripts/env.sh
trunk build --release --features synthetic --dist target/bench-dist
node scripts/bench.mjs target/bench-dist
cargo run --quiet --release --locked --example engine_timings
