#!/usr/bin/env python3
"""Build the event-and-quote corpus and its gold from annotated sources.

usage: python3 examples/gold/events_src/build.py   (from the repository root)

Sources (this folder):
  <id>.src    the article with inline quote markup:
                ⟦K|Speaker|cue⟧“quoted words”⟦/⟧
              K is s (speech), g (slogan) or t (term); an empty Speaker or cue means
              absent. Markup nests (a ‘…’ inside a “…”). {nb} and {nnb} stand for the
              no-break space U+00A0 and the narrow no-break space U+202F.
  events.py   EVENTS: one dict per real-world event; evidence is given as
              (doc, snippet) where snippet occurs once in the doc and is widened to
              its sentence.
Writes examples/corpus/<id>.txt, examples/gold/events_corpus.gold.jsonl and
examples/gold/events_corpus.events.gold.jsonl. Every offset is computed here and
checked; any inconsistency stops the build with a message.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "examples", "corpus")
GOLD = os.path.join(ROOT, "examples", "gold")
KINDS = {"s": "speech", "g": "slogan", "t": "term"}
OPEN_MARKS = "\"“‘«"
CLOSE_OF = {"“": "”", "‘": "’", "«": "»", "\"": "\""}
TAG = re.compile(r"⟦(/|[sgt]\|[^|⟧]*\|[^|⟧]*)⟧")


class BuildError(Exception):
    pass


def parse_src(doc_id, src):
    """(text, quotes) from a marked-up source; quotes carry byte offsets."""
    src = src.replace("{nb}", "\u00a0").replace("{nnb}", "\u202f")
    out, stack, quotes = [], [], []
    nbytes, pos = 0, 0
    for m in TAG.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        nbytes += len(chunk.encode("utf-8"))
        pos = m.end()
        tag = m.group(1)
        if tag == "/":
            if not stack:
                raise BuildError("%s: close tag with no open quote near %r" % (doc_id, src[m.start() - 40:m.start()]))
            start, k, spk, cue = stack.pop()
            q = {"start": start, "end": nbytes, "kind": KINDS[k]}
            if spk.strip():
                q["speaker"] = spk.strip()
            if cue.strip():
                q["cue"] = cue.strip()
            quotes.append(q)
        else:
            k, spk, cue = tag.split("|")
            stack.append((nbytes, k, spk, cue))
    if stack:
        raise BuildError("%s: %d quote(s) never closed" % (doc_id, len(stack)))
    out.append(src[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise BuildError("%s: stray markup left in the text" % doc_id)
    if not text.startswith("date ") or not re.match(r"date \d{4}-\d{2}-\d{2}\n", text):
        raise BuildError("%s: first line must be 'date YYYY-MM-DD'" % doc_id)
    if not text.endswith("\n") or "\r" in text:
        raise BuildError("%s: text must use LF and end with a newline" % doc_id)
    b = text.encode("utf-8")
    for q in quotes:
        q["text"] = b[q["start"]:q["end"]].decode("utf-8")
        check_quote(doc_id, q)
    quotes.sort(key=lambda q: (q["start"], -q["end"]))
    check_marks(doc_id, text, quotes)
    return text, [{k: q[k] for k in ("start", "end", "text", "kind", "speaker", "cue") if k in q}
                  for q in quotes]


def check_quote(doc_id, q):
    t = q["text"]
    if not t or t[0] not in OPEN_MARKS or t[-1] != CLOSE_OF[t[0]]:
        raise BuildError("%s: quote %r must open and close with matching marks" % (doc_id, t[:60]))
    if "\n\n" in t:
        # a quote over several paragraphs: every paragraph re-opens it
        for para in t.split("\n\n")[1:]:
            if not para or para[0] != t[0]:
                raise BuildError("%s: paragraph of a long quote does not re-open it: %r" % (doc_id, para[:40]))


def check_marks(doc_id, text, quotes):
    """Every opening mark in the text lies at the start of an annotated quote, or
    inside a multi-paragraph quote that re-opens; nothing is left unannotated."""
    b = text.encode("utf-8")
    starts = {q["start"] for q in quotes}
    inner = set()
    for q in quotes:
        if "\n\n" in q["text"]:
            off = q["start"]
            for para in q["text"].split("\n\n")[1:]:
                off = b.index(("\n\n" + para).encode("utf-8"), off) + 2
                inner.add(off)
    for i, ch in enumerate(text):
        if ch in "“‘«":
            off = len(text[:i].encode("utf-8"))
            if off not in starts and off not in inner:
                raise BuildError("%s: unannotated opening mark %r at %r" % (doc_id, ch, text[i:i + 50]))
    # every straight double quote lies inside an annotated quote
    spans = [(q["start"], q["end"]) for q in quotes]
    for i, ch in enumerate(text):
        if ch == "\"":
            off = len(text[:i].encode("utf-8"))
            if not any(s <= off < e for s, e in spans):
                raise BuildError("%s: straight quote outside any annotated quote at %r" % (doc_id, text[i:i + 50]))


def sentence_span(doc_id, text, snippet):
    """Byte span of the sentence holding snippet (which must occur exactly once)."""
    n = text.count(snippet)
    if n != 1:
        raise BuildError("%s: evidence snippet %r occurs %d times" % (doc_id, snippet, n))
    i = text.index(snippet)
    j = i + len(snippet)
    base = text.rfind("\n", 0, i) + 1
    lo = base
    for m in re.finditer(r"[.!?…][»”\"’)]?\s+(?=[A-ZÀ-Ý«“\"‘(—-])", text[base:i + 1]):
        lo = base + m.end()
    m = re.search(r"[.!?…][»”\"’)]?(?=\s+[A-ZÀ-Ý«“\"‘(—-]|\s*\n|\s*$)", text[j:])
    hi_end = text.find("\n", j)
    hi_end = len(text) if hi_end < 0 else hi_end
    hi = j + m.end() if m and j + m.end() <= hi_end else hi_end
    return len(text[:lo].encode("utf-8")), len(text[:hi].encode("utf-8"))


def build_events(events, docs):
    out = []
    seen = set()
    for ev in events:
        eid = ev["event_id"]
        if eid in seen:
            raise BuildError("duplicate event_id %s" % eid)
        seen.add(eid)
        sbd = ev["status_by_doc"]
        for d in sbd:
            if d not in docs:
                raise BuildError("%s: unknown doc %s" % (eid, d))
        statuses = set(sbd.values())
        if not statuses <= {"happened", "planned", "ongoing"}:
            raise BuildError("%s: bad status %r" % (eid, statuses))
        status = ("happened" if "happened" in statuses else
                  "ongoing" if "ongoing" in statuses else "planned")
        rec = {"event_id": eid, "date": ev["date"]}
        if ev.get("end_date"):
            rec["end_date"] = ev["end_date"]
        rec["status"] = status
        rec["status_by_doc"] = dict(sbd)
        rec["places"] = ev["places"]
        for key in ("sites", "place_counts"):
            if ev.get(key):
                rec[key] = ev[key]
        rec["organizers"] = ev.get("organizers", [])
        if ev.get("organizers_text"):
            rec["organizers_text"] = ev["organizers_text"]
        if not rec["places"] and not rec["organizers"]:
            raise BuildError("%s: an event needs a place or an organizer" % eid)
        rec["actor_type"] = ev["actor_type"]
        rec["forms"] = ev["forms"]
        rec["participants"] = ev.get("participants", [])
        if ev.get("vehicles"):
            rec["vehicles"] = ev["vehicles"]
        rec["claims"] = ev["claims"]
        if ev.get("claims_text"):
            rec["claims_text"] = ev["claims_text"]
        rec["targets"] = ev["targets"]
        rec["docs"] = sorted(sbd)
        rec["evidence"] = []
        for d, snip in ev["evidence"]:
            if d not in sbd:
                raise BuildError("%s: evidence from %s, which is not in its docs" % (eid, d))
            s, e = sentence_span(d, docs[d], snip)
            rec["evidence"].append({"doc": d, "start": s, "end": e})
        for d in sbd:
            if not any(x["doc"] == d for x in rec["evidence"]):
                raise BuildError("%s: no evidence from %s" % (eid, d))
        # every figure, site and count text must be in its document
        for key in ("participants", "vehicles", "sites", "place_counts", "claims_text"):
            for x in rec.get(key, []):
                if x["doc"] not in sbd:
                    raise BuildError("%s: %s from %s, which is not in its docs" % (eid, key, x["doc"]))
                if x["text"] not in docs[x["doc"]]:
                    raise BuildError("%s: %s text %r not in %s" % (eid, key, x["text"], x["doc"]))
        for x in rec["participants"] + rec.get("vehicles", []):
            if x["source"] not in ("organizers", "police", "journalist", "other") if "source" in x else False:
                raise BuildError("%s: bad source %r" % (eid, x.get("source")))
            if "high" in x and x["high"] < x["low"]:
                raise BuildError("%s: high below low in %r" % (eid, x["text"]))
        out.append(rec)
    return out


def main():
    sys.path.insert(0, HERE)
    import events as evmod
    ids = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".src"))
    docs, lines = {}, []
    for doc_id in ids:
        with open(os.path.join(HERE, doc_id + ".src"), encoding="utf-8") as f:
            src = f.read()
        text, quotes = parse_src(doc_id, src)
        docs[doc_id] = text
        with open(os.path.join(CORPUS, doc_id + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        date = text[5:15]
        lines.append({"id": doc_id, "lang": doc_id[:2], "date": date, "text": text, "quotes": quotes})
    with open(os.path.join(GOLD, "events_corpus.gold.jsonl"), "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    evs = build_events(evmod.EVENTS, docs)
    with open(os.path.join(GOLD, "events_corpus.events.gold.jsonl"), "w", encoding="utf-8") as f:
        for e in evs:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    nq = sum(len(d["quotes"]) for d in lines)
    kinds = {}
    for d in lines:
        for q in d["quotes"]:
            kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    multi = sum(1 for e in evs if len(e["docs"]) > 1)
    cross = sum(1 for e in evs if len({d[:2] for d in e["docs"]}) > 1)
    words = {d["id"]: len(d["text"].split()) for d in lines}
    print("docs %d (en %d, fr %d); quotes %d %s; events %d, multi-doc %d, cross-language %d"
          % (len(lines), sum(1 for i in ids if i.startswith("en")), sum(1 for i in ids if i.startswith("fr")),
             nq, json.dumps(kinds, sort_keys=True), len(evs), multi, cross))
    short = {k: v for k, v in words.items() if not 250 <= v <= 600}
    if short:
        print("word counts outside 250-600:", short)


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        print("build.py: error: %s" % e, file=sys.stderr)
        sys.exit(1)
