#!/usr/bin/env bash
# Builds the benchmark variant (release + the `synthetic` feature) into target/bench-dist and runs
# the browser benchmark, then the start-up figures (FCP against a control page, blocked frames,
# FCP to a typed word answered) and Lighthouse on the release build, then the native engine
# timings. Prints tables; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
. scripts/env.sh
trunk build --release --features synthetic --dist target/bench-dist
node scripts/bench.mjs target/bench-dist
trunk build --release
node scripts/startup.mjs dist
# Lighthouse is only needed here: kept out of the test tooling, in target/lighthouse.
if [ ! -d target/lighthouse/node_modules/lighthouse ]; then
  npm install --prefix target/lighthouse --no-audit --no-fund --no-save lighthouse@12.8.2 >/dev/null
fi
CHROME_PATH=/usr/bin/chromium node scripts/lighthouse.mjs dist 3
cargo run --quiet --release --locked --example engine_timings
