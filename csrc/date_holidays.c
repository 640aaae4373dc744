/*
** date_holidays.c: holidays named as days, in English and French ("Christmas", "New Year's
** Day", "May Day", "Labor Day", "Easter", "Thanksgiving", "Noël", "Toussaint", "fête du
** Travail", "Pâques"), and the day each falls on: a fixed day, Easter Sunday by the Gregorian
** computus, or the nth weekday of a month (US Labor Day, US Thanksgiving).
** Does not: holidays that differ by country beyond these conventions ("Labour Day" is May 1 in
** much of the world and September in Canada: left out), religious calendars other than Easter.
*/
#include "date_holidays.h"

enum { FIXED, EASTER, NTH_WEEKDAY };

typedef struct holiday {
  const char *words[4]; /* lowercase, matched in any case; NULL ends the name */
  int rule, m, d;       /* FIXED: month and day; EASTER: d days after Easter Sunday;
                        ** NTH_WEEKDAY: month m, weekday (1 Monday) d / 10, nth d % 10 */
} holiday;

static const holiday holidays[] = {
  {{"christmas", "day", NULL, NULL}, FIXED, 12, 25},
  {{"christmas", "eve", NULL, NULL}, FIXED, 12, 24},
  {{"christmas", NULL, NULL, NULL}, FIXED, 12, 25},
  {{"new", "year", "'s", "day"}, FIXED, 1, 1},
  {{"new", "year", "\xe2\x80\x99s", "day"}, FIXED, 1, 1},
  {{"new", "year", "'s", "eve"}, FIXED, 12, 31},
  {{"new", "year", "\xe2\x80\x99s", "eve"}, FIXED, 12, 31},
  {{"may", "day", NULL, NULL}, FIXED, 5, 1},
  {{"bastille", "day", NULL, NULL}, FIXED, 7, 14},
  {{"halloween", NULL, NULL, NULL}, FIXED, 10, 31},
  {{"labor", "day", NULL, NULL}, NTH_WEEKDAY, 9, 11},     /* first Monday of September */
  {{"thanksgiving", NULL, NULL, NULL}, NTH_WEEKDAY, 11, 44}, /* fourth Thursday of November */
  {{"easter", "monday", NULL, NULL}, EASTER, 0, 1},
  {{"easter", "sunday", NULL, NULL}, EASTER, 0, 0},
  {{"easter", NULL, NULL, NULL}, EASTER, 0, 0},
  {{"no\xc3\xabl", NULL, NULL, NULL}, FIXED, 12, 25},
  {{"toussaint", NULL, NULL, NULL}, FIXED, 11, 1},
  {{"saint-sylvestre", NULL, NULL, NULL}, FIXED, 12, 31},
  {{"nouvel", "an", NULL, NULL}, FIXED, 1, 1},
  {{"f\xc3\xaate", "du", "travail", NULL}, FIXED, 5, 1},
  {{"p\xc3\xa2ques", NULL, NULL, NULL}, EASTER, 0, 0},
  {{NULL, NULL, NULL, NULL}, 0, 0, 0}
};

int pc_holiday_at(const pc_sent *st, size_t i, size_t *last) {
  int h;
  /* every name but "fête du Travail" starts with a capital */
  if (i >= st->n || st->tok[i].kind != PC_TOK_WORD) return 0;
  if (!(st->tok[i].flags & PC_TF_CAP) && !pc_tok_ieq(st, i, "f\xc3\xaate")) return 0;
  for (h = 0; holidays[h].words[0]; h++) {
    size_t k;
    for (k = 0; k < 4 && holidays[h].words[k]; k++)
      if (!pc_tok_ieq(st, i + k, holidays[h].words[k])) break;
    if (k < 4 && holidays[h].words[k]) continue;
    /* the later words of a name are capitalized too: "May Day", not "may day" in a sentence */
    if (k > 1 && !(st->tok[i + k - 1].flags & PC_TF_CAP) && st->tok[i + k - 1].kind == PC_TOK_WORD &&
        !pc_tok_ieq(st, i + k - 1, "an") && !pc_tok_ieq(st, i + k - 1, "'s"))
      continue;
    *last = i + k - 1;
    return h + 1;
  }
  return 0;
}

/* Easter Sunday of year y: the anonymous Gregorian computus. */
static void easter(int y, int *m, int *d) {
  int a = y % 19, b = y / 100, c = y % 100, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - b / 4 - g + 15) % 30, l = (32 + 2 * e + 2 * (c / 4) - h - c % 4) % 7;
  int mm = (a + 11 * h + 22 * l) / 451;
  *m = (h + l - 7 * mm + 114) / 31;
  *d = (h + l - 7 * mm + 114) % 31 + 1;
}

/* 1 Monday .. 7 Sunday of y-m-d (Zeller's congruence, Gregorian). */
static int weekday(int y, int m, int d) {
  int k, j, h;
  if (m < 3) { m += 12; y--; }
  k = y % 100;
  j = y / 100;
  h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; /* 0 Saturday */
  return (h + 5) % 7 + 1;
}

void pc_holiday_day(int id, int y, int *m, int *d) {
  const holiday *h = &holidays[id - 1];
  if (h->rule == FIXED) {
    *m = h->m;
    *d = h->d;
  } else if (h->rule == EASTER) {
    easter(y, m, d);
    *d += h->d; /* Easter Monday: never past April 26 */
    if (*m == 3 && *d > 31) { *m = 4; *d -= 31; }
  } else {
    int wd = h->d / 10, nth = h->d % 10;
    *m = h->m;
    *d = 1 + (wd - weekday(y, h->m, 1) + 7) % 7 + 7 * (nth - 1);
  }
}
