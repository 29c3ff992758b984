#!/usr/bin/env bash
# Installs what is missing, builds, and opens Clausewright on a bundled sample policy.
# Any arguments are passed to the app instead of the sample (e.g. ./run.sh my-policy.txt).
set -euo pipefail
CW_ROOT=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/setup.sh
source "$CW_ROOT/scripts/setup.sh"
cw_install_deps
cw_build "$CW_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
app="$CW_ROOT/build/app/gui/clausewright"
if [ $# -eq 0 ]; then
    set -- "$CW_ROOT/resources/samples/sample-policy.en.md"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    echo "No display: starting under xvfb-run (nothing will be visible)." >&2
    exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
