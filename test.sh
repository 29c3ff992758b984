#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   ./test.sh            normal build (build/), all tests, offscreen
#   ./test.sh --asan     AddressSanitizer + UBSan build (build-asan/), all tests
#   ./test.sh --fuzz N   libFuzzer build with clang (build-fuzz/); runs each fuzz target N seconds
#   ./test.sh --bench    optimised build (build-bench/) and the benchmarks, printed as they run
#   ./test.sh --formats  also installs LibreOffice and poppler and runs the export round-trip tests
#   ./test.sh --eval     optimised build (build-bench/); topic coverage accuracy against the corpus labels,
#                        and the parity checker on the EN/RU pairs with injected defects
#   ./test.sh --package  release build (build-package/), the DEB, RPM and TGZ; validates the desktop entry
#                        and metainfo, unpacks the DEB into a temporary root and runs what it installed
# In CI (CI set) warnings are errors.
set -euo pipefail
CW_ROOT=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/setup.sh
source "$CW_ROOT/scripts/setup.sh"

mode=normal
fuzz_seconds=60
while [ $# -gt 0 ]; do
    case "$1" in
        --asan) mode=asan ;;
        --bench) mode=bench ;;
        --formats) mode=formats ;;
        --eval) mode=eval ;;
        --package) mode=package ;;
        --fuzz) mode=fuzz; if [[ "${2:-}" =~ ^[0-9]+$ ]]; then fuzz_seconds=$2; shift; fi ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

werror=OFF
[ -n "${CI:-}" ] && werror=ON
export QT_QPA_PLATFORM=offscreen

case "$mode" in
normal)
    cw_install_deps
    cw_build "$CW_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCW_WERROR=$werror
    cd "$CW_ROOT/build"
    ctest --output-on-failure --timeout 900
    ;;
asan)
    cw_install_deps
    cw_build "$CW_ROOT/build-asan" -DCMAKE_BUILD_TYPE=Debug -DCW_SANITIZE=ON -DCW_WERROR=$werror
    cd "$CW_ROOT/build-asan"
    # LeakSanitizer: leaks inside libdbus (Qt talking to a session bus) and inside Qt PDF's
    # pdfium (reading a damaged PDF) are not ours.
    printf 'leak:libdbus-1.so\nleak:libfontconfig.so\nleak:libQt6Pdf.so\n' > lsan.supp
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
    LSAN_OPTIONS=suppressions=$PWD/lsan.supp \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --timeout 1800
    ;;
formats)
    # LibreOffice is large (about 400 MB installed): only this mode installs it.
    cw_install_deps libreoffice-writer-nogui poppler-utils
    cw_build "$CW_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCW_WERROR=$werror
    cd "$CW_ROOT/build"
    ctest --output-on-failure --timeout 900 -R 'redline|cli|officeimporter|documentexport|documentprint'
    ;;
bench)
    # dtl is the peer the diff benchmark measures against; time and git, the whole-process one.
    cw_install_deps libdtl-dev time git
    CW_TARGETS="clausewright-cli" cw_build "$CW_ROOT/build-bench" -DCMAKE_BUILD_TYPE=Release -DCW_BUILD_BENCH=ON \
        -DCW_BUILD_GUI=ON
    CW_TARGETS="bench" cw_build "$CW_ROOT/build-bench" -DCMAKE_BUILD_TYPE=Release -DCW_BUILD_BENCH=ON \
        -DCW_BUILD_GUI=ON
    CASES="b c d" "$CW_ROOT/scripts/bench-compare.sh" "$CW_ROOT/build-bench" 9
    ;;
package)
    cw_install_deps dpkg-dev rpm desktop-file-utils appstream
    cw_build "$CW_ROOT/build-package" -DCMAKE_BUILD_TYPE=Release -DCW_BUILD_TESTS=OFF -DCW_WERROR=$werror
    desktop-file-validate "$CW_ROOT/packaging/linux/org.clausewright.Clausewright.desktop"
    appstreamcli validate --no-net "$CW_ROOT/packaging/linux/org.clausewright.Clausewright.metainfo.xml"
    cd "$CW_ROOT/build-package"
    rm -f ./*.deb ./*.rpm ./*.tar.gz
    cpack
    deb=$(ls ./*.deb)
    echo "== $deb"
    dpkg-deb --info "$deb" | sed -n '/Depends/p'
    root=$(mktemp -d)
    trap 'rm -rf "$root"' EXIT
    dpkg-deb -x "$deb" "$root"
    for f in usr/bin/clausewright usr/bin/clausewright-cli \
             usr/share/applications/org.clausewright.Clausewright.desktop \
             usr/share/metainfo/org.clausewright.Clausewright.metainfo.xml \
             usr/share/mime/packages/clausewright.xml \
             usr/share/icons/hicolor/48x48/apps/clausewright.png \
             usr/share/icons/hicolor/scalable/apps/clausewright.svg; do
        [ -e "$root/$f" ] || { echo "package: $f is missing" >&2; exit 1; }
    done
    # The installed CLI on a policy of the repository (the corpus is not needed), in both languages.
    "$root/usr/bin/clausewright-cli" outline "$CW_ROOT/resources/samples/sample-policy.ru.md"
    "$root/usr/bin/clausewright-cli" outline --format json "$CW_ROOT/tests/data/importer/sample-policy.en.docx" \
        | grep -q '"format": *"docx"'
    "$root/usr/bin/clausewright-cli" coverage --profile ru152 "$CW_ROOT/tests/data/importer/sample-policy.ru.pdf" >/dev/null
    # The installed app starts, opens a policy and draws its window.
    QT_QPA_PLATFORM=offscreen "$root/usr/bin/clausewright" --screenshot "$root/window.png" \
        "$CW_ROOT/resources/samples/sample-policy.en.md"
    [ -s "$root/window.png" ] || { echo "package: the installed app drew no window" >&2; exit 1; }
    echo "package: $(ls ./*.deb ./*.rpm ./*.tar.gz | tr '\n' ' ')passed"
    ;;
eval)
    cw_install_deps
    CW_TARGETS="cw_eval cw_parity_eval" cw_build "$CW_ROOT/build-bench" -DCMAKE_BUILD_TYPE=Release -DCW_BUILD_GUI=ON
    "$CW_ROOT/build-bench/tests/eval/cw_eval"
    "$CW_ROOT/build-bench/tests/eval/cw_parity_eval"
    ;;
fuzz)
    cw_install_deps clang libclang-rt-14-dev
    targets="fuzz_markdown fuzz_plaintext fuzz_html fuzz_docx fuzz_odt fuzz_clause fuzz_parity"
    CW_TARGETS="$targets" cw_build "$CW_ROOT/build-fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCW_FUZZ=ON -DCW_BUILD_GUI=OFF -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
    status=0
    for target in $targets; do
        corpus="$CW_ROOT/build-fuzz/corpus-$target"
        mkdir -p "$corpus"
        cp "$CW_ROOT"/tests/fuzz/seeds/* "$corpus"/ 2>/dev/null || true
        echo "== $target for ${fuzz_seconds}s"
        "$CW_ROOT/build-fuzz/tests/fuzz/$target" -max_total_time="$fuzz_seconds" -max_len=65536 \
            -timeout=10 -rss_limit_mb=4096 "$corpus" || status=1
    done
    [ $status -eq 0 ] && echo "fuzz: $(wc -w <<<"$targets") passed, 0 failed" || echo "fuzz: some target failed"
    exit $status
    ;;
esac
