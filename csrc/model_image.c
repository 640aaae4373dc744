/*
** model_image.c: the compiled image of a name model (data/model.bin): loading is mapping
** one file and checking it, instead of parsing and folding 600,000 lines.
**
** The image holds the model's arrays as the lookups use them (the hash table with its
** empty slots, the entries, the folded keys, the index of the common words), so a loaded
** model points into the mapped file and copies nothing; the text of the common words stays
** in common_words.tsv, mapped the same way. Nothing is hashed but the image itself.
**
** Freshness: the image records each source file's size and a hash of its bytes. A source
** counts as the one the image was made from when its size is the recorded one and either
** its modification time is strictly older than the image's (the cheap test: no byte is
** read), or its bytes hash to the recorded hash (after a checkout or a copy, which give
** files new times in any order). So an edit (it changes the time) is always seen; what is
** not seen at load is a same-size edit whose time was then set back before the image's
** (touch -d, tar -m...): `make check-model` rebuilds the image and compares it byte for
** byte. The format, PC_KEY_MAX and the utf8proc version must also match (all three shape
** the keys).
**
** Layout (little-endian; a host of another byte order or entry layout parses the sources):
**   header  (88 bytes) "PCMODEL\0", u32 format, u32 PC_KEY_MAX, u64 fingerprint of the
**           source records, u64 body hash, u64 entries, u64 key bytes, u64 hash slots,
**           u64 common words, u64 common-words text length, char utf8proc version[16]
**   body    source records (PC_MODEL_NSOURCES x u64 size, u64 hash; hash 0: absent),
**           hash slots (u64 each, 0 empty), entries (20 bytes each: u32 key_off, u16
**           key_len, u8 kind, u8 head_kind, u32 cls, u32 pop, char cc[2], 2 zero bytes),
**           common-word prefix index (65537 x u32, when there are common words), common-word
**           offsets (u32 each), keys, common-word lengths (u8 each)
** Every section starts aligned for its type, so the arrays are used in place.
** Does not: trust what it reads: the body must match its hash, and every size, offset and
** index is checked against what it indexes, so that a crafted image with a right hash can
** make lookups miss but never read out of bounds or loop. Any failure means "no image".
** Mapped files must be replaced (written aside and renamed, as pc_model_save does), not
** rewritten in place, while a process holds a model made from them.
*/
#if defined(__unix__) || defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L
#define PC_IMAGE_MMAP 1
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "protestcorpus.h"
#include "lexicon.h"

#define IMAGE_MAGIC "PCMODEL"  /* 8 bytes with its NUL */
#define IMAGE_FORMAT 4u /* 4: eight source files (src/orgs.tsv) */
#define IMAGE_HEADER 88        /* bytes */
#define SOURCE_BYTES (PC_MODEL_NSOURCES * 16)
#define ENTRY_BYTES 20
#define PREFIX_SLOTS 65537
#define COMMON_SOURCE 4        /* index of common_words.tsv among the sources */

static int host_is_little_endian(void) {
  const uint16_t one = 1;
  uint8_t b;
  memcpy(&b, &one, 1);
  return b == 1;
}

/* The entries are used in place: the struct must be the stored record. */
static int entry_layout_matches(void) {
  return sizeof(pc_lex_entry) == ENTRY_BYTES && offsetof(pc_lex_entry, key_off) == 0 &&
         offsetof(pc_lex_entry, key_len) == 4 && offsetof(pc_lex_entry, kind) == 6 &&
         offsetof(pc_lex_entry, head_kind) == 7 && offsetof(pc_lex_entry, cls) == 8 &&
         offsetof(pc_lex_entry, pop) == 12 && offsetof(pc_lex_entry, cc) == 16;
}

/* Eight bytes at a time: the hash runs at memory speed over 10 MB. */
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

uint64_t pc_model_source_hash(const uint8_t *buf, size_t len) {
  uint64_t h = hash_bytes(0x70726f7465737421ULL, buf, len);
  return h ? h : 1; /* 0 means "absent" */
}

uint64_t pc_model_fingerprint(const uint64_t *size, const uint64_t *hash) {
  uint64_t h = 0x70726f7465737421ULL;
  size_t k;
  for (k = 0; k < PC_MODEL_NSOURCES; k++) h = mix(mix(h, size[k]), hash[k]);
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

/* Where each section of a body starts, from the header's counts; the body's length.
** Computed in 64 bits from counts already bounded (so nothing overflows). */
typedef struct image_layout {
  uint64_t slots, entries, prefix, lines, keys, lens, end;
} image_layout;

static image_layout layout_of(uint64_t count, uint64_t keys_len, uint64_t nslots, uint64_t ncommon) {
  image_layout l;
  l.slots = SOURCE_BYTES;
  l.entries = l.slots + nslots * 8;
  l.prefix = l.entries + count * ENTRY_BYTES;
  l.lines = l.prefix + (ncommon ? PREFIX_SLOTS * 4 : 0);
  l.keys = l.lines + ncommon * 4;
  l.lens = l.keys + keys_len;
  l.end = l.lens + ncommon;
  return l;
}

/* Writes all of buf to path through a file beside it, renamed over path: a process that
** maps the old image keeps it whole. */
static int write_replacing(const char *path, const uint8_t *buf, size_t len) {
  char tmp[4200];
  FILE *f;
  int rc = PC_OK;
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp) return PC_EINVAL;
  if (!(f = fopen(tmp, "wb"))) return PC_EIO;
  if (fwrite(buf, 1, len, f) != len) rc = PC_EIO;
  if (fclose(f) != 0) rc = PC_EIO;
  if (rc == PC_OK && rename(tmp, path) != 0) rc = PC_EIO;
  if (rc) remove(tmp);
  return rc;
}

int pc_model_save(const pc_model *m, const char *path) {
  image_layout l;
  uint8_t *img, *body;
  char version[16];
  size_t k;
  int rc;
  if (!m || !path) return PC_EINVAL;
  if (!m->fingerprint) return PC_EINVAL;
  l = layout_of(m->count, m->keys_len, m->nslots, m->ncommon);
  if (!(img = calloc(1, IMAGE_HEADER + (size_t)l.end))) return PC_ENOMEM;
  body = img + IMAGE_HEADER;
  memcpy(img, IMAGE_MAGIC, 8);
  put32(img + 8, IMAGE_FORMAT);
  put32(img + 12, PC_KEY_MAX);
  put64(img + 16, m->fingerprint);
  put64(img + 32, m->count);
  put64(img + 40, m->keys_len);
  put64(img + 48, m->nslots);
  put64(img + 56, m->ncommon);
  put64(img + 64, m->ncommon ? m->common_len : 0);
  version_field(version);
  memcpy(img + 72, version, 16);
  for (k = 0; k < PC_MODEL_NSOURCES; k++) {
    put64(body + 16 * k, m->src_size[k]);
    put64(body + 16 * k + 8, m->src_hash[k]);
  }
  for (k = 0; k < m->nslots; k++) put64(body + l.slots + 8 * k, m->slots[k]);
  for (k = 0; k < m->count; k++) {
    const pc_lex_entry *x = &m->entries[k];
    uint8_t *p = body + l.entries + ENTRY_BYTES * k;
    put32(p, x->key_off);
    put16(p + 4, x->key_len);
    p[6] = x->kind;
    p[7] = x->head_kind;
    put32(p + 8, x->cls);
    put32(p + 12, x->pop);
    p[16] = (uint8_t)x->cc[0];
    p[17] = (uint8_t)x->cc[1];
  }
  if (m->ncommon)
    for (k = 0; k < PREFIX_SLOTS; k++) put32(body + l.prefix + 4 * k, m->common_first[k]);
  for (k = 0; k < m->ncommon; k++) put32(body + l.lines + 4 * k, m->common_lines[k]);
  if (m->keys_len) memcpy(body + l.keys, m->keys, m->keys_len);
  if (m->ncommon) memcpy(body + l.lens, m->common_lens, m->ncommon);
  put64(img + 24, hash_bytes(0, body, (size_t)l.end));
  rc = write_replacing(path, img, IMAGE_HEADER + (size_t)l.end);
  free(img);
  return rc;
}

int pc_model_from_image(const pc_model *m) { return m ? m->image.data != NULL : 0; }

#ifdef PC_IMAGE_MMAP

/* The fingerprint of the source records of an image body. */
static uint64_t fingerprint_records(const uint8_t *records) {
  uint64_t size[PC_MODEL_NSOURCES], hash[PC_MODEL_NSOURCES];
  size_t k;
  for (k = 0; k < PC_MODEL_NSOURCES; k++) {
    size[k] = get64(records + 16 * k);
    hash[k] = get64(records + 16 * k + 8);
  }
  return pc_model_fingerprint(size, hash);
}

void pc_file_view_release(pc_file_view *v) {
  if (v->data && v->len) munmap((void *)(uintptr_t)v->data, v->len);
  v->data = NULL;
  v->len = 0;
}

/* Maps a regular file read-only (an empty one is a view of no bytes); its status in *st.
** PC_EIO when it cannot be opened or mapped, or is not a regular file. */
static int view_file(const char *path, pc_file_view *v, struct stat *st) {
  int fd = open(path, O_RDONLY);
  void *p;
  v->data = NULL;
  v->len = 0;
  if (fd < 0) return PC_EIO;
  if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode) || st->st_size < 0 ||
      (uint64_t)st->st_size > PC_MAX_INPUT) {
    close(fd);
    return PC_EIO;
  }
  if (st->st_size == 0) {
    close(fd);
    v->data = (const uint8_t *)"";
    return PC_OK;
  }
  p = mmap(NULL, (size_t)st->st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (p == MAP_FAILED) return PC_EIO;
  v->data = p;
  v->len = (size_t)st->st_size;
  return PC_OK;
}

/* Whether file time a is strictly older than b (nanoseconds where the system has them). */
static int older(const struct stat *a, const struct stat *b) {
#if defined(__linux__)
  if (a->st_mtim.tv_sec != b->st_mtim.tv_sec) return a->st_mtim.tv_sec < b->st_mtim.tv_sec;
  return a->st_mtim.tv_nsec < b->st_mtim.tv_nsec;
#else
  return a->st_mtime < b->st_mtime;
#endif
}

/* Whether every source file of dir is the one the image's records name (the rule at the
** top). The common words' text is left mapped in *common (when present). */
static int sources_match(const char *dir, const uint8_t *records, const struct stat *image_st,
                         pc_file_view *common) {
  size_t k;
  for (k = 0; k < PC_MODEL_NSOURCES; k++) {
    uint64_t size = get64(records + 16 * k), hash = get64(records + 16 * k + 8);
    char path[4096];
    struct stat st;
    pc_file_view v;
    int same;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, pc_model_source_file(k)) >= sizeof path) return 0;
    if (stat(path, &st) != 0) {
      if (hash == 0 && size == 0) continue; /* absent then, absent now */
      return 0;
    }
    if (hash == 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size != size) return 0;
    if (older(&st, image_st) && k != COMMON_SOURCE) continue;
    if (view_file(path, &v, &st) != PC_OK || v.len != size) { pc_file_view_release(&v); return 0; }
    same = older(&st, image_st) || pc_model_source_hash(v.data, v.len) == hash;
    if (same && k == COMMON_SOURCE) *common = v;
    else pc_file_view_release(&v);
    if (!same) return 0;
  }
  return 1;
}

/* The header's counts against the file: PC_OK with *l set when they describe it exactly. */
static int check_header(const uint8_t *img, size_t len, image_layout *l) {
  char version[16];
  uint64_t count, keys_len, nslots, ncommon;
  version_field(version);
  if (len < IMAGE_HEADER + SOURCE_BYTES || memcmp(img, IMAGE_MAGIC, 8) != 0 || get32(img + 8) != IMAGE_FORMAT ||
      get32(img + 12) != PC_KEY_MAX || memcmp(img + 72, version, 16) != 0)
    return PC_EFORMAT;
  count = get64(img + 32);
  keys_len = get64(img + 40);
  nslots = get64(img + 48);
  ncommon = get64(img + 56);
  /* bounds first, so the layout's sums cannot overflow */
  if (count > 0x7fffffffu || keys_len > 0xffffffffu || ncommon > 0xffffffffu || nslots > ((uint64_t)1 << 32))
    return PC_EFORMAT;
  if (nslots < 1024 || (nslots & (nslots - 1)) || nslots < 2 * count) return PC_EFORMAT;
  *l = layout_of(count, keys_len, nslots, ncommon);
  if (l->end != len - IMAGE_HEADER) return PC_EFORMAT;
  if (fingerprint_records(img + IMAGE_HEADER) != get64(img + 16)) return PC_EFORMAT;
  if (hash_bytes(0, img + IMAGE_HEADER, len - IMAGE_HEADER) != get64(img + 24)) return PC_EFORMAT;
  return PC_OK;
}

/* Every index a lookup follows stays in bounds, and the table keeps empty slots. */
static int check_body(const pc_model *m) {
  size_t k, used = 0;
  for (k = 0; k < m->nslots; k++) {
    uint32_t e = (uint32_t)m->slots[k];
    if (m->slots[k] == 0) continue;
    if (e == 0 || e > m->count) return PC_EFORMAT;
    used++;
  }
  if (used > m->count) return PC_EFORMAT; /* then at least half the slots are empty */
  for (k = 0; k < m->count; k++) {
    const pc_lex_entry *x = &m->entries[k];
    if (x->key_len == 0 || x->key_len > PC_KEY_MAX || (uint64_t)x->key_off + x->key_len > m->keys_len ||
        x->kind >= PC_KIND_COUNT || x->head_kind >= PC_KIND_COUNT)
      return PC_EFORMAT;
  }
  if (!m->ncommon) return PC_OK;
  /* the words sorted (for bisection) and within the text; the prefix index in order */
  for (k = 0; k < m->ncommon; k++) {
    if ((uint64_t)m->common_lines[k] + m->common_lens[k] > m->common_len) return PC_EFORMAT;
    if (k && m->common_lines[k] <= m->common_lines[k - 1]) return PC_EFORMAT;
  }
  for (k = 0; k < PREFIX_SLOTS; k++)
    if (m->common_first[k] > m->ncommon || (k && m->common_first[k] < m->common_first[k - 1])) return PC_EFORMAT;
  return PC_OK;
}

/* The model's arrays, pointing into the image (checked by check_header). */
static void point_into(pc_model *m, const uint8_t *img, const image_layout *l) {
  const uint8_t *body = img + IMAGE_HEADER;
  size_t k;
  m->count = m->capacity = (size_t)get64(img + 32);
  m->keys_len = m->keys_cap = (size_t)get64(img + 40);
  m->nslots = (size_t)get64(img + 48);
  m->ncommon = (size_t)get64(img + 56);
  m->slots = (uint64_t *)(uintptr_t)(body + l->slots);
  m->entries = (pc_lex_entry *)(uintptr_t)(body + l->entries);
  m->keys = (uint8_t *)(uintptr_t)(body + l->keys);
  if (m->ncommon) {
    m->common_first = (uint32_t *)(uintptr_t)(body + l->prefix);
    m->common_lines = (uint32_t *)(uintptr_t)(body + l->lines);
    m->common_lens = (uint8_t *)(uintptr_t)(body + l->lens);
  }
  for (k = 0; k < PC_MODEL_NSOURCES; k++) {
    m->src_size[k] = get64(body + 16 * k);
    m->src_hash[k] = get64(body + 16 * k + 8);
  }
  m->fingerprint = get64(img + 16);
}

int pc_model_load_image(const char *dir, pc_model **out) {
  char path[4096];
  pc_file_view img, common = {NULL, 0};
  struct stat st;
  image_layout l;
  pc_model *m = NULL;
  int rc;
  *out = NULL;
  if (!host_is_little_endian() || !entry_layout_matches()) return PC_EFORMAT;
  if ((size_t)snprintf(path, sizeof path, "%s/model.bin", dir) >= sizeof path) return PC_EINVAL;
  if ((rc = view_file(path, &img, &st))) return rc;
  rc = check_header(img.data, img.len, &l);
  if (rc == PC_OK && !sources_match(dir, img.data + IMAGE_HEADER, &st, &common)) rc = PC_EFORMAT;
  /* the text of the common words: the file, of the length the image says */
  if (rc == PC_OK && get64(img.data + 56) && common.len != get64(img.data + 64)) rc = PC_EFORMAT;
  if (rc == PC_OK) rc = pc_model_new(&m);
  if (rc == PC_OK) {
    point_into(m, img.data, &l);
    m->image = img;
    m->common_view = common;
    m->common = (uint8_t *)(uintptr_t)common.data;
    m->common_len = common.len;
    if ((rc = check_body(m)) == PC_OK) {
      *out = m;
      return PC_OK;
    }
    pc_model_free(m); /* releases both views */
    return rc;
  }
  pc_file_view_release(&common);
  pc_file_view_release(&img);
  return rc;
}

#else /* no mmap: the sources are parsed */

void pc_file_view_release(pc_file_view *v) { v->data = NULL; v->len = 0; }

int pc_model_load_image(const char *dir, pc_model **out) {
  (void)dir;
  *out = NULL;
  return PC_EFORMAT;
}

#endif
