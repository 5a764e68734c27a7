#!/usr/bin/env python3
"""Generate a large synthetic archive listing (layout 1) and the rows listing() should return.

usage: gen_listing.py OUT_TXT OUT_CSV [--records N] [--seed S]

OUT_TXT is a run of pasted result pages of 10 records each, every page in layout 1:

    Skip to content / Results: / K - M of N / Documents / records... / Pagination

(lines separated by blank lines, as on the seed page /work/shared/seed/listing-kim-il-sung.txt).
A record is a date line, a title line and a summary paragraph; about 1 record in 50 has no
summary, about 1 in 100 has the date line "Date unknown".

OUT_CSV (RFC 4180: CRLF line ends, fields quoted only when needed) holds the same records with
the header pos,rank,total,date_text,date_start,date_end,title,summary,kind, as listing() should
return them:
  pos         1-based ordinal of the record in the whole input
  rank        K + index of the record on its page (K from the page's "K - M of N" line)
  total       N from the same line
  date_text   the date line as written
  date_start  ISO first day the date line covers (day, month or year); empty if undated
  date_end    ISO last day it covers; empty if undated
  title       the title line
  summary     the summary paragraph; empty when the record has none
  kind        the title's first word, lower-cased (every genre word used is its own kind)
An empty field stands for NULL.

Standard library only; the output depends only on N and the seed.
"""

import argparse
import calendar
import csv
import datetime
import os
import random
import sys
import time

DEFAULT_RECORDS = 600000
DEFAULT_SEED = 19630308
PAGE_SIZE = 10

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# Abbreviations as the old pages print them ("Oct. 8, 1963"); May has none.
MONTH_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]

YEAR_FIRST, YEAR_LAST = 1945, 1991

# Genre words. Each is its own kind in ext/data/kinds.tsv (word.lower() == kind).
GENRES = ["Cable", "Cable", "Telegram", "Telegram", "Memorandum", "Memorandum", "Report",
          "Report", "Note", "Journal", "Minutes", "Letter", "Letter", "Record", "Transcript",
          "Speech"]

# Invented people: first names x surnames.
FIRST = ["Anton", "Boris", "Viktor", "Pavel", "Jerzy", "Tadeusz", "Ferenc", "István", "Miklós",
         "Jan", "Václav", "Ladislav", "Dimitar", "Todor", "Nicolae", "Ștefan", "Ion", "Erich",
         "Horst", "Walter", "Pak", "Ri", "Kang", "Choe", "Nguyen", "Tran", "Le", "Zhang", "Wang",
         "Liu", "Chen", "Enver", "Mehmet", "Raúl", "Josip", "Milovan", "Tomáš", "Andrei",
         "Sergei", "Yuri", "Gheorghe", "Lajos", "Zoltán", "Kim", "Song", "Huang", "Ahmed",
         "Kwame", "Jorge", "Carlos"]
SURNAMES = ["Vashkin", "Zelenov", "Moravský", "Kowalczyk", "Bardosi", "Tőkény", "Hruška",
            "Dobrev", "Petrescu", "Voinea", "Kessler", "Bräutigam", "Sonnleitner", "Hyon-chol",
            "Tae-sik", "Myong-su", "Van Dinh", "Quang Hai", "Weiming", "Guoliang", "Shaoxing",
            "Hoxhallari", "Čapek-Novák", "Radulović", "Ilyichev", "Gorshkov", "Tarasenko",
            "Lebedev", "Mazurek", "Szabolcs", "Krastev", "Ionescu", "Lindqvist", "Okonkwo",
            "Menéndez", "Ferrero", "Ulanov", "Zhivanov", "Brzeziński", "Kádárné", "Ŏm Chŏl",
            "Pŭngsan", "Ceaurescu", "Marković", "Rákosy", "Štefánik", "Vukov", "Dragnev",
            "Orlovsky", "Fedorenko"]
TITLES_OF = ["Ambassador", "Comrade", "Minister", "Deputy Foreign Minister", "Chargé d'Affaires",
             "First Secretary", "General", "Premier", "Counsellor", "Consul"]

COUNTRIES = ["the DPRK", "the GDR", "the PRC", "the USSR", "Poland", "Hungary", "Czechoslovakia",
             "Romania", "Bulgaria", "Albania", "Yugoslavia", "Mongolia", "Cuba", "Vietnam",
             "the DRV", "Laos", "Cambodia", "India", "Indonesia", "Egypt", "Ghana", "Finland",
             "Austria", "Japan", "Burma"]
NATIONALS = ["Soviet", "Polish", "Hungarian", "Czechoslovak", "Romanian", "Bulgarian", "Albanian",
             "Yugoslav", "Mongolian", "Cuban", "Vietnamese", "Chinese", "Korean", "East German",
             "Indian", "Indonesian", "Egyptian", "Finnish", "Austrian", "Japanese"]
CITIES = ["Hanoi", "Pyongyang", "Beijing", "Moscow", "Warsaw", "Budapest", "Prague",
          "Bucharest", "Sofia", "Tirana", "Belgrade", "Ulaanbaatar", "Havana", "Vientiane",
          "Phnom Penh", "New Delhi", "Jakarta", "Cairo", "Accra", "Helsinki", "Vienna", "Tokyo",
          "Rangoon", "East Berlin", "Geneva", "Kaesong", "Haiphong", "Gdańsk", "Brno", "Constanța"]
ORGS = ["Politburo", "Central Committee", "Council of Ministers", "Foreign Ministry",
        "State Planning Commission", "Ministry of Foreign Trade", "Presidium",
        "Committee for State Security", "Ministry of Defense", "Academy of Sciences",
        "Red Cross Society", "Trade Union Council", "Writers' Union", "Youth League"]
RIVERS = ["Yalu", "Tumen", "Ussuri", "Amur", "Danube", "Oder", "Mekong", "Red River"]

ADJ = ["agricultural", "military", "economic", "border", "cultural", "scientific", "naval",
       "fishing", "trade", "railway", "nuclear", "student", "press", "technical", "fraternal",
       "bilateral", "consular", "party", "youth", "industrial", "medical", "hydroelectric",
       "air", "grain", "rice", "coal", "steel", "oil", "textile", "housing"]
NOUN = ["cooperation", "deliveries", "negotiations", "incidents", "exchanges", "aid", "talks",
        "agreements", "credits", "shipments", "delegations", "tests", "shortages", "quotas",
        "payments", "training", "advisers", "construction", "repatriation", "propaganda",
        "relations", "prices", "reforms", "purges", "elections"]
EVENTS = ["the five-year plan", "the Sino-Soviet split", "the ceasefire talks",
          "the Cultural Revolution", "the Berlin question", "the armistice commission",
          "the Warsaw Pact summit", "the non-aligned conference", "the party congress",
          "the harvest campaign", "the currency reform", "the Geneva conference",
          "the Paris peace talks", "the border commission", "the cult of personality",
          "the unification question", "the test ban treaty", "the Comecon session",
          "the May Day parade", "the spring offensive", "the refugee question",
          "the state visit", "the friendship treaty", "the dam project",
          "the new constitution", "the land reform", "peaceful coexistence",
          "revisionism", "détente", "collective security in Asia"]

SUBJECT_VERBS = ["discusses", "reports on", "describes", "complains about", "comments on",
                 "summarises", "raises", "welcomes", "criticises", "explains", "reviews",
                 "expresses concern about", "asks for advice on", "proposes changes to"]
PAIR_VERBS = ["discuss", "exchange views on", "review", "disagree over", "negotiate",
              "report on", "agree on", "raise"]
DOC_SUBJECTS = ["The embassy", "The ambassador", "The delegation", "The report", "The note",
                "The ministry", "The author", "The cable", "The consulate", "The memorandum",
                "The military attaché", "The commission", "The party secretary",
                "The trade mission", "An unsigned note"]
CLOSERS = ["and the dates of the next visit", "and the cost of the project",
           "and the reaction of the local population", "in the northern provinces",
           "in the coming year", "at the end of the meeting", "before the next round of talks",
           "in considerable detail", "without naming the officials involved",
           "and asks for further instructions", "for the first time",
           "and proposes a joint communiqué"]


def pick(rng, seq):
    return seq[int(rng() * len(seq))]


def build_phrases():
    """Precompute topic phrases in prose form and title form."""
    topics = []
    for a in ADJ:
        for n in NOUN:
            prose = a + " " + n
            topics.append((prose, prose.title()))
    events = []
    for e in EVENTS:
        # Title form: capitalise every word except a few minor ones.
        words = e.split(" ")
        tw = [words[0].capitalize()] + [
            w if w in ("the", "of", "in", "and") else (w[:1].upper() + w[1:]) for w in words[1:]]
        tw = [w.replace("-year", "-Year").replace("-soviet", "-Soviet") for w in tw]
        events.append((e, " ".join(tw)))
    return topics, events


class Gen:
    def __init__(self, seed):
        r = random.Random(seed)
        self.rng = r.random
        self.topics, self.events = build_phrases()
        first = datetime.date(YEAR_FIRST, 1, 1).toordinal()
        last = datetime.date(YEAR_LAST, 12, 31).toordinal()
        self.days = [datetime.date.fromordinal(o) for o in range(first, last + 1)]
        self.month_end = {}
        for y in range(YEAR_FIRST, YEAR_LAST + 1):
            for m in range(1, 13):
                self.month_end[(y, m)] = datetime.date(y, m, calendar.monthrange(y, m)[1])

    # -- people, places --------------------------------------------------------------------
    def person(self):
        rng = self.rng
        name = pick(rng, FIRST) + " " + pick(rng, SURNAMES)
        x = rng()
        if x < 0.25:
            return pick(rng, TITLES_OF) + " " + name
        if x < 0.35:
            return name[0] + ". " + name.split(" ", 1)[1]
        return name

    def topic(self):
        """(prose, title) topic phrase."""
        rng = self.rng
        if rng() < 0.6:
            p, t = pick(rng, self.topics)
            x = rng()
            if x < 0.35:
                c = pick(rng, COUNTRIES)
                return p + " with " + c, t + " with " + c
            if x < 0.45:
                r = pick(rng, RIVERS)
                return p + " on the " + r, t + " on the " + r
            return p, t
        return pick(rng, self.events)

    # -- date line -------------------------------------------------------------------------
    def date(self):
        """(date_text, date_start, date_end); bounds are '' when undated."""
        rng = self.rng
        x = rng()
        if x < 0.01:
            return "Date unknown", "", ""
        d = pick(rng, self.days)
        if x < 0.55:
            iso = d.isoformat()
            return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), iso, iso
        if x < 0.63:
            iso = d.isoformat()
            return "%s %02d, %d" % (MONTHS[d.month - 1], d.day, d.year), iso, iso
        if x < 0.71:
            iso = d.isoformat()
            return "%s %d, %d" % (MONTH_ABBR[d.month - 1], d.day, d.year), iso, iso
        if x < 0.79:
            iso = d.isoformat()
            return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year), iso, iso
        if x < 0.90:
            start = datetime.date(d.year, d.month, 1)
            end = self.month_end[(d.year, d.month)]
            return "%s %d" % (MONTHS[d.month - 1], d.year), start.isoformat(), end.isoformat()
        return ("%d" % d.year, datetime.date(d.year, 1, 1).isoformat(),
                datetime.date(d.year, 12, 31).isoformat())

    # -- title -----------------------------------------------------------------------------
    def title(self, date_start):
        rng = self.rng
        g = pick(rng, GENRES)
        x = rng()
        if x < 0.14:
            t = "%s from %s to %s" % (g, self.person(), self.person())
        elif x < 0.28:
            q = self.topic()[1]
            if rng() < 0.5:
                q = "'" + q + "'"
            else:
                q = "\u2018" + q + "\u2019"
            t = "%s from the %s Embassy in %s, %s" % (g, pick(rng, NATIONALS), pick(rng, CITIES), q)
        elif x < 0.40:
            t = "%s on a Conversation with the %s %s, %s" % (
                g, pick(rng, NATIONALS), pick(rng, TITLES_OF), self.person())
        elif x < 0.52:
            t = "%s of Conversation between %s and %s" % (g, self.person(), self.person())
        elif x < 0.64:
            t = "%s on the %s" % (g, self.topic()[1])
        elif x < 0.74:
            t = "%s of the %s of %s on %s" % (g, pick(rng, ORGS), pick(rng, COUNTRIES),
                                              self.topic()[1])
        elif x < 0.82:
            if date_start:
                d = datetime.date.fromisoformat(date_start)
                when = "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
            else:
                when = "the Period of the Visit"
            t = "%s of %s Ambassador to %s %s for %s" % (g, pick(rng, NATIONALS),
                                                         pick(rng, COUNTRIES), self.person(), when)
        elif x < 0.91:
            t = "%s from %s on %s and %s" % (g, self.person(), self.topic()[1], self.topic()[1])
        else:
            t = "%s of the Meeting of the %s on %s" % (g, pick(rng, ORGS), self.topic()[1])
        return t, g.lower()

    # -- summary ---------------------------------------------------------------------------
    def sentence(self):
        rng = self.rng
        x = rng()
        if x < 0.22:
            s = "%s %s %s %s" % (pick(rng, DOC_SUBJECTS), pick(rng, SUBJECT_VERBS),
                                 self.topic()[0], pick(rng, CLOSERS))
        elif x < 0.42:
            s = "%s and %s %s %s, %s and %s" % (self.person(), self.person(), pick(rng, PAIR_VERBS),
                                                self.topic()[0], self.topic()[0], self.topic()[0])
        elif x < 0.56:
            s = "%s %s %s in %s" % (self.person(), pick(rng, SUBJECT_VERBS), self.topic()[0],
                                    pick(rng, COUNTRIES))
        elif x < 0.68:
            s = "Topics discussed include %s; %s; and %s" % (self.topic()[0], self.topic()[0],
                                                           self.topic()[0])
        elif x < 0.78:
            s = "%s lists the goods discussed, the prices agreed and the delays in %s" % (
                pick(rng, DOC_SUBJECTS), self.topic()[0])
        elif x < 0.86:
            s = "According to %s, \"%s\" remains the main obstacle to %s" % (
                self.person(), self.topic()[0], self.topic()[0])
        elif x < 0.93:
            s = "%s asks %s to familiarize the %s ambassador in %s with the contents" % (
                self.person(), self.person(), pick(rng, NATIONALS), pick(rng, CITIES))
        else:
            s = "%s\u2019s views on %s are summarised %s" % (
                self.person(), self.topic()[0], pick(rng, CLOSERS))
        return s[0].upper() + s[1:] + "."

    def summary(self):
        rng = self.rng
        if rng() < 0.02:
            return ""
        x = rng()
        n = 1 if x < 0.35 else (2 if x < 0.80 else 3)
        return " ".join(self.sentence() for _ in range(n))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_txt")
    ap.add_argument("out_csv")
    ap.add_argument("--records", type=int, default=DEFAULT_RECORDS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    a = ap.parse_args(argv)
    if a.records < 1:
        ap.error("--records must be at least 1")

    t0 = time.monotonic()
    g = Gen(a.seed)
    n = a.records
    with open(a.out_txt, "w", encoding="utf-8", newline="\n") as ft, \
            open(a.out_csv, "w", encoding="utf-8", newline="") as fc:
        w = csv.writer(fc)  # RFC 4180: CRLF, minimal quoting, "" for a quote
        w.writerow(["pos", "rank", "total", "date_text", "date_start", "date_end", "title",
                    "summary", "kind"])
        pos = 0
        for k in range(1, n + 1, PAGE_SIZE):
            m = min(k + PAGE_SIZE - 1, n)
            out = ["Skip to content\n\nResults:\n\n%d - %d of %d\n\nDocuments\n\n" % (k, m, n)]
            rows = []
            for rank in range(k, m + 1):
                pos += 1
                dtext, ds, de = g.date()
                title, kind = g.title(ds)
                summ = g.summary()
                if summ:
                    out.append("%s\n\n%s\n\n%s\n\n" % (dtext, title, summ))
                else:
                    out.append("%s\n\n%s\n\n" % (dtext, title))
                rows.append((pos, rank, n, dtext, ds, de, title, summ, kind))
            out.append("Pagination\n")
            if m < n:
                out.append("\n")
            ft.write("".join(out))
            w.writerows(rows)
    dt = time.monotonic() - t0
    size = os.path.getsize(a.out_txt)
    print("gen_listing: %s: %d records, %d pages, %d bytes (%.1f MB, %.0f bytes/record); "
          "%s: %d bytes; %.1f s" % (a.out_txt, n, (n + PAGE_SIZE - 1) // PAGE_SIZE, size,
                                    size / 1e6, size / n, a.out_csv,
                                    os.path.getsize(a.out_csv), dt), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
