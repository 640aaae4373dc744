#!/usr/bin/env python3
"""tools/train_ner.py -- train the name-span classifier of csrc/ner_model.c.

An averaged perceptron over hashed features of a candidate span (its words, their shapes and
suffixes, two words on each side), four classes: none, PERSON, ORG, PLACE. Trained on the
train splits of ../shared/data/ner (GUM English, Broad Twitter Corpus, Sequoia French); the
dev and test splits are never read for training (`--eval` scores them). Writes the quantized
weights as csrc/ner_weights.c (a const table: nothing to load at run time).

    python3 tools/train_ner.py                      # train, write csrc/ner_weights.c
    python3 tools/train_ner.py --eval               # also: model-alone F1 on dev+test splits
    python3 tools/train_ner.py --check BIN          # BIN (tools/ner_scores.c) scores as we do

The tokenizer and the features below are mirrored byte for byte by csrc/ner_model.c;
`make check-ner` (this script's --check against tools/ner_scores.c) checks that both give
the same scores.
Deterministic: same data in, same file out.
"""
import argparse, json, os, random, sys

NB = 1 << 16            # hashed feature buckets
NCLASS = 4              # none, PERSON, ORG, PLACE
CLASSES = {"PERSON": 1, "ORG": 2, "PLACE": 3}
SCALE = 64.0            # weight quantization: int16 = round(weight * SCALE)
WINDOW = 64             # bytes of context on each side of a span

PUNCT_SEQ = [b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\xe2\x80\x98", b"\xe2\x80\x99", b"\xc2\xab", b"\xc2\xbb",
             b"\xe2\x80\x93", b"\xe2\x80\x94", b"\xe2\x80\xa6", b"\xc2\xa0", b"\xe2\x80\xaf"]
SPACE_SEQ = {b"\xc2\xa0", b"\xe2\x80\xaf"}


def punct_at(t, i):
    for p in PUNCT_SEQ:
        if t.startswith(p, i):
            return len(p)
    return 0


def is_word_byte(t, i):
    c = t[i]
    if c >= 0x80:
        return punct_at(t, i) == 0
    return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122)


def tokenize(t, a, b):
    """Tokens (start, end) of t[a:b]: words (letters, digits, bytes >= 0x80 but quotes and
    dashes; an inner ' or - joins), punctuation one at a time, newlines as tokens."""
    out = []
    i = a
    while i < b:
        c = t[i]
        if c in (32, 9, 13):
            i += 1
            continue
        if c == 10:
            out.append((i, i + 1))
            i += 1
            continue
        n = punct_at(t, i) if c >= 0x80 else 0
        if n:
            if t[i:i + n] not in SPACE_SEQ:
                out.append((i, min(i + n, b)))
            i += n
            continue
        if not is_word_byte(t, i):
            out.append((i, i + 1))
            i += 1
            continue
        j = i
        while j < b:
            if is_word_byte(t, j):
                j += 1
            elif t[j] in (39, 45) and j + 1 < b and is_word_byte(t, j + 1):
                j += 1
            else:
                break
        out.append((i, j))
        i = j
    return out


def window(t, s, e):
    a = max(0, s - WINDOW)
    if a > 0:
        while a < s and t[a] not in (32, 10, 9):
            a += 1
    b = min(len(t), e + WINDOW)
    if b < len(t):
        while b > e and t[b - 1] not in (32, 10, 9):
            b -= 1
    return a, b


def lower(w):
    out = bytearray(w)
    i = 0
    while i < len(out):
        c = out[i]
        if 65 <= c <= 90:
            out[i] = c + 32
        elif c == 0xC3 and i + 1 < len(out) and 0x80 <= out[i + 1] <= 0x9E and out[i + 1] != 0x97:
            out[i + 1] += 0x20
            i += 1
        i += 1
    return bytes(out)


def shape(w):
    out = bytearray()
    i = 0
    while i < len(w):
        c = w[i]
        if 65 <= c <= 90:
            k = ord("X")
        elif 97 <= c <= 122:
            k = ord("x")
        elif 48 <= c <= 57:
            k = ord("d")
        elif c == 0xC3 and i + 1 < len(w):
            k = ord("X") if 0x80 <= w[i + 1] <= 0x9E else ord("x")
            i += 1
        elif c >= 0xC0:
            k = ord("x")
        elif c >= 0x80:
            i += 1
            continue
        else:
            k = c
        if not out or out[-1] != k:
            out.append(k)
        i += 1
        if len(out) >= 6:
            break
    return bytes(out)


def fnv(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def features(t, s, e):
    a, b = window(t, s, e)
    toks = tokenize(t, a, b)
    inside = [k for k, (x, y) in enumerate(toks) if y > s and x < e]
    if not inside:
        return []
    f0, f1 = inside[0], inside[-1]
    w = [t[x:y] for x, y in toks]
    lw = [lower(x) for x in w]
    def at(k):
        return lw[k] if 0 <= k < len(toks) else b"<s>"
    def sat(k):
        return shape(w[k]) if 0 <= k < len(toks) else b"<s>"
    fs = [b"bias"]
    for k in inside[:6]:
        fs.append(b"w:" + lw[k])
        fs.append(b"s:" + shape(w[k]))
        fs.append(b"x:" + lw[k][-3:])
    fs.append(b"f:" + lw[f0])
    fs.append(b"l:" + lw[f1])
    fs.append(b"n:" + bytes([48 + min(len(inside), 5)]))
    fs.append(b"p1:" + at(f0 - 1))
    fs.append(b"p2:" + at(f0 - 2) + b"|" + at(f0 - 1))
    fs.append(b"n1:" + at(f1 + 1))
    fs.append(b"n2:" + at(f1 + 1) + b"|" + at(f1 + 2))
    fs.append(b"ps:" + sat(f0 - 1))
    fs.append(b"ns:" + sat(f1 + 1))
    fs.append(b"sh:" + b"_".join(shape(w[k]) for k in inside[:4]))
    return [fnv(x) & (NB - 1) for x in fs]


def is_cap(t, x, y):
    c = t[x]
    return (65 <= c <= 90) or (c == 0xC3 and x + 1 < y and 0x80 <= t[x + 1] <= 0x9E)


JOIN = {b"of", b"the", b"de", b"du", b"des", b"la", b"le", b"l", b"d", b"and", b"et", b"&", b"van", b"von", b"der", b"da", b"di"}


def candidates(t):
    """Runs of capitalized words, joined by particles before a capital."""
    toks = tokenize(t, 0, len(t))
    out = []
    k = 0
    while k < len(toks):
        x, y = toks[k]
        if not is_cap(t, x, y):
            k += 1
            continue
        j = k
        while j + 1 < len(toks):
            nx, ny = toks[j + 1]
            if is_cap(t, nx, ny) and nx - toks[j][1] <= 1:
                j += 1
            elif lower(t[nx:ny]) in JOIN and j + 2 < len(toks) and is_cap(t, *toks[j + 2]) and j + 2 - k < 8:
                j += 2
            else:
                break
        out.append((toks[k][0], toks[j][1]))
        k = j + 1
    return out


def examples(recs):
    for r in recs:
        t = r["text"].encode("utf-8")
        gold = {(e["start"], e["end"]): CLASSES[e["type"]] for e in r["entities"] if e["type"] in CLASSES}
        spans = set(candidates(t)) | set(gold)
        for s, e in sorted(spans):
            f = features(t, s, e)
            if f:
                yield f, gold.get((s, e), 0)


def load(path, splits):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["source"].rsplit("/", 1)[-1] in splits or (r["source"].startswith("BTC/") and "train" in splits):
                out.append(r)
    return out


def train(data, epochs):
    w = [[0.0] * NB for _ in range(NCLASS)]
    u = [[0.0] * NB for _ in range(NCLASS)]  # summed updates times their step, for averaging
    c = 1
    rnd = random.Random(16)
    for ep in range(epochs):
        rnd.shuffle(data)
        errs = 0
        for f, y in data:
            sc = [sum(w[k][i] for i in f) for k in range(NCLASS)]
            p = max(range(NCLASS), key=lambda k: (sc[k], -k))
            if p != y:
                errs += 1
                for i in f:
                    w[y][i] += 1; u[y][i] += c
                    w[p][i] -= 1; u[p][i] -= c
            c += 1
        print(f"epoch {ep + 1}: {errs} errors of {len(data)}", file=sys.stderr)
    return [[w[k][i] - u[k][i] / c for i in range(NB)] for k in range(NCLASS)]


def quantize(avg):
    q = [[max(-32767, min(32767, int(round(x * SCALE)))) for x in row] for row in avg]
    return q


def predict(q, f):
    sc = [sum(q[k][i] for i in f) for k in range(NCLASS)]
    return max(range(NCLASS), key=lambda k: (sc[k], -k))


def evaluate(q, recs, name):
    tp = fp = fn = 0
    for r in recs:
        t = r["text"].encode("utf-8")
        gold = {(e["start"], e["end"], CLASSES[e["type"]]) for e in r["entities"] if e["type"] in CLASSES}
        sys_ = set()
        for s, e in candidates(t):
            f = features(t, s, e)
            p = predict(q, f) if f else 0
            if p:
                sys_.add((s, e, p))
        tp += len(gold & sys_); fp += len(sys_ - gold); fn += len(gold - sys_)
    p = tp / max(1, tp + fp); rc = tp / max(1, tp + fn)
    print(f"{name}: model alone P {100*p:.1f} R {100*rc:.1f} F1 {200*p*rc/max(1e-9,p+rc):.1f}")


def write_c(q, path, meta):
    with open(path, "w") as fh:
        fh.write("/* ner_weights.c: GENERATED by tools/train_ner.py -- do not edit.\n")
        fh.write(f"** {meta}\n** Averaged perceptron, {NB} hashed buckets x {NCLASS} classes (none, PERSON, ORG, PLACE), int16 = weight x {int(SCALE)}. */\n")
        fh.write('#include "ner_model.h"\n\n')
        fh.write(f"const short pc_ner_weights[{NCLASS}][{NB}] = {{\n")
        for k in range(NCLASS):
            fh.write("{")
            row = q[k]
            for i in range(0, NB, 32):
                fh.write(",".join(str(v) for v in row[i:i + 32]) + ",\n")
            fh.write("},\n")
        fh.write("};\n")


def read_weights(path):
    import re
    src = open(path).read()
    rows = src[src.index("= {") + 3:].split("},")[:NCLASS]
    q = [[int(x) for x in re.findall(r"-?\d+", r)] for r in rows]
    if any(len(r) != NB for r in q):
        raise SystemExit(f"{path}: not {NCLASS} x {NB} weights")
    return q


def check(binary, weights, ner):
    """The C classifier gives the scores this script gives, on the first candidates of the dev
    documents: the tokenizer, features and hashes are the same on both sides."""
    import subprocess
    q = read_weights(weights)
    lines, want = [], []
    for fn in ("gum.en.jsonl", "sequoia.fr.jsonl", "btc.en.jsonl"):
        recs = load(os.path.join(ner, fn), {"dev"} if not fn.startswith("btc") else {"train"})[:30]
        for r in recs:
            t = r["text"].encode("utf-8")
            if b"\x01" in t or len(t) > 500000:
                continue
            for s, e in candidates(t)[:60]:
                f = features(t, s, e)
                want.append([sum(q[k][i] for i in f) for k in range(NCLASS)])
                lines.append(b"%d %d " % (s, e) + t.replace(b"\n", b"\x01") + b"\n")
    out = subprocess.run([binary], input=b"".join(lines), capture_output=True, check=True).stdout.decode().split("\n")
    bad = sum(1 for w, o in zip(want, out) if [int(v) for v in o.split()[1:]] != w)
    if len(out) - 1 != len(want):
        bad += 1
    print(f"check-ner: {len(want)} spans, {bad} differ")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ner", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "ner"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "csrc", "ner_weights.c"))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--eval", action="store_true")
    ap.add_argument("--check", metavar="BIN")
    ap.add_argument("--eval-only", action="store_true", help="score the weights in --out, no training")
    a = ap.parse_args()
    if a.eval_only:
        q = read_weights(a.out)
        a.eval = True
    if a.check:
        sys.exit(check(a.check, a.out, a.ner))
    if a.eval_only:
        return report(q, a)
    files = ["gum.en.jsonl", "btc.en.jsonl", "sequoia.fr.jsonl"]
    tr = []
    for fn in files:
        tr += load(os.path.join(a.ner, fn), {"train"})
    data = list(examples(tr))
    print(f"{len(tr)} training documents, {len(data)} candidate spans", file=sys.stderr)
    q = quantize(train(data, a.epochs))
    write_c(q, a.out, f"trained on the train splits of GUM, BTC (all sections) and Sequoia ({len(tr)} documents, {len(data)} spans), {a.epochs} epochs")
    if a.eval:
        report(q, a)


def report(q, a):
    if True:
        for fn in ("gum.en.jsonl", "sequoia.fr.jsonl"):
            evaluate(q, load(os.path.join(a.ner, fn), {"dev", "test"}), fn + " dev+test")
        gold = os.path.join(os.path.dirname(__file__), "..", "examples", "gold")
        for name in ("heldout", "blind", "blind2"):  # never blind3
            with open(os.path.join(gold, name + ".gold.jsonl"), encoding="utf-8") as fh:
                evaluate(q, [json.loads(l) for l in fh], name)


if __name__ == "__main__":
    main()
