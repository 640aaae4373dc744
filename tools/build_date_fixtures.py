#!/usr/bin/env python3
"""tools/build_date_fixtures.py -- spec/fixtures/dates/*.txt -> *.gold.jsonl
(articles.txt -> dates.gold.jsonl, fresh.txt -> fresh.gold.jsonl, third.txt -> third.gold.jsonl, fourth.txt -> fourth.gold.jsonl, fifth.txt -> fifth.gold.jsonl).

Each article starts with "=== id lang date" (date may be "none"); its DATEs are marked
[[span|value]] or [[span]]. Offsets are UTF-8 bytes, as GUIDELINES.md says.
    python3 tools/build_date_fixtures.py
"""
import json
import os
import re

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "spec", "fixtures", "dates")
MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]*))?\]\]")


def build(head, body):
    doc_id, lang, date = head.split()
    text, ents, pos = b"", [], 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()].encode()
        span = m.group(1).encode()
        ent = {"start": len(text), "end": len(text) + len(span), "type": "DATE", "text": m.group(1)}
        if m.group(2):
            ent["value"] = m.group(2)
        ents.append(ent)
        text += span
        pos = m.end()
    text += body[pos:].encode()
    return {"id": doc_id, "lang": lang, "date": None if date == "none" else date,
            "text": text.decode(), "entities": ents}


def convert(name, out_name):
    docs, head, lines = [], None, []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") and head is None:
                continue
            if line.startswith("=== "):
                if head:
                    docs.append(build(head, "".join(lines).rstrip("\n") + "\n"))
                head, lines = line[4:], []
            else:
                lines.append(line)
    if head:
        docs.append(build(head, "".join(lines).rstrip("\n") + "\n"))
    with open(os.path.join(HERE, out_name), "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")


def main():
    convert("articles.txt", "dates.gold.jsonl")
    convert("fresh.txt", "fresh.gold.jsonl")
    convert("third.txt", "third.gold.jsonl")
    convert("fourth.txt", "fourth.gold.jsonl")
    convert("fifth.txt", "fifth.gold.jsonl")


if __name__ == "__main__":
    main()
