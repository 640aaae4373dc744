#!/usr/bin/env python3
"""Build blind7 gold files from texts/*.txt, ann.py and events_src.py; check every span."""
import json, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ann import A, Q
from texts_src import fr
from events_src import EVENTS

IDS = ["en_m1", "en_m2", "en_m3", "en_m4", "en_m5", "fr_m1", "fr_m2", "fr_m3", "fr_m4", "fr_m5"]

def isword(c):
    return c.isalnum()

def find_word(text, s, occ):
    """char index of the occ-th whole-word, case-sensitive occurrence of s"""
    i, n = 0, 0
    while True:
        j = text.find(s, i)
        if j < 0:
            raise SystemExit(f"not found: {s!r} occ {occ}")
        before = text[j - 1] if j > 0 else " "
        after = text[j + len(s)] if j + len(s) < len(text) else " "
        ok = (not (isword(s[0]) and isword(before))) and (not (isword(s[-1]) and isword(after)))
        if ok:
            n += 1
            if n == occ:
                return j
        i = j + 1

def b(text, ci):
    return len(text[:ci].encode("utf-8"))

def main():
    docs, errors = [], []
    for did in IDS:
        raw = open(os.path.join(HERE, "texts", did + ".txt"), encoding="utf-8").read()
        head, text = raw.split("\n", 1)
        assert head.startswith("date ")
        date = head[5:]
        lang = did[:2]
        norm = fr if lang == "fr" else (lambda x: x)
        tb = text.encode("utf-8")
        ents = []
        for typ, surf, occ, attrs in A[did]:
            surf = norm(surf)
            ci = find_word(text, surf, occ)
            s, e = b(text, ci), b(text, ci + len(surf))
            assert tb[s:e].decode("utf-8") == surf
            if surf != surf.strip() or surf[-1] in ".,;:" and not surf.endswith("Ariz."):
                errors.append(f"{did}: bad edge {surf!r}")
            ent = {"start": s, "end": e, "type": typ, "text": surf}
            ent.update(attrs)
            ents.append(ent)
        ents.sort(key=lambda x: x["start"])
        for x, y in zip(ents, ents[1:]):
            if y["start"] < x["end"]:
                errors.append(f"{did}: overlap {x['text']!r} / {y['text']!r}")
        seen = set()
        for x in ents:
            k = (x["start"], x["end"])
            if k in seen: errors.append(f"{did}: duplicate {x}")
            seen.add(k)
        quotes = []
        for sf, ef, occ, kind, spk, cue in Q[did]:
            sf, ef = norm(sf), norm(ef)
            i = -1
            for _ in range(occ):
                i = text.find(sf, i + 1)
                if i < 0: raise SystemExit(f"quote start not found {sf!r}")
            j = text.find(ef, i)
            if j < 0: raise SystemExit(f"quote end not found {ef!r}")
            qs = text[i:j + len(ef)]
            if qs[0] not in "\"'“‘«" or qs[-1] not in "\"'”’»":
                errors.append(f"{did}: quote marks {qs!r}")
            q = {"start": b(text, i), "end": b(text, j + len(ef)), "text": qs, "kind": kind}
            if spk: q["speaker"] = spk
            if cue: q["cue"] = cue
            quotes.append(q)
        quotes.sort(key=lambda x: x["start"])
        # speakers must be canonical names present in the document
        canon = {x.get("canonical") for x in ents if x["type"] in ("PERSON", "ORG")}
        for q in quotes:
            if "speaker" in q and q["speaker"] not in canon:
                errors.append(f"{did}: speaker {q['speaker']!r} not a canonical entity")
        docs.append({"id": did, "lang": lang, "date": date, "text": text, "entities": ents, "quotes": quotes})
    # events: places/organizers must be canonical names in the docs
    bydoc = {d["id"]: d for d in docs}
    for ev in EVENTS:
        can = set()
        for did in ev["docs"]:
            can |= {x.get("canonical") for x in bydoc[did]["entities"]}
        for f in ("places", "organizers"):
            for v in ev[f]:
                if v not in can:
                    errors.append(f"{ev['event_id']}: {f} {v!r} not canonical in its docs")
        for p in ev.get("participants", []):
            if p["text"] not in bydoc[p["doc"]]["text"]:
                errors.append(f"{ev['event_id']}: participant text {p['text']!r} not in {p['doc']}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    out = os.path.dirname(HERE)
    with open(os.path.join(out, "blind7.gold.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "blind7.events.gold.jsonl"), "w", encoding="utf-8") as f:
        for ev in EVENTS:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(x["type"] for d in docs for x in d["entities"])
    print(dict(c), "quotes", sum(len(d["quotes"]) for d in docs), "events", len(EVENTS))

if __name__ == "__main__":
    main()
