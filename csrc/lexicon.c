/*
** lexicon.c: the name model: lexicons of places, countries, given names, demonyms,
** common words and name cue words, in one hash table keyed by folded text.
**
** Keys are folded code point by code point with utf8proc (case folded, accents stripped,
** hyphens and dashes as spaces, curly apostrophes as "'"), so "Champs Elysees" finds
** "Champs-Élysées". A multi-word key also enters each of its word prefixes (L_PREFIX), so a
** caller can extend a token run only while it can still become a key: multi-token lookup
** is linear in the match. A model is filled by pc_model_add_tsv and then only read: once
** loaded, threads may share it.
** Does not: read files itself beyond pc_model_load_dir, or keep global state.
** Limits: keys up to PC_KEY_MAX bytes after folding (longer ones are skipped); at most
** 2^31 entries.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "lexicon.h"
#include "text.h"


static const char *const kind_names[PC_KIND_COUNT] = {
  "", "city", "country", "region", "department", "street", "square", "site", "district",
  "union", "party", "ministry", "institution", "association", "company", "media", "agency"
};

const char *pc_kind_name(int kind) {
  return kind > 0 && kind < PC_KIND_COUNT ? kind_names[kind] : "";
}

static int kind_from_name(const uint8_t *s, size_t n) {
  int k;
  for (k = 1; k < PC_KIND_COUNT; k++)
    if (strlen(kind_names[k]) == n && memcmp(kind_names[k], s, n) == 0) return k;
  return 0;
}

size_t pc_fold(const uint8_t *s, size_t a, size_t b, uint8_t *out, size_t cap) {
  size_t n = 0, len = b;
  int space = 1; /* drop leading and repeated spaces */
  while (a < b) {
    size_t m;
    int bad;
    int32_t c;
    uint8_t byte = s[a];
    /* ASCII letters and digits, the bulk of every key, go straight through */
    if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z')) {
      if (n + 1 > cap) return 0;
      out[n++] = (uint8_t)(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      space = 0;
      a++;
      continue;
    }
    c = pc_decode(s, len, a, &m, &bad);
    a += m;
    if (pc_is_space(c) || pc_is_dash(c) || pc_is_hyphen(c)) {
      if (!space) { if (n + 1 > cap) return 0; out[n++] = ' '; space = 1; }
      continue;
    }
    space = 0;
    if (pc_is_apostrophe(c)) c = '\'';
    if (c < 0x80) {
      if (n + 1 > cap) return 0;
      out[n++] = (uint8_t)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else {
      utf8proc_int32_t buf[8];
      int last = 0;
      utf8proc_ssize_t k, r = utf8proc_decompose_char(c, buf, 8,
          UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last);
      if (r < 0 || r > 8) { r = 1; buf[0] = c; }
      for (k = 0; k < r; k++) {
        if (n + 4 > cap) return 0;
        n += (size_t)utf8proc_encode_char(buf[k], out + n);
      }
    }
  }
  if (n > 0 && out[n - 1] == ' ') n--;
  return n;
}

static uint64_t hash(const uint8_t *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  size_t k;
  for (k = 0; k < n; k++) { h ^= s[k]; h *= 1099511628211ULL; }
  return h;
}

/* The slot of a key, or the empty slot where it would go. The hash fragment kept in the
** slot spares a visit to the entry and its key on most mismatches. */
static size_t find_slot(const pc_model *m, const uint8_t *key, size_t n, uint64_t h) {
  size_t mask = m->nslots - 1, i = (size_t)h & mask;
  uint32_t frag = (uint32_t)(h >> 32);
  for (;;) {
    uint64_t e = m->slots[i];
    if (e == 0) return i;
    if ((uint32_t)(e >> 32) == frag) {
      const pc_lex_entry *x = &m->entries[(uint32_t)e - 1];
      if (x->key_len == n && memcmp(m->keys + x->key_off, key, n) == 0) return i;
    }
    i = (i + 1) & mask;
  }
}

static int rehash(pc_model *m, size_t nslots) {
  uint64_t *old = m->slots;
  size_t oldn = m->nslots, k;
  m->slots = calloc(nslots, sizeof *m->slots);
  if (!m->slots) { m->slots = old; return PC_ENOMEM; }
  m->nslots = nslots;
  for (k = 0; k < oldn; k++) {
    if (old[k]) {
      const pc_lex_entry *x = &m->entries[(uint32_t)old[k] - 1];
      m->slots[find_slot(m, m->keys + x->key_off, x->key_len, hash(m->keys + x->key_off, x->key_len))] = old[k];
    }
  }
  free(old);
  return PC_OK;
}

/* Adds (or merges into) the entry of a folded key. */
static int add_key(pc_model *m, const uint8_t *key, size_t n, uint32_t cls, int kind, uint32_t pop,
                   const uint8_t *cc) {
  size_t slot;
  uint64_t h = hash(key, n);
  pc_lex_entry *x;
  if (n == 0 || n > PC_KEY_MAX) return PC_OK;
  if ((m->count + 1) * 2 > m->nslots && rehash(m, m->nslots ? m->nslots * 2 : 1024)) return PC_ENOMEM;
  slot = find_slot(m, key, n, h);
  if (m->slots[slot]) {
    x = &m->entries[(uint32_t)m->slots[slot] - 1];
    x->cls |= cls;
    if (kind && (cls & (L_ORG_HEAD | L_ORG_GENERIC | L_PLACE_AFTER | L_PLACE_BEFORE | L_PLACE_GENERIC | L_MEDIA | L_PARTY | L_ORG_NAME)))
      x->head_kind = (uint8_t)kind;
    else if (kind && (!x->kind || (cls & (L_COUNTRY | L_REGION | L_DEPARTMENT)))) x->kind = (uint8_t)kind;
    if (cc && (pop > x->pop || (x->cc[0] == 0 && (cls & L_PLACE)))) { x->cc[0] = (char)cc[0]; x->cc[1] = (char)cc[1]; }
    if (pop > x->pop) x->pop = pop;
    return PC_OK;
  }
  if (m->count >= 0x7fffffff) return PC_ENOMEM;
  if (pc_grow((void **)&m->entries, &m->capacity, m->count + 1, sizeof *m->entries)) return PC_ENOMEM;
  if (pc_grow((void **)&m->keys, &m->keys_cap, m->keys_len + n, 1)) return PC_ENOMEM;
  memcpy(m->keys + m->keys_len, key, n);
  x = &m->entries[m->count];
  x->key_off = (uint32_t)m->keys_len;
  x->key_len = (uint16_t)n;
  x->cls = cls;
  x->kind = 0;
  x->head_kind = 0;
  if (cls & (L_ORG_HEAD | L_ORG_GENERIC | L_PLACE_AFTER | L_PLACE_BEFORE | L_PLACE_GENERIC | L_MEDIA | L_PARTY | L_ORG_NAME))
    x->head_kind = (uint8_t)kind;
  else
    x->kind = (uint8_t)kind;
  x->pop = pop;
  x->cc[0] = cc ? (char)cc[0] : 0;
  x->cc[1] = cc ? (char)cc[1] : 0;
  m->keys_len += n;
  m->count++;
  m->slots[slot] = (h >> 32 << 32) | (uint64_t)m->count;
  return PC_OK;
}

static int add_name(pc_model *m, const uint8_t *s, size_t a, size_t b, uint32_t cls, int kind, uint32_t pop,
                    const uint8_t *cc) {
  uint8_t key[PC_KEY_MAX + 8];
  size_t n = pc_fold(s, a, b, key, sizeof key), k;
  int rc;
  if (n == 0 || n > PC_KEY_MAX) return PC_OK;
  for (k = 1; k < n; k++)
    if (key[k] == ' ' && (rc = add_key(m, key, k, L_PREFIX, 0, 0, NULL))) return rc;
  return add_key(m, key, n, cls, kind, pop, cc);
}

const pc_lex_entry *pc_model_lookup(const pc_model *m, const uint8_t *key, size_t n) {
  size_t slot;
  if (!m || m->nslots == 0 || n == 0) return NULL;
  slot = find_slot(m, key, n, hash(key, n));
  return m->slots[slot] ? &m->entries[(uint32_t)m->slots[slot] - 1] : NULL;
}

const char *pc_model_country(const pc_model *m, const uint8_t *s, size_t a, size_t b) {
  uint8_t key[PC_KEY_MAX + 8];
  size_t n = pc_fold(s, a, b, key, sizeof key);
  const pc_lex_entry *e = n ? pc_model_lookup(m, key, n) : NULL;
  return e && (e->cls & L_PLACE) && e->cc[0] ? e->cc : NULL;
}

int pc_model_new(pc_model **out) {
  if (!out) return PC_EINVAL;
  *out = calloc(1, sizeof **out);
  return *out ? PC_OK : PC_ENOMEM;
}

void pc_model_free(pc_model *m) {
  if (!m) return;
  if (m->image.data) {
    /* a model from the compiled image points into it: nothing of it was malloc'd */
    pc_file_view_release(&m->image);
    pc_file_view_release(&m->common_view);
    free(m);
    return;
  }
  free(m->common);
  free(m->common_lines);
  free(m->common_lens);
  free(m->common_first);
  free(m->entries);
  free(m->keys);
  free(m->slots);
  free(m);
}

size_t pc_model_count(const pc_model *m) { return m ? m->count : 0; }

/* Field k (0-based) of a tab-separated line s[a..b). */
static int field(const uint8_t *s, size_t a, size_t b, int k, size_t *fa, size_t *fb) {
  size_t p = a;
  while (k > 0) {
    const uint8_t *t = memchr(s + p, '\t', b - p);
    if (!t) return 0;
    p = (size_t)(t - s) + 1;
    k--;
  }
  *fa = p;
  {
    const uint8_t *t = memchr(s + p, '\t', b - p);
    *fb = t ? (size_t)(t - s) : b;
  }
  return 1;
}

static uint32_t read_uint(const uint8_t *s, size_t a, size_t b) {
  uint64_t v = 0;
  for (; a < b && s[a] >= '0' && s[a] <= '9'; a++) {
    v = v * 10 + (s[a] - '0');
    if (v > 0xffffffffu) return 0xffffffffu;
  }
  return (uint32_t)v;
}

static int field_is(const uint8_t *s, size_t a, size_t b, const char *w) {
  return b - a == strlen(w) && memcmp(s + a, w, b - a) == 0;
}

/* The PC_KIND_* of an orgs.tsv kind (0: unknown). */
static int org_kind(const uint8_t *s, size_t a, size_t b) {
  if (field_is(s, a, b, "union")) return PC_KIND_UNION;
  if (field_is(s, a, b, "ngo") || field_is(s, a, b, "movement")) return PC_KIND_ASSOCIATION;
  if (field_is(s, a, b, "company")) return PC_KIND_COMPANY;
  if (field_is(s, a, b, "institution")) return PC_KIND_INSTITUTION;
  return 0;
}

/* Classes of the name_words table, by name. */
static uint32_t class_bits(const uint8_t *s, size_t a, size_t b) {
  static const struct { const char *name; uint32_t bit; } names[] = {
    {"TITLE", L_TITLE}, {"ROLE", L_ROLE}, {"ORG_HEAD", L_ORG_HEAD}, {"ORG_GENERIC", L_ORG_GENERIC},
    {"PLACE_AFTER", L_PLACE_AFTER}, {"PLACE_BEFORE", L_PLACE_BEFORE}, {"PLACE_GENERIC", L_PLACE_GENERIC},
    {"ROLE_NOUN", L_ROLE_NOUN}, {"PARTICLE", L_PARTICLE}, {"CONNECTOR", L_CONNECTOR}, {"MEDIA", L_MEDIA}, {"NOTNAME", L_NOTNAME},
    {NULL, 0}};
  uint32_t bits = 0;
  size_t p = a;
  while (p <= b) {
    size_t q = p;
    int k;
    while (q < b && s[q] != ',') q++;
    for (k = 0; names[k].name; k++)
      if (field_is(s, p, q, names[k].name)) bits |= names[k].bit;
    p = q + 1;
  }
  return bits;
}

/* Common words are many (400,000) and need no folding: they are kept as the sorted file
** and found by bisection on the lowercased word, which loads 100 times faster than hashing. */
static int index_common(pc_model *m, uint8_t *copy, size_t len, size_t *bad_line);

static int add_common(pc_model *m, const uint8_t *buf, size_t len, size_t *bad_line) {
  uint8_t *copy;
  if (m->common) return PC_EINVAL; /* one common-word table per model */
  if (len > 0xfffffffeu) return PC_ETOOBIG;
  copy = malloc(len + 1);
  if (!copy) return PC_ENOMEM;
  memcpy(copy, buf, len);
  return index_common(m, copy, len, bad_line);
}

/* The 1-based line of byte offset off in buf. */
static size_t line_of(const uint8_t *buf, size_t off) {
  size_t line = 1, k;
  for (k = 0; k < off; k++) line += buf[k] == '\n';
  return line;
}

/* Indexes the words of copy[0..len) (one byte more allocated), which the model then owns:
** one pass that records where each word starts and how long it is, and checks the order. */
static int index_common(pc_model *m, uint8_t *copy, size_t len, size_t *bad_line) {
  size_t p = 0, n = 0, cap = 0, plen = 0;
  uint32_t *lines = NULL;
  uint8_t *lens = NULL;
  const uint8_t *prev = NULL, *nul;
  copy[len] = '\n';
  if ((nul = memchr(copy, '\0', len)) != NULL) {
    if (bad_line) *bad_line = line_of(copy, (size_t)(nul - copy));
    free(copy);
    return PC_EFORMAT;
  }
  while (p < len) {
    size_t a = p, q = p, wl;
    const uint8_t *nl;
    while (copy[q] != '\t' && copy[q] != '\n') q++;
    nl = copy[q] == '\n' ? copy + q : memchr(copy + q, '\n', len + 1 - q);
    p = (size_t)(nl - copy) + 1;
    wl = q - a;
    if (wl == 0 || copy[a] == '#') continue;
    if (prev) {
      /* sorted by bytes, word by word, no duplicates */
      int cmp = memcmp(prev, copy + a, plen < wl ? plen : wl);
      if (cmp > 0 || (cmp == 0 && plen >= wl)) {
        if (bad_line) *bad_line = line_of(copy, a);
        free(copy); free(lines); free(lens);
        return PC_EFORMAT;
      }
    }
    if (n == cap) {
      size_t ncap = cap ? cap * 2 : 65536;
      uint32_t *l2 = realloc(lines, ncap * sizeof *lines);
      uint8_t *w2;
      if (!l2) { free(copy); free(lines); free(lens); return PC_ENOMEM; }
      lines = l2;
      w2 = realloc(lens, ncap);
      if (!w2) { free(copy); free(lines); free(lens); return PC_ENOMEM; }
      lens = w2;
      cap = ncap;
    }
    lines[n] = (uint32_t)a;
    lens[n] = (uint8_t)(wl < 255 ? wl : 255);
    n++;
    prev = copy + a;
    plen = wl;
  }
  m->common = copy;
  m->common_len = len; /* the text; the newline after it is only for this scan */
  m->common_lines = lines;
  m->common_lens = lens;
  m->ncommon = n;
  if (!(m->common_first = pc_common_prefix_index(copy, lines, lens, n))) return PC_ENOMEM;
  return PC_OK;
}

static unsigned prefix2(const uint8_t *w, size_t n) { return (unsigned)w[0] << 8 | (n > 1 ? w[1] : 0); }

uint32_t *pc_common_prefix_index(const uint8_t *text, const uint32_t *lines, const uint8_t *lens, size_t ncommon) {
  uint32_t *first = malloc(65537 * sizeof *first);
  size_t i, p = 0;
  if (!first) return NULL;
  /* words sorted by bytes have nondecreasing prefixes (no word holds a NUL byte) */
  for (i = 0; i < ncommon; i++) {
    unsigned q = lens[i] ? prefix2(text + lines[i], lens[i]) : 0;
    while (p <= q) first[p++] = (uint32_t)i;
  }
  while (p <= 65536) first[p++] = (uint32_t)ncommon;
  return first;
}

int pc_model_is_common(const pc_model *m, const uint8_t *s, size_t a, size_t b) {
  uint8_t key[PC_KEY_MAX + 8];
  size_t n = 0, lo = 0, hi;
  if (!m || !m->ncommon) return 0;
  while (a < b) {
    size_t k;
    int bad;
    int32_t c;
    if (n + 4 > PC_KEY_MAX) return 0;
    if (s[a] < 0x80) { key[n++] = (uint8_t)(s[a] >= 'A' && s[a] <= 'Z' ? s[a] + 32 : s[a]); a++; continue; }
    c = pc_decode(s, b, a, &k, &bad);
    a += k;
    if (pc_is_apostrophe(c)) c = '\'';
    n += (size_t)utf8proc_encode_char(utf8proc_tolower(c), key + n);
  }
  hi = m->ncommon;
  if (n > 0 && m->common_first) {
    unsigned p = prefix2(key, n);
    lo = m->common_first[p];
    hi = m->common_first[p + 1];
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2, wl = m->common_lens[mid];
    const uint8_t *w = m->common + m->common_lines[mid];
    int cmp;
    cmp = memcmp(key, w, n < wl ? n : wl);
    if (cmp == 0) cmp = n < wl ? -1 : n > wl ? 1 : 0;
    if (cmp == 0) return 1;
    if (cmp < 0) hi = mid; else lo = mid + 1;
  }
  return 0;
}

/* Lines in buf, to size the hash table once. */
static size_t count_lines(const uint8_t *buf, size_t len) {
  size_t n = 0, p = 0;
  while (p < len) {
    const uint8_t *nl = memchr(buf + p, '\n', len - p);
    n++;
    if (!nl) break;
    p = (size_t)(nl - buf) + 1;
  }
  return n;
}

int pc_model_add_tsv(pc_model *m, const char *table, const uint8_t *buf, size_t len, size_t *bad_line) {
  size_t p = 0, line = 0;
  int t;
  static const char *const tables[] = {"places", "countries", "given_names", "demonyms", "common_words",
                                       "name_words", "parties", "orgs", NULL};
  if (bad_line) *bad_line = 0;
  if (!m || !table || (!buf && len)) return PC_EINVAL;
  if (m->image.data) return PC_EINVAL; /* a model from the image is read-only (mapped) */
  for (t = 0; tables[t] && strcmp(tables[t], table) != 0; t++) {}
  if (!tables[t]) return PC_EINVAL;
  if (t == 4) return add_common(m, buf, len, bad_line);
  {
    const uint8_t *nul = memchr(buf, '\0', len);
    if (nul) { if (bad_line) *bad_line = line_of(buf, (size_t)(nul - buf)); return PC_EFORMAT; }
  }
  {
    /* room for every line and its word prefixes at load factor 1/2, so no rehash */
    size_t want = (m->count + count_lines(buf, len) * 3 / 2) * 2, slots = m->nslots ? m->nslots : 1024;
    while (slots < want) slots *= 2;
    if (slots > m->nslots && rehash(m, slots)) return PC_ENOMEM;
  }
  while (p < len) {
    const uint8_t *nl = memchr(buf + p, '\n', len - p);
    size_t a = p, b = nl ? (size_t)(nl - buf) : len, fa, fb, ka, kb;
    uint32_t cls = 0, pop = 0;
    int kind = 0, rc;
    const uint8_t *cc = NULL;
    p = nl ? b + 1 : len;
    line++;
    if (b > a && buf[b - 1] == '\r') b--;
    if (b == a || buf[a] == '#') continue;
    field(buf, a, b, 0, &ka, &kb);
    if (kb == ka) { if (bad_line) *bad_line = line; return PC_EFORMAT; }
    switch (t) {
      case 0: /* places: name kind country population */
        if (!field(buf, a, b, 1, &fa, &fb)) { if (bad_line) *bad_line = line; return PC_EFORMAT; }
        if (field_is(buf, fa, fb, "city")) cls = L_CITY, kind = PC_KIND_CITY;
        else if (field_is(buf, fa, fb, "country")) cls = L_COUNTRY, kind = PC_KIND_COUNTRY;
        else if (field_is(buf, fa, fb, "region")) cls = L_REGION, kind = PC_KIND_REGION;
        else if (field_is(buf, fa, fb, "department")) cls = L_DEPARTMENT, kind = PC_KIND_DEPARTMENT;
        else { if (bad_line) *bad_line = line; return PC_EFORMAT; }
        if (field(buf, a, b, 3, &fa, &fb)) pop = read_uint(buf, fa, fb);
        if (field(buf, a, b, 2, &fa, &fb) && fb - fa == 2) cc = buf + fa;
        break;
      case 1:
        cls = L_COUNTRY;
        kind = PC_KIND_COUNTRY;
        if (field(buf, a, b, 1, &fa, &fb) && fb - fa == 2) cc = buf + fa;
        break;
      case 2: cls = L_GIVEN; break;
      case 3: cls = L_DEMONYM; break;
      case 6: cls = L_PARTY; kind = PC_KIND_PARTY; break;
      case 7: /* orgs: name kind (union, ngo, movement, company, institution) */
        if (!field(buf, a, b, 1, &fa, &fb) || !(kind = org_kind(buf, fa, fb))) { if (bad_line) *bad_line = line; return PC_EFORMAT; }
        cls = L_ORG_NAME;
        break;
      default: /* name_words: word classes kind */
        if (!field(buf, a, b, 1, &fa, &fb)) { if (bad_line) *bad_line = line; return PC_EFORMAT; }
        cls = class_bits(buf, fa, fb);
        if (field(buf, a, b, 2, &fa, &fb)) kind = kind_from_name(buf + fa, fb - fa);
        break;
    }
    if ((rc = add_name(m, buf, ka, kb, cls, kind, pop, cc))) return rc;
  }
  return PC_OK;
}

/* The source files of a data directory, in the order they are loaded (PC_MODEL_NSOURCES). */
static const char *const source_files[PC_MODEL_NSOURCES][2] = {
  {"places.tsv", "places"}, {"countries.tsv", "countries"}, {"given_names.tsv", "given_names"},
  {"demonyms.tsv", "demonyms"}, {"common_words.tsv", "common_words"}, {"src/name_words.tsv", "name_words"},
  {"parties.tsv", "parties"}, {"src/orgs.tsv", "orgs"}
};

const char *pc_model_source_file(size_t k) { return k < PC_MODEL_NSOURCES ? source_files[k][0] : ""; }

int pc_read_file(const char *path, uint8_t **buf, size_t *len, int *missing) {
  FILE *f = fopen(path, "rb");
  long size;
  size_t got;
  *buf = NULL;
  *len = 0;
  *missing = f == NULL;
  if (!f) return PC_EIO;
  /* a directory opens, and its "size" is LONG_MAX: read one byte before trusting the size */
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
      (size > 0 && (getc(f) == EOF || fseek(f, 0, SEEK_SET) != 0))) {
    fclose(f);
    return PC_EIO;
  }
  if ((unsigned long)size > PC_MAX_INPUT) { fclose(f); return PC_ETOOBIG; }
  if (!(*buf = malloc((size_t)size + 1))) { fclose(f); return PC_ENOMEM; }
  got = fread(*buf, 1, (size_t)size, f);
  fclose(f);
  if (got != (size_t)size) { free(*buf); *buf = NULL; return PC_EIO; }
  *len = got;
  return PC_OK;
}

int pc_model_read_sources(const char *dir, pc_model_sources *src) {
  size_t k;
  int rc = PC_OK;
  memset(src, 0, sizeof *src);
  for (k = 0; k < PC_MODEL_NSOURCES; k++) {
    char path[4096];
    int missing;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, source_files[k][0]) >= sizeof path) { rc = PC_EINVAL; break; }
    rc = pc_read_file(path, &src->buf[k], &src->len[k], &missing);
    if (rc == PC_EIO && missing && (strcmp(source_files[k][1], "common_words") == 0 || strcmp(source_files[k][1], "parties") == 0 ||
                                        strcmp(source_files[k][1], "orgs") == 0)) {
      rc = PC_OK; /* optional */
      continue;
    }
    if (rc) break;
    src->present[k] = 1;
    src->hash[k] = pc_model_source_hash(src->buf[k], src->len[k]);
  }
  if (rc) { pc_model_sources_free(src); return rc; }
  {
    uint64_t size[PC_MODEL_NSOURCES];
    for (k = 0; k < PC_MODEL_NSOURCES; k++) size[k] = src->present[k] ? (uint64_t)src->len[k] : 0;
    src->fingerprint = pc_model_fingerprint(size, src->hash);
  }
  return PC_OK;
}

void pc_model_sources_free(pc_model_sources *src) {
  size_t k;
  for (k = 0; k < PC_MODEL_NSOURCES; k++) { free(src->buf[k]); src->buf[k] = NULL; }
}

int pc_model_build(pc_model_sources *src, pc_model **out) {
  pc_model *m;
  size_t k;
  int rc = PC_OK;
  *out = NULL;
  if ((rc = pc_model_new(&m))) return rc;
  for (k = 0; k < PC_MODEL_NSOURCES && rc == PC_OK; k++) {
    if (!src->present[k]) continue;
    if (strcmp(source_files[k][1], "common_words") == 0 && !m->common) {
      rc = index_common(m, src->buf[k], src->len[k], NULL); /* the model keeps the buffer */
      src->buf[k] = NULL;
    } else {
      rc = pc_model_add_tsv(m, source_files[k][1], src->buf[k], src->len[k], NULL);
    }
  }
  if (rc) { pc_model_free(m); return rc; }
  m->fingerprint = src->fingerprint;
  for (k = 0; k < PC_MODEL_NSOURCES; k++) {
    m->src_size[k] = src->present[k] ? (uint64_t)src->len[k] : 0;
    m->src_hash[k] = src->hash[k];
  }
  *out = m;
  return PC_OK;
}

/* The model of a data directory: its compiled image when use_image and the image was made
** from these very sources (the image reader checks them without reading them when it
** can), else the sources read and parsed. */
static int load(const char *dir, pc_model **out, int use_image) {
  pc_model_sources src;
  int rc;
  if (!dir || !out) return PC_EINVAL;
  *out = NULL;
  if (use_image && pc_model_load_image(dir, out) == PC_OK) return PC_OK;
  if ((rc = pc_model_read_sources(dir, &src))) return rc;
  rc = pc_model_build(&src, out);
  pc_model_sources_free(&src);
  return rc;
}

int pc_model_load_sources(const char *dir, pc_model **out) { return load(dir, out, 0); }

int pc_model_load_dir(const char *dir, pc_model **out) { return load(dir, out, 1); }
