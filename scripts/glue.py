#!/usr/bin/env python3
"""Trunk post-build hook: minify wasm-bindgen's JS glue with terser, and re-pin its integrity.

Trunk's own `--minify` cannot do it: its JS minifier fails to parse the glue (and its HTML
minifier strips the marker the crawlable page is injected at). terser comes from package.json.
The glue's <link rel="modulepreload"> carries a Subresource Integrity hash of the file, so the
hash is computed again for the minified file.
"""
import base64
import glob
import hashlib
import os
import re
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
terser = os.path.join(root, "node_modules", ".bin", "terser")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()

glues = [p for p in glob.glob(os.path.join(staging, "stackguide-*.js"))]
if len(glues) != 1:
    sys.exit("glue.py: expected one stackguide-*.js glue file, found %d" % len(glues))
glue = glues[0]
name = os.path.basename(glue)
before = os.path.getsize(glue)
subprocess.run([terser, glue, "--module", "--compress", "--mangle", "--output", glue], check=True)

with open(glue, "rb") as f:
    digest = base64.b64encode(hashlib.sha384(f.read()).digest()).decode()
link = re.compile(r'(<link[^>]*href="[^"]*%s"[^>]*integrity=")sha384-[^"]*(")' % re.escape(name))
html, pinned = link.subn(r"\g<1>sha384-%s\g<2>" % digest, html)
if pinned != 1:
    sys.exit("glue.py: expected one integrity-pinned link to %s, found %d" % (name, pinned))
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
print("glue.py: %s minified, %d -> %d bytes, integrity re-pinned" % (name, before, os.path.getsize(glue)))
