#!/usr/bin/env python3
"""Build blind6 gold files from texts/*.txt and the annotation sources in ann/*.py and events.py.

Each ann/<id>.py lists entities in document order as (type, surface, attributes); each surface is
searched (whole-word) after the end of the previous entity, so offsets are computed, never typed.
Quotes are located by their opening fragment (mark included) and closed at the matching mark
(or at an explicit `end` fragment for quotes that run over several paragraphs).
Placeholders in surfaces: '«_' / '_»' = guillemet + U+00A0, '~' = U+202F.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["en_k1", "en_k2", "en_k3", "en_k4", "en_k5", "fr_k1", "fr_k2", "fr_k3", "fr_k4", "fr_k5"]


def norm(s):
    return s.replace("«_", "«\u00a0").replace("_»", "\u00a0»").replace("~", "\u202f")


def _named(typ, s, can=None, role=None):
    a = {"canonical": norm(can) if can else norm(s)}
    if role:
        a["role"] = norm(role)
    return (typ, s, a)

def P(s, can=None, role=None): return _named("PERSON", s, can, role)
def O(s, can=None): return _named("ORG", s, can)
def L(s, can=None): return _named("PLACE", s, can)

def D(s, v=None, rel=False):
    a = {}
    if v is not None: a["value"] = v
    if rel: a["relative"] = True
    return ("DATE", s, a)

def Q(s, v=None, lo=None, hi=None, ap=False, u=None):
    a = {}
    if v is not None: a["value"] = v
    if lo is not None: a["low"] = lo
    if hi is not None: a["high"] = hi
    if ap: a["approx"] = True
    if u: a["unit"] = u
    return ("QUANTITY", s, a)

def M(s, v, cur): return ("MONEY", s, {"value": v, "currency": cur})
def PC(s, v): return ("PERCENT", s, {"value": v})

def QT(start, kind, speaker=None, cue=None, end=None):
    return {"start": start, "kind": kind, "speaker": speaker, "cue": cue, "end": end}

CLOSE = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’"}


def bidx(text, ci):
    return len(text[:ci].encode("utf-8"))


def build_doc(did):
    raw = open(os.path.join(HERE, "texts", did + ".txt"), encoding="utf-8").read()
    first, _, _ = raw.partition("\n")
    assert first.startswith("date "), did
    date = first[5:].strip()
    ns = dict(P=P, O=O, L=L, D=D, Q=Q, M=M, PC=PC, QT=QT)
    exec(open(os.path.join(HERE, "ann", did + ".py"), encoding="utf-8").read(), ns)
    ents = []
    cur = len(first) + 1  # the metadata header is not annotated
    for typ, s, attrs in ns["ENTS"]:
        s = norm(s)
        m = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)").search(raw, cur)
        if not m:
            sys.exit(f"{did}: not found after {cur}: {typ} {s!r}")
        ci, ce = m.start(), m.end()
        e = {"start": bidx(raw, ci), "end": bidx(raw, ce), "type": typ, "text": s}
        e.update(attrs)
        ents.append(e)
        cur = ce
    quotes = []
    qcur = len(first) + 1
    for q in ns["QUOTES"]:
        st = norm(q["start"])
        ci = raw.find(st, qcur)
        if ci < 0:
            sys.exit(f"{did}: quote not found: {st!r}")
        if q["end"]:
            ce = raw.find(norm(q["end"]), ci) + len(norm(q["end"]))
        else:
            ce = raw.find(CLOSE[st[0]], ci + 1) + 1
        assert ce > ci, (did, st)
        qq = {"start": bidx(raw, ci), "end": bidx(raw, ce), "text": raw[ci:ce], "kind": q["kind"]}
        if q["speaker"]: qq["speaker"] = norm(q["speaker"])
        if q["cue"]: qq["cue"] = norm(q["cue"])
        quotes.append(qq)
        qcur = ci + 1
    return {"id": did, "lang": did[:2], "date": date, "text": raw, "entities": ents, "quotes": quotes}


def check(doc):
    b = doc["text"].encode("utf-8")
    prev = 0
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        assert b[e["start"]:e["end"]].decode("utf-8") == e["text"], (doc["id"], e)
        assert e["start"] >= prev, ("overlap", doc["id"], e)
        t = e["text"]
        assert t == t.strip() and not re.search(r"[.,;:!?)]$", t) or t.endswith(("Ariz.", "N.M.", "Feb. 19", "Oct. 15")), (doc["id"], t)
        assert not re.match(r"(?i)(the|le|la|les|l'|on|in|since|en|dès)\s", t) or t.startswith("Il y a"), (doc["id"], t)
        prev = e["end"]
    for q in doc["quotes"]:
        assert b[q["start"]:q["end"]].decode("utf-8") == q["text"], (doc["id"], q)
        assert q["text"][0] in CLOSE and q["text"][-1] == CLOSE[q["text"][0]], (doc["id"], q["text"])


def main():
    docs = [build_doc(d) for d in IDS]
    for d in docs:
        check(d)
    with open(os.path.join(HERE, "..", "blind6.gold.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    ns = {}
    exec(open(os.path.join(HERE, "events.py"), encoding="utf-8").read(), ns)
    ids = set(IDS)
    canon = {(d["id"], e["canonical"]) for d in docs for e in d["entities"] if "canonical" in e}
    with open(os.path.join(HERE, "..", "blind6.events.gold.jsonl"), "w", encoding="utf-8") as f:
        for ev in ns["EVENTS"]:
            assert set(ev["docs"]) <= ids, ev["event_id"]
            for p in ev.get("participants", []) + ev.get("vehicles", []):
                txt = docs[IDS.index(p["doc"])]["text"]
                assert norm(p["text"]) in txt, (ev["event_id"], p)
                p["text"] = norm(p["text"])
            for s in ev.get("sites", []):
                assert any((s["doc"], s["name"]) == k for k in canon), (ev["event_id"], s)
            for name in ev["organizers"] + ev["places"]:
                assert any(name == c for _, c in canon), (ev["event_id"], name)
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    # report
    from collections import Counter
    c = Counter(e["type"] for d in docs for e in d["entities"])
    print("entities", sum(c.values()), dict(sorted(c.items())))
    print("quotes", sum(len(d["quotes"]) for d in docs), Counter(q["kind"] for d in docs for q in d["quotes"]))
    print("events", len(ns["EVENTS"]))
    for d in docs:
        print(d["id"], len(d["text"].split()), "words", len(d["entities"]), "ents", len(d["quotes"]), "quotes")


if __name__ == "__main__":
    main()
