/*
** model_image.c: the compiled image of a name model (data/model.bin), so that loading is
** reading instead of parsing and folding 600,000 lines.
**
** The image holds what parsing the sources builds: the entries, the arena of folded keys,
** the line index of the common words (whose text stays in common_words.tsv, read anyway),
** and where each entry sits in the hash table (the empty slots are not stored). Its header names the sources by their fingerprint: a hash of every source
** file's bytes, so an image is used only with the very files it was made from; and the
** format, PC_KEY_MAX and the utf8proc version, since all three shape the keys.
**
** Layout (little-endian; the reader refuses other hosts, which parse the sources):
**   header  "PCMODEL\0", u32 format, u32 PC_KEY_MAX, u64 fingerprint, u64 body hash,
**           u64 entries, u64 key bytes, u64 hash slots, u64 common words,
**           u64 common-words text length, char utf8proc version[16]
**   body    entries (20 bytes each: u32 key_off, u16 key_len, u8 kind, u8 head_kind,
**           u32 cls, u32 pop, char cc[2], 2 zero bytes), the hash slot of each entry (u32
**           slot, u32 hash fragment), keys, common-word offsets (u32 each), common-word
**           lengths (u8 each)
** Does not: trust anything it reads: every size is checked against the file, every offset
** against what it indexes, and the body against its hash; any failure means "no image".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "protestcorpus.h"
#include "lexicon.h"

#define IMAGE_MAGIC "PCMODEL"  /* 8 bytes with its NUL */
#define IMAGE_FORMAT 1u
#define IMAGE_HEADER 88        /* bytes */
#define ENTRY_BYTES 20
#define SLOT_BYTES 8
#define COMMON_SOURCE 4        /* index of common_words.tsv among the sources */

static int host_is_little_endian(void) {
  const uint16_t one = 1;
  uint8_t b;
  memcpy(&b, &one, 1);
  return b == 1;
}

/* Eight bytes at a time: the hash runs at memory speed over 10 MB of sources. */
static uint64_t mix(uint64_t h, uint64_t v) {
  h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 29);
}

/* Four lanes of 8 bytes, independent until the end, so that the multiplies overlap. */
static uint64_t hash_bytes(uint64_t h, const uint8_t *p, size_t n) {
  uint64_t l0 = h, l1 = h + 1, l2 = h + 2, l3 = h + 3;
  size_t k = 0;
  for (; k + 32 <= n; k += 32) {
    uint64_t v[4];
    memcpy(v, p + k, 32);
    l0 = mix(l0, v[0]);
    l1 = mix(l1, v[1]);
    l2 = mix(l2, v[2]);
    l3 = mix(l3, v[3]);
  }
  h = mix(mix(mix(l0, l1), l2), l3);
  for (; k < n; k++) h = mix(h, p[k]);
  return mix(h, n);
}

uint64_t pc_model_image_hash(const uint8_t *body, size_t len) { return hash_bytes(0, body, len); }

uint64_t pc_model_fingerprint(const pc_model_sources *src) {
  uint64_t h = 0x70726f7465737421ULL;
  size_t k;
  for (k = 0; k < PC_MODEL_NSOURCES; k++) {
    h = mix(h, (uint64_t)src->present[k]);
    if (src->present[k]) h = hash_bytes(h, src->buf[k], src->len[k]);
  }
  return h ? h : 1; /* 0 means "no sources" */
}

static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, (uint16_t)v); put16(p + 2, (uint16_t)(v >> 16)); }
static void put64(uint8_t *p, uint64_t v) { put32(p, (uint32_t)v); put32(p + 4, (uint32_t)(v >> 32)); }
static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t get32(const uint8_t *p) { return get16(p) | (uint32_t)get16(p + 2) << 16; }
static uint64_t get64(const uint8_t *p) { return get32(p) | (uint64_t)get32(p + 4) << 32; }

static void version_field(char out[16]) {
  memset(out, 0, 16);
  strncpy(out, utf8proc_version(), 15);
}

int pc_model_save(const pc_model *m, const char *path) {
  size_t body_len, k, at;
  uint8_t *img;
  char version[16];
  FILE *f;
  int rc = PC_OK;
  if (!m || !path) return PC_EINVAL;
  if (!m->fingerprint) return PC_EINVAL;
  body_len = m->count * (ENTRY_BYTES + SLOT_BYTES) + m->keys_len + m->ncommon * 4 + m->ncommon;
  if (!(img = calloc(1, IMAGE_HEADER + body_len))) return PC_ENOMEM;
  memcpy(img, IMAGE_MAGIC, 8);
  put32(img + 8, IMAGE_FORMAT);
  put32(img + 12, PC_KEY_MAX);
  put64(img + 16, m->fingerprint);
  put64(img + 32, m->count);
  put64(img + 40, m->keys_len);
  put64(img + 48, m->nslots);
  put64(img + 56, m->ncommon);
  put64(img + 64, m->common ? m->common_len : 0);
  version_field(version);
  memcpy(img + 72, version, 16);
  at = IMAGE_HEADER;
  for (k = 0; k < m->count; k++, at += ENTRY_BYTES) {
    const pc_lex_entry *x = &m->entries[k];
    put32(img + at, x->key_off);
    put16(img + at + 4, x->key_len);
    img[at + 6] = x->kind;
    img[at + 7] = x->head_kind;
    put32(img + at + 8, x->cls);
    put32(img + at + 12, x->pop);
    img[at + 16] = (uint8_t)x->cc[0];
    img[at + 17] = (uint8_t)x->cc[1];
  }
  for (k = 0; k < m->nslots; k++) {
    uint64_t e = m->slots[k];
    if (e) {
      size_t p = IMAGE_HEADER + m->count * ENTRY_BYTES + ((uint32_t)e - 1) * SLOT_BYTES;
      put32(img + p, (uint32_t)k);
      put32(img + p + 4, (uint32_t)(e >> 32));
    }
  }
  at += m->count * SLOT_BYTES;
  if (m->keys_len) memcpy(img + at, m->keys, m->keys_len);
  at += m->keys_len;
  for (k = 0; k < m->ncommon; k++, at += 4) put32(img + at, m->common_lines[k]);
  if (m->ncommon) memcpy(img + at, m->common_lens, m->ncommon);
  put64(img + 24, hash_bytes(0, img + IMAGE_HEADER, body_len));
  if (!(f = fopen(path, "wb"))) { free(img); return PC_EIO; }
  if (fwrite(img, 1, IMAGE_HEADER + body_len, f) != IMAGE_HEADER + body_len) rc = PC_EIO;
  if (fclose(f) != 0) rc = PC_EIO;
  free(img);
  return rc;
}

int pc_model_from_image(const pc_model *m) { return m ? m->from_image : 0; }

/* Decodes and checks the body into m; any inconsistency is PC_EFORMAT. */
static int decode(pc_model *m, const uint8_t *body, size_t body_len, uint64_t count, uint64_t keys_len,
                  uint64_t nslots, uint64_t ncommon, pc_model_sources *src) {
  size_t k, at = 0;
  uint64_t need;
  /* sizes first, in 64 bits, before anything is allocated from them */
  if (count > 0x7fffffffu || keys_len > 0xffffffffu || ncommon > 0xffffffffu) return PC_EFORMAT;
  need = count * (ENTRY_BYTES + SLOT_BYTES) + keys_len + ncommon * 5;
  if (need != body_len) return PC_EFORMAT;
  if (nslots < 1024 || (nslots & (nslots - 1)) || nslots < 2 * count || nslots > ((uint64_t)1 << 32))
    return PC_EFORMAT;
  if (ncommon && (!src->present[COMMON_SOURCE])) return PC_EFORMAT;
  if ((count && !(m->entries = malloc((size_t)count * sizeof *m->entries))) ||
      !(m->keys = malloc(keys_len ? (size_t)keys_len : 1)))
    return PC_ENOMEM;
  m->count = m->capacity = (size_t)count;
  m->keys_len = m->keys_cap = (size_t)keys_len;
  for (k = 0; k < count; k++, at += ENTRY_BYTES) {
    pc_lex_entry *x = &m->entries[k];
    x->key_off = get32(body + at);
    x->key_len = get16(body + at + 4);
    x->kind = body[at + 6];
    x->head_kind = body[at + 7];
    x->cls = get32(body + at + 8);
    x->pop = get32(body + at + 12);
    x->cc[0] = (char)body[at + 16];
    x->cc[1] = (char)body[at + 17];
    if (x->key_len == 0 || x->key_len > PC_KEY_MAX || (uint64_t)x->key_off + x->key_len > keys_len ||
        x->kind >= PC_KIND_COUNT || x->head_kind >= PC_KIND_COUNT)
      return PC_EFORMAT;
  }
  /* each entry back in its slot: a slot out of the table or taken twice is damage */
  if (!(m->slots = calloc((size_t)nslots, sizeof *m->slots))) return PC_ENOMEM;
  m->nslots = (size_t)nslots;
  for (k = 0; k < count; k++, at += SLOT_BYTES) {
    uint32_t slot = get32(body + at);
    if (slot >= nslots || m->slots[slot]) return PC_EFORMAT;
    m->slots[slot] = (uint64_t)get32(body + at + 4) << 32 | (uint64_t)(k + 1);
  }
  if (keys_len) memcpy(m->keys, body + at, (size_t)keys_len);
  at += (size_t)keys_len;
  if (ncommon) {
    size_t text_len = src->len[COMMON_SOURCE];
    if (!(m->common_lines = malloc((size_t)ncommon * 4)) || !(m->common_lens = malloc((size_t)ncommon)))
      return PC_ENOMEM;
    memcpy(m->common_lens, body + at + ncommon * 4, (size_t)ncommon);
    for (k = 0; k < ncommon; k++) {
      m->common_lines[k] = get32(body + at + 4 * k);
      if ((uint64_t)m->common_lines[k] + m->common_lens[k] > text_len) return PC_EFORMAT;
    }
    /* the words must be sorted for bisection: a damaged image could say otherwise */
    for (k = 1; k < ncommon; k++)
      if (m->common_lines[k] <= m->common_lines[k - 1]) return PC_EFORMAT;
    if (!(m->common_first = pc_common_prefix_index(src->buf[COMMON_SOURCE], m->common_lines, m->common_lens,
                                                   (size_t)ncommon)))
      return PC_ENOMEM;
  }
  if (ncommon) {
    /* last, once nothing can fail: the text passes to the model (the sources keep it for
    ** parsing otherwise), with the newline index_common puts after it */
    uint8_t *text = src->buf[COMMON_SOURCE];
    text[src->len[COMMON_SOURCE]] = '\n';
    m->common = text;
    m->common_len = src->len[COMMON_SOURCE] + 1;
    m->ncommon = (size_t)ncommon;
    src->buf[COMMON_SOURCE] = NULL;
  }
  return PC_OK;
}

int pc_model_load_image(const char *dir, pc_model_sources *src, pc_model **out) {
  char path[4096], version[16];
  uint8_t *img;
  size_t len;
  pc_model *m;
  int rc, missing;
  *out = NULL;
  if (!host_is_little_endian()) return PC_EFORMAT;
  if ((size_t)snprintf(path, sizeof path, "%s/model.bin", dir) >= sizeof path) return PC_EINVAL;
  if ((rc = pc_read_file(path, &img, &len, &missing))) return rc;
  version_field(version);
  if (len < IMAGE_HEADER || memcmp(img, IMAGE_MAGIC, 8) != 0 || get32(img + 8) != IMAGE_FORMAT ||
      get32(img + 12) != PC_KEY_MAX || get64(img + 16) != src->fingerprint || memcmp(img + 72, version, 16) != 0 ||
      get64(img + 64) != (src->present[COMMON_SOURCE] ? src->len[COMMON_SOURCE] + 1 : 0) ||
      hash_bytes(0, img + IMAGE_HEADER, len - IMAGE_HEADER) != get64(img + 24)) {
    free(img);
    return PC_EFORMAT; /* another format, stale (the sources changed since), or damaged */
  }
  if ((rc = pc_model_new(&m))) { free(img); return rc; }
  rc = decode(m, img + IMAGE_HEADER, len - IMAGE_HEADER, get64(img + 32), get64(img + 40), get64(img + 48),
              get64(img + 56), src);
  free(img);
  if (rc) { pc_model_free(m); return rc; }
  m->fingerprint = src->fingerprint;
  m->from_image = 1;
  *out = m;
  return PC_OK;
}
