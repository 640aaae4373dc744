#!/usr/bin/env python3
"""Build the blind4 gold set from its annotation sources.

Sources (this folder):
  src/<id>.txt   article source; '~' stands for U+00A0 (no-break space); first line 'date YYYY-MM-DD'
  src/<id>.ann   annotation, one item per line, in text order:
                   TYPE surface [= canonical] [| key=value | flag ...]
                 TYPE in PER ORG PLACE DATE QTY MONEY PCT; entities are searched left to
                 right from the end of the previous entity (whole-word match); 'skip=N'
                 skips N further matches.  Quotes:
                   Q kind | opening text | speaker=.. | cue=.. | to=closing text
                 searched left to right from the start of the previous quote; the quote
                 runs from its opening mark to the matching closing mark (or to the end
                 of 'to=').
  events.json    the event annotation (GUIDELINES "Events").
Outputs: texts/<id>.txt, ../blind4.gold.jsonl, ../blind4.events.gold.jsonl
Every offset is a UTF-8 byte offset computed here; the script checks spans, overlaps,
attributes and event references and exits non-zero on any error.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
IDS = ["en_g1", "en_g2", "en_g3", "en_g4", "en_g5", "fr_g1", "fr_g2", "fr_g3", "fr_g4", "fr_g5"]
TYPES = {"PER": "PERSON", "ORG": "ORG", "PLACE": "PLACE", "DATE": "DATE",
         "QTY": "QUANTITY", "MONEY": "MONEY", "PCT": "PERCENT"}
NUMERIC = {"value", "low", "high"}
CLOSE = {"“": "”", "«": "»", '"': '"', "‘": "’"}
errors = []


def err(msg):
    errors.append(msg)


def num(s):
    f = float(s)
    return int(f) if f == int(f) and "." not in s else f


def is_word(c):
    return c.isalnum() or c == "_"


def find_word(text, s, pos, skip=0):
    while True:
        i = text.find(s, pos)
        if i < 0:
            return -1
        ok = (i == 0 or not (is_word(text[i - 1]) and is_word(s[0]))) and \
             (i + len(s) >= len(text) or not (is_word(text[i + len(s)]) and is_word(s[-1])))
        if ok:
            if skip == 0:
                return i
            skip -= 1
        pos = i + 1


def parse_attrs(parts):
    d = {}
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if "=" in p:
            k, v = p.split("=", 1)
            d[k.strip()] = v.strip().replace("~", "\u00a0")
        else:
            d[p] = True
    return d


def build_doc(did):
    raw = open(os.path.join(HERE, "src", did + ".txt"), encoding="utf-8").read().replace("~", "\u00a0")
    first, body = raw.split("\n", 1)
    m = re.fullmatch(r"date (\d{4}-\d{2}-\d{2})", first)
    if not m:
        err(f"{did}: bad header")
    date = m.group(1)
    # text = the whole file byte for byte; the header line itself is not annotated
    text = raw
    with open(os.path.join(HERE, "texts", did + ".txt"), "w", encoding="utf-8") as f:
        f.write(raw)
    b = lambda i: len(text[:i].encode("utf-8"))
    ents, quotes = [], []
    ecur = qcur = len(first) + 1
    for ln, line in enumerate(open(os.path.join(HERE, "src", did + ".ann"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split(" | ")
        head = parts[0]
        typ, rest = head.split(" ", 1)
        if typ == "Q":
            kind = rest.strip()
            opening = parts[1].replace("~", "\u00a0")
            a = parse_attrs(parts[2:])
            i = text.find(opening, qcur)
            if i < 0:
                err(f"{did}:{ln}: quote opening not found: {opening!r}")
                continue
            if "to" in a:
                j = text.find(a["to"], i + 1)
                if j < 0:
                    err(f"{did}:{ln}: quote end not found")
                    continue
                j += len(a["to"])
            else:
                j = text.find(CLOSE[opening[0]], i + 1)
                if j < 0:
                    err(f"{did}:{ln}: closing mark not found")
                    continue
                j += 1
            q = {"start": b(i), "end": b(j), "text": text[i:j], "kind": kind}
            if kind not in ("speech", "slogan", "term"):
                err(f"{did}:{ln}: bad kind")
            for k in ("speaker", "cue"):
                if k in a:
                    q[k] = a[k]
            quotes.append(q)
            qcur = i + 1
            continue
        if typ not in TYPES:
            err(f"{did}:{ln}: bad type {typ}")
            continue
        if " = " in rest:
            surface, canon = rest.split(" = ", 1)
        else:
            surface, canon = rest, None
        surface = surface.replace("~", "\u00a0")
        a = parse_attrs(parts[1:])
        skip = int(a.pop("skip", 0))
        i = find_word(text, surface, ecur, skip)
        if i < 0:
            err(f"{did}:{ln}: entity not found after cursor: {surface!r}")
            continue
        j = i + len(surface)
        e = {"start": b(i), "end": b(j), "type": TYPES[typ], "text": surface}
        if TYPES[typ] in ("PERSON", "ORG", "PLACE"):
            e["canonical"] = (canon or surface).replace("~", "\u00a0")
        elif canon:
            err(f"{did}:{ln}: canonical on {typ}")
        for k, v in a.items():
            if k in NUMERIC and TYPES[typ] != "DATE":
                v = num(v)
            e[k] = v
        ents.append(e)
        ecur = j
    return {"id": did, "lang": did[:2], "date": date, "text": text,
            "entities": ents, "quotes": quotes}


WD = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}


def check_doc(d):
    did, text = d["id"], d["text"]
    tb = text.encode("utf-8")
    prev_end = -1
    for e in sorted(d["entities"], key=lambda e: e["start"]):
        if tb[e["start"]:e["end"]].decode("utf-8") != e["text"]:
            err(f"{did}: span mismatch {e}")
        if e["start"] < prev_end:
            err(f"{did}: overlap at {e['text']!r}")
        prev_end = e["end"]
        s = e["text"]
        ok_edge = s in ("The Hague", "THE HAGUE", "La Haye", "Le Guen", "Ariz.", "N.M.")
        if not ok_edge and (s != s.strip() or s[-1] in ".,;:!?»”\"'") or not ok_edge and re.match(r"(?i)(the|le|la|les|l’|l'|on|in|since|dès|en) ", s):
            err(f"{did}: suspicious span edge {s!r}")
        t = e["type"]
        allowed = {"PERSON": {"canonical", "role"}, "ORG": {"canonical"}, "PLACE": {"canonical"},
                   "DATE": {"value", "relative"},
                   "QUANTITY": {"value", "low", "high", "approx", "unit"},
                   "MONEY": {"value", "currency"}, "PERCENT": {"value"}}[t]
        extra = set(e) - {"start", "end", "type", "text"} - allowed
        if extra:
            err(f"{did}: attrs {extra} not allowed on {t} {s!r}")
        if t == "DATE" and "value" in e:
            v = e["value"]
            parts = v.split("/")
            for p in parts:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", p):
                    err(f"{did}: bad date value {v}")
            for w, k in WD.items():
                if re.search(r"(?i)\b" + w + r"\b", s) and len(parts) == 1 and len(v) == 10:
                    if datetime.date.fromisoformat(v).weekday() != k:
                        err(f"{did}: weekday mismatch {s!r} {v}")
        if t == "QUANTITY" and not ("value" in e or "low" in e):
            err(f"{did}: quantity without value {s!r}")
        if t == "MONEY" and e.get("currency") not in ("EUR", "USD", "GBP"):
            err(f"{did}: money currency {s!r}")
        if t in ("MONEY", "PERCENT") and "value" not in e:
            err(f"{did}: no value {s!r}")
    for q in d["quotes"]:
        if tb[q["start"]:q["end"]].decode("utf-8") != q["text"]:
            err(f"{did}: quote mismatch {q}")
    # every opening mark must start or lie inside a quote
    for m in re.finditer("[“«]", text):
        bi = len(text[:m.start()].encode("utf-8"))
        if not any(q["start"] <= bi < q["end"] for q in d["quotes"]):
            err(f"{did}: opening mark at {bi} not in any quote")
    # speakers must be canonical names of the document
    canon = {e["canonical"] for e in d["entities"] if "canonical" in e}
    for q in d["quotes"]:
        if "speaker" in q and q["speaker"] not in canon:
            err(f"{did}: speaker {q['speaker']!r} not a canonical name")


def main():
    docs = [build_doc(i) for i in IDS]
    for d in docs:
        check_doc(d)
    bydoc = {d["id"]: d for d in docs}
    events = json.load(open(os.path.join(HERE, "events.json"), encoding="utf-8"))
    ACT = {"police", "workers", "farmers", "students", "teachers", "health_workers", "transport_workers",
           "lawyers", "journalists", "pensioners", "public_servants", "activists", "residents", "other"}
    FORMS = {"demonstration", "march", "rally", "strike", "sit_in", "blockade", "occupation", "convoy",
             "boycott", "hunger_strike", "vigil", "booing", "other"}
    CLAIMS = {"pay", "pensions", "jobs", "working_conditions", "staffing", "resources", "labor_law",
              "cost_of_living", "public_services", "education", "health_care", "housing", "agriculture",
              "environment", "legal_protection", "sentencing", "justice_system", "against_insecurity",
              "against_impunity", "against_violence_on_police", "police_violence", "discrimination",
              "civil_rights", "democracy", "war_peace", "immigration", "recognition", "other"}
    TARGETS = {"government", "head_of_state", "minister", "interior_minister", "parliament", "police_chief",
               "local_authority", "employer", "european_union", "foreign_government", "court",
               "political_leaders", "citizens", "other"}
    for ev in events:
        eid = ev["event_id"]
        docs_ev = ev["docs"]
        for k in ("event_id", "date", "status", "places", "organizers", "actor_type", "forms",
                  "participants", "claims", "targets", "docs"):
            if k not in ev:
                err(f"{eid}: missing {k}")
        if ev["status"] not in ("happened", "planned", "ongoing"):
            err(f"{eid}: status")
        if ev["actor_type"] not in ACT or not set(ev["forms"]) <= FORMS or \
                not set(ev["claims"]) <= CLAIMS or not set(ev["targets"]) <= TARGETS:
            err(f"{eid}: bad enum value")
        pl = set().union(*[{e["canonical"] for e in bydoc[x]["entities"] if e["type"] == "PLACE"} for x in docs_ev])
        og = set().union(*[{e["canonical"] for e in bydoc[x]["entities"] if e["type"] in ("ORG", "PERSON")} for x in docs_ev])
        for p in ev["places"]:
            if p not in pl:
                err(f"{eid}: place {p!r} not a PLACE canonical of its docs")
        for o in ev["organizers"]:
            if o not in og:
                err(f"{eid}: organizer {o!r} not an ORG/PERSON canonical of its docs")
        for key in ("participants", "vehicles", "place_counts", "sites", "claims_text"):
            for p in ev.get(key, []):
                if p["doc"] not in docs_ev:
                    err(f"{eid}: {key} doc {p['doc']} not in docs")
                elif p["text"] not in bydoc[p["doc"]]["text"]:
                    err(f"{eid}: {key} text {p['text']!r} not in {p['doc']}")
        for p in ev["participants"] + ev.get("vehicles", []):
            if p.get("source", "x") not in ("organizers", "police", "journalist", "other") and "source" in p:
                err(f"{eid}: bad source")
            if "high" in p and p["high"] < p["low"]:
                err(f"{eid}: low>high")
        if "status_by_doc" in ev:
            if set(ev["status_by_doc"]) != set(docs_ev):
                err(f"{eid}: status_by_doc docs")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(GOLD, "blind4.gold.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(GOLD, "blind4.events.gold.jsonl"), "w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    c = Counter(e["type"] for d in docs for e in d["entities"])
    qk = Counter(q["kind"] for d in docs for q in d["quotes"])
    for d in docs:
        print(d["id"], len(d["text"].split()), "words", len(d["entities"]), "entities", len(d["quotes"]), "quotes")
    print("entities", sum(c.values()), dict(sorted(c.items())))
    print("quotes", sum(qk.values()), dict(qk))
    print("events", len(events), "multi-doc", sum(1 for e in events if len(e["docs"]) > 1))


if __name__ == "__main__":
    main()
