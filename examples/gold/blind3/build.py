#!/usr/bin/env python3
"""Build blind3.gold.jsonl from texts/<id>.txt and ann/<id>.py.

Each ann/<id>.py defines ENTS (entities in document order) and QUOTES (quotes in
document order) with the helpers below. Each surface string is searched for from the
end of the previous entity of the same list (whole-word match), so offsets are
computed, never typed. Checks: span text == bytes, no entity overlap, every quotation
mark pair of the text is annotated, attribute sanity.
Usage: python3 build.py   (writes ../blind3.gold.jsonl, prints counts and warnings)
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"en_d{i}" for i in range(1, 6)] + [f"fr_d{i}" for i in range(1, 6)]

def _e(type_, s, **kw):
    return (type_, s, kw)
def P(s, canon=None, role=None, skip=0):
    return _e("PERSON", s, canonical=canon or s, role=role, skip=skip)
def O(s, canon=None, skip=0):
    return _e("ORG", s, canonical=canon or s, skip=skip)
def L(s, canon=None, skip=0):
    return _e("PLACE", s, canonical=canon, skip=skip)
def D(s, value=None, rel=False, skip=0):
    return _e("DATE", s, value=value, relative=True if rel else None, skip=skip)
def Q(s, value=None, low=None, high=None, approx=False, unit=None, skip=0):
    return _e("QUANTITY", s, value=value, low=low, high=high, approx=True if approx else None, unit=unit, skip=skip)
def M(s, value, cur, skip=0):
    return _e("MONEY", s, value=value, currency=cur, skip=skip)
def PC(s, value, skip=0):
    return _e("PERCENT", s, value=value, skip=skip)
def QT(s, kind, speaker=None, cue=None, skip=0):
    """s = the beginning of the quote, opening mark included (or the whole quote)."""
    return ("QUOTE", s, dict(kind=kind, speaker=speaker, cue=cue, skip=skip))

CLOSE = {"“": "”", "«": "»", '"': '"', "‘": "’"}
WORD = re.compile(r"\w", re.UNICODE)

def find_word(text, s, pos, skip):
    while True:
        i = text.find(s, pos)
        if i < 0:
            raise ValueError(f"not found after {pos}: {s!r}")
        before = text[i-1] if i > 0 else " "
        after = text[i+len(s)] if i + len(s) < len(text) else " "
        ok = not (WORD.match(s[0]) and WORD.match(before)) and not (WORD.match(s[-1]) and WORD.match(after))
        if ok:
            if skip == 0:
                return i
            skip -= 1
        pos = i + 1

def bidx(text, ci):
    return len(text[:ci].encode("utf-8"))

def auto_quotes(text):
    """Character spans of quotation-mark pairs (curly, guillemets, straight per paragraph)."""
    spans = []
    for o, c in (("“", "”"), ("«", "»")):
        for m in re.finditer(re.escape(o) + r"[^" + re.escape(c) + r"]*" + re.escape(c), text):
            spans.append((m.start(), m.end()))
    for para_m in re.finditer(r"[^\n]+", text):
        para, base = para_m.group(0), para_m.start()
        idx = [i for i, ch in enumerate(para) if ch == '"']
        if len(idx) % 2:
            raise ValueError(f"odd straight quotes in paragraph: {para[:60]!r}")
        for a, b in zip(idx[0::2], idx[1::2]):
            spans.append((base + a, base + b + 1))
    return sorted(spans)

def build(doc_id):
    raw = open(os.path.join(HERE, "texts", doc_id + ".txt"), encoding="utf-8").read()
    first, rest = raw.split("\n", 1)
    assert first.startswith("date "), doc_id
    date = first[5:].strip()
    text = raw  # the whole file byte for byte
    assert text.encode("utf-8") == open(os.path.join(HERE, "texts", doc_id + ".txt"), "rb").read(), doc_id
    ns = {k: v for k, v in globals().items() if k in ("P", "O", "L", "D", "Q", "M", "PC", "QT")}
    exec(open(os.path.join(HERE, "ann", doc_id + ".py"), encoding="utf-8").read(), ns)
    ents, quotes = [], []
    pos = len(first) + 1  # metadata header is not annotated
    for type_, s, kw in ns["ENTS"]:
        kw = dict(kw)
        i = find_word(text, s, pos, kw.pop("skip"))
        pos = i + len(s)
        e = {"start": bidx(text, i), "end": bidx(text, i + len(s)), "type": type_, "text": s}
        for k, v in kw.items():
            if v is not None:
                e[k] = v
        ents.append(e)
    qpos = len(first) + 1
    for _, s, kw in ns.get("QUOTES", []):
        kw = dict(kw)
        i = find_word(text, s, qpos, kw.pop("skip"))
        close = CLOSE[s[0]]
        j = text.find(close, i + 1)
        # straight quotes: the next mark closes; curly/guillemets: the matching close
        full = text[i:j + 1]
        assert full.startswith(s) or s.startswith(full), (doc_id, s)
        if len(s) > len(full):
            raise ValueError(f"{doc_id}: quote closes early: {s!r}")
        qpos = j + 1
        q = {"start": bidx(text, i), "end": bidx(text, j + 1), "text": full}
        for k, v in kw.items():
            if v is not None:
                q[k] = v
        quotes.append(q)
    return {"id": doc_id, "lang": doc_id[:2], "date": date, "text": text,
            "entities": ents, "quotes": quotes}, text

NAMES_WITH_ARTICLE = {"Le Havre", "The Arizona Ledger", "Le Républicain lorrain", "Les Échos", "La Jornada"}
TYPES = {"PERSON", "ORG", "PLACE", "DATE", "QUANTITY", "MONEY", "PERCENT"}

def check(doc, text):
    b = text.encode("utf-8")
    warns = []
    last_end = -1
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        assert e["type"] in TYPES
        assert b[e["start"]:e["end"]].decode("utf-8") == e["text"], e
        assert e["start"] >= last_end, ("overlap", e)
        last_end = e["end"]
        t = e["text"]
        assert t == t.strip() and t[-1] not in ",;:!?", e
        if t.endswith(".") and t not in ("Ariz.", "Fla.", "Ore.", "Calif."):
            warns.append(f"trailing period? {t!r}")
        if re.match(r"(?i)^(the|le|la|les|l’|l'|on|in|since|dès|en) ", t) and e["type"] not in ("QUANTITY",) \
                and t not in NAMES_WITH_ARTICLE:
            warns.append(f"leading determiner? {t!r}")
        if e["type"] == "QUANTITY":
            assert "value" in e or "low" in e or "high" in e, e
        if e["type"] == "MONEY":
            assert "value" in e and len(e["currency"]) == 3, e
        if e["type"] == "PERCENT":
            assert "value" in e, e
        if e["type"] == "DATE" and "value" in e:
            assert re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", e["value"]), e
    got = sorted((q["start"], q["end"]) for q in doc["quotes"])
    want = sorted((bidx(text, a), bidx(text, c)) for a, c in auto_quotes(text))
    for q in doc["quotes"]:
        assert b[q["start"]:q["end"]].decode("utf-8") == q["text"]
        assert q["kind"] in ("speech", "slogan", "term"), q
    missing = set(want) - set(got)
    extra = set(got) - set(want)
    for m in sorted(missing):
        warns.append(f"quote not annotated: {b[m[0]:m[1]].decode()[:50]!r}")
    for m in sorted(extra):
        warns.append(f"quote not auto-detected (ok for ‘’): {b[m[0]:m[1]].decode()[:50]!r}")
    # review aid: capitalized words not covered by any entity or skip list
    covered = [(e["start"], e["end"]) for e in doc["entities"]]
    return warns

def uncovered_caps(doc, text):
    b = text.encode("utf-8")
    cov = [(e["start"], e["end"]) for e in doc["entities"]]
    out = []
    first_nl = text.index("\n") + 1
    for m in re.finditer(r"\b[A-ZÀ-Ý][\w’'\-\.]*", text[first_nl:]):
        ci = m.start() + first_nl
        bi = bidx(text, ci)
        if not any(a <= bi < z for a, z in cov):
            out.append(m.group(0))
    return out

def main():
    out = []
    counts = collections.Counter()
    qcounts = collections.Counter()
    for d in IDS:
        if not os.path.exists(os.path.join(HERE, "ann", d + ".py")):
            print("skip (no annotation yet):", d)
            continue
        doc, text = build(d)
        warns = check(doc, text)
        for w in warns:
            print(f"{d}: WARN {w}")
        if "-v" in sys.argv:
            print(d, "uncovered capitalized:", " ".join(uncovered_caps(doc, text)))
        c = collections.Counter(e["type"] for e in doc["entities"])
        counts.update(c)
        qcounts.update(q["kind"] for q in doc["quotes"])
        words = len(text.split("\n", 1)[1].split())
        print(d, words, "words", dict(c), "quotes", len(doc["quotes"]))
        out.append(doc)
    with open(os.path.join(HERE, "..", "blind3.gold.jsonl"), "w", encoding="utf-8") as f:
        for doc in out:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("TOTAL", dict(counts), "entities", sum(counts.values()), "quotes", dict(qcounts))
    build_events({d["id"]: d for d in out})

ACTORS = set("police workers farmers students teachers health_workers transport_workers lawyers journalists pensioners public_servants activists residents other".split())
FORMS = set("demonstration march rally strike sit_in blockade occupation convoy boycott hunger_strike vigil booing other".split())
CLAIMS = set("pay pensions jobs working_conditions staffing resources labor_law cost_of_living public_services education health_care housing agriculture environment legal_protection sentencing justice_system against_insecurity against_impunity against_violence_on_police police_violence discrimination civil_rights democracy war_peace immigration recognition other".split())
TARGETS = set("government head_of_state minister interior_minister parliament police_chief local_authority employer european_union foreign_government court political_leaders citizens other".split())
SOURCES = {"organizers", "police", "journalist", "other"}

def build_events(docs):
    ns = {}
    exec(open(os.path.join(HERE, "ann", "events.py"), encoding="utf-8").read(), ns)
    lines = []
    for ev in ns["EVENTS"]:
        ev = dict(ev)
        assert ev["actor_type"] in ACTORS, ev["event_id"]
        assert set(ev["forms"]) <= FORMS and set(ev["claims"]) <= CLAIMS and set(ev["targets"]) <= TARGETS, ev["event_id"]
        assert ev["status"] in ("happened", "planned", "ongoing")
        names = {}
        for d in ev["docs"]:
            for e in docs[d]["entities"]:
                names.setdefault(d, set()).update({e["text"], e.get("canonical") or e["text"]})
        allnames = set().union(*names.values())
        for pl in ev["places"]:
            assert pl in allnames, (ev["event_id"], "place", pl)
        for o in ev["organizers"]:
            assert o in allnames, (ev["event_id"], "organizer", o)
        for st in ev.get("sites", []):
            assert st["name"] in names[st["doc"]], (ev["event_id"], "site", st)
        for p in ev["participants"]:
            assert p["source"] in SOURCES and p["doc"] in ev["docs"]
            ents = [e for e in docs[p["doc"]]["entities"] if e["text"] == p["text"] and e["type"] == "QUANTITY"]
            assert ents, (ev["event_id"], "participant text not a QUANTITY", p)
            e = ents[0]
            lo = e.get("low", e.get("value")); hi = e.get("high", e.get("value") if "low" not in e else None)
            assert lo == p["low"] and hi == p.get("high"), (ev["event_id"], p, e)
        for c in ev.get("claims_text", []):
            assert c["text"] in docs[c["doc"]]["text"], c
        ev_out = []
        for evd in ev.pop("evidence", []):
            d, prefix = evd[0], evd[1]
            text = docs[d]["text"]
            i = text.index(prefix)
            if len(evd) > 2:  # explicit sentence end (abbreviations inside the sentence)
                j = text.index(evd[2], i) + len(evd[2])
                ev_out.append({"doc": d, "start": bidx(text, i), "end": bidx(text, j), "text": text[i:j]})
                continue
            m = re.compile(r"[.!?»”\"]?(?=\s*\n)|\.(?= )").search(text, i + len(prefix))
            j = m.end() if m else len(text)
            ev_out.append({"doc": d, "start": bidx(text, i), "end": bidx(text, j), "text": text[i:j]})
        ev["evidence"] = ev_out
        lines.append(ev)
    with open(os.path.join(HERE, "..", "blind3.events.gold.jsonl"), "w", encoding="utf-8") as f:
        for ev in lines:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    pairs = sum(1 for ev in lines if len(ev["docs"]) > 1)
    print("EVENTS", len(lines), "multi-document", pairs, "statuses", dict(collections.Counter(e["status"] for e in lines)))

if __name__ == "__main__":
    main()
