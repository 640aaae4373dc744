/*
** dates.c: DATE entities in English and French, with ISO 8601 values.
**
** Absolute: "2026-01-31", "31/01/2026", "January 31, 2026", "31 January 2026",
** "samedi 31 janvier 2026", "1er mai", "Jan. 31", "November 2025", "2024".
** Relative to the document date: "Saturday", "last night", "overnight", "today", "hier",
** "next month", "earlier this month", "l'an prochain" (span "an prochain": determiners stay
** out), "samedi dernier", "recent weeks", "ces derniers jours".
** Resolution: a bare weekday is the nearest such day on or before the document date, or on
** or after it when the sentence speaks of the future (will, plans, sera, prévu, ...); "last
** X" / "X dernier" is strictly before, "next X" / "X prochain" strictly after. A day and
** month without a year take the year that puts them nearest the document date. A month
** alone takes the document's year, or the year before when the month is later in the year
** and the sentence is in the past (the year after, in the future). Vague periods ("recent
** weeks") and weeks get no value. Without a document date, only stated years give values.
** Does not: durations ("two weeks"), ages, clock times, holidays, seasons, decades.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "dates.h"
#include "sentence.h"
#include "text.h"

/* Howard Hinnant's days_from_civil: days since 1970-01-01 (proleptic Gregorian). */
long pc_days_from_civil(int y, int m, int d) {
  long yy = (long)y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void pc_civil_from_days(long z, int *y, int *m, int *d) {
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 1 Monday .. 7 Sunday */
static int weekday_of(long days) { return (int)(((days % 7) + 7 + 3) % 7) + 1; }

static int days_in_month(int y, int m) {
  static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return md[m - 1];
}

static void set_value(pc_entity *e, int y, int m, int d) {
  if (y < 1 || y > 9999) return;
  if (m == 0) { snprintf(e->date, sizeof e->date, "%04d", y); return; }
  if (d == 0) { snprintf(e->date, sizeof e->date, "%04d-%02d", y, m); return; }
  snprintf(e->date, sizeof e->date, "%04d-%02d-%02d", y, m, d);
}

/* ---- token readers ---- */


static int is_number(const pc_sent *st, size_t i) { return i < st->n && st->tok[i].kind == PC_TOK_NUMBER; }

static int digits_value(const pc_sent *st, size_t i, size_t maxlen) {
  size_t k, n;
  int v = 0;
  if (!is_number(st, i) || !(st->tok[i].flags & PC_TF_DIGITS)) return -1;
  n = pc_tok_len(st, i);
  if (n > maxlen) return -1;
  for (k = 0; k < n; k++) v = v * 10 + (st->s[st->tok[i].start + k] - '0');
  return v;
}

/* A day of the month: "31", "1er", "1st", "2nd", "23rd", "4th", "2e". */
static int day_number(const pc_sent *st, size_t i) {
  const uint8_t *p;
  size_t n, k = 0;
  int v = 0;
  if (!is_number(st, i)) return 0;
  p = st->s + st->tok[i].start;
  n = pc_tok_len(st, i);
  while (k < n && k < 2 && pc_is_digit(p[k])) v = v * 10 + (p[k++] - '0');
  if (k == 0 || v < 1 || v > 31) return 0;
  if (k < n) {
    if (pc_is_digit(p[k])) return 0;
    if (!(pc_ascii_ieq(p + k, n - k, "st") || pc_ascii_ieq(p + k, n - k, "nd") || pc_ascii_ieq(p + k, n - k, "rd") ||
          pc_ascii_ieq(p + k, n - k, "th") || pc_ascii_ieq(p + k, n - k, "er") || pc_ascii_ieq(p + k, n - k, "e")))
      return 0;
  }
  return v;
}

static int year_number(const pc_sent *st, size_t i) {
  int v = digits_value(st, i, 4);
  if (v < 1000 || pc_tok_len(st, i) != 4) return 0;
  return v;
}

static int month_at(const pc_sent *st, size_t i) {
  int cap;
  if (!pc_tok_is(st, i, W_MONTH)) return 0;
  cap = (st->tok[i].flags & PC_TF_CAP) != 0;
  /* English month names are capitalized; French ones usually are not */
  if (!cap && st->lang != PC_LANG_FR) return 0;
  /* an abbreviation wants its period, but for English "Jan 31" */
  if (pc_tok_is(st, i, W_MONABBR) && !(pc_tok_char(st, i + 1, '.') && pc_tok_glued(st, i)) &&
      !(cap && st->lang != PC_LANG_FR))
    return 0;
  return st->word[i]->val;
}

/* The token after a month: skips the period of an abbreviation ("Jan."). */
static size_t after_month(const pc_sent *st, size_t i) {
  if (pc_tok_is(st, i, W_MONABBR) && pc_tok_char(st, i + 1, '.') && pc_tok_glued(st, i)) return i + 2;
  return i + 1;
}

static size_t skip_comma(const pc_sent *st, size_t i) { return pc_tok_char(st, i, ',') ? i + 1 : i; }

/* The year of a month (and day) stated without one: the occurrence nearest the document
** date, unless a tense cue right beside it says past (on or before the document date) or
** future (on or after). News speaks of dates within months of its own. */
static int year_for(const pc_sent *st, size_t i, int m, int d) {
  long doc = pc_days_from_civil(st->year, st->month, st->day), best_dist = -1;
  int tense = pc_local_tense(st, i, 3), y, best = 0;
  /* four years each way: "29 February" must land in a leap year */
  for (y = st->year - 4; y <= st->year + 4; y++) {
    long first, last, dist;
    if (d > days_in_month(y, m)) continue;
    first = pc_days_from_civil(y, m, d ? d : 1);
    last = pc_days_from_civil(y, m, d ? d : days_in_month(y, m));
    dist = last < doc ? doc - last : first > doc ? first - doc : 0;
    if (tense < 0 && first > doc) continue;
    if (tense > 0 && last < doc) continue;
    if (best_dist < 0 || dist < best_dist) { best_dist = dist; best = y; }
  }
  return best; /* 0: none (no value) */
}

static pc_entity *add_date(pc_sent *st, pc_entities *out, size_t i, size_t j) {
  return pc_add_entity(st, out, i, j, PC_ENT_DATE);
}

static int any_taken(const pc_sent *st, size_t i, size_t j) {
  size_t k;
  for (k = i; k <= j && k < st->n; k++)
    if (st->taken[k]) return 1;
  return 0;
}

/* ---- patterns; each returns the index of the last token it used, or 0 when none ---- */

typedef struct date_match {
  size_t last;
  int y, m, d;
  int relative;
  int no_value;
  int week;        /* the value is the ISO week of week_days */
  long week_days;
} date_match;

/* "2026-W05": the ISO 8601 week (Monday first; week 1 holds the year's first Thursday). */
static void set_week(pc_entity *e, long days) {
  long thursday = days - (weekday_of(days) - 1) + 3;
  int y, m, d, week;
  pc_civil_from_days(thursday, &y, &m, &d);
  week = (int)((thursday - pc_days_from_civil(y, 1, 1)) / 7) + 1;
  if (y < 1 || y > 9999 || week < 1 || week > 53) return;
  snprintf(e->date, sizeof e->date, "%04d-W%02d", y % 10000, week % 100);
}

/* "2026-01-31" and "31/01/2026", "31.01.2026" */
static int numeric_date(const pc_sent *st, size_t i, date_match *dm) {
  int a, b, c;
  if (!is_number(st, i)) return 0;
  if (i + 4 < st->n && (a = year_number(st, i)) && pc_tok_char(st, i + 1, '-') && pc_tok_glued(st, i) &&
      pc_tok_glued(st, i + 1) && pc_tok_glued(st, i + 2) && pc_tok_glued(st, i + 3) && pc_tok_char(st, i + 3, '-') &&
      pc_tok_len(st, i + 2) == 2 && pc_tok_len(st, i + 4) == 2) {
    b = digits_value(st, i + 2, 2);
    c = digits_value(st, i + 4, 2);
    if (b >= 1 && b <= 12 && c >= 1 && c <= days_in_month(a, b)) {
      dm->last = i + 4; dm->y = a; dm->m = b; dm->d = c;
      return 1;
    }
  }
  if (i + 4 < st->n && pc_tok_char(st, i + 1, '/') && pc_tok_char(st, i + 3, '/') && pc_tok_glued(st, i) &&
      pc_tok_glued(st, i + 1) && pc_tok_glued(st, i + 2) && pc_tok_glued(st, i + 3)) {
    a = digits_value(st, i, 2);
    b = digits_value(st, i + 2, 2);
    c = digits_value(st, i + 4, 4);
    if (a > 0 && b > 0 && c >= 0) {
      if (pc_tok_len(st, i + 4) == 2) c += 2000;
      else if (pc_tok_len(st, i + 4) != 4) return 0;
      if (b > 12 && a <= 12) { int t = a; a = b; b = t; } /* month/day/year */
      if (b >= 1 && b <= 12 && a >= 1 && a <= days_in_month(c, b)) {
        dm->last = i + 4; dm->y = c; dm->m = b; dm->d = a;
        return 1;
      }
    }
  }
  /* "31.01.2026": one number token */
  if (pc_tok_len(st, i) == 10) {
    const uint8_t *p = st->s + st->tok[i].start;
    if (p[2] == '.' && p[5] == '.' && pc_is_digit(p[0]) && pc_is_digit(p[3]) && pc_is_digit(p[6])) {
      a = (p[0] - '0') * 10 + (p[1] - '0');
      b = (p[3] - '0') * 10 + (p[4] - '0');
      c = (p[6] - '0') * 1000 + (p[7] - '0') * 100 + (p[8] - '0') * 10 + (p[9] - '0');
      if (b >= 1 && b <= 12 && a >= 1 && a <= days_in_month(c, b)) {
        dm->last = i; dm->y = c; dm->m = b; dm->d = a;
        return 1;
      }
    }
  }
  return 0;
}

/* "31 January [2026]", "1er mai", "Jan. 31[, 2026]", "November 2025" from token i. */
static int calendar_date(const pc_sent *st, size_t i, date_match *dm) {
  int d, m, y;
  size_t k;
  if ((d = day_number(st, i)) && (m = month_at(st, i + 1)) && !pc_tok_glued(st, i)) {
    k = after_month(st, i + 1);
    dm->m = m; dm->d = d; dm->last = k - 1;
    if ((y = year_number(st, k))) { dm->y = y; dm->last = k; }
    if (d > days_in_month(dm->y ? dm->y : 2000, m)) return 0;
    return 1;
  }
  if ((m = month_at(st, i))) {
    k = after_month(st, i);
    if ((d = day_number(st, k))) {
      size_t k2 = skip_comma(st, k + 1);
      if (d > days_in_month(2000, m)) return 0;
      dm->m = m; dm->d = d; dm->last = k;
      if ((y = year_number(st, k2))) { dm->y = y; dm->last = k2; }
      return 1;
    }
    if ((y = year_number(st, skip_comma(st, k)))) {
      dm->m = m; dm->y = y; dm->last = skip_comma(st, k);
      return 1;
    }
  }
  return 0;
}

static int is_preposition_for_month(const pc_sent *st, size_t i) {
  static const char *const preps[] = {"in", "since", "until", "by", "of", "from", "through", "before",
                                      "after", "early", "late", "mid", "last", "next", "this", "en",
                                      "depuis", "d\xc3\xa8s", "fin", "d\xc3\xa9" "but", "jusqu'en", "mi", "to", "as",
                                      "\xc3\xa0", "avant", "apr\xc3\xa8s", "pour", "until", NULL};
  size_t k;
  if (i >= st->n || st->tok[i].kind != PC_TOK_WORD) return 0;
  for (k = 0; preps[k]; k++)
    if (pc_ascii_ieq(st->s + st->tok[i].start, pc_tok_len(st, i), preps[k])) return 1;
  return 0;
}

static int add_match(pc_sent *st, pc_entities *out, size_t i, const date_match *dm) {
  pc_entity *e = add_date(st, out, i, dm->last);
  if (!e) return PC_ENOMEM;
  if (dm->relative) e->flags |= PC_EF_RELATIVE;
  if (!dm->no_value && dm->week && st->year) {
    set_week(e, dm->week_days);
    e->flags |= PC_EF_VALUE;
  } else if (!dm->no_value && dm->y) {
    set_value(e, dm->y, dm->m, dm->d);
    if (e->date[0]) e->flags |= PC_EF_VALUE;
  }
  return PC_OK;
}

/* Resolves a weekday against the document date: dir -1 on or before, +1 on or after,
** -2 strictly before, +2 strictly after. */
static void resolve_weekday(const pc_sent *st, int wd, int dir, date_match *dm) {
  long doc, z;
  int delta;
  if (!st->year) return;
  doc = pc_days_from_civil(st->year, st->month, st->day);
  delta = wd - weekday_of(doc);
  if (dir < 0) {
    if (delta > 0) delta -= 7;
    if (dir == -2 && delta == 0) delta = -7;
  } else {
    if (delta < 0) delta += 7;
    if (dir == 2 && delta == 0) delta = 7;
  }
  z = doc + delta;
  pc_civil_from_days(z, &dm->y, &dm->m, &dm->d);
}

static void shift_days(const pc_sent *st, int offset, date_match *dm) {
  if (!st->year) return;
  pc_civil_from_days(pc_days_from_civil(st->year, st->month, st->day) + offset, &dm->y, &dm->m, &dm->d);
}

static void shift_period(const pc_sent *st, int period, int dir, date_match *dm) {
  if (!st->year) return;
  if (period == PERIOD_YEAR) { dm->y = st->year + dir; dm->m = 0; dm->d = 0; }
  else if (period == PERIOD_MONTH) {
    int m = st->month + dir, y = st->year;
    if (m < 1) { m += 12; y--; }
    if (m > 12) { m -= 12; y++; }
    dm->y = y; dm->m = m; dm->d = 0;
  } else if (period == PERIOD_DAY) {
    shift_days(st, dir, dm);
  } else if (period == PERIOD_WEEK) {
    dm->week_days = pc_days_from_civil(st->year, st->month, st->day) + 7L * dir;
    dm->week = 1;
  } else {
    dm->no_value = 1; /* weekends: no ISO 8601 form */
  }
}

static int period_of(const pc_sent *st, size_t i) {
  if (pc_tok_is(st, i, W_PERIOD)) return st->word[i]->val;
  /* "mois-ci", "semaine-ci" */
  if (i < st->n && st->tok[i].kind == PC_TOK_WORD && pc_tok_len(st, i) > 3 &&
      pc_ascii_ieq(st->s + st->tok[i].end - 3, 3, "-ci")) {
    const pc_word *w = pc_word_lookup(st->s, st->tok[i].start, st->tok[i].end - 3);
    if (w && (w->cls & W_PERIOD)) return w->val;
  }
  return 0;
}

/* Relative expressions starting at token i. */
static int relative_date_at(const pc_sent *st, size_t i, date_match *dm) {
  size_t k = i;
  int period;
  dm->relative = 1;
  /* "today", "hier [soir]", "overnight" */
  if (pc_tok_is(st, k, W_DAYREL)) {
    dm->last = k;
    if (pc_tok_is(st, k + 1, W_DAYPART)) dm->last = k + 1;
    shift_days(st, st->word[k]->val, dm);
    return 1;
  }
  /* "earlier this month", "later this year", "early next year" */
  if (pc_tok_is(st, k, W_EARLY) && (pc_tok_is(st, k + 1, W_THIS) || pc_tok_is(st, k + 1, W_NEXT) ||
                                     pc_tok_is(st, k + 1, W_LAST)) && period_of(st, k + 2))
    k++;
  /* "this week", "last night", "next month", "cette année", "ce soir" */
  if ((pc_tok_is(st, k, W_THIS) || pc_tok_is(st, k, W_LAST) || pc_tok_is(st, k, W_NEXT)) &&
      !pc_tok_is(st, k, W_RECENT)) {
    int dir = pc_tok_is(st, k, W_THIS) ? 0 : pc_tok_is(st, k, W_LAST) ? -1 : 1;
    /* French "ces derniers jours" is vague: no value */
    if (pc_tok_is(st, k, W_THIS) && pc_tok_is(st, k + 1, W_RECENT) && period_of(st, k + 2)) {
      dm->last = k + 2;
      dm->no_value = 1;
      return 1;
    }
    if (pc_tok_is(st, k + 1, W_DAYPART)) {
      dm->last = k + 1;
      shift_days(st, dir, dm);
      return 1;
    }
    if ((period = period_of(st, k + 1))) {
      /* "this year" but not "this year's"? both fine; plural "last years" is not a date */
      const pc_word *w = st->word[k + 1];
      if (w && pc_tok_len(st, k + 1) > 0 && st->s[st->tok[k + 1].end - 1] == 's' && w->val != PERIOD_MONTH &&
          !pc_ascii_ieq(st->s + st->tok[k + 1].start, pc_tok_len(st, k + 1), "mois") &&
          !pc_ascii_ieq(st->s + st->tok[k + 1].start, pc_tok_len(st, k + 1), "ans"))
        return 0;
      dm->last = k + 1;
      shift_period(st, period, dir, dm);
      return 1;
    }
    if (pc_tok_is(st, k + 1, W_WEEKDAY) && dir != 0) {
      dm->last = k + 1;
      resolve_weekday(st, st->word[k + 1]->val, dir < 0 ? -2 : 2, dm);
      return 1;
    }
    if (pc_tok_is(st, k + 1, W_WEEKDAY)) {
      dm->last = k + 1;
      resolve_weekday(st, st->word[k + 1]->val, pc_clause_future(st, k + 1) ? 1 : -1, dm);
      return 1;
    }
    return 0;
  }
  /* "recent weeks", "in recent years" */
  if (pc_tok_is(st, k, W_RECENT) && period_of(st, k + 1) && k == i) {
    dm->last = k + 1;
    dm->no_value = 1;
    return 1;
  }
  /* French "mois dernier", "an prochain", "année dernière", "semaine prochaine" */
  if ((period = period_of(st, k)) && k == i && (pc_tok_is(st, k + 1, W_LAST) || pc_tok_is(st, k + 1, W_NEXT)) &&
      st->lang == PC_LANG_FR) {
    int dir = pc_tok_is(st, k + 1, W_LAST) ? -1 : 1;
    dm->last = k + 1;
    shift_period(st, period, dir, dm);
    return 1;
  }
  return 0;
}

static int relative_date(const pc_sent *st, size_t i, date_match *dm) {
  if (relative_date_at(st, i, dm)) return 1;
  memset(dm, 0, sizeof *dm);
  return 0;
}

/* A weekday, with an optional explicit date after it: "Saturday, Jan. 31", "samedi 31
** janvier 2026", "samedi dernier", "Tuesday night". */
static int weekday_date(const pc_sent *st, size_t i, date_match *dm) {
  int wd;
  size_t k;
  if (pc_tok_is(st, i, W_WDABBR) && (st->tok[i].flags & PC_TF_CAP)) {
    /* "Thu 11 Dec 2025", "Sat., Jan. 31": an abbreviated weekday only before a date */
    k = pc_tok_char(st, i + 1, '.') ? i + 2 : i + 1;
    k = skip_comma(st, k);
    if (!calendar_date(st, k, dm)) { memset(dm, 0, sizeof *dm); return 0; }
    if (!dm->y && st->year) { dm->y = year_for(st, i, dm->m, dm->d); dm->relative = 1; }
    else if (!dm->y) dm->relative = 1;
    return 1;
  }
  if (!pc_tok_is(st, i, W_WEEKDAY)) return 0;
  if (st->lang != PC_LANG_FR && !(st->tok[i].flags & PC_TF_CAP)) return 0;
  wd = st->word[i]->val;
  k = skip_comma(st, i + 1);
  if (calendar_date(st, k, dm)) {
    if (!dm->y && st->year) { dm->y = year_for(st, i, dm->m, dm->d); dm->relative = 1; }
    else if (!dm->y) dm->relative = 1;
    return 1;
  }
  dm->relative = 1;
  dm->last = i;
  if (pc_tok_is(st, i + 1, W_LAST)) {
    dm->last = i + 1;
    resolve_weekday(st, wd, -2, dm);
  } else if (pc_tok_is(st, i + 1, W_NEXT)) {
    dm->last = i + 1;
    resolve_weekday(st, wd, 2, dm);
  } else {
    resolve_weekday(st, wd, pc_clause_future(st, i) ? 1 : -1, dm);
  }
  return 1;
}

/* A month on its own: "in January", "dès décembre". */
static int month_alone(const pc_sent *st, size_t i, date_match *dm) {
  int m = month_at(st, i);
  if (!m) return 0;
  if (pc_tok_is(st, i, W_MONABBR) && !(pc_tok_char(st, i + 1, '.'))) return 0;
  /* "May" and "March" are words too: want a preposition before them */
  if (st->lang != PC_LANG_FR || m == 3) {
    if (i == 0 || !is_preposition_for_month(st, i - 1)) {
      if (m == 5 || m == 3 || st->lang != PC_LANG_FR) return 0;
    }
  }
  dm->last = i;
  dm->relative = 1;
  if (st->year) {
    dm->y = year_for(st, i, m, 0);
    dm->m = m;
  }
  /* "décembre dernier", "mars prochain": strictly before / after the document's month */
  if (st->lang == PC_LANG_FR && (pc_tok_is(st, i + 1, W_LAST) || pc_tok_is(st, i + 1, W_NEXT)) &&
      !pc_tok_is(st, i + 1, W_RECENT | W_THIS)) {
    int next = pc_tok_is(st, i + 1, W_NEXT);
    dm->last = i + 1;
    if (st->year) {
      dm->y = st->year;
      if (!next && m >= st->month) dm->y--;
      if (next && m <= st->month) dm->y++;
    }
  }
  return 1;
}

/* Whether token i begins something a year number cannot be: "2000 officers" (a count),
** "2020 percent". */
static int year_is_count(const pc_sent *st, size_t i) {
  size_t k = i + 1;
  if (i > 0 && st->tok[i - 1].kind == PC_TOK_SYMBOL) return 1;
  if (i > 0 && is_preposition_for_month(st, i - 1)) return 0;
  if (k >= st->n) return 0;
  if (st->tok[k].kind == PC_TOK_SYMBOL || pc_tok_is(st, k, W_PERCENT | W_CURRENCY | W_SCALE)) return 1;
  if (st->tok[k].kind == PC_TOK_NUMBER) return 1;
  if (pc_tok_char(st, k, ',') && is_number(st, k + 1) && pc_tok_glued(st, i)) return 1;
  if (st->tok[k].kind == PC_TOK_WORD && (st->tok[k].flags & PC_TF_LOWER) && !pc_tok_function(st, k)) {
    /* a plural noun right after: "2000 officers", "1500 manifestants" */
    uint8_t last = st->s[st->tok[k].end - 1];
    if (last == 's' || last == 'x') return 1;
  }
  return 0;
}

/* Whether a date may begin at token i: every pattern starts at a number, at a word of one
** of these classes ("May", "Saturday", "Thu", "hier", "early", "this", "last", "next",
** "recent", "week"), or at a "mois-ci" form. Most tokens are none: they are skipped before
** any pattern is tried. */
#define DATE_START_CLASSES (W_MONTH | W_WEEKDAY | W_WDABBR | W_DAYREL | W_EARLY | W_THIS | W_LAST | W_NEXT | \
                            W_RECENT | W_PERIOD)
static int may_start_date(const pc_sent *st, size_t i) {
  if (st->tok[i].kind == PC_TOK_NUMBER) return 1;
  if (pc_tok_function(st, i)) return (st->word[i]->cls & DATE_START_CLASSES) != 0;
  return (st->tok[i].flags & PC_TF_HYPHEN) && period_of(st, i);
}

static int annotate_dates(pc_sent *st, pc_entities *out) {
  size_t i;
  int rc;
  for (i = 0; i < st->n; i++) {
    date_match dm;
    int y;
    if (st->taken[i]) continue;
    if (!may_start_date(st, i)) continue;
    memset(&dm, 0, sizeof dm);
    if (numeric_date(st, i, &dm) || weekday_date(st, i, &dm) || relative_date(st, i, &dm)) {
      /* found */
    } else if (calendar_date(st, i, &dm)) {
      if (!dm.y && dm.d && st->year) { dm.y = year_for(st, i, dm.m, dm.d); dm.relative = 1; }
      else if (!dm.y) dm.relative = 1;
    } else {
      memset(&dm, 0, sizeof dm);
      if (month_alone(st, i, &dm)) {
        /* found */
      } else if ((y = year_number(st, i)) && y >= 1900 && y <= 2100 && !year_is_count(st, i) &&
                 !(i > 0 && pc_tok_glued(st, i - 1) && (st->tok[i - 1].kind == PC_TOK_NUMBER ||
                                                          pc_tok_char(st, i - 1, ',') || pc_tok_char(st, i - 1, '.')))) {
        dm.last = i;
        dm.y = y;
      } else {
        continue;
      }
    }
    if (any_taken(st, i, dm.last)) continue;
    if ((rc = add_match(st, out, i, &dm))) return rc;
    i = dm.last;
  }
  return PC_OK;
}

struct pc_dates {
  int year, month, day; /* the document date; year 0: unknown (only stated years resolve) */
};

pc_dates *pc_dates_new(const pc_doc_ctx *ctx) {
  pc_dates *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->year = ctx->doc->meta.year;
  d->month = ctx->doc->meta.month;
  d->day = ctx->doc->meta.day;
  return d;
}

int pc_dates_sentence(pc_dates *d, pc_sent *st, pc_entities *out) {
  st->year = d->year;
  st->month = d->month;
  st->day = d->day;
  return annotate_dates(st, out);
}

int pc_dates_document(pc_dates *d, const pc_doc_ctx *ctx, pc_annotations *out) {
  (void)d;
  (void)ctx;
  (void)out;
  return PC_OK;
}

void pc_dates_free(pc_dates *d) { free(d); }

/* The driver's view of this annotator. */
static void *dates_create(const pc_doc_ctx *ctx) { return pc_dates_new(ctx); }
static int dates_sentence(void *state, pc_sent *st, pc_annotations *out) {
  return pc_dates_sentence((pc_dates *)state, st, &out->entities);
}
static int dates_document(void *state, const pc_doc_ctx *ctx, pc_annotations *out) {
  return pc_dates_document((pc_dates *)state, ctx, out);
}
static void dates_destroy(void *state) { pc_dates_free((pc_dates *)state); }

const pc_annotator pc_dates_annotator = {
  "dates", PC_ANN_ENTITIES, 0,
  dates_create, dates_sentence, dates_document, dates_destroy,
  0 /* one sentence at a time */
};
