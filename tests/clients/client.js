// The client scenario through Node.js and better-sqlite3 (version 12).
//
//     node tests/clients/client.js EXTENSION FIXTURE
//
// EXTENSION is the extension's path without its suffix (dist/archivist), FIXTURE the seed listing
// (fixtures/seed-kim-il-sung.txt). better-sqlite3 is taken from tests/clients/node/node_modules,
// where run.sh installs it, else from Node's usual search path. Prints one line on success; on
// any difference it names the step, what was expected and what came back, and exits 1.
//
// Steps 5 to 9 check the catalog's way out to reference managers with a real parser,
// citation-js (@citation-js/core and @citation-js/plugin-ris, installed beside better-sqlite3):
// a catalog built from the fixtures (sql/catalog.sql, the seed listing, the RIS files of the
// archive and of Zotero, documents with a season, a range and an approximate date typed by
// hand) is exported as RIS (documents_ris) and CSL-JSON (documents_csl); citation-js parses
// both, and every item's title, date, abstract and URL must be the catalog's. Then citation-js's
// own RIS for a few items is read back by ris(): the same titles, urls and days.
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

function loadCitationJs() {
  const local = path.join(__dirname, 'node', 'node_modules');
  const load = (name) => {
    try {
      return require(path.join(local, name));
    } catch (e) {
      if (e.code !== 'MODULE_NOT_FOUND') throw e;
      return require(name);
    }
  };
  const core = load('@citation-js/core');
  load('@citation-js/plugin-ris');
  return { Cite: core.Cite, version: require(path.join(local, '@citation-js/core/package.json')).version };
}

// The date-parts CSL and RIS should carry for a document, from documents_dates: null when
// RIS has no DA for it (a range across years, an open date, none).
function expectedParts(row) {
  const part = (y, m, d) => [y, m, d].filter((v) => v !== null);
  switch (row.precision) {
    case 'day': return [[row.y1, row.m1, row.d1]];
    case 'month': return [[row.y1, row.m1]];
    case 'year': return [[row.y1]];
    case 'range': return [part(row.y1, row.m1, row.d1), part(row.y2, row.m2, row.d2)];
    default: return null;
  }
}

// Steps 5-9: RIS and CSL-JSON out of a catalog, through citation-js, and back through ris().
function referenceManagers(Database, extension, fixtureDir, check, fail) {
  const { Cite, version } = loadCitationJs();
  const root = path.resolve(__dirname, '..', '..');
  const db = new Database(':memory:');
  db.loadExtension(extension);
  db.exec(fs.readFileSync(path.join(root, 'sql', 'catalog.sql'), 'utf8'));
  db.prepare(`INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind,
                                    source, url)
              SELECT rank, date_text, date_start, date_end, title, summary, kind, 'seed', url
                FROM listing(?)`).run(fs.readFileSync(path.join(fixtureDir, 'seed-kim-il-sung.txt')));
  for (const f of ['archive-documents.ris', 'zotero-export.ris']) {
    db.prepare('INSERT INTO ris_import SELECT *, ? FROM ris(?)')
      .run(f, fs.readFileSync(path.join(fixtureDir, f)));
  }
  db.exec(`INSERT INTO documents(date_text, date_start, date_end, title, summary, source) VALUES
    ('Winter 1956/57', '1956-12-01', '1957-02-28',
     'Report of the Hungarian Embassy in Pyongyang on the Grain Procurement',
     'Kim Il Sung orders the cooperatives to deliver their grain before the spring sowing.', 'hand'),
    ('circa 1956', '1956-01-01', '1956-12-31', 'Notes of Kim Il Sung on the August Plenum', NULL, 'hand'),
    ('1956-1967', '1956-01-01', '1967-12-31', 'Papers of the Soviet Embassy in Pyongyang', NULL, 'hand')`);
  const docs = db.prepare(`SELECT d.id, d.title, d.summary, d.url, d.date_start, d.date_end,
                                  dd.precision, dd.y1, dd.m1, dd.d1, dd.y2, dd.m2, dd.d2, dd.circa
                             FROM documents AS d LEFT JOIN documents_dates AS dd ON dd.id = d.id
                            ORDER BY d.id`).all();
  const oneLine = (s) => (s === null ? undefined : s.replace(/\r/g, '').replace(/\n+/g, ' '));

  // 5. RIS, as `sqlite3 archive.db "SELECT ris FROM documents_ris"` writes it (rows on lines).
  const risText = db.prepare('SELECT ris FROM documents_ris ORDER BY id').pluck().all().join('\n');
  const fromRis = new Cite(risText).data;
  if (fromRis.length !== docs.length) {
    fail(5, `citation-js read ${fromRis.length} RIS records, the catalog has ${docs.length}`);
  } else {
    docs.forEach((d, i) => {
      const item = fromRis[i];
      const parts = d.precision === 'range' && d.y1 === d.y2 ? [[d.y1]]
        : d.precision === 'range' ? null : expectedParts(d);
      check(`5 (RIS, document ${d.id})`,
            [item.title, item.abstract, item.URL, item.issued ? item.issued['date-parts'] : null],
            [d.title, oneLine(d.summary), d.url === null ? undefined : d.url, parts]);
    });
  }

  // 6. CSL-JSON, as `SELECT json_group_array(json(csl)) FROM documents_csl` writes it.
  const cslText = db.prepare(`SELECT json_group_array(json(csl))
                                FROM (SELECT csl FROM documents_csl ORDER BY id)`).pluck().get();
  const fromCsl = new Cite(JSON.parse(cslText)).data;
  if (fromCsl.length !== docs.length) {
    fail(6, `citation-js read ${fromCsl.length} CSL items, the catalog has ${docs.length}`);
  } else {
    docs.forEach((d, i) => {
      const item = fromCsl[i];
      check(`6 (CSL-JSON, document ${d.id})`,
            [item.id, item.title, item.abstract, item.URL,
             item.issued ? item.issued['date-parts'] : null,
             item.issued && item.issued.circa ? true : false],
            [`doc${d.id}`, d.title, d.summary === null ? undefined : d.summary,
             d.url === null ? undefined : d.url, expectedParts(d), d.circa === 1]);
    });
  }

  // 7. The ranges, as CSL carries them: two date-parts, each as precise as its bound.
  const winter = fromCsl.find((item) => item.title.startsWith('Report of the Hungarian Embassy'));
  check(7, winter && winter.issued['date-parts'], [[1956, 12], [1957, 2]]);

  // 8. citation-js's own RIS of the items with a url, read back by ris(): same titles, urls,
  // days, abstracts (which citation-js breaks after every 70 characters, inside words).
  const withUrl = fromCsl.filter((item) => item.URL && item.issued);
  const risOut = new Cite(withUrl).format('ris');
  const back = db.prepare(`SELECT title, url, date_start, date_end, abstract FROM ris(?)
                            ORDER BY pos`).raw().all(risOut);
  const want = withUrl.map((item) => {
    const d = docs.find((x) => `doc${x.id}` === item.id);
    return [d.title, d.url, d.date_start, d.date_end, d.summary];
  });
  check(8, back, want);
  check(9, [withUrl.length >= 5, back.length], [true, want.length]);
  db.close();
  return `citation-js ${version}: ${docs.length} documents out as RIS and CSL-JSON, ` +
    `${back.length} back through ris()`;
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
  function checkValue(step, got, expected) {
    if (!util.isDeepStrictEqual(got, expected)) {
      failures.push(`step ${step}\n  expected ${JSON.stringify(expected)}\n` +
                    `  got      ${JSON.stringify(got)}`);
    }
  }
  function fail(step, why) {
    failures.push(`step ${step}: ${why}`);
  }
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
  const citations = referenceManagers(Database, extension, path.dirname(fixture), checkValue, fail);

  if (failures.length) {
    console.error(failures.join('\n'));
    return 1;
  }
  console.log(`Node ${process.versions.node}, better-sqlite3 ${version}, SQLite ${sqliteVersion}; ` +
              citations);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
