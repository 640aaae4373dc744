#!/usr/bin/env python3
"""tools/gold_day_parts.py -- the project's own gold to the DATE convention of 2026-12-07
(docs/accuracy.md, "Dates: spans and values that hold on unseen news"): a part of the day
after a weekday belongs to the DATE span ("Tuesday morning", "vendredi soir"), as in TimeML
and GUIDELINES' own "last night"; the value stays the day's.

Rewrites, in place and idempotently, the marked sources the gold is built from:
  examples/gold/src/*.ann, examples/gold/heldout/*.ann   {{DATE Friday|...}} afternoon
  spec/fixtures/dates/*.txt                               [[Friday|...]] afternoon
then rebuild: lua5.4 examples/gold/build.lua; lua5.4 examples/gold/build.lua . heldout;
python3 tools/build_date_fixtures.py. Never run on a blind set (their gold is never edited).
    python3 tools/gold_day_parts.py
"""
import glob
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")
PARTS = "morning|afternoon|evening|night|matin|matinée|après-midi|soir|soirée|nuit"
# the mark's text ends with a weekday ("Friday", "last Friday"), a space, then the part
ANN = re.compile(r"\{\{DATE ([^|}]*\b(?:%s))(\|[^}]*)?\}\} (%s)\b" % (DAYS, PARTS), re.I)
FIX = re.compile(r"\[\[([^\]|]*\b(?:%s))(\|[^\]]*)?\]\] (%s)\b" % (DAYS, PARTS), re.I)


def rewrite(path, pattern, fmt):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new, n = pattern.subn(lambda m: fmt % (m.group(1), m.group(3), m.group(2) or ""), text)
    if n:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
        print("%s: %d span(s)" % (os.path.relpath(path, ROOT), n))


for p in sorted(glob.glob(os.path.join(ROOT, "examples/gold/src/*.ann")) +
                glob.glob(os.path.join(ROOT, "examples/gold/heldout/*.ann"))):
    rewrite(p, ANN, "{{DATE %s %s%s}}")
for p in sorted(glob.glob(os.path.join(ROOT, "spec/fixtures/dates/*.txt"))):
    rewrite(p, FIX, "[[%s %s%s]]")
