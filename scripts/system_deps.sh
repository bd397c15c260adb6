#!/usr/bin/env bash
# Ensure the Debian packages PlanDesk needs are installed.
#
#   scripts/system_deps.sh GROUP...     groups: gui fonts test dist bench
#
# Silent and fast when everything is present.  When something is missing:
#   - as root with apt-get: `apt-get update` once, then installs it;
#   - otherwise: prints the missing package names and the apt-get command, exits 1.
# Without dpkg (not Debian/Ubuntu) it prints a notice and exits 0.
# Set PLANDESK_SKIP_SYSTEM_DEPS=1 to skip the check entirely.
set -euo pipefail

# Qt 6 (PySide6) QtGui/QtWidgets/QtPrintSupport under the offscreen and xcb
# (and wayland) platform plugins; from `ldd` on the PySide6 6.12 wheel's .so files.
GUI_PKGS=(
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0
    libxcb-sync1 libxcb-shm0 libxcb-render0 libxcb-util1 libxcb-glx0 libxcb1
    libx11-6 libx11-xcb1 libxkbcommon0 libegl1 libgl1 libfontconfig1 libfreetype6
    libdbus-1-3 libglib2.0-0 libwayland-client0 libwayland-cursor0 libwayland-egl1
)
FONT_PKGS=(fonts-noto-cjk fontconfig)
# More CJK fonts for the text-layer check that tests/render/test_fonts.py runs on every one.
TEST_FONT_PKGS=(fonts-wqy-microhei fonts-arphic-uming)
TEST_ONLY_PKGS=(poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui postgresql sqlite3 openssl
                "${TEST_FONT_PKGS[@]}")
DIST_PKGS=(binutils)           # PyInstaller needs objdump/ldd on Linux
# benchmarks/startup_bench.py: a real X server, and GNOME Planner to compare with
BENCH_PKGS=(xvfb planner)
SELFTEST_PKGS=(coreutils bash) # used by tests/test_infra_smoke.py

usage() {
    echo "usage: $0 GROUP...   (groups: gui fonts test dist bench)" >&2
    exit 2
}

[[ $# -gt 0 ]] || usage
if [[ "${PLANDESK_SKIP_SYSTEM_DEPS:-0}" == "1" ]]; then
    exit 0
fi

wanted=()
for group in "$@"; do
    case "$group" in
        gui) wanted+=("${GUI_PKGS[@]}") ;;
        fonts) wanted+=("${FONT_PKGS[@]}") ;;
        test) wanted+=("${GUI_PKGS[@]}" "${FONT_PKGS[@]}" "${TEST_ONLY_PKGS[@]}") ;;
        dist) wanted+=("${DIST_PKGS[@]}") ;;
        bench) wanted+=("${GUI_PKGS[@]}" "${FONT_PKGS[@]}" "${BENCH_PKGS[@]}") ;;
        _selftest) wanted+=("${SELFTEST_PKGS[@]}") ;;
        *)
            echo "system_deps.sh: unknown group '$group'" >&2
            usage
            ;;
    esac
done

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system_deps.sh: no dpkg here (not Debian?); make sure the equivalents of these are installed:" >&2
    echo "  ${wanted[*]}" >&2
    exit 0
fi

missing=()
declare -A seen=()
for pkg in "${wanted[@]}"; do
    [[ -n "${seen[$pkg]:-}" ]] && continue
    seen[$pkg]=1
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

[[ ${#missing[@]} -eq 0 ]] && exit 0

install_cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "system_deps.sh: installing missing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    # shellcheck disable=SC2086
    apt-get install -y --no-install-recommends "${missing[@]}"
    exit 0
fi

echo "system_deps.sh: missing Debian packages: ${missing[*]}" >&2
echo "Install them with:" >&2
echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive $install_cmd" >&2
exit 1
