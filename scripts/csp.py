#!/usr/bin/env python3
"""Trunk post-build hook: pin the page's Content-Security-Policy.

Trunk starts the wasm with one inline <script type="module">. Rather than allow inline scripts,
the policy names that script by its SHA-256 hash, so the only code the page may run is ours.
The policy is written into index.html as a <meta http-equiv> tag (it travels with the page to any
static host) and to csp.txt for servers that send it as a header (which can add frame-ancestors).

The policy, documented in docs/security.md:
  default-src 'none'            nothing unless listed below
  script-src 'self' 'wasm-unsafe-eval' 'sha256-…'   our files, wasm compilation, Trunk's loader
  style-src 'self'              our stylesheet only: no inline styles
  img-src 'self' data:          icons
  connect-src 'self'            fetching our own wasm
  manifest-src 'self'; worker-src 'self'
  base-uri 'none'; form-action 'none'
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()

scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = ["'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
          for s in scripts]

policy = "; ".join([
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
]).replace("  ", " ")

meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % policy
html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', "", html)
html = html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n  " + meta, 1)
if meta not in html:
    sys.exit("csp.py: index.html has no <meta charset=\"utf-8\"> to put the policy after")
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
with open(os.path.join(staging, "csp.txt"), "w", encoding="utf-8") as f:
    f.write(policy + "; frame-ancestors 'self'\n")
print("csp.py: pinned %d inline script(s) by hash" % len(hashes))
