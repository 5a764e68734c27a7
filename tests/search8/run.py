#!/usr/bin/python3
"""The eighth search audit: a catalog of 160 hand-written archive records (docs.tsv: id, date
line, title, summary) loaded through sql/catalog.sql, and the queries a historian types
(queries.tsv: mode, query, the ids expected, written by hand), run by the sixth audit's runner
(tests/search6/run.py: modes q, m and h).

    /usr/bin/python3 tests/search8/run.py [EXTENSION] [-v]
"""
import importlib.util, os
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('search6_run', os.path.join(here, '../search6/run.py'))
runner = importlib.util.module_from_spec(spec)
spec.loader.exec_module(runner)
runner.main(here)
