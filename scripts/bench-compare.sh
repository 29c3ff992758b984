#!/usr/bin/env bash
# Times the whole `clausewright-cli compare` process against `git diff --no-index
# --word-diff=porcelain` on the same two files: the synthetic 200,000-word document and its copy
# with 1 % of the words replaced (case b of tests/bench/bench_diff.cpp; also c = 30 % and
# d = a section moved, with CASES="b c d"). The two commands run in turn, RUNS times each; the
# medians of the wall time and of the peak RSS (/usr/bin/time) are printed with their ratio.
#   scripts/bench-compare.sh [BUILD_DIR] [RUNS]     defaults: build-bench, 7
# BUILD_DIR is a build with -DCW_BUILD_BENCH=ON (./test.sh --bench makes build-bench/).
set -euo pipefail
CW_ROOT=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$CW_ROOT/build-bench}
runs=${2:-7}
cases=${CASES:-b}
cli=$build/app/cli/clausewright-cli
bench=$build/tests/bench/bench_diff

for tool in "$cli" "$bench"; do
    [ -x "$tool" ] || { echo "missing $tool: build with ./test.sh --bench (or pass BUILD_DIR)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time (Debian package: time)" >&2; exit 2; }
command -v git >/dev/null || { echo "missing git" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bench" --write-fixtures "$dir"

# Runs "$@" once; prints "<wall ms> <peak RSS KiB>". Output is thrown away; git diff's exit
# status 1 ("there are differences") is not a failure.
measure() {
    local start end status=0
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$dir/rss" "$@" >/dev/null 2>"$dir/err" || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
        echo "failed ($status): $*" >&2
        cat "$dir/err" >&2
        exit 1
    fi
    echo "$(( (end - start) / 1000000 )) $(tail -n 1 "$dir/rss")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-5s %10s %10s %8s %12s %12s\n' case "cli ms" "git ms" ratio "cli RSS MiB" "git RSS MiB"
for c in $cases; do
    old=$dir/$c-old.md new=$dir/$c-new.md
    : >"$dir/cli" ; : >"$dir/git"
    # One unmeasured run of each warms the page cache and the dynamic loader.
    measure "$cli" compare "$old" "$new" --format json -o /dev/null >/dev/null
    measure git diff --no-index --word-diff=porcelain "$old" "$new" >/dev/null
    for _ in $(seq "$runs"); do
        measure "$cli" compare "$old" "$new" --format json -o /dev/null >>"$dir/cli"
        measure git diff --no-index --word-diff=porcelain "$old" "$new" >>"$dir/git"
    done
    cli_ms=$(cut -d' ' -f1 "$dir/cli" | median)
    git_ms=$(cut -d' ' -f1 "$dir/git" | median)
    cli_rss=$(cut -d' ' -f2 "$dir/cli" | median)
    git_rss=$(cut -d' ' -f2 "$dir/git" | median)
    awk -v c="$c" -v a="$cli_ms" -v b="$git_ms" -v ra="$cli_rss" -v rb="$git_rss" 'BEGIN {
        printf "%-5s %10.0f %10.0f %7.1fx %12.1f %12.1f\n", c, a, b, (b > 0 ? a / b : 0), ra / 1024, rb / 1024 }'
done
echo "medians of $runs runs each, taken in turn; the goal for case b is a ratio of at most 2"
