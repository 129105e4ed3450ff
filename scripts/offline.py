#!/usr/bin/env python3
"""Trunk post-build step: write the service worker that keeps the guide working offline.

Writes sw.js into the build from scripts/sw.js, filling in:
- FILES: every file of the build but the page (kept as `./`), the worker, embed.js and csp.txt, as URLs
  relative to the worker (its scope): the wasm, JS, CSS and public/ (manifest, icons);
- NAMED_BY_PAGE: the names of the wasm, JS and CSS, which the page must name for the worker to
  keep it (a page from an earlier build names other files);
- CACHE: `stackguide-` and the first 16 hex digits of a SHA-256 over the page, those files (names
  and bytes) and the worker's source, so any change makes a new cache that replaces the old one.

Runs last (after csp.py), so the page it hashes is the page served. Fails the build when the
build has no index.html, wasm or JS, or when the template lacks its placeholders.
"""
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")

# Everything but the page (kept as `./`), csp.txt (for servers), the worker itself (the browser
# fetches it past any cache) and embed.js (for other sites' pages, which the worker does not serve).
SKIP = {"index.html", "csp.txt", "sw.js", "embed.js"}
files = []
for dirpath, _, names in os.walk(staging):
    for name in names:
        rel = os.path.relpath(os.path.join(dirpath, name), staging).replace(os.sep, "/")
        if rel not in SKIP and not rel.startswith("."):
            files.append(rel)
files.sort()
named_by_page = [f for f in files if "/" not in f and f.endswith((".wasm", ".js", ".css"))]
if not any(f.endswith(".wasm") for f in files) or not any(f.endswith(".js") for f in files):
    sys.exit("offline.py: the build in %s has no wasm or no JS to keep" % staging)
if not os.path.exists(os.path.join(staging, "index.html")):
    sys.exit("offline.py: the build in %s has no index.html" % staging)

digest = hashlib.sha256()
for rel in ["index.html"] + files:
    digest.update(rel.encode("utf-8") + b"\0")
    with open(os.path.join(staging, rel), "rb") as f:
        digest.update(f.read())

with open(os.path.join(ROOT, "scripts", "sw.js"), encoding="utf-8") as f:
    worker = f.read()
digest.update(worker.encode("utf-8"))
cache = "stackguide-" + digest.hexdigest()[:16]
for placeholder in ("'@CACHE@'", "'@FILES@'", "'@NAMED_BY_PAGE@'"):
    if worker.count(placeholder) != 1:
        sys.exit("offline.py: scripts/sw.js must hold %s once" % placeholder)
# Its comments stay in the source: the build keeps one line pointing there.
worker = "// stackguide's service worker; source and comments: scripts/sw.js\n" + "".join(
    line for line in worker.splitlines(keepends=True) if not line.lstrip().startswith("//"))
worker = worker.replace("'@CACHE@'", json.dumps(cache))
worker = worker.replace("'@FILES@'", json.dumps(["./" + f for f in files]))
worker = worker.replace("'@NAMED_BY_PAGE@'", json.dumps(named_by_page))
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(worker)
print("offline.py: sw.js keeps %d files in cache %s" % (len(files) + 1, cache))
