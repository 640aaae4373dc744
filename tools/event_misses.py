#!/usr/bin/env python3
"""Print the event errors of a system file against a gold file, field by field.

usage: event_misses.py GOLD.jsonl SYS.jsonl [--scorer PATH/score_events.py] [--only FIELD]

Uses the matching of the project's scorer (../shared/tools/score_events.py by default), so
what it lists is exactly what the scores count: unmatched gold events (missed), unmatched
system events (false), and for each matched pair the places, organizers, forms, claims,
targets, status, actor_type and participant figures that differ. Standard library only.
"""
import importlib.util
import os
import sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_events", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def short(ev):
    return "%s %s %s %s" % (ev.get("date"), ev.get("_docs"), ev.get("places"), ev.get("forms"))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    scorer = os.path.join(here, "..", "..", "shared", "tools", "score_events.py")
    only = None
    if "--scorer" in argv:
        k = argv.index("--scorer")
        scorer = argv[k + 1]
        del argv[k:k + 2]
    if "--only" in argv:
        k = argv.index("--only")
        only = argv[k + 1]
        del argv[k:k + 2]
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    se = load_scorer(scorer)
    gold, sys_ = se.read_events(argv[0], False), se.read_events(argv[1], True)
    m = se.candidates(gold, sys_)
    gi = {i for i, _ in m}
    sj = {j for _, j in m}
    if only in (None, "events"):
        for i, g in enumerate(gold):
            if i not in gi:
                print("MISSED  %s  %s" % (g.get("event_id"), short(g)))
        for j, s in enumerate(sys_):
            if j not in sj:
                print("FALSE   %s  %s" % (s.get("event_id"), short(s)))
    for i, j in m:
        g, s = gold[i], sys_[j]
        out = []
        for key in ("places", "organizers", "forms", "claims", "targets"):
            if only not in (None, key):
                continue
            gl, sl = se.lst(g, key), se.lst(s, key)
            match = se.names_match if key in ("places", "organizers") else (lambda a, b: a == b)
            miss = [x for x in gl if not any(match(x, y) for y in sl)]
            extra = [y for y in sl if not any(match(x, y) for x in gl)]
            if miss or extra:
                out.append("  %-10s missing %s  extra %s" % (key, miss, extra))
        for key in ("status", "actor_type"):
            if only not in (None, key):
                continue
            if g.get(key) is not None and g.get(key) != s.get(key):
                out.append("  %-10s gold %s  sys %s" % (key, g.get(key), s.get(key)))
        if only in (None, "figures"):
            gf, sf = se.figures(g), se.figures(s)
            for p in g.get("participants") or []:
                d, lo, hi = se.norm_doc(p.get("doc", "")), p.get("low"), p.get("high")
                if not any(d == d2 and se.close(lo, lo2) and se.close(hi, hi2) for d2, lo2, hi2 in sf):
                    out.append("  figure   missing %s %s-%s %r (%s)" % (d, lo, hi, p.get("text"), p.get("source")))
            for p in s.get("participants") or []:
                d, lo, hi = se.norm_doc(p.get("doc", "")), p.get("low"), p.get("high")
                if not any(d == d2 and se.close(lo, lo2) and se.close(hi, hi2) for d2, lo2, hi2 in gf):
                    out.append("  figure   extra   %s %s-%s %r (%s)" % (d, lo, hi, p.get("text"), p.get("source")))
        if out:
            print("PAIR    %s  <->  %s  %s" % (g.get("event_id"), s.get("event_id"), g.get("_docs")))
            print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
