"""The client scenario through Python's sqlite3 module.

    /usr/bin/python3 tests/clients/client.py EXTENSION FIXTURE

EXTENSION is the extension's path without its suffix (dist/archivist), FIXTURE the seed listing
(fixtures/seed-kim-il-sung.txt). Prints one line on success; on any difference it names the step,
what was expected and what came back, and exits 1.

Needs a Python whose sqlite3 module can load extensions: Debian's /usr/bin/python3 can, a Python
built by pyenv without --enable-loadable-sqlite-extensions cannot (no enable_load_extension).
"""
import sqlite3
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: client.py EXTENSION FIXTURE")
    extension, fixture = argv[1], argv[2]

    conn = sqlite3.connect(":memory:")
    if not hasattr(conn, "enable_load_extension"):
        sys.exit(f"{sys.executable}: this Python's sqlite3 module cannot load extensions "
                 "(built without loadable extension support)")
    conn.enable_load_extension(True)
    conn.load_extension(extension)
    conn.enable_load_extension(False)

    failures = []

    def check(step, sql, expected, params=()):
        got = conn.execute(sql, params).fetchall()
        if got != expected:
            failures.append(f"step {step}: {sql}\n  expected {expected!r}\n  got      {got!r}")

    with open(fixture, "rb") as f:
        page = f.read()
    check(1, "SELECT count(*), min(rank), max(total) FROM listing(?)", [(10, 1, 11)],
          (page,))  # bytes are bound as a BLOB
    check(2, "SELECT name_key('Ким Ир Сен') = name_key('Kim Il-sŏng')", [(1,)])
    check(3, "SELECT date_start('Winter 1956/57'), date_end('Winter 1956/57')",
          [("1956-12-01", "1957-02-28")])
    conn.executescript("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='archivist');"
                       "INSERT INTO t VALUES ('Kim Il Sung discussed agriculture');")
    check(4, "SELECT count(*) FROM t WHERE t MATCH 'Kim Ir Sen discusses'", [(1,)])
    conn.close()

    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
