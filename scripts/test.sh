#!/usr/bin/env bash
# Sets up, builds and runs the whole Carebridge test suite.
#   bash scripts/test.sh              # normal build in build/
#   bash scripts/test.sh --sanitize   # ASan + UBSan build in build-asan/
# Extra arguments after -- go to ctest (e.g. -- -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
# Line tables only (-g1): stack traces keep their files and lines, and the build
# is about a fifth faster than with full debug info. Configure a build folder of
# your own with -DCMAKE_BUILD_TYPE=Debug to step through the code.
cmake_extra=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG")
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  # The benchmarks are built (and so compile-checked) once, in the normal build.
  cmake_extra=(-DCB_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1" -DCB_BUILD_BENCH=OFF)
  # Leak checking stays on; suppressions cover only third-party start-up allocations.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_init_order=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  shift
fi
[ "${1:-}" = "--" ] && shift

bash scripts/setup.sh
# The browser tests' npm packages (playwright-core, @axe-core/playwright), exactly
# as locked; no browser is downloaded (Debian's chromium drives them).
(cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
cmake -S . -B "$build_dir" -G Ninja -DCB_WERROR=ON -DCB_TEST_BUILD=ON "${cmake_extra[@]}"
cmake --build "$build_dir" -j2
if ! (cd "$build_dir" && ctest --output-on-failure -j2 --timeout 300 "$@"); then
  # A long run buries the failing check in the middle of the log: repeat just the
  # failing checks (and the lines that say where) at its end.
  echo "---- failed checks ($build_dir) ----"
  grep -E -A2 '^(FAIL!|QFATAL|XPASS)|Test timeout|ERROR: (Address|Leak)Sanitizer|runtime error:' \
    "$build_dir/Testing/Temporary/LastTest.log" | head -n 80 || true
  exit 1
fi
# The Debian packages, once (the normal build only: sanitizers add nothing there):
# built, judged by lintian and the validators, installed here and smoke-tested.
# Only with the whole suite (no ctest filter), and not when CB_SKIP_PACKAGE=1.
if [ "$build_dir" = build ] && [ $# -eq 0 ] && [ "${CB_SKIP_PACKAGE:-0}" != 1 ]; then
  bash scripts/package.sh --smoke
fi
