#!/usr/bin/env python3
"""Trunk post-build step: start the wasm in short tasks instead of one long one.

Trunk's inline loader calls `init()` with the wasm's URL, and the bindings then compile and
instantiate it with `WebAssembly.instantiateStreaming`: the browser finishes compiling, then
instantiates, in one main-thread task. Measured with long-animation-frame entries at 4x CPU
throttling, that task took 50-66 ms in half the loads. This rewrites the loader to:

1. compile with `WebAssembly.compileStreaming`, handing the browser the bytes a slice at a time
   (`SLICE` bytes, a zero-delay timer between slices). The browser reads what it is given on the
   main thread: served from a fast disk or cache, the whole file came at once and made one task
   (`v8.wasm.compileConsume` in a trace), which long-animation-frame entries timed at 23-53 ms at
   4x CPU throttling. The stream is the loader's own
   `Response`, labelled `application/wasm`, so a server that sends the wasm with another
   content type works too. The browser's code cache is keyed to fetched responses, so it does not
   keep this module's optimised code for the next visit; that cost did not show in a measurement
   of repeat visits (the wasm served cacheable, 6 reloads each at 4x throttling: the app shown at
   a median 692 ms with Trunk's way of loading, 648 ms with this one), since the lazily compiled
   baseline code, most of what start-up runs, is not kept in any case;
2. yield to the browser (a zero-delay timer) and hand the compiled module to `init()`, which
   instantiates it in a task of its own;
3. once start-up is over (two seconds after the app is shown, when the browser is idle), register
   the service worker that keeps the guide for offline use (sw.js, written by offline.py);
4. fetch the wasm only after the first paint, and drop Trunk's `<link rel="preload">` of it: the
   crawlable page is what the reader sees first, and Lighthouse counts every request started
   before the largest paint into it (decision 0023).

If compiling fails (a browser without readable streams, say), the loader warns in the console and
hands `init()` the URL as before: the bindings have their own fallback for that, and report any
error that remains.

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

# Bytes handed to the browser per task (see the docstring). Traced at 4x throttling: the first
# slice (with the module's sections before its code) took 11-21 ms to read, each later one 0.2-6
# ms, against 20-28 ms for the whole file read in one task (the trace's own overhead included).
SLICE = 64 * 1024

# How long after the app is shown the offline copy's worker is registered: start-up's last parts
# (the filters, the chooser, the search index) come within about a second at 4x CPU throttling.
OFFLINE_DELAY_MS = 2000

TRUNK_INIT = re.compile(r"const wasm = await init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\);")
found = TRUNK_INIT.findall(html)
if len(found) != 1:
    sys.exit("loader.py: expected one Trunk loader line `const wasm = await init({ module_or_path: "
             "'…_bg.wasm' });` in index.html, found %d (run on a fresh Trunk staging dir only)"
             % len(found))

SPLIT_INIT = """const url = %s;
const SLICE = %d;
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
let source = url;
try {
  // After the first paint (decision 0023); a hidden tab paints nothing, so it does not wait.
  await new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
    document.addEventListener('visibilitychange', resolve, { once: true });
  });
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const reader = response.body.getReader();
  const slices = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      for (let at = 0; at < value.length; at += SLICE) {
        controller.enqueue(value.subarray(at, at + SLICE));
        await pause();
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  source = await WebAssembly.compileStreaming(
    new Response(slices, { headers: { 'Content-Type': 'application/wasm' } }));
  await pause();
} catch (error) {
  console.warn('stackguide: compiling the wasm as it arrived failed; loading it again', error);
}
const wasm = await init({ module_or_path: source });
if ('serviceWorker' in navigator) {
  // The offline copy (sw.js, beside the wasm), once start-up is over: %d s after the app is shown,
  // when the browser is idle. Installing it downloads the whole build again; registered at the
  // page's load event instead, it made start-up tasks run over 50 ms (docs/offline.md).
  const keep = () => navigator.serviceWorker.register(new URL('sw.js', new URL(url, location.href)))
    .catch((error) => console.warn('stackguide: no offline copy of the guide', error));
  const later = () => setTimeout(() => ('requestIdleCallback' in window
    ? requestIdleCallback(keep, { timeout: 5000 }) : keep()), %d);
  const isShown = () => document.querySelector('[data-sg-mounted]') !== null;
  const shown = new MutationObserver(() => {
    if (isShown()) {
      shown.disconnect();
      later();
    }
  });
  if (isShown()) later();
  else shown.observe(document.documentElement,
    { subtree: true, attributes: true, attributeFilter: ['data-sg-mounted'] });
}""" % (json.dumps(found[0]), SLICE, OFFLINE_DELAY_MS // 1000, OFFLINE_DELAY_MS)

html = TRUNK_INIT.sub(lambda _: SPLIT_INIT, html)
WASM_PRELOAD = re.compile(r'<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>\s*')
if len(WASM_PRELOAD.findall(html)) != 1:
    sys.exit("loader.py: expected one <link rel=\"preload\"> of the wasm in index.html")
html = WASM_PRELOAD.sub("", html)
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
