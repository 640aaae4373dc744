/*
** cues.c: the events layer's phrase lists (the TSV files of data/events and the small lists of
** events/detect.lua) matched over the words of a sentence, so that detection reads words
** and matches instead of cutting text in Lua.
**
** The words are those of events/lexicon.lua (lexicon.tokens), byte for byte: the text is
** lowercased as lexicon.lower does (ASCII, and the Latin-1 capitals U+00C0-U+00DE but the
** multiplication sign), and a word is a run of ASCII letters and digits and of UTF-8
** sequences but U+0080-U+00BF and U+2000-U+203F; apostrophes, hyphens and every other
** byte separate words. These are not the core's tokens (tokens.c keeps "l'appel" and
** "sit-in" whole): the phrase lists are written for the events layer's words.
** Matching: LONGEST is lexicon.lua's Matcher:find (at each word the longest phrase, the
** first added on a tie, exact first words before prefixes, shorter prefixes first; matches
** never overlap), ALL is detect.lua's find_all (every phrase at every word).
** A set of lists is immutable once built and may be shared; a scan owns its buffers.
** Limits: PC_CUES_MAX_LISTS lists, PC_CUES_MAX_PHRASE_WORDS words a phrase, 2^31 entries.
*/
#include <stdlib.h>
#include <string.h>
#include "cues.h"
#include "protestcorpus.h"

#define PREFIX_BIT 0x80000000u
#define NO_ID 0xffffffffu
#define FILTER_BITS 65536u

typedef struct cue_list {
  int mode;
  uint32_t nentries;
  uint32_t *ent_n;   /* words of each entry */
  uint32_t *ent_off; /* first word of each entry in pool */
  uint32_t *pool;    /* vocabulary ids, PREFIX_BIT set for a prefix */
  size_t npool;
  uint32_t nidx;     /* vocabulary size when the index was built */
  uint32_t *ex_start, *ex; /* entries by exact first word (CSR over ids) */
  uint32_t *px_start, *px; /* entries by prefix first word */
  uint8_t plens[64];       /* lengths of first-word prefixes, ascending */
  size_t nplens;
} cue_list;

struct pc_cues {
  uint8_t *bytes; /* the vocabulary's strings, one after the other */
  size_t nbytes, capbytes;
  uint32_t *off, *len; /* of each string */
  uint32_t nwords, capwords;
  uint64_t *firsts; /* per id: the lists (bit list % 64) with a phrase of that first word */
  uint32_t *slots; /* open addressing: id + 1, 0 empty */
  uint32_t nslots;
  cue_list *lists;
  size_t nlists;
  uint8_t filter[FILTER_BITS / 8]; /* first 3 bytes of first-word prefixes (hashed) */
};

static uint32_t hash(const uint8_t *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t k;
  for (k = 0; k < n; k++) h = (h ^ s[k]) * 16777619u;
  return h;
}

static int grow(void **p, size_t *cap, size_t need, size_t size) {
  size_t n = *cap ? *cap : 16;
  void *q;
  if (need <= *cap) return PC_OK;
  while (n < need) n *= 2;
  q = realloc(*p, n * size);
  if (!q) return PC_ENOMEM;
  *p = q;
  *cap = n;
  return PC_OK;
}

/* The id of s (hashed: h), or NO_ID. */
static uint32_t lookup_h(const pc_cues *c, const uint8_t *s, size_t n, uint32_t h) {
  uint32_t mask, id;
  if (!c->nslots) return NO_ID;
  mask = c->nslots - 1;
  for (h &= mask; (id = c->slots[h]) != 0; h = (h + 1) & mask) {
    id--;
    if (c->len[id] == n && memcmp(c->bytes + c->off[id], s, n) == 0) return id;
  }
  return NO_ID;
}

static uint32_t lookup(const pc_cues *c, const uint8_t *s, size_t n) { return lookup_h(c, s, n, hash(s, n)); }

static int rehash(pc_cues *c, uint32_t nslots) {
  uint32_t *slots = calloc(nslots, sizeof *slots), id;
  if (!slots) return PC_ENOMEM;
  for (id = 0; id < c->nwords; id++) {
    uint32_t h = hash(c->bytes + c->off[id], c->len[id]) & (nslots - 1);
    while (slots[h]) h = (h + 1) & (nslots - 1);
    slots[h] = id + 1;
  }
  free(c->slots);
  c->slots = slots;
  c->nslots = nslots;
  return PC_OK;
}

/* The id of a string, added when new. */
static int intern(pc_cues *c, const uint8_t *s, size_t n, uint32_t *id) {
  size_t capw = c->capwords;
  int rc;
  *id = lookup(c, s, n);
  if (*id != NO_ID) return PC_OK;
  if (c->nwords >= 0x7ffffffeu || n > 0xffffffu) return PC_EFORMAT;
  if ((rc = grow((void **)&c->bytes, &c->capbytes, c->nbytes + n + 1, 1)) != PC_OK) return rc;
  if ((rc = grow((void **)&c->off, &capw, (size_t)c->nwords + 1, sizeof *c->off)) != PC_OK) return rc;
  capw = c->capwords;
  if ((rc = grow((void **)&c->len, &capw, (size_t)c->nwords + 1, sizeof *c->len)) != PC_OK) return rc;
  capw = c->capwords;
  if ((rc = grow((void **)&c->firsts, &capw, (size_t)c->nwords + 1, sizeof *c->firsts)) != PC_OK) return rc;
  c->capwords = (uint32_t)capw;
  if ((size_t)(c->nwords + 1) * 2 > c->nslots &&
      (rc = rehash(c, c->nslots ? c->nslots * 2 : 1024)) != PC_OK)
    return rc;
  memcpy(c->bytes + c->nbytes, s, n);
  c->firsts[c->nwords] = 0;
  c->off[c->nwords] = (uint32_t)c->nbytes;
  c->len[c->nwords] = (uint32_t)n;
  c->nbytes += n;
  *id = c->nwords++;
  {
    uint32_t h = hash(s, n) & (c->nslots - 1);
    while (c->slots[h]) h = (h + 1) & (c->nslots - 1);
    c->slots[h] = *id + 1;
  }
  return PC_OK;
}

static size_t filter_bit(const uint8_t *s) { return hash(s, 3) & (FILTER_BITS - 1); }

int pc_cues_new(pc_cues **out) {
  if (!out) return PC_EINVAL;
  *out = calloc(1, sizeof **out);
  return *out ? PC_OK : PC_ENOMEM;
}

size_t pc_cues_count(const pc_cues *c) { return c ? c->nlists : 0; }

static void list_free(cue_list *l) {
  free(l->ent_n);
  free(l->ent_off);
  free(l->pool);
  free(l->ex_start);
  free(l->ex);
  free(l->px_start);
  free(l->px);
}

void pc_cues_free(pc_cues *c) {
  size_t k;
  if (!c) return;
  for (k = 0; k < c->nlists; k++) list_free(&c->lists[k]);
  free(c->lists);
  free(c->bytes);
  free(c->off);
  free(c->len);
  free(c->firsts);
  free(c->slots);
  free(c);
}

/* Reads one line of a spec into l (its words interned). */
static int add_phrase(pc_cues *c, cue_list *l, const uint8_t *s, size_t n, size_t *capent, size_t *cappool) {
  size_t a = 0, nw = 0;
  int rc;
  size_t capoff = *capent;
  if ((rc = grow((void **)&l->ent_n, capent, (size_t)l->nentries + 1, sizeof *l->ent_n)) != PC_OK) return rc;
  if (*capent != capoff) {
    /* ent_off keeps ent_n's capacity */
    uint32_t *q = realloc(l->ent_off, *capent * sizeof *q);
    if (!q) return PC_ENOMEM;
    l->ent_off = q;
  }
  l->ent_off[l->nentries] = (uint32_t)l->npool;
  while (a < n) {
    size_t b = a, wl;
    int prefix = 0;
    uint32_t id;
    while (b < n && s[b] != ' ') b++;
    wl = b - a;
    if (wl > 0 && s[b - 1] == '*') { prefix = 1; wl--; }
    if (wl == 0 || ++nw > PC_CUES_MAX_PHRASE_WORDS) return PC_EFORMAT;
    if (prefix && (l->mode != PC_CUES_LONGEST || (nw == 1 && wl < 3))) return PC_EFORMAT;
    if (memchr(s + a, '*', wl)) return PC_EFORMAT;
    if ((rc = intern(c, s + a, wl, &id)) != PC_OK) return rc;
    if ((rc = grow((void **)&l->pool, cappool, l->npool + 1, sizeof *l->pool)) != PC_OK) return rc;
    l->pool[l->npool++] = id | (prefix ? PREFIX_BIT : 0);
    if (prefix && nw == 1) {
      size_t k, bit = filter_bit(s + a);
      c->filter[bit / 8] |= (uint8_t)(1u << (bit % 8));
      for (k = 0; k < l->nplens && l->plens[k] != wl; k++) {
      }
      if (k == l->nplens) {
        if (l->nplens == sizeof l->plens || wl > 255) return PC_EFORMAT;
        l->plens[l->nplens++] = (uint8_t)wl;
      }
    }
    a = b + 1;
  }
  l->ent_n[l->nentries++] = (uint32_t)nw;
  return PC_OK;
}

static int cmp_u8(const void *a, const void *b) { return (int)*(const uint8_t *)a - (int)*(const uint8_t *)b; }

/* The entries by first word, in the order they were added (CSR arrays over the ids). */
static int build_index(pc_cues *c, cue_list *l, uint32_t li) {
  uint32_t e, nv = c->nwords;
  l->nidx = nv;
  l->ex_start = calloc((size_t)nv + 1, sizeof *l->ex_start);
  l->px_start = calloc((size_t)nv + 1, sizeof *l->px_start);
  l->ex = malloc(((size_t)l->nentries + 1) * sizeof *l->ex);
  l->px = malloc(((size_t)l->nentries + 1) * sizeof *l->px);
  if (!l->ex_start || !l->px_start || !l->ex || !l->px) return PC_ENOMEM;
  for (e = 0; e < l->nentries; e++) {
    uint32_t w;
    if (!l->ent_n[e]) continue;
    w = l->pool[l->ent_off[e]];
    if (w & PREFIX_BIT) l->px_start[(w & ~PREFIX_BIT) + 1]++;
    else {
      l->ex_start[w + 1]++;
      c->firsts[w] |= (uint64_t)1 << (li % 64);
    }
  }
  for (e = 0; e < nv; e++) {
    l->ex_start[e + 1] += l->ex_start[e];
    l->px_start[e + 1] += l->px_start[e];
  }
  {
    uint32_t *fe = calloc((size_t)nv + 1, sizeof *fe), *fp = calloc((size_t)nv + 1, sizeof *fp);
    if (!fe || !fp) { free(fe); free(fp); return PC_ENOMEM; }
    for (e = 0; e < l->nentries; e++) {
      uint32_t w, id;
      if (!l->ent_n[e]) continue;
      w = l->pool[l->ent_off[e]];
      id = w & ~PREFIX_BIT;
      if (w & PREFIX_BIT) l->px[l->px_start[id] + fp[id]++] = e;
      else l->ex[l->ex_start[id] + fe[id]++] = e;
    }
    free(fe);
    free(fp);
  }
  qsort(l->plens, l->nplens, 1, cmp_u8);
  return PC_OK;
}

int pc_cues_add(pc_cues *c, const char *spec, size_t len, int mode, uint32_t *list) {
  const uint8_t *s = (const uint8_t *)spec;
  size_t a = 0, capent = 0, cappool = 0;
  cue_list *l;
  int rc = PC_OK;
  if (!c || (!spec && len) || !list || (mode != PC_CUES_LONGEST && mode != PC_CUES_ALL)) return PC_EINVAL;
  if (c->nlists >= PC_CUES_MAX_LISTS) return PC_EFORMAT;
  {
    cue_list *q = realloc(c->lists, (c->nlists + 1) * sizeof *q);
    if (!q) return PC_ENOMEM;
    c->lists = q;
  }
  l = &c->lists[c->nlists];
  memset(l, 0, sizeof *l);
  l->mode = mode;
  while (rc == PC_OK && a < len) {
    size_t b = a;
    while (b < len && s[b] != '\n') b++;
    if (l->nentries >= 0x7fffffffu) rc = PC_EFORMAT;
    else rc = add_phrase(c, l, s + a, b - a, &capent, &cappool);
    a = b + 1;
  }
  if (rc == PC_OK) rc = build_index(c, l, (uint32_t)c->nlists);
  if (rc != PC_OK) {
    list_free(l);
    return rc;
  }
  *list = (uint32_t)c->nlists++;
  return PC_OK;
}

/* ---- the words ---- */

/* Length of the letter at s[i] (i < n), as lexicon.lua's `letter` pattern reads it, or 0. */
static size_t letter_len(const uint8_t *s, size_t i, size_t n) {
  uint8_t b = s[i];
#define CONT(k) (i + (k) < n && s[i + (k)] >= 0x80 && s[i + (k)] <= 0xbf)
  if (b < 0x80) return ((uint8_t)((b | 32) - 'a') < 26 || (uint8_t)(b - '0') < 10) ? 1 : 0;
  if (b >= 0xc3 && b <= 0xdf) return CONT(1) ? 2 : 0;
  if (b == 0xe2) return (i + 1 < n && s[i + 1] >= 0x81 && s[i + 1] <= 0xbf && CONT(2)) ? 3 : 0;
  if (b >= 0xe0 && b <= 0xef) return (CONT(1) && CONT(2)) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) return (CONT(1) && CONT(2) && CONT(3)) ? 4 : 0;
#undef CONT
  return 0;
}

/* The sentence lowercased as lexicon.lower does over the whole text: a byte after 0xC3
** (even one before start) is a Latin-1 capital's second byte. */
static int lower_into(const uint8_t *text, size_t start, size_t end, pc_cue_scan *out) {
  size_t k, n = end - start;
  int rc;
  uint8_t prev = start > 0 ? text[start - 1] : 0;
  if ((rc = grow((void **)&out->low, &out->caplow, n + 1, 1)) != PC_OK) return rc;
  for (k = 0; k < n; k++) {
    uint8_t b = text[start + k], l = b;
    if ((uint8_t)(b - 'A') < 26) l = (uint8_t)(b + 32);
    else if (prev == 0xc3 && b >= 0x80 && b <= 0x9e && b != 0x97) l = (uint8_t)(b + 32);
    out->low[k] = l;
    prev = b;
  }
  return PC_OK;
}

/* Room for one more word in every per-word array. */
static int room(pc_cue_scan *out) {
  size_t need = out->nwords + 1;
  int rc;
  if ((rc = grow((void **)&out->words, &out->capwords, need, sizeof *out->words)) != PC_OK) return rc;
  if ((rc = grow((void **)&out->ids, &out->capids, need, sizeof *out->ids)) != PC_OK) return rc;
  if ((rc = grow((void **)&out->masks, &out->capmasks, need, sizeof *out->masks)) != PC_OK) return rc;
  if ((rc = grow((void **)&out->caps, &out->capcaps, need, sizeof *out->caps)) != PC_OK) return rc;
  return grow((void **)&out->cand, &out->capcand, need, sizeof *out->cand);
}

/* The words of the lowered sentence, each with its id (hashed while it is cut) and the
** lists a phrase of may start there; the words where one may, in cand; those of a capital
** in the text, in caps. */
static int cut_words(const pc_cues *c, const uint8_t *text, pc_cue_scan *out, size_t n) {
  size_t i = 0;
  int rc;
  while (i < n) {
    size_t a = i, m, wl;
    uint32_t h = 2166136261u, id;
    uint64_t mask;
    while (i < n && (m = letter_len(out->low, i, n)) > 0) {
      size_t e = i + m;
      for (; i < e; i++) h = (h ^ out->low[i]) * 16777619u;
    }
    if (i == a) { i++; continue; }
    if ((rc = room(out)) != PC_OK) return rc;
    wl = i - a;
    id = lookup_h(c, out->low + a, wl, h);
    mask = id == NO_ID ? 0 : c->firsts[id];
    /* a word that may begin with a first-word prefix: every LONGEST list looks */
    if (wl >= 3) {
      size_t bit = filter_bit(out->low + a);
      if (c->filter[bit / 8] & (1u << (bit % 8))) mask = ~(uint64_t)0;
    }
    out->words[out->nwords].start = out->start + a;
    out->words[out->nwords].end = out->start + i;
    out->ids[out->nwords] = id;
    out->masks[out->nwords] = mask;
    if (mask) out->cand[out->ncand++] = (uint32_t)out->nwords;
    if ((uint8_t)(text[out->start + a] - 'A') < 26) out->caps[out->ncaps++] = (uint32_t)out->nwords;
    out->nwords++;
  }
  return PC_OK;
}

/* ---- matching ---- */

static int word_ok(const pc_cues *c, const pc_cue_scan *out, uint32_t w, size_t k) {
  uint32_t id = w & ~PREFIX_BIT;
  size_t n, pl;
  if (!(w & PREFIX_BIT)) return out->ids[k] == id;
  n = out->words[k].end - out->words[k].start;
  pl = c->len[id];
  return n >= pl && memcmp(out->low + (out->words[k].start - out->start), c->bytes + c->off[id], pl) == 0;
}

/* Whether entry e of l matches from word i (its first word already matched). */
static int entry_at(const pc_cues *c, const cue_list *l, const pc_cue_scan *out, uint32_t e, size_t i) {
  uint32_t k, n = l->ent_n[e];
  if (i + n > out->nwords) return 0;
  for (k = 1; k < n; k++)
    if (!word_ok(c, out, l->pool[l->ent_off[e] + k], i + k)) return 0;
  return 1;
}

static int add_hit(pc_cue_scan *out, uint32_t list, uint32_t e, size_t i, size_t j) {
  int rc = grow((void **)&out->hits, &out->caphits, out->nhits + 1, sizeof *out->hits);
  if (rc != PC_OK) return rc;
  out->hits[out->nhits].list = list;
  out->hits[out->nhits].entry = e + 1;
  out->hits[out->nhits].i = (uint32_t)i;
  out->hits[out->nhits].j = (uint32_t)j;
  out->nhits++;
  return PC_OK;
}

/* The longest entry from word i (NO_ID when none), candidates in Matcher:find's order. */
static uint32_t longest_at(const pc_cues *c, const cue_list *l, const pc_cue_scan *out, size_t i) {
  uint32_t best = NO_ID, id = out->ids[i], x;
  const uint8_t *w = out->low + (out->words[i].start - out->start);
  size_t wl = out->words[i].end - out->words[i].start, k;
  if (id < l->nidx)
    for (x = l->ex_start[id]; x < l->ex_start[id + 1]; x++) {
      uint32_t e = l->ex[x];
      if ((best == NO_ID || l->ent_n[e] > l->ent_n[best]) && entry_at(c, l, out, e, i)) best = e;
    }
  if (!l->nplens || wl < l->plens[0]) return best;
  {
    size_t bit = filter_bit(w);
    if (!(c->filter[bit / 8] & (1u << (bit % 8)))) return best;
  }
  for (k = 0; k < l->nplens && l->plens[k] <= wl; k++) {
    uint32_t p = lookup(c, w, l->plens[k]);
    if (p == NO_ID || p >= l->nidx) continue;
    for (x = l->px_start[p]; x < l->px_start[p + 1]; x++) {
      uint32_t e = l->px[x];
      if ((best == NO_ID || l->ent_n[e] > l->ent_n[best]) && entry_at(c, l, out, e, i)) best = e;
    }
  }
  return best;
}

static int match_list(const pc_cues *c, uint32_t li, pc_cue_scan *out) {
  const cue_list *l = &c->lists[li];
  uint64_t bit = (uint64_t)1 << (li % 64);
  size_t q, next = 0; /* LONGEST: no match starts before next */
  int rc;
  for (q = 0; q < out->ncand; q++) {
    size_t i = out->cand[q];
    if (i < next || !(out->masks[i] & bit)) continue;
    if (l->mode == PC_CUES_LONGEST) {
      uint32_t e = longest_at(c, l, out, i);
      if (e == NO_ID) continue;
      if ((rc = add_hit(out, li, e, i, i + l->ent_n[e] - 1)) != PC_OK) return rc;
      next = i + l->ent_n[e];
    } else {
      uint32_t id = out->ids[i], x;
      if (id < l->nidx)
        for (x = l->ex_start[id]; x < l->ex_start[id + 1]; x++) {
          uint32_t e = l->ex[x];
          if (entry_at(c, l, out, e, i) && (rc = add_hit(out, li, e, i, i + l->ent_n[e] - 1)) != PC_OK) return rc;
        }
    }
  }
  return PC_OK;
}

int pc_cues_scan(const pc_cues *c, const uint8_t *text, size_t start, size_t end, const uint32_t *lists,
                 size_t nlists, pc_cue_scan *out) {
  size_t k;
  int rc;
  if (!c || !out || (!text && end > 0) || start > end || (!lists && nlists)) return PC_EINVAL;
  for (k = 0; k < nlists; k++)
    if (lists[k] >= c->nlists) return PC_EINVAL;
  out->start = start;
  out->nwords = out->nhits = out->ncand = out->ncaps = 0;
  if ((rc = lower_into(text, start, end, out)) != PC_OK) return rc;
  if ((rc = cut_words(c, text, out, end - start)) != PC_OK) return rc;
  for (k = 0; k < nlists; k++)
    if ((rc = match_list(c, lists[k], out)) != PC_OK) return rc;
  return PC_OK;
}

void pc_cue_scan_free(pc_cue_scan *s) {
  if (!s) return;
  free(s->words);
  free(s->ids);
  free(s->masks);
  free(s->cand);
  free(s->caps);
  free(s->hits);
  free(s->low);
  memset(s, 0, sizeof *s);
}
