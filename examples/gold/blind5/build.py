#!/usr/bin/env python3
"""Build examples/gold/blind5.gold.jsonl from texts/*.txt + annotations.py, and
blind5.events.gold.jsonl from events.py. Computes UTF-8 byte offsets; checks spans and overlaps.
Occurrence n = n-th match of the surface bounded by non-letters/digits (header line excluded)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from annotations import ENT, QUO
from events import EVENTS
OUT = os.path.join(HERE, '..')
IDS = ['en_h1', 'en_h2', 'en_h3', 'en_h4', 'en_h5', 'fr_h1', 'fr_h2', 'fr_h3', 'fr_h4', 'fr_h5']
ABBREV = {'Ariz.'}  # abbreviation periods belong to the span
TYPE_ORDER = ['PERSON', 'ORG', 'PLACE', 'DATE', 'QUANTITY', 'MONEY', 'PERCENT']

def matches(text, surf, bounded=True):
    out = []
    for m in re.finditer(re.escape(surf), text):
        a, b = m.start(), m.end()
        if bounded:
            if a > 0 and text[a-1].isalnum() and surf[0].isalnum(): continue
            if b < len(text) and text[b].isalnum() and surf[-1].isalnum(): continue
        out.append((a, b))
    return out

def locate(text, surf, occ):
    ms = matches(text, surf)
    if not ms: raise SystemExit(f'not found: {surf!r}')
    if occ == '*': return ms
    if occ > len(ms): raise SystemExit(f'occurrence {occ} of {surf!r} missing ({len(ms)})')
    return [ms[occ-1]]

def bytepos(text, i): return len(text[:i].encode('utf-8'))

def main():
    docs = []
    for did in IDS:
        raw = open(os.path.join(HERE, 'texts', did + '.txt'), encoding='utf-8').read()
        header, body = raw.split('\n', 1)
        date = header.split()[1]
        text = raw  # the whole file; the header line is metadata and gets no span
        hlen = len(header) + 1
        ents = []
        for typ, surf, occ, attrs in ENT[did]:
            assert typ in TYPE_ORDER
            for a, b in locate(body, surf, occ):
                a += hlen; b += hlen
                e = {'start': bytepos(text, a), 'end': bytepos(text, b), 'type': typ, 'text': text[a:b]}
                e.update(attrs)
                if typ in ('PERSON', 'ORG', 'PLACE') and 'canonical' not in e: e['canonical'] = surf
                ents.append(e)
        ents.sort(key=lambda e: e['start'])
        tb = text.encode('utf-8')
        for i, e in enumerate(ents):
            assert tb[e['start']:e['end']].decode('utf-8') == e['text'], e
            assert e['text'] == e['text'].strip() and (e['text'][-1] not in '.,;:' or e['text'] in ABBREV), e
            if i and ents[i-1]['end'] > e['start']:
                raise SystemExit(f'overlap in {did}: {ents[i-1]} / {e}')
        seen = set()
        for e in ents:
            k = (e['start'], e['end'])
            assert k not in seen, e; seen.add(k)
        quotes = []
        for surf, occ, attrs in QUO[did]:
            ms = [(a, a + len(surf)) for a in [m.start() for m in re.finditer(re.escape(surf), body)]]
            if len(ms) < occ: raise SystemExit(f'quote not found: {surf!r}')
            a, b = ms[occ-1]; a += hlen; b += hlen
            q = {'start': bytepos(text, a), 'end': bytepos(text, b), 'text': text[a:b]}
            q.update(attrs)
            assert tb[q['start']:q['end']].decode('utf-8') == q['text']
            quotes.append(q)
        quotes.sort(key=lambda q: q['start'])
        # every quotation mark pair in the body should be covered by a quote
        for m in re.finditer(r'«[^»]*»|"[^"]*"', body):
            a = bytepos(text, m.start() + hlen)
            if not any(q['start'] <= a < q['end'] for q in quotes):
                raise SystemExit(f'unannotated quote in {did}: {m.group(0)!r}')
        docs.append({'id': did, 'lang': did[:2], 'date': date, 'text': text, 'entities': ents, 'quotes': quotes})
    with open(os.path.join(OUT, 'blind5.gold.jsonl'), 'w', encoding='utf-8') as f:
        for d in docs: f.write(json.dumps(d, ensure_ascii=False) + '\n')
    # events: evidence offsets located from sentences
    bydoc = {d['id']: d['text'] for d in docs}
    with open(os.path.join(OUT, 'blind5.events.gold.jsonl'), 'w', encoding='utf-8') as f:
        for ev in EVENTS:
            ev = dict(ev)
            evid = []
            for did, sent in ev.pop('evidence_src', []):
                t = bydoc[did]; i = t.find(sent)
                if i < 0: raise SystemExit(f'evidence not found {did}: {sent!r}')
                evid.append({'doc': did, 'start': bytepos(t, i), 'end': bytepos(t, i + len(sent))})
            for p in ev.get('participants', []) + ev.get('vehicles', []):
                assert p['text'] in bydoc[p['doc']], p
                assert p['doc'] in ev['docs'], p
            if evid: ev['evidence'] = evid
            f.write(json.dumps(ev, ensure_ascii=False) + '\n')
    counts = {}
    for d in docs:
        for e in d['entities']: counts[e['type']] = counts.get(e['type'], 0) + 1
    print('docs', len(docs), 'entities', sum(counts.values()), counts,
          'quotes', sum(len(d['quotes']) for d in docs), 'events', len(EVENTS))

if __name__ == '__main__':
    main()
