#!/usr/bin/env python3
"""Turn the web build's staging folder into the release folder that any static host can serve.

Every asset gets a content-hashed name (stride.3f9a1c2e.wasm), and every text file that names an asset is
rewritten to the hashed name, leaves first, so a file's hash covers the names it points at. Then:
  - app icons are rendered from assets/icon.svg (rsvg-convert, from Debian's librsvg2-bin);
  - sw.js is written with this build's id and its precache list.
index.html and sw.js keep their names: browsers find them by URL. All URLs stay relative, so the folder
works under any sub-path.

usage: package_web.py STAGING_DIR ICON_SVG OUT_DIR
"""
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

TEXT_SUFFIXES = {".html", ".js", ".css", ".webmanifest", ".json"}
FIXED_NAMES = {"index.html", "sw.js"}  # found by URL, so never renamed
ICONS = {  # file name -> (size, padding fraction): maskable icons keep the mark inside the safe zone
    "icon-192.png": (192, 0.0),
    "icon-512.png": (512, 0.0),
    "icon-maskable-512.png": (512, 0.1),
    "apple-touch-icon.png": (180, 0.0),
}


def render_icons(svg: Path, staging: Path) -> None:
    source = svg.read_text()
    # Maskable icons: the same drawing shrunk into the central safe zone, on a tile of the icon's own colour.
    inner = re.sub(r"(?s)^.*?<svg[^>]*>|</svg>\s*$", "", source)
    tile = re.search(r'<rect[^>]*fill="(#[0-9a-fA-F]{6})"', source).group(1)
    for name, (size, pad) in ICONS.items():
        drawing = source
        if pad:
            offset, scale = 512 * pad, 1 - 2 * pad
            drawing = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">'
                       f'<rect width="512" height="512" fill="{tile}"/>'
                       f'<g transform="translate({offset} {offset}) scale({scale})">{inner}</g></svg>')
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(staging / name)],
                       input=drawing.encode(), check=True)


def name_pattern(name: str) -> re.Pattern:
    # A reference is the bare file name, not part of a longer name (stride.js must not match stride.js.map).
    return re.compile(r"(?<![\w.-])" + re.escape(name) + r"(?![\w.-])")


def hashed_name(name: str, data: bytes) -> str:
    stem, dot, suffix = name.partition(".")
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:10]}.{suffix}" if dot else name


def package(staging: Path, out: Path) -> dict:
    files = {p.name: p for p in staging.iterdir() if p.is_file() and p.name != "sw.js"}
    renamed: dict[str, str] = {}
    contents: dict[str, bytes] = {n: p.read_bytes() for n, p in files.items()}
    refs = {n: {m for m in files if m != n and m not in FIXED_NAMES and Path(n).suffix in TEXT_SUFFIXES
                and name_pattern(m).search(contents[n].decode("utf-8", "replace"))}
            for n in files}
    pending = set(files)
    while pending:
        ready = [n for n in pending if refs[n] <= set(renamed)]
        if not ready:
            raise SystemExit(f"package_web: circular references among {sorted(pending)}")
        for n in sorted(ready):
            data = contents[n]
            if refs[n]:
                text = data.decode("utf-8")
                for m in refs[n]:
                    text = name_pattern(m).sub(renamed[m], text)
                data = text.encode("utf-8")
            renamed[n] = n if n in FIXED_NAMES else hashed_name(n, data)
            contents[n] = data
            pending.remove(n)

    # Written beside the old folder and swapped in whole: a server never hands out a mix of two builds.
    fresh, old = out.with_name(out.name + ".new"), out.with_name(out.name + ".old")
    for leftover in (fresh, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    fresh.mkdir(parents=True)
    for n, data in contents.items():
        (fresh / renamed[n]).write_bytes(data)

    precache = ["./"] + sorted(v for v in renamed.values() if v != "index.html")
    build_id = hashlib.sha256("\n".join(precache).encode()).hexdigest()[:12]
    sw = (staging / "sw.js").read_text()
    sw = sw.replace("'__BUILD_ID__'", json.dumps(build_id)).replace("__PRECACHE__", json.dumps(precache))
    (fresh / "sw.js").write_text(sw)
    if out.exists():
        out.rename(old)
    fresh.rename(out)
    if old.exists():
        shutil.rmtree(old)
    return {"build_id": build_id, "files": renamed}


def main(argv: list[str]) -> None:
    if len(argv) != 4:
        raise SystemExit(__doc__)
    staging, svg, out = Path(argv[1]), Path(argv[2]), Path(argv[3])
    render_icons(svg, staging)
    result = package(staging, out)
    print(f"packaged {len(result['files'])} files into {out} (build {result['build_id']})")


if __name__ == "__main__":
    main(sys.argv)
