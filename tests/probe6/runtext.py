#!/usr/bin/python3
"""Sentences of the sixth names audit (text.tsv; TEXT= another file of this directory): each
line holds a sentence and, after a tab, the persons names() must find (" | " between them).
Read by the fourth audit's runner, tests/probe4/runtext.py:

    /usr/bin/python3 tests/probe6/runtext.py [EXTENSION]

same.tsv and diff.tsv hold catalogue pairs of one person and of two, read by the third audit's
runner: PROBE_DIR=tests/probe6 /usr/bin/python3 tests/probe3/run.py"""
import os, runpy
here = os.path.dirname(os.path.abspath(__file__))
os.environ['TEXT_FILE'] = os.path.join(here, os.environ.get('TEXT', 'text.tsv'))
runpy.run_path(os.path.join(here, '../probe4/runtext.py'), run_name='__main__')
