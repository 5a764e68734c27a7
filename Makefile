# archivist: a SQLite extension that reads archive result listings, people's names and
# archival dates.
#
#   make               build dist/archivist.so (dist/archivist.dylib on macOS)
#   make test          build, then run the unit tests (Check), the SQL tests (sqlite3 shell) and
#                      the catalog upgrade test
#   make demo          load the extension into the sqlite3 shell and show it at work
#   make sanitize      the unit and SQL tests again, built with AddressSanitizer and UBSan
#   make valgrind      the SQL tests under valgrind memcheck: no leak, no error
#   make robust        out-of-memory sweep, 8 threads (also under ThreadSanitizer), limits
#   make test-clients  Python, Node (better-sqlite3), sqlite-utils and C programs load it
#   make fuzz          libFuzzer on every parser, FUZZ_SECONDS each (default 60)
#   make bench         benchmarks on large generated inputs (minutes; needs python3)
#   make install       install under PREFIX (default /usr/local; DESTDIR too), then ldconfig;
#                      make uninstall removes it. make test-install checks both (temporary prefix)
#   make test-cluster  a three-node dqlite cluster with archivist on every node (Debian packages)
#   make deps          install missing build dependencies (run by the targets above as needed)
#   make clean

CC      ?= cc
CFLAGS  ?= -O2 -g
SQLITE3 ?= sqlite3
PYTHON  ?= python3
# Where objects and the extension go; `make sanitize` builds a second copy elsewhere.
BUILD   ?= build
DIST    ?= dist

WARNINGS = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wpointer-arith \
           -Wno-unused-parameter
# Evaluated when used, so that they see what `deps` installed.
XML_CFLAGS  = $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS    = $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
CHECK_FLAGS = $(shell pkg-config --cflags --libs check 2>/dev/null || echo -lcheck)
ALL_CFLAGS  = -std=c11 -D_DEFAULT_SOURCE $(WARNINGS) -fPIC -fvisibility=hidden \
              -Iext -I$(BUILD)/gen $(XML_CFLAGS) $(CFLAGS)
EXT_LIBS    = $(XML_LIBS) -lutf8proc -lstemmer

ifeq ($(shell uname -s),Darwin)
  SO = dylib
  SHARED = -dynamiclib -undefined dynamic_lookup
else
  SO = so
  SHARED = -shared
endif

EXT = $(DIST)/archivist.$(SO)

# The pure C cores know nothing of SQLite; the glue registers them. Glue files are named
# *_sql.c and *_vtab.c (and the entry point, and the glue's shared helpers); every other file
# of ext/ is a core, unit-tested without SQLite, but for archivist_preload.c (make preload).
GLUE_SRC = $(sort ext/archivist.c ext/sql_util.c $(wildcard ext/*_sql.c ext/*_vtab.c))
CORE_SRC = $(sort $(filter-out $(GLUE_SRC) ext/archivist_preload.c,$(wildcard ext/*.c)))
DATA_TSV = $(sort $(wildcard ext/data/*.tsv))
DATA_C   = $(BUILD)/gen/archivist_data.c
# The name authority, built at build time by ext/data/authority_gen.c and compiled in as
# constant data, so that no connection builds it.
AUTH_C   = $(BUILD)/gen/authority_data.c
AUTH_GEN = $(BUILD)/gen/authority_gen
# The month, season and weekday tables under keys without diacritics, made at build time by
# ext/data/datefold_gen.c with the date core's own fold (ext/dates_fold.c).
DATEFOLD_C   = $(BUILD)/gen/dates_fold_data.c
DATEFOLD_GEN = $(BUILD)/gen/datefold_gen
# Every generated source, for the programs that compile the cores themselves.
GEN_C    = $(DATA_C) $(AUTH_C) $(DATEFOLD_C)

CORE_OBJ_BASE = $(CORE_SRC:ext/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/archivist_data.o \
                $(BUILD)/obj/dates_fold_data.o
CORE_OBJ = $(CORE_OBJ_BASE) $(BUILD)/obj/authority_data.o
GLUE_OBJ = $(GLUE_SRC:ext/%.c=$(BUILD)/obj/%.o)
HEADERS  = $(wildcard ext/*.h)

CHECK_SRC = $(wildcard tests/check_*.c)
CHECK_BIN = $(CHECK_SRC:tests/%.c=$(BUILD)/tests/%)

.PHONY: all deps test unit-test sql-test demo bench clean sanitize valgrind robust \
        test-clients fuzz upgrade-test install uninstall test-install test-cluster preload static linux-only
.DELETE_ON_ERROR:

all: $(EXT)

# ---------------------------------------------------------------- dependencies
# Debian package names; `deps` installs them when a header or the shell is missing.
DEB_PACKAGES = libsqlite3-dev sqlite3 libstemmer-dev check libutf8proc-dev libxml2-dev pkg-config
BREW_PACKAGES = sqlite libxml2 utf8proc check pkg-config
DEP_HEADERS = sqlite3ext.h libstemmer.h check.h utf8proc.h libxml/HTMLparser.h

deps: $(BUILD)/deps.ok
$(BUILD)/deps.ok:
	@missing=""; \
	for h in $(DEP_HEADERS); do \
	  printf '#include <%s>\n' "$$h" | $(CC) $(XML_CFLAGS) -E -x c - >/dev/null 2>&1 \
	    || missing="$$missing $$h"; \
	done; \
	command -v $(SQLITE3) >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	if [ -n "$$missing" ]; then \
	  echo "archivist: missing$$missing: installing the build dependencies"; \
	  if command -v apt-get >/dev/null 2>&1; then \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $(DEB_PACKAGES) || exit 1; \
	  elif command -v brew >/dev/null 2>&1; then \
	    brew install $(BREW_PACKAGES) || exit 1; \
	    echo "archivist: also install libstemmer (Snowball's C library) by hand" >&2; \
	  else \
	    echo "archivist: cannot install$$missing: neither apt-get nor brew is here." >&2; \
	    echo "Install (Debian names): $(DEB_PACKAGES)" >&2; \
	    exit 1; \
	  fi; \
	fi
	@mkdir -p $(@D) && touch $@

# ---------------------------------------------------------------- the extension
$(DATA_C): ext/data/datagen.awk $(DATA_TSV)
	@mkdir -p $(@D)
	LC_ALL=C awk -f ext/data/datagen.awk $(DATA_TSV) > $@

$(BUILD)/obj/archivist_data.o: $(DATA_C) ext/archivist_data.h | $(BUILD)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(DATEFOLD_GEN): ext/data/datefold_gen.c $(BUILD)/obj/dates_fold.o $(BUILD)/obj/archivist_data.o
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $^ -lutf8proc

$(DATEFOLD_C): $(DATEFOLD_GEN)
	$(DATEFOLD_GEN) months seasons weekdays date_prepositions count_nouns > $@

$(BUILD)/obj/dates_fold_data.o: $(DATEFOLD_C) $(HEADERS) | $(BUILD)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(AUTH_GEN): ext/data/authority_gen.c $(CORE_OBJ_BASE) $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ ext/data/authority_gen.c $(CORE_OBJ_BASE) $(EXT_LIBS)

$(AUTH_C): $(AUTH_GEN)
	$(AUTH_GEN) > $@

$(BUILD)/obj/authority_data.o: $(AUTH_C) $(HEADERS) | $(BUILD)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/obj/%.o: ext/%.c $(HEADERS) | $(BUILD)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(EXT): $(CORE_OBJ) $(GLUE_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(SHARED) -o $@ $^ $(EXT_LIBS)

# ---------------------------------------------------------------- tests
$(BUILD)/tests/check_%: tests/check_%.c tests/alloc_libc.c $(CORE_OBJ) $(HEADERS) | $(BUILD)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< tests/alloc_libc.c $(CORE_OBJ) $(EXT_LIBS) $(CHECK_FLAGS)

unit-test: $(CHECK_BIN)
	@for t in $(CHECK_BIN); do echo "== $$t"; $$t || exit 1; done

sql-test: $(EXT)
	@SQLITE3=$(SQLITE3) sh tests/run_sql_tests.sh $(EXT)

# A catalog built with an older version's functions (tests/upgrade/old_archivist.c, a loadable
# extension of its own) upgraded by sql/upgrade.sql, and compared with a fresh build.
OLD_EXT = $(BUILD)/tests/old_archivist.$(SO)
$(OLD_EXT): tests/upgrade/old_archivist.c | $(BUILD)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(SHARED) -o $@ $<

upgrade-test: $(EXT) $(OLD_EXT)
	@SQLITE3=$(SQLITE3) sh tests/upgrade/run.sh $(EXT) $(OLD_EXT)

test: unit-test sql-test upgrade-test
	@sh tests/check_headings.sh

# ---------------------------------------------------------------- hardening
# The whole suite again with AddressSanitizer and UBSan, in a build of its own; its tests run
# several times slower, so Check's time limits are four times as long. The sqlite3 shell is not
# instrumented, so the sanitizer runtime is preloaded into it.
SANITIZE_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                 -fno-sanitize-recover=undefined
sanitize:
	CK_TIMEOUT_MULTIPLIER=4 $(MAKE) BUILD=build/asan DIST=build/asan/dist CFLAGS="$(SANITIZE_FLAGS)" unit-test
	$(MAKE) BUILD=build/asan DIST=build/asan/dist CFLAGS="$(SANITIZE_FLAGS)" build/asan/dist/archivist.$(SO)
	ASAN_OPTIONS=detect_leaks=0 LD_PRELOAD="$$($(CC) -print-file-name=libasan.so)" \
	  SQLITE3=$(SQLITE3) sh tests/run_sql_tests.sh build/asan/dist/archivist.$(SO)

# The SQL tests under valgrind: any error or definite leak is printed, so the comparison fails.
VALGRIND = valgrind --quiet --error-exitcode=99 --leak-check=full \
           --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect
valgrind: $(EXT)
	@command -v valgrind >/dev/null 2>&1 || { echo "make valgrind: install valgrind" >&2; exit 1; }
	SQLITE3="$(SQLITE3)" SQLITE3_PREFIX="$(VALGRIND)" sh tests/run_sql_tests.sh $(EXT)

robust: $(EXT)
	bash tests/robust/run_oom.sh
	bash tests/robust/run_threads.sh
	SQLITE3=$(SQLITE3) SQL_DIR=tests/robust sh tests/run_sql_tests.sh $(EXT)

test-clients: $(EXT)
	bash tests/clients/run.sh

FUZZ_SECONDS ?= 60
fuzz: $(GEN_C)
	bash tests/fuzz/run.sh $(FUZZ_SECONDS)

# ---------------------------------------------------------------- demo and benchmarks
demo: $(EXT)
	$(SQLITE3) :memory: -cmd '.load ./$(DIST)/archivist' < sql/demo.sql

bench: $(EXT)
	SQLITE3=$(SQLITE3) PYTHON=$(PYTHON) bash tests/bench/bench_listing.sh ./dist/archivist build/bench
	SQLITE3=$(SQLITE3) PYTHON=$(PYTHON) bash tests/bench/bench_dates.sh ./dist/archivist build/bench
	SQLITE3=$(SQLITE3) PYTHON=$(PYTHON) bash tests/bench/bench_names.sh ./dist/archivist build/bench
	SQLITE3=$(SQLITE3) PYTHON=$(PYTHON) bash tests/bench/bench_fts.sh ./dist/archivist build/bench
	SQLITE3=$(SQLITE3) PYTHON=$(PYTHON) bash tests/bench/bench_catalog.sh ./dist/archivist build/bench

clean:
	rm -rf build dist

# ---------------------------------------------------------------- install
# `make install` (PREFIX, default /usr/local; DESTDIR to stage) puts under $(DESTDIR)$(PREFIX):
#   lib/libarchivist.so.0       the loadable extension, with the SONAME archivist.so
#   lib/archivist.so            a link to it: the name SQLite asks the dynamic loader for
#   lib/archivist_preload.so    archivist in every connection of a program, by LD_PRELOAD
#   lib/libarchivist.a          archivist built with -DSQLITE_CORE, to link into a program
#   lib/pkgconfig/archivist.pc  for `pkg-config --cflags --libs --static archivist`
#   include/archivist.h         sqlite3_archivist_init()
#   share/archivist/            catalog.sql, import.sql, examples.sql
# `.load archivist` has SQLite dlopen("archivist"), then dlopen("archivist.so"). A name without
# a slash is looked up in LD_LIBRARY_PATH and in the loader's cache, and ldconfig caches only
# files named lib*.so*: so the file is lib-named, and its SONAME makes ldconfig list it as
# archivist.so. The file is not called libarchivist.so, so that -larchivist takes the static
# library. Linux only (ELF, ldconfig, LD_PRELOAD).
PREFIX      ?= /usr/local
LIBDIR       = $(PREFIX)/lib
INCLUDEDIR   = $(PREFIX)/include
SHAREDIR     = $(PREFIX)/share/archivist
PKGCONFIGDIR = $(LIBDIR)/pkgconfig
INSTALL     ?= install
VERSION      = $(shell sed -n 's/.*ARCHIVIST_VERSION "\(.*\)".*/\1/p' ext/archivist_sql.h)

INSTALL_EXT  = $(BUILD)/install/libarchivist.so.0
PRELOAD      = $(DIST)/archivist_preload.$(SO)
STATIC_BUILD = build/static
STATIC_LIB   = $(STATIC_BUILD)/libarchivist.a
SQL_FILES    = sql/catalog.sql sql/import.sql sql/examples.sql

linux-only:
	@[ "$$(uname -s)" = Linux ] || { \
	  echo "archivist: make $(MAKECMDGOALS) is for Linux (ELF, ldconfig, LD_PRELOAD)" >&2; exit 1; }

$(INSTALL_EXT): $(CORE_OBJ) $(GLUE_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(SHARED) -Wl,-soname,archivist.so -o $@ $^ $(EXT_LIBS)

# The preload library: ext/archivist_preload.c (empty unless ARCHIVIST_PRELOAD is defined) and
# the loadable extension's objects, linked to the system's libsqlite3.
preload: linux-only $(PRELOAD)
$(BUILD)/obj/archivist_preload.o: ext/archivist_preload.c $(HEADERS) | $(BUILD)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -DARCHIVIST_PRELOAD -c $< -o $@
$(PRELOAD): $(BUILD)/obj/archivist_preload.o $(CORE_OBJ) $(GLUE_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(SHARED) -o $@ $^ $(EXT_LIBS) -lsqlite3 -ldl -lpthread

# The static library: the same sources compiled with -DSQLITE_CORE (they call SQLite directly,
# not through sqlite3_api), in a build directory of their own, as `make sanitize` does.
static:
	$(MAKE) BUILD=$(STATIC_BUILD) DIST=$(STATIC_BUILD)/dist CFLAGS="$(CFLAGS) -DSQLITE_CORE" \
	  $(STATIC_LIB)
$(BUILD)/libarchivist.a: $(CORE_OBJ) $(GLUE_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

install: linux-only $(INSTALL_EXT) $(PRELOAD) static
	$(INSTALL) -d "$(DESTDIR)$(LIBDIR)" "$(DESTDIR)$(PKGCONFIGDIR)" "$(DESTDIR)$(INCLUDEDIR)" \
	  "$(DESTDIR)$(SHAREDIR)"
	$(INSTALL) -m 755 $(INSTALL_EXT) "$(DESTDIR)$(LIBDIR)/libarchivist.so.0"
	ln -sf libarchivist.so.0 "$(DESTDIR)$(LIBDIR)/archivist.so"
	$(INSTALL) -m 755 $(PRELOAD) "$(DESTDIR)$(LIBDIR)/archivist_preload.so"
	$(INSTALL) -m 644 $(STATIC_LIB) "$(DESTDIR)$(LIBDIR)/libarchivist.a"
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' ext/archivist.pc.in \
	  > $(BUILD)/install/archivist.pc
	$(INSTALL) -m 644 $(BUILD)/install/archivist.pc "$(DESTDIR)$(PKGCONFIGDIR)/archivist.pc"
	$(INSTALL) -m 644 ext/archivist.h "$(DESTDIR)$(INCLUDEDIR)/archivist.h"
	$(INSTALL) -m 644 $(SQL_FILES) "$(DESTDIR)$(SHAREDIR)"
	@echo "archivist: installed under $(DESTDIR)$(PREFIX). Run ldconfig (as root) once, so that"
	@echo "  .load archivist finds $(LIBDIR)/archivist.so by name (see README, Installing)."

uninstall:
	rm -f "$(DESTDIR)$(LIBDIR)/archivist.so" "$(DESTDIR)$(LIBDIR)/libarchivist.so.0" \
	  "$(DESTDIR)$(LIBDIR)/archivist_preload.so" "$(DESTDIR)$(LIBDIR)/libarchivist.a" \
	  "$(DESTDIR)$(PKGCONFIGDIR)/archivist.pc" "$(DESTDIR)$(INCLUDEDIR)/archivist.h" \
	  $(SQL_FILES:sql/%="$(DESTDIR)$(SHAREDIR)/%")
	rmdir "$(DESTDIR)$(SHAREDIR)" "$(DESTDIR)$(PKGCONFIGDIR)" 2>/dev/null || true

# Installs into a temporary PREFIX and DESTDIR, loads the installed copy by name from the
# shell, Python, Node and a C program linked through pkg-config, uninstalls (tests/install/).
test-install:
	bash tests/install/run.sh

# ---------------------------------------------------------------- a dqlite cluster
# Three dqlite nodes on 127.0.0.1 (Debian's go-dqlite, installed when missing), archivist
# preloaded into each; the catalog built and queried through them and compared with the sqlite3
# shell's; the leader killed, a listing imported, the node restarted (tests/cluster/). ~20 s.
test-cluster: linux-only $(EXT) $(PRELOAD)
	bash tests/cluster/run.sh
