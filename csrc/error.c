/*
** error.c: error messages and the small name tables of the public API.
*/
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "text.h"

const char *pc_errmsg(int code) {
  switch (code) {
    case PC_OK: return "no error";
    case PC_ENOMEM: return "out of memory";
    case PC_EINVAL: return "invalid argument";
    case PC_EDATE: return "invalid date (expected YYYY-MM-DD)";
    case PC_ETOOBIG: return "input too large (more than 2 GiB)";
    case PC_EIO: return "cannot read a model file";
    case PC_EFORMAT: return "a model file is not in its format";
    default: return "unknown error";
  }
}

const char *pc_lang_name(int lang) {
  switch (lang) {
    case PC_LANG_EN: return "en";
    case PC_LANG_FR: return "fr";
    default: return "und";
  }
}

int pc_lang_from_name(const char *name) {
  if (!name) return -1;
  if (strcmp(name, "en") == 0) return PC_LANG_EN;
  if (strcmp(name, "fr") == 0) return PC_LANG_FR;
  if (strcmp(name, "und") == 0) return PC_LANG_UND;
  return -1;
}

int pc_grow(void **items, size_t *capacity, size_t need, size_t elsize) {
  size_t cap = *capacity;
  void *p;
  if (need <= cap) return PC_OK;
  if (cap < 16) cap = 16;
  while (cap < need) {
    if (cap > ((size_t)-1) / 2 / elsize) return PC_ENOMEM;
    cap *= 2;
  }
  p = realloc(*items, cap * elsize);
  if (!p) return PC_ENOMEM;
  *items = p;
  *capacity = cap;
  return PC_OK;
}
