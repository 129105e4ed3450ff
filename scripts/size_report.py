#!/usr/bin/env python3
"""Size report for the release build in dist/: raw, gzip and brotli bytes of the wasm, JS and CSS,
then the wasm's code and data sections apart (each compressed on its own).

With --check, fails when the brotli total exceeds the committed budget in size-budget.json.
Bytes are deterministic for a given toolchain, so this budget may fail the build; timings never do.
"""
import gzip
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = os.path.join(ROOT, "dist")
KINDS = (".wasm", ".js", ".css")
# embed.js alone, brotli: all a blog page pays until its reader nears the guide.
EMBED_BUDGET = 2048
# The embed configurator's own files (embed.html): a blogger's tool, loaded by neither the guide
# page nor an embedded guide. Listed, not counted in the total.
APART = ("public/configurator.js", "public/configurator.css")


def brotli_size(data):
    out = subprocess.run(["brotli", "-c", "-q", "11", "-"], input=data, capture_output=True, check=True)
    return len(out.stdout)


# Wasm section ids (the binary format's section table).
SECTIONS = {10: "code", 11: "data"}


def leb128(data, at):
    """Reads an unsigned LEB128 number at `at`: (value, position after it)."""
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def wasm_sections(data):
    """The module's sections as (name, payload bytes): code, data, and the rest as "other"."""
    if data[:4] != b"\0asm":
        sys.exit("size_report.py: not a wasm module")
    at, parts = 8, {"code": b"", "data": b"", "other": b""}
    while at < len(data):
        start = at
        section, at = data[at], at + 1
        size, at = leb128(data, at)
        name = SECTIONS.get(section, "other")
        parts[name] += data[start:at + size]
        at += size
    # Every byte after the header belongs to one section: a parse that lost some says so here.
    if sum(len(p) for p in parts.values()) != len(data) - 8:
        sys.exit("size_report.py: the wasm's sections do not add up to the file")
    return parts


def main():
    check = "--check" in sys.argv
    budgets = json.load(open(os.path.join(ROOT, "size-budget.json")))
    budget = budgets["brotli_total_bytes"]
    rows = []
    for dirpath, _, files in os.walk(DIST):
        for name in sorted(files):
            if name.endswith(KINDS):
                path = os.path.join(dirpath, name)
                data = open(path, "rb").read()
                rows.append((os.path.relpath(path, DIST), len(data), len(gzip.compress(data, 9)), brotli_size(data)))
    if not rows:
        sys.exit("size_report.py: no .wasm/.js/.css in dist/: run `trunk build --release` first")
    rows.sort(key=lambda r: -r[1])
    apart = [r for r in rows if r[0] in APART]
    rows = [r for r in rows if r[0] not in APART]
    print(f"{'file':<44} {'raw':>10} {'gzip':>10} {'brotli':>10}")
    for name, raw, gz, br in rows:
        print(f"{name:<44} {raw:>10,} {gz:>10,} {br:>10,}")
    total = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    # What a blog page with a guide below the fold pays until its reader nears it.
    embed = [r[3] for r in rows if r[0] == "embed.js"]
    if check and embed and embed[0] > EMBED_BUDGET:
        sys.exit("size_report.py: embed.js is %d bytes brotli, over %d" % (embed[0], EMBED_BUDGET))
    # The test-only fault trigger (`--features fault-trigger`) and the hydration probe
    # (`--features hydration-probe-client`, docs/decisions/0027) never ship.
    for name, _, _, _ in rows:
        if not name.endswith(".wasm"):
            continue
        wasm = open(os.path.join(DIST, name), "rb").read()
        if b"the test-only fault trigger" in wasm:
            sys.exit("size_report.py: %s was built with the test-only fault-trigger feature" % name)
        if b"data-probe-times" in wasm:
            sys.exit("size_report.py: %s was built with the hydration probe" % name)
    # The JS glue ships minified (scripts/glue.py): no doc comments, no indented lines.
    for name, _, _, _ in rows:
        if name.startswith("stackguide-") and name.endswith(".js"):
            glue = open(os.path.join(DIST, name), "rb").read()
            if b"/**" in glue or b"\n    " in glue:
                sys.exit("size_report.py: %s is not minified (scripts/glue.py)" % name)
    print(f"{'total':<44} {total[0]:>10,} {total[1]:>10,} {total[2]:>10,}")
    for name, raw, gz, br in apart:
        print(f"{name + ' (configurator, apart)':<44} {raw:>10,} {gz:>10,} {br:>10,}")
    # The items' details (descriptions, references): fetched once the page is idle, with a budget
    # of their own since every visit pays them too.
    details = [n for n in sorted(os.listdir(DIST)) if n.startswith("details-") and n.endswith(".txt")]
    if check and len(details) != 1:
        sys.exit("size_report.py: dist/ has %d details files, not 1" % len(details))
    for name in details:
        data = open(os.path.join(DIST, name), "rb").read()
        br = brotli_size(data)
        print(f"{'details-….txt (once the page is idle)':<44} {len(data):>10,} {len(gzip.compress(data, 9)):>10,} {br:>10,}")
        if check and br > budgets["details_brotli_bytes"]:
            sys.exit(f"size_report.py: {name} is {br:,} bytes brotli > {budgets['details_brotli_bytes']:,} (size-budget.json)")
    for name, _, _, _ in rows:
        if name.endswith(".wasm"):
            parts = wasm_sections(open(os.path.join(DIST, name), "rb").read())
            print(f"  of which, each compressed alone: " + ", ".join(
                f"{part} {len(data):,} raw / {brotli_size(data):,} brotli" for part, data in parts.items()))
    print(f"brotli budget: {total[2]:,} of {budget:,} bytes ({100 * total[2] / budget:.0f}%)")
    if check and total[2] > budget:
        sys.exit(f"size budget exceeded: {total[2]:,} bytes brotli > {budget:,} (size-budget.json)")


if __name__ == "__main__":
    main()
