#!/usr/bin/env python3
"""Tiny independent check of the built files (reads only the outputs)."""
import json, os, sys
H = os.path.dirname(os.path.abspath(__file__)); G = os.path.dirname(H)
bad = 0
docs = [json.loads(l) for l in open(os.path.join(G, "blind4.gold.jsonl"), encoding="utf-8")]
for d in docs:
    raw = open(os.path.join(H, "texts", d["id"] + ".txt"), "rb").read()
    if raw != d["text"].encode("utf-8"):
        print("text differs from file", d["id"]); bad += 1
    spans = sorted((e["start"], e["end"]) for e in d["entities"])
    for (a, b), (c, _) in zip(spans, spans[1:]):
        if c < b:
            print("overlap", d["id"], a, c); bad += 1
    for x in d["entities"] + d["quotes"]:
        if raw[x["start"]:x["end"]].decode("utf-8") != x["text"]:
            print("span", d["id"], x); bad += 1
        if x["start"] < raw.index(b"\n"):
            print("annotation inside header", d["id"]); bad += 1
ids = {d["id"] for d in docs}
for l in open(os.path.join(G, "blind4.events.gold.jsonl"), encoding="utf-8"):
    ev = json.loads(l)
    if not set(ev["docs"]) <= ids:
        print("unknown doc", ev["event_id"]); bad += 1
print("docs", len(docs), "errors", bad)
sys.exit(1 if bad else 0)
