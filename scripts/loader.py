#!/usr/bin/env python3
"""Trunk post-build step: start the wasm in two tasks instead of one.

Trunk's inline loader calls `init()` with the wasm's URL, and the bindings then compile and
instantiate it with `WebAssembly.instantiateStreaming`: the browser finishes compiling, then
instantiates, in one main-thread task. Measured with long-animation-frame entries at 4x CPU
throttling, that task took 50-66 ms in half the loads. This rewrites the loader to compile with
`WebAssembly.compileStreaming`, yield to the browser (a zero-delay timer), and hand the compiled
module to `init()`, which instantiates it in a task of its own.

If compiling fails (a server that does not send `application/wasm`, say), the loader warns in
the console and hands `init()` the URL as before: the bindings have their own fallback for that,
and report any error that remains.

Run before csp.py, which pins the policy to the hash of the rewritten loader. Fails the build when
Trunk's loader is not the one this expects (another Trunk version), rather than leave it as is.
"""
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()

TRUNK_INIT = re.compile(r"const wasm = await init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\);")
found = TRUNK_INIT.findall(html)
if len(found) != 1:
    sys.exit("loader.py: expected one Trunk loader line `const wasm = await init({ module_or_path: "
             "'…_bg.wasm' });` in index.html, found %d (run on a fresh Trunk staging dir only)"
             % len(found))

SPLIT_INIT = """const url = %s;
let source = url;
try {
  source = await WebAssembly.compileStreaming(fetch(url));
  await new Promise((resolve) => setTimeout(resolve, 0));
} catch (error) {
  console.warn('stackguide: compiling the wasm as it arrived failed; loading it again', error);
}
const wasm = await init({ module_or_path: source });""" % json.dumps(found[0])

html = TRUNK_INIT.sub(lambda _: SPLIT_INIT, html)
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
