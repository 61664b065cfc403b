#!/usr/bin/env python3
"""Build Stride Back for the web (only when its sources changed) and serve it locally.

usage: python3 serve.py [--host 127.0.0.1] [--port 8000] [--base /] [--root DIR]

Installs what is missing first (scripts/setup.sh), serves build/web/dist, the release folder of static
files, and stops cleanly on Ctrl-C. --port 0 picks a free port (the URL line says which). --host 0.0.0.0
serves it to a phone on the same network. --base /app/ serves it under that sub-path, as a static host
such as GitHub Pages would. --root DIR serves another release folder as it is, without building.
"""
import argparse
import hashlib
import http.server
import os
import signal
import subprocess
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "web"
DIST = BUILD / "dist"
STAMP = BUILD / "source-stamp"
# Everything the web build reads from the repository.
SOURCES = ["CMakeLists.txt", "CMakePresets.json", "cmake", "src", "web", "assets", "third_party/imgui",
           "scripts/package_web.py"]


def source_fingerprint() -> str:
    digest = hashlib.sha256()
    for entry in SOURCES:
        path = ROOT / entry
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.exists():
                stat = file.stat()
                digest.update(f"{file.relative_to(ROOT)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def run(command: list[str], quiet: bool) -> None:
    """Runs a build step; quiet steps show their output only if they fail."""
    result = subprocess.run(command, cwd=ROOT, capture_output=quiet, text=True)
    if result.returncode != 0:
        if quiet:
            sys.stdout.write(result.stdout)
            sys.stderr.write(result.stderr)
        sys.exit(f"serve.py: '{' '.join(command)}' failed")


def build_if_changed() -> None:
    run(["bash", "scripts/setup.sh"], quiet=False)  # silent itself when there is nothing to install
    fingerprint = source_fingerprint()
    if (DIST / "index.html").exists() and STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    print("serve.py: building the web app (build/web)...", flush=True)
    if not (BUILD / "CMakeCache.txt").exists():
        run(["cmake", "--preset", "web"], quiet=True)
    run(["cmake", "--build", "--preset", "web"], quiet=True)
    STAMP.write_text(fingerprint)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".otf": "font/otf",
        ".webmanifest": "application/manifest+json",
    }

    base = "/"  # the sub-path the folder is served under (--base)

    def send_head(self):
        # Outside the base: "/" and "/app" lead to it, anything else is not here.
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.base):
            if path in ("/", self.base.rstrip("/")):
                self.send_response(301)
                self.send_header("Location", self.base)
                self.end_headers()
                return None
            self.send_error(404)
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.base):] if path.startswith(self.base) else path)

    def end_headers(self) -> None:
        # A local server is for trying changes: always revalidate so a rebuild shows on reload.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:
        pass  # one line per file would bury the URL


def stop_serving(signum, frame) -> None:
    raise KeyboardInterrupt  # Ctrl-C, or a test harness's SIGTERM: leave serve_forever and close cleanly


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000, 0 = any free)")
    parser.add_argument("--base", default="/", help="URL path to serve the app under, e.g. /app/ (default /)")
    parser.add_argument("--root", type=Path, help="serve this release folder as it is instead of building")
    args = parser.parse_args()
    base = "/" + args.base.strip("/") + "/" if args.base.strip("/") else "/"

    if args.root is None:
        build_if_changed()
    root = args.root or DIST
    handler = type("BaseHandler", (Handler,), {"base": base})
    server = http.server.ThreadingHTTPServer((args.host, args.port), partial(handler, directory=str(root)))
    server.daemon_threads = True
    host, port = server.server_address[:2]
    shown_host = f"[{host}]" if ":" in host else host
    print(f"Stride Back is served at http://{shown_host}:{port}{base}  (Ctrl-C to stop)", flush=True)
    for stop_signal in (signal.SIGINT, signal.SIGTERM):  # SIGINT even where a parent shell ignored it
        signal.signal(stop_signal, stop_serving)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        print("serve.py: stopped", flush=True)


if __name__ == "__main__":
    main()
