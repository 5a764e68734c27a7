#!/bin/sh
# run_oom.sh [EXT]: the out-of-memory sweep (tests/robust/oom.c) against EXT, by default
# dist/archivist.so (build it first: make). oom.c is compiled against the system libsqlite3
# into $ROBUST_BUILD (build/robust by default) and run from the top of the tree, with the
# fixtures folder. Its last line reads "oom: P passed, F failed"; the exit status is non-zero
# on any failure.
#
# Environment: CC; ROBUST_BUILD; OOM_ONLY=TEXT runs only the sweeps whose name holds TEXT. For
# looking into a failure: OOM_START=N (begin at N), OOM_NOFORK=1 (in-process, for gdb),
# OOM_TRACE=1 (stacks of the failed allocation and of leaked blocks), OOM_PIN_EXTENSION=1
# (keep the library mapped after a failed load). See the comment at the top of oom.c.
set -u
cd "$(dirname "$0")/../.." || exit 2
ext=${1:-dist/archivist.so}
case $ext in */*) ;; *) ext=./$ext ;; esac
[ -f "$ext" ] || { echo "run_oom.sh: $ext not found (run make first)" >&2; exit 2; }
cc=${CC:-cc}
out=${ROBUST_BUILD:-build/robust}
mkdir -p "$out" || exit 2
$cc -std=c11 -O1 -g -Wall -Wextra -rdynamic -o "$out/oom" tests/robust/oom.c -lsqlite3 -ldl \
  || { echo "run_oom.sh: cannot build oom.c" >&2; exit 2; }
exec "$out/oom" "$ext" fixtures
