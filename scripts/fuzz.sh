#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan (in build-fuzz/) and
# runs each one, two at a time (one per core).
#   bash scripts/fuzz.sh                    # every target, 10,000,000 runs each
#   bash scripts/fuzz.sh --runs 1000000     # fewer runs
#   bash scripts/fuzz.sh --time 600         # or a time per target, in seconds
#   bash scripts/fuzz.sh webhook phi_guard  # only these targets
#   bash scripts/fuzz.sh --max-len 1048576  # inputs up to 1 MiB, so cost per byte shows
# Inputs are at most 4 KiB by default (-max_len): a chat message, a request head
# or a delivery of a few messages. Each run ends with the executions and the
# slowest input's time (libFuzzer's final stats).
# Seeds come from fuzz/corpus/<target>/ (read only); what a run discovers stays
# in build-fuzz/corpus/<target>/. A crash is written to fuzz/findings/ and the
# run fails: fix it, then copy the input into fuzz/corpus/<target>/, where CI
# replays it (ctest -L fuzz) from then on.
set -euo pipefail
cd "$(dirname "$0")/.."

limit=(-runs=10000000)
max_len=4096
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) limit=(-runs="$2"); shift 2 ;;
    --time) limit=(-max_total_time="$2"); shift 2 ;;
    --max-len) max_len="$2"; shift 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(webhook api_json phi_guard http_request portal_forms)
# Large inputs from the start (libFuzzer otherwise grows them slowly and a short
# run never leaves a few KiB), so cost per byte shows.
len_control=()
[ "$max_len" -le 4096 ] || len_control=(-len_control=0)

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCB_FUZZ=ON -DCB_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 --target "${targets[@]/#/fuzz_}"

mkdir -p fuzz/findings
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
run() {
  local target=$1 log=build-fuzz/fuzz_$1.log
  mkdir -p "build-fuzz/corpus/$target"
  if build-fuzz/fuzz/fuzz_"$target" "${limit[@]}" -max_len="$max_len" "${len_control[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="fuzz/findings/${target}-" "build-fuzz/corpus/$target" "fuzz/corpus/$target" >"$log" 2>&1; then
    local largest
    largest=$(tr -d '\000' < "$log" | grep -ao 'L: [0-9]*' | awk '{ if ($2 > m) m = $2 } END { print m + 0 }')
    echo "$target: $(grep -aE '^Done [0-9]+ runs' "$log" || tail -1 "$log"); $(grep -aE '^stat::slowest_unit_time_sec' "$log" || true); largest input $largest bytes"
  else
    echo "$target: FAILED, see $log and fuzz/findings/"; return 1
  fi
}
status=0
pids=()
for target in "${targets[@]}"; do
  run "$target" & pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}" || status=1; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
