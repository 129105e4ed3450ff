#!/usr/bin/env python3
"""Draws the app's PNG icons into public/, from the geometry of public/icon.svg.

The manifest names the SVG for browsers that take it, and these PNGs for those that need bitmaps
(192 and 512 px), plus a maskable 512 px one: the same layers on a square with no rounded corners,
inside the central circle that launchers may crop to. Plain Python (zlib, 4x4 supersampling), so
it needs nothing installed; the PNGs are committed, and this is run again only when the icon
changes: `python3 scripts/icons.py`.
"""
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BLUE = (0x0B, 0x5C, 0xAD)
# As in public/icon.svg, on a 512 unit square: three layers, each a rhombus (centre y, fill),
# from the bottom up, each drawn with a blue rim of half the stroke width around it.
LAYERS = [(312, (0xB6, 0xCD, 0xE6)), (256, (0xDA, 0xE6, 0xF3)), (200, (0xFF, 0xFF, 0xFF))]
HALF_WIDTH, HALF_HEIGHT, RIM = 160, 80, 12
CORNER = 96


def inside_rounded(px, py, x, y, w, h, r):
    if not (x <= px <= x + w and y <= py <= y + h):
        return False
    cx = min(max(px, x + r), x + w - r)
    cy = min(max(py, y + r), y + h - r)
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r


def rhombus_distance(px, py, cy):
    """How far outside the layer centred at `cy` a point is (negative inside), in units."""
    # The edge's unit normal is (HALF_HEIGHT, HALF_WIDTH) / its length.
    length = (HALF_WIDTH ** 2 + HALF_HEIGHT ** 2) ** 0.5
    return (abs(px - 256) * HALF_HEIGHT + abs(py - cy) * HALF_WIDTH - HALF_WIDTH * HALF_HEIGHT) / length


def colour_at(px, py, rounded):
    """The colour (RGBA) at a point of the 512 unit square."""
    if rounded and not inside_rounded(px, py, 0, 0, 512, 512, CORNER):
        return (0, 0, 0, 0)
    colour = BLUE
    for cy, fill in LAYERS:
        distance = rhombus_distance(px, py, cy)
        if distance <= -RIM:
            colour = fill
        elif distance <= RIM:
            colour = BLUE
    return colour + (255,)


def draw(size, rounded):
    rows = []
    scale = 512 / size
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            samples = [colour_at((i + (a + 0.5) / 4) * scale, (j + (b + 0.5) / 4) * scale, rounded)
                       for a in range(4) for b in range(4)]
            alpha = sum(s[3] for s in samples)
            pixel = [round(sum(s[k] * s[3] for s in samples) / alpha) if alpha else 0 for k in range(3)]
            row += bytes(pixel + [round(alpha / 16)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


for name, size, rounded in [("icon-192.png", 192, True), ("icon-512.png", 512, True),
                            ("icon-maskable-512.png", 512, False)]:
    with open(os.path.join(ROOT, "public", name), "wb") as f:
        f.write(draw(size, rounded))
    print("icons.py: wrote public/%s" % name)
