#!/usr/bin/python3
"""The eighth dates audit's battery (/work/notes/dates8.md), written by hand, in the format of
tests/dates7 (see its run.py), whose runner reads these files:

  lines.tsv      a date line, a tab, what date_start()/date_end() must give ("-": no date)
  sentences.tsv  a sentence, a tab, the dates dates() must find in it, joined by " | "

    /usr/bin/python3 tests/dates8/run.py [EXTENSION] [-v]
"""
import os, runpy

here = os.path.dirname(os.path.abspath(__file__))
os.environ['DATES_BATTERY'] = here
runpy.run_path(os.path.join(here, '../dates7/run.py'), run_name='__main__')
