#!/usr/bin/env python3
"""Generate synthetic archive documents (id, date_text, title, summary) for bench_fts.sh.

usage: gen_docs.py OUT_CSV [--docs N] [--seed S] [--name-dense]

OUT_CSV (RFC 4180: CRLF line ends, fields quoted only when needed) has the header
id,date_text,title,summary and N rows:
  id         1..N
  date_text  a listing date line, as gen_listing.py writes them (about 1 in 100 "Date unknown")
  title      a title in gen_listing.py's style (genre word first: Cable, Telegram, Memorandum ...)
  summary    one to three sentences in gen_listing.py's style; empty (about 1 in 50) = none

The vocabulary, date forms and sentence templates are gen_listing.py's (imported as a module);
only the people differ. A person is, 1 time in 6, a well-known one in one of its spellings:

  Mao Zedong, Zhou Enlai, Nikita Khrushchev (also N.S. Khrushchev, Khrushchev), Todor Zhivkov
  (also Zhivkov), Leonid Brezhnev, Ho Chi Minh, János Kádár, Walter Ulbricht, Premier Zhou
  Enlai, Chairman Mao Zedong

and otherwise an invented one (gen_listing.py's first names x surnames, sometimes with a title
or an initial). Kim Il Sung is kept apart: exactly the documents drawn for him (about 1 in 50)
mention him, once, in the title (2 in 5) or in a sentence of the summary (3 in 5), spelt
"Kim Il Sung" (50%), "Kim Il-sung" (30%) or "Kim Il-sŏng" (20%), sometimes with "Premier" or
"Comrade" in front or a possessive "'s" after. No other person's name starts with "Kim Il" (an
invented "Kim Ilyichev" is drawn again), so `title LIKE '%Kim Il%' OR summary LIKE '%Kim Il%'`
counts exactly his documents.

No two documents have the same title and date line once case and quotation marks are folded,
so every row survives the catalog's UNIQUE(title_key, date_key) ON CONFLICT IGNORE (a
collision is redrawn). The default N = 1000000 gives about 250 MB in about 20 seconds.

With --name-dense every title and every summary names two people of the name authority
(ext/data/people_west.tsv and people_asia.tsv: a spelling each, drawn uniformly from the
authority's rows), in the same templates ("Memorandum of Conversation between A and B", "A met
B to discuss ..."), followed by the usual summary sentences: the text names the authority's
people as densely as a catalogue of one country's leadership does. Kim Il Sung is not kept
apart there (he is one of the authority's people).

Standard library only; the output depends only on N, the seed, the mode and (--name-dense)
the authority's files.
"""

import argparse
import csv
import hashlib
import os
import sys
import time

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, SCRIPT_DIR)
import gen_listing as gl  # noqa: E402  (the vocabulary and templates)

DEFAULT_DOCS = 1000000
DEFAULT_SEED = 19450815

KIM_SPELLINGS = [("Kim Il Sung", 0.50), ("Kim Il-sung", 0.80), ("Kim Il-sŏng", 1.0)]
KIM_SHARE = 0.02          # documents that mention Kim Il Sung
FAMOUS_SHARE = 1.0 / 6    # other people who are well-known ones
FAMOUS = ["Mao Zedong", "Mao Zedong", "Chairman Mao Zedong", "Zhou Enlai", "Zhou Enlai",
          "Premier Zhou Enlai", "Nikita Khrushchev", "Nikita Khrushchev", "N.S. Khrushchev",
          "Khrushchev", "Todor Zhivkov", "Todor Zhivkov", "Zhivkov", "Leonid Brezhnev",
          "Ho Chi Minh", "János Kádár", "Walter Ulbricht"]


class DocGen(gl.Gen):
    """gen_listing.Gen with well-known people among the invented ones, and Kim Il Sung."""

    def person(self):
        if self.rng() < FAMOUS_SHARE:
            return gl.pick(self.rng, FAMOUS)
        while True:
            p = super().person()
            if "Kim Il" not in p:         # "Kim Ilyichev": drawn again, see the module doc
                return p

    def kim(self):
        rng = self.rng
        x = rng()
        name = next(s for s, c in KIM_SPELLINGS if x < c)
        x = rng()
        if x < 0.15:
            return "Premier " + name
        if x < 0.25:
            return "Comrade " + name
        return name

    def kim_title(self, date_start):
        rng = self.rng
        g = gl.pick(rng, gl.GENRES)
        x = rng()
        if x < 0.3:
            return "%s of Conversation between %s and %s" % (g, self.kim(), self.person())
        if x < 0.5:
            return "%s from %s to %s" % (g, self.person(), self.kim())
        if x < 0.7:
            return "%s on a Conversation with %s, %s" % (g, self.kim(), self.topic()[1])
        if x < 0.85:
            return "%s from %s on %s" % (g, self.kim(), self.topic()[1])
        return "%s on the Visit of %s to %s" % (g, self.kim(), gl.pick(rng, gl.CITIES))

    def kim_sentence(self):
        rng = self.rng
        x = rng()
        if x < 0.25:
            s = "%s met %s to discuss %s" % (self.person(), self.kim(), self.topic()[0])
        elif x < 0.45:
            s = "%s\u2019s views on %s are summarised %s" % (self.kim(), self.topic()[0],
                                                            gl.pick(rng, gl.CLOSERS))
        elif x < 0.65:
            s = "According to %s, \"%s\" remains the main obstacle to %s" % (
                self.kim(), self.topic()[0], self.topic()[0])
        elif x < 0.85:
            s = "%s and %s %s %s" % (self.kim(), self.person(), gl.pick(rng, gl.PAIR_VERBS),
                                     self.topic()[0])
        else:
            s = "%s %s %s in %s" % (gl.pick(rng, gl.DOC_SUBJECTS),
                                    gl.pick(rng, ["quotes", "cites", "mentions"]) + " " + self.kim()
                                    + " on", self.topic()[0], gl.pick(rng, gl.COUNTRIES))
        return s[0].upper() + s[1:] + "."

    def doc(self):
        """(date_text, title, summary)."""
        rng = self.rng
        dtext, ds, _ = self.date()
        if rng() < KIM_SHARE:
            if rng() < 0.4:
                return dtext, self.kim_title(ds), self.summary()
            title, _ = self.title(ds)
            summ = self.summary()
            s = self.kim_sentence()
            if not summ:
                summ = s
            elif rng() < 0.5:
                summ = s + " " + summ
            else:
                summ = summ + " " + s
            return dtext, title, summ
        title, _ = self.title(ds)
        return dtext, title, self.summary()


def authority_spellings():
    """Every spelling of the name authority's files (their first column), in file order."""
    data = os.path.join(SCRIPT_DIR, "..", "..", "ext", "data")
    out = []
    for name in ("people_west.tsv", "people_asia.tsv"):
        with open(os.path.join(data, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                v = line.rstrip("\n").split("\t")[0].strip()
                if v:
                    out.append(v)
    return out


class DenseGen(DocGen):
    """Every title and summary names two people of the authority."""

    def __init__(self, seed, spellings):
        super().__init__(seed)
        self.spellings = spellings

    def known(self):
        return gl.pick(self.rng, self.spellings)

    def doc(self):
        rng = self.rng
        dtext, _, _ = self.date()
        g = gl.pick(rng, gl.GENRES)
        a, b, c, d = self.known(), self.known(), self.known(), self.known()
        x = rng()
        if x < 0.4:
            title = "%s of Conversation between %s and %s" % (g, a, b)
        elif x < 0.7:
            title = "%s from %s to %s" % (g, a, b)
        else:
            title = "%s on the Visit of %s and %s to %s" % (g, a, b, gl.pick(rng, gl.CITIES))
        x = rng()
        if x < 0.5:
            s = "%s met %s to discuss %s." % (c, d, self.topic()[0])
        else:
            s = "%s and %s %s %s." % (c, d, gl.pick(rng, gl.PAIR_VERBS), self.topic()[0])
        summ = self.summary()
        summ = s if not summ else s + " " + summ
        return dtext, title, summ


def doc_key(dtext, title):
    """What the catalog's UNIQUE(title_key, date_key) compares, closely enough for this
    vocabulary: case and quotation marks folded."""
    t = title.lower().replace("\u2018", "'").replace("\u2019", "'")
    return hashlib.blake2b((dtext.lower() + "\x00" + t).encode("utf-8"), digest_size=8).digest()


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_csv")
    ap.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--name-dense", action="store_true",
                    help="every title and summary names two people of the authority")
    a = ap.parse_args(argv)
    if a.docs < 1:
        ap.error("--docs must be at least 1")

    t0 = time.monotonic()
    g = DenseGen(a.seed, authority_spellings()) if a.name_dense else DocGen(a.seed)
    seen = set()
    redrawn = 0
    with open(a.out_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)  # RFC 4180: CRLF, minimal quoting, "" for a quote
        w.writerow(["id", "date_text", "title", "summary"])
        chunk = 50000
        for lo in range(1, a.docs + 1, chunk):
            rows = []
            for i in range(lo, min(lo + chunk, a.docs + 1)):
                while True:
                    dtext, title, summ = g.doc()
                    k = doc_key(dtext, title)
                    if k not in seen:
                        break
                    redrawn += 1
                seen.add(k)
                rows.append((i, dtext, title, summ))
            w.writerows(rows)
    dt = time.monotonic() - t0
    size = os.path.getsize(a.out_csv)
    print("gen_docs: %s: %d documents (%d redrawn as duplicates), %d bytes (%.1f MB); %.1f s"
          % (a.out_csv, a.docs, redrawn, size, size / 1e6, dt), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
