#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs the Debian packages that are missing (only those,
# so a machine that has them all is not touched) and configures + builds one build folder.
# Usage: source scripts/setup.sh; cw_install_deps [extra packages...]; cw_build DIR [cmake args...]

CW_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-ru
    libstemmer-dev libxml2-dev libquazip1-qt6-dev libyaml-cpp-dev libssl-dev qt6-pdf-dev
    xvfb xauth fonts-dejavu-core
)

cw_missing_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    echo "${missing[@]}"
}

cw_install_deps() {
    local missing
    missing=$(cw_missing_packages "${CW_PACKAGES[@]}" "$@")
    [ -z "$missing" ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Missing packages: $missing. This script installs them on Debian/Ubuntu only;" >&2
        echo "see README.md for macOS and Windows." >&2
        return 1
    fi
    echo "Installing: $missing"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq || return 1
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing || return 1
}

# CW_TARGETS (optional, space-separated) limits the build to those targets.
cw_build() {
    local dir=$1; shift
    cmake -S "$CW_ROOT" -B "$dir" -G Ninja "$@" || return 1
    local targets=()
    for t in ${CW_TARGETS:-}; do targets+=(--target "$t"); done
    cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)" "${targets[@]}" || return 1
}
