// The client scenario through Node.js and better-sqlite3 (version 12).
//
//     node tests/clients/client.js EXTENSION FIXTURE
//
// EXTENSION is the extension's path without its suffix (dist/archivist), FIXTURE the seed listing
// (fixtures/seed-kim-il-sung.txt). better-sqlite3 is taken from tests/clients/node/node_modules,
// where run.sh installs it, else from Node's usual search path. Prints one line on success; on
// any difference it names the step, what was expected and what came back, and exits 1.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');

function loadBetterSqlite3() {
  const local = path.join(__dirname, 'node', 'node_modules', 'better-sqlite3');
  try {
    return { Database: require(local), version: require(path.join(local, 'package.json')).version };
  } catch (e) {
    if (e.code !== 'MODULE_NOT_FOUND') throw e;
    return { Database: require('better-sqlite3'), version: require('better-sqlite3/package.json').version };
  }
}

function main(argv) {
  if (argv.length !== 2) {
    console.error('usage: client.js EXTENSION FIXTURE');
    return 2;
  }
  const [extension, fixture] = argv;
  const { Database, version } = loadBetterSqlite3();

  const db = new Database(':memory:');
  db.loadExtension(extension);

  const failures = [];
  function check(step, sql, expected, ...params) {
    const got = db.prepare(sql).raw().all(...params);
    if (!util.isDeepStrictEqual(got, expected)) {
      failures.push(`step ${step}: ${sql}\n  expected ${JSON.stringify(expected)}\n` +
                    `  got      ${JSON.stringify(got)}`);
    }
  }

  const page = fs.readFileSync(fixture);  // a Buffer: bound as a BLOB
  check(1, 'SELECT count(*), min(rank), max(total) FROM listing(?)', [[10, 1, 11]], page);
  check(2, "SELECT name_key('Ким Ир Сен') = name_key('Kim Il-sŏng')", [[1]]);
  check(3, "SELECT date_start('Winter 1956/57'), date_end('Winter 1956/57')",
        [['1956-12-01', '1957-02-28']]);
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='archivist');" +
          "INSERT INTO t VALUES ('Kim Il Sung discussed agriculture');");
  check(4, "SELECT count(*) FROM t WHERE t MATCH 'Kim Ir Sen discusses'", [[1]]);
  const sqliteVersion = db.prepare('SELECT sqlite_version()').pluck().get();
  db.close();

  if (failures.length) {
    console.error(failures.join('\n'));
    return 1;
  }
  console.log(`Node ${process.versions.node}, better-sqlite3 ${version}, SQLite ${sqliteVersion}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
