#!/usr/bin/env bash
# Installs what building and testing Stride Back needs on Debian bookworm (run as root).
# Idempotent and silent when everything is already there: apt is only touched for missing packages,
# Dear ImGui is only fetched when third_party/imgui is missing, npm only runs when node_modules is stale.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive

# Pinned so every machine builds with the same toolchain and libraries. chromium is not pinned: Debian's
# security updates replace its version in the archive, so a pin would stop resolving.
PINNED=(
    emscripten=3.1.6~dfsg-5
    libcereal-dev=1.3.2+dfsg-4
    rapidjson-dev=1.1.0+dfsg2-7.1
    doctest-dev=2.4.9~ds-1
    fonts-inter=4.0~beta7+ds-1
    fonttools=4.38.0-1+deb12u1
    clang-14=1:14.0.6-12            # the fuzz build (scripts/fuzz.sh): libFuzzer, ASan, UBSan
    libclang-rt-14-dev=1:14.0.6-12  # their runtime libraries
)
UNPINNED=(chromium dpkg-dev make ca-certificates librsvg2-bin) # librsvg2-bin: rsvg-convert renders the app icons
IMGUI_VERSION=1.86+ds-1

say() { echo "setup: $*"; }
installed_version() { dpkg-query -W -f='${db:Status-Status} ${Version}' "$1" 2>/dev/null | sed -n 's/^installed //p'; }

missing=()
for spec in "${PINNED[@]}"; do
    [[ "$(installed_version "${spec%%=*}")" == "${spec#*=}" ]] || missing+=("$spec")
done
for pkg in "${UNPINNED[@]}"; do
    [[ -n "$(installed_version "$pkg")" ]] || missing+=("$pkg")
done
# Tools that may come from elsewhere (e.g. Node from NodeSource): only install Debian's when absent.
command -v cmake >/dev/null || missing+=(cmake)
command -v g++ >/dev/null || missing+=(g++)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

apt_updated=0
apt_update() {
    if [[ $apt_updated == 0 ]]; then
        apt-get update -qq
        apt_updated=1
    fi
}

if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    apt_update
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui comes from Debian's source package; third-party source is never committed.
if [[ ! -f "$ROOT/third_party/imgui/imgui.h" ]]; then
    src_list=/etc/apt/sources.list.d/stride-deb-src.sources
    if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && [[ ! -f $src_list ]]; then
        say "adding Debian bookworm source packages to apt ($src_list)"
        cat >"$src_list" <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
        apt_updated=0
    fi
    apt_update
    say "fetching Dear ImGui $IMGUI_VERSION source into third_party/imgui"
    work="$(mktemp -d)"
    # Its chatter (e.g. the notice about downloading as root) is only worth showing when it fails.
    if ! (cd "$work" && apt-get source -qq "imgui=$IMGUI_VERSION" >"$work/log" 2>&1); then
        cat "$work/log" >&2
        echo "setup: 'apt-get source imgui=$IMGUI_VERSION' failed" >&2
        exit 1
    fi
    mkdir -p "$ROOT/third_party"
    rm -rf "$ROOT/third_party/imgui"
    mv "$work"/imgui-*/ "$ROOT/third_party/imgui"
    rm -rf "$work"
fi

# Browser tests: playwright-core drives Debian's chromium; versions pinned by the committed lockfile.
e2e="$ROOT/tests/e2e"
if [[ ! -f "$e2e/node_modules/.package-lock.json" || "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]]; then
    say "installing browser test packages (npm ci)"
    (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
