#!/usr/bin/env python3
"""Writes color.png (192x192, accent background, white check mark) and outline.png (32x32, white on transparent)
with only the standard library, so the icons can be regenerated anywhere."""
import struct
import zlib
from pathlib import Path

ACCENT = (0x44, 0x64, 0xEE, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def on_check(x, y, size):
    """A check mark: two thick strokes, scaled to the icon."""
    u, v = x / size, y / size
    thickness = 0.07
    short = abs((v - 0.55) - (u - 0.25)) < thickness and 0.25 <= u <= 0.45
    long = abs((v - 0.75) + (u - 0.45)) < thickness and 0.40 <= u <= 0.78
    return short or long


def main():
    here = Path(__file__).resolve().parent
    (here / "color.png").write_bytes(png(192, 192, lambda x, y: WHITE if on_check(x, y, 192) else ACCENT))
    (here / "outline.png").write_bytes(png(32, 32, lambda x, y: WHITE if on_check(x, y, 32) else CLEAR))


if __name__ == "__main__":
    main()
