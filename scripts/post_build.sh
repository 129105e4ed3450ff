#!/usr/bin/env bash
# Trunk post-build hook (one script, because Trunk may run hooks of one stage concurrently):
# 1. write the crawlable guide into the built index.html: the native binary of this crate renders
#    it with the app's own components (Leptos SSR, the `ssr` feature);
# 2. minify wasm-bindgen's JS glue with terser and re-pin its integrity (scripts/glue.py);
# 3. split Trunk's loader: compile the wasm, then instantiate it in a task of its own, and
#    register the offline copy's service worker once start-up is over;
# 4. pin the Content-Security-Policy to the hash of that inline loader;
# 5. write embed.js, which puts the guide in other pages as a <stack-guide> element (scripts/embed.py);
# 6. write that service worker, with every file of the finished build (scripts/offline.py).
set -euo pipefail
index="${TRUNK_STAGING_DIR:?Trunk sets TRUNK_STAGING_DIR}/index.html"
# Built for the host, not for wasm32: Trunk's own CARGO_BUILD_TARGET must not leak in.
env -u CARGO_BUILD_TARGET cargo run --quiet --locked --features ssr --bin prerender -- "$index"
python3 scripts/glue.py
python3 scripts/loader.py
python3 scripts/csp.py
python3 scripts/embed.py
python3 scripts/offline.py
