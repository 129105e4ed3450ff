#!/usr/bin/env python3
"""Trunk post-build step: write embed.js, the script that puts the guide in any page as a
<stack-guide> element, from scripts/embed.js, filling in this build's JS, wasm and CSS names
(relative to embed.js). Its comment lines and indentation stay in the source. Fails the build when the build
lacks one of them, or the template one of its placeholders.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")

names = {}
for name in sorted(os.listdir(staging)):
    if name == "embed.js" or name == "sw.js":
        continue
    for placeholder, ending in (("@JS@", ".js"), ("@WASM@", ".wasm"), ("@CSS@", ".css")):
        if name.endswith(ending):
            if placeholder in names:
                sys.exit("embed.py: the build in %s has two %s files" % (staging, ending))
            names[placeholder] = name
for placeholder, ending in (("@JS@", ".js"), ("@WASM@", ".wasm"), ("@CSS@", ".css")):
    if placeholder not in names:
        sys.exit("embed.py: the build in %s has no %s file" % (staging, ending))

with open(os.path.join(ROOT, "scripts", "embed.js"), encoding="utf-8") as f:
    source = f.read()
# Without its comment lines and indentation: a blog page pays for this file alone until its
# reader nears the guide (at most 2 KB brotli, checked by size_report.py).
script = "// stackguide's embed; source and comments: scripts/embed.js\n" + "".join(
    line.lstrip() for line in source.splitlines(keepends=True)
    if line.strip() and not line.lstrip().startswith("//"))
for placeholder, name in names.items():
    if script.count("'%s'" % placeholder) != 1:
        sys.exit("embed.py: scripts/embed.js must hold '%s' once" % placeholder)
    script = script.replace("'%s'" % placeholder, "'./%s'" % name)
with open(os.path.join(staging, "embed.js"), "w", encoding="utf-8") as f:
    f.write(script)
print("embed.py: embed.js loads %s" % ", ".join(names[p] for p in ("@JS@", "@WASM@", "@CSS@")))
