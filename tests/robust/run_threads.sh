#!/bin/sh
# run_threads.sh [EXT]: tests/robust/threads.c (8 threads, one connection each, every function,
# table-valued function and the FTS5 tokenizer 200 times over, results compared with the main
# thread's; then sqlite3_interrupt() of a scan of a 50 MB listing), three times:
#
#   1. plain: threads.c built with -O1 -g -pthread, against EXT (default dist/archivist.so);
#   2. ThreadSanitizer: threads.c built with -fsanitize=thread, against a copy of the extension
#      built with -fsanitize=thread too (make BUILD=... DIST=... CFLAGS=..., into
#      $ROBUST_BUILD/tsan; TSan sees only instrumented code, so the extension must be, while
#      the system libsqlite3, libxml2, utf8proc and libstemmer are linked as they are). The 8
#      threads load the extension at the same moment, as independent connections of a program
#      would;
#   3. ThreadSanitizer again, each thread loading the extension in turn (THREADS_LOAD=serial)
#      before they all start work together: the functions, virtual tables and the tokenizer
#      under concurrency, whatever happens during loading.
#
# Under TSan the interrupt test uses a 10 MB listing (INTERRUPT_MB=10): the instrumented scan
# of 50 MB takes some 20 s. A run fails when a result differs or ThreadSanitizer reports
# anything (TSAN_OPTIONS=halt_on_error=1 exitcode=66). tests/robust/tsan.supp, when present,
# is passed as TSan's suppressions file; none has been needed: the uninstrumented libraries
# raised no report. The last line reads "threads: P passed, F failed", counting runs.
#
# Environment: CC, ROBUST_BUILD (build/robust), THREADS_ITERATIONS (200), MAKE (make).
set -u
cd "$(dirname "$0")/../.." || exit 2
ext=${1:-dist/archivist.so}
case $ext in */*) ;; *) ext=./$ext ;; esac
[ -f "$ext" ] || { echo "run_threads.sh: $ext not found (run make first)" >&2; exit 2; }
cc=${CC:-cc}
make=${MAKE:-make}
out=${ROBUST_BUILD:-build/robust}
iterations=${THREADS_ITERATIONS:-200}
mkdir -p "$out" || exit 2
passed=0
failed=0

$cc -std=c11 -O1 -g -pthread -Wall -Wextra -o "$out/threads" tests/robust/threads.c -lsqlite3 \
  || { echo "run_threads.sh: cannot build threads.c" >&2; exit 2; }
$cc -std=c11 -O1 -g -pthread -fsanitize=thread -Wall -Wextra -o "$out/threads-tsan" \
  tests/robust/threads.c -lsqlite3 \
  || { echo "run_threads.sh: cannot build threads.c with -fsanitize=thread" >&2; exit 2; }
"$make" -s BUILD="$out/tsan" DIST="$out/tsan/dist" CFLAGS="-O1 -g -fsanitize=thread" \
  "$out/tsan/dist/archivist.so" \
  || { echo "run_threads.sh: cannot build the extension with -fsanitize=thread" >&2; exit 2; }

tsan_options="halt_on_error=1 exitcode=66"
[ -f tests/robust/tsan.supp ] && tsan_options="$tsan_options suppressions=tests/robust/tsan.supp"

run() { # name command...
  name=$1
  shift
  echo "== $name"
  "$@" > "$out/threads.log" 2>&1
  rc=$?
  # TSan cannot start under some kernels' address-space layouts: again without randomisation
  if grep -q "unexpected memory mapping" "$out/threads.log" && command -v setarch >/dev/null; then
    setarch "$(uname -m)" -R "$@" > "$out/threads.log" 2>&1
    rc=$?
  fi
  cat "$out/threads.log"
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    echo "== $name: passed"
  else
    failed=$((failed + 1))
    if [ "$rc" -eq 66 ] || grep -q "WARNING: ThreadSanitizer" "$out/threads.log"; then
      echo "== $name: FAILED: ThreadSanitizer reported a race (exit status $rc)"
    else
      echo "== $name: FAILED (exit status $rc)"
    fi
  fi
}

run "plain" "$out/threads" "$ext" fixtures 8 "$iterations"
run "ThreadSanitizer, loads at once" env TSAN_OPTIONS="$tsan_options" INTERRUPT_MB=10 \
  "$out/threads-tsan" "$out/tsan/dist/archivist.so" fixtures 8 "$iterations"
run "ThreadSanitizer, loads one at a time" env TSAN_OPTIONS="$tsan_options" INTERRUPT_MB=10 \
  THREADS_LOAD=serial "$out/threads-tsan" "$out/tsan/dist/archivist.so" fixtures 8 "$iterations"

echo "threads: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
