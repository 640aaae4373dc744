/*
** test_dates.c: unit tests of the date helpers through their C API: the word table of
** date_tense.c is in the order its lookup bisects, holidays fall on their days (Easter by the
** computus, US Labor Day and Thanksgiving), and civil dates round-trip through day counts.
** Prints "N passed, N failed".
*/
#include <stdio.h>
#include "dates.h"
#include "date_tense.h"
#include "date_holidays.h"

static int passed, failed;

static void check(int ok, const char *what) {
  if (ok) passed++;
  else { failed++; printf("FAIL %s\n", what); }
}

static void test_holidays(void) {
  /* ids follow the table of date_holidays.c; the days are what matter */
  struct { int id, y, m, d; const char *what; } cases[] = {
    {15, 2024, 3, 31, "Easter 2024"}, {15, 2025, 4, 20, "Easter 2025"}, {15, 2026, 4, 5, "Easter 2026"},
    {13, 2025, 4, 21, "Easter Monday 2025"}, {11, 2025, 9, 1, "Labor Day 2025"}, {11, 2026, 9, 7, "Labor Day 2026"},
    {12, 2025, 11, 27, "Thanksgiving 2025"}, {12, 2026, 11, 26, "Thanksgiving 2026"}, {3, 2025, 12, 25, "Christmas"},
  };
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    int m = 0, d = 0;
    pc_holiday_day(cases[k].id, cases[k].y, &m, &d);
    check(m == cases[k].m && d == cases[k].d, cases[k].what);
  }
}

static void test_civil(void) {
  long z;
  int ok = 1;
  for (z = pc_days_from_civil(1899, 12, 25); z < pc_days_from_civil(2101, 1, 5); z += 7) {
    int y, m, d;
    pc_civil_from_days(z, &y, &m, &d);
    if (pc_days_from_civil(y, m, d) != z) ok = 0;
  }
  check(ok, "civil dates round-trip");
  check(pc_days_from_civil(1970, 1, 1) == 0, "the epoch is day 0");
}

int main(void) {
  check(pc_date_words_sorted(), "date_tense.c word table sorted by length, then bytes");
  test_holidays();
  test_civil();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
