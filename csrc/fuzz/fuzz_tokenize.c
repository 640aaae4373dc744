/*
** fuzz_tokenize.c: libFuzzer target for pc_tokenize over ANY byte range, as doc:tokens(i, j)
** allows from Lua: ranges that start or end inside a UTF-8 sequence, empty ranges, and
** appending to an array that already holds tokens. Also pc_detect_lang on the text.
** Input: bytes 0-1 and 2-3 pick the range (big-endian, reduced modulo the text length),
** byte 4 is unused; the text is the rest (fuzz_common.h's header size, so the seeds are
** shared with the other targets).
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *text;
  size_t len, a, b, before;
  pc_tokens t = {NULL, 0, 0};
  int lang;
  if (size < FUZZ_HEADER) return 0;
  text = data + FUZZ_HEADER;
  len = size - FUZZ_HEADER;
  a = ((size_t)data[0] << 8 | data[1]) % (len + 1);
  b = a + ((size_t)data[2] << 8 | data[3]) % (len - a + 1);
  lang = pc_detect_lang(text, len);
  FUZZ_CHECK(lang == PC_LANG_UND || lang == PC_LANG_EN || lang == PC_LANG_FR, lang, 0);
  /* the whole text, then the range appended after it */
  FUZZ_CHECK(pc_tokenize(text, 0, len, &t) == PC_OK, 0, len);
  fuzz_check_tokens(&t, 0, 0, len);
  before = t.count;
  FUZZ_CHECK(pc_tokenize(text, a, b, &t) == PC_OK, a, b);
  fuzz_check_tokens(&t, before, a, b);
  /* bad arguments are refused, not followed */
  FUZZ_CHECK(pc_tokenize(text, b + 1, b, &t) == PC_EINVAL, b + 1, b);
  FUZZ_CHECK(pc_tokenize(NULL, 0, 1, &t) == PC_EINVAL, 0, 1);
  FUZZ_CHECK(pc_tokenize(text, a, b, NULL) == PC_EINVAL, a, b);
  pc_tokens_free(&t);
  pc_tokens_free(&t); /* twice: harmless */
  return 0;
}
