/*
** cues.h: the events layer's phrase lists matched over a sentence's words (cues.c).
*/
#ifndef PC_CUES_H
#define PC_CUES_H
#include <stddef.h>
#include <stdint.h>

typedef struct pc_cues pc_cues;

/* How a list is matched. LONGEST: left to right, the longest phrase at each word, matches
** never overlapping (events/lexicon.lua, Matcher:find). ALL: every phrase at every word
** (events/detect.lua, find_all). */
enum { PC_CUES_LONGEST = 0, PC_CUES_ALL = 1 };

#define PC_CUES_MAX_LISTS 1024
#define PC_CUES_MAX_PHRASE_WORDS 32

/* A word of a sentence: 0-based, end-exclusive byte offsets into the text. */
typedef struct pc_cue_word {
  size_t start, end;
} pc_cue_word;

/* A match: list (0-based, in the order lists were added), entry (1-based line of the
** list's spec), i..j (0-based word indexes, inclusive). */
typedef struct pc_cue_hit {
  uint32_t list, entry, i, j;
} pc_cue_hit;

/* What pc_cues_scan finds in one sentence; reused from one sentence to the next (zero it
** once, free it with pc_cue_scan_free). low holds the sentence lowercased (low[k] is the
** byte at start + k): a word's bytes are low + (w.start - start). */
typedef struct pc_cue_scan {
  size_t start;
  pc_cue_word *words;
  size_t nwords, capwords;
  uint32_t *ids; /* each word's id in the lists' vocabulary */
  size_t capids;
  uint64_t *masks; /* the lists (bit list % 64) a phrase of may start at each word */
  size_t capmasks;
  uint32_t *cand; /* the words where some phrase may start, in order */
  size_t ncand, capcand;
  uint32_t *caps; /* the words whose first byte in the text is an ASCII capital, in order */
  size_t ncaps, capcaps;
  pc_cue_hit *hits;
  size_t nhits, caphits;
  uint8_t *low;
  size_t caplow;
} pc_cue_scan;

/* An empty set of lists. */
int pc_cues_new(pc_cues **out);
/* Adds a list: spec holds one phrase a line ('\n'), its words separated by single spaces,
** a word ending in '*' a prefix (LONGEST lists only; a first word's prefix has 3 bytes at
** least). An empty line is an entry that never matches. *list gets its number.
** PC_EFORMAT for a spec that breaks these rules, PC_EINVAL for bad arguments. */
int pc_cues_add(pc_cues *c, const char *spec, size_t len, int mode, uint32_t *list);
size_t pc_cues_count(const pc_cues *c);
void pc_cues_free(pc_cues *c);

/* The words of text[start, end) (runs of ASCII letters and digits and of UTF-8 letters
** as events/lexicon.lua reads them) and the matches of the lists numbered in lists[]. */
int pc_cues_scan(const pc_cues *c, const uint8_t *text, size_t start, size_t end, const uint32_t *lists,
                 size_t nlists, pc_cue_scan *out);
void pc_cue_scan_free(pc_cue_scan *s);
#endif
