#!/usr/bin/env python3
"""Generate listing date lines and the same dates as ISO text, for bench_dates.sh.

usage: gen_dates.py OUT_CSV [--rows N] [--seed S]

OUT_CSV (RFC 4180: CRLF line ends, fields quoted only when needed) has the header id,date_text,iso
and N rows:
  id         1..N
  date_text  a listing date line, in the forms and proportions gen_listing.py uses (without
             "Date unknown"): "October 8, 1963" 55%, "October 02, 1959" 8%, "Oct. 8, 1963" 8%,
             "8 October 1963" 8%, "September 1959" 11%, "1961" 10%; days drawn uniformly from
             1945-01-01 .. 1991-12-31
  iso        the same date as YYYY-MM-DD: the day itself, or the first day of the month or year
             for the month and year forms (so iso = date_start(date_text))

Standard library only; the output depends only on N and the seed.
"""

import argparse
import bisect
import csv
import datetime
import os
import random
import sys
import time

DEFAULT_ROWS = 1000000
DEFAULT_SEED = 19631008

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# Abbreviations as the old pages print them ("Oct. 8, 1963"); May has none.
MONTH_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]
YEAR_FIRST, YEAR_LAST = 1945, 1991

# Cumulative share of each form, in the order of FORMS below.
CUMULATIVE = [0.55, 0.63, 0.71, 0.79, 0.90, 1.0]


def day_forms(d):
    """The six (date_text, iso) pairs a day d can be written as."""
    month = MONTHS[d.month - 1]
    iso = d.isoformat()
    return [
        ("%s %d, %d" % (month, d.day, d.year), iso),
        ("%s %02d, %d" % (month, d.day, d.year), iso),
        ("%s %d, %d" % (MONTH_ABBR[d.month - 1], d.day, d.year), iso),
        ("%d %s %d" % (d.day, month, d.year), iso),
        ("%s %d" % (month, d.year), "%04d-%02d-01" % (d.year, d.month)),
        ("%d" % d.year, "%04d-01-01" % d.year),
    ]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_csv")
    ap.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    a = ap.parse_args(argv)
    if a.rows < 1:
        ap.error("--rows must be at least 1")

    t0 = time.monotonic()
    rng = random.Random(a.seed).random
    first = datetime.date(YEAR_FIRST, 1, 1).toordinal()
    last = datetime.date(YEAR_LAST, 12, 31).toordinal()
    table = [day_forms(datetime.date.fromordinal(o)) for o in range(first, last + 1)]
    ndays = len(table)
    form_of = bisect.bisect_right
    with open(a.out_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)  # RFC 4180: CRLF, minimal quoting
        w.writerow(["id", "date_text", "iso"])
        chunk = 100000
        for lo in range(1, a.rows + 1, chunk):
            rows = []
            for i in range(lo, min(lo + chunk, a.rows + 1)):
                forms = table[int(rng() * ndays)]
                text, iso = forms[form_of(CUMULATIVE, rng())]
                rows.append((i, text, iso))
            w.writerows(rows)
    dt = time.monotonic() - t0
    size = os.path.getsize(a.out_csv)
    print("gen_dates: %s: %d rows, %d bytes (%.1f MB); %.1f s"
          % (a.out_csv, a.rows, size, size / 1e6, dt), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
