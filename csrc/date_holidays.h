/*
** date_holidays.h: holidays named as days (date_holidays.c): "Christmas", "May Day",
** "Easter", "Noël", "Toussaint", and the day each falls on in a given year.
*/
#ifndef PC_DATE_HOLIDAYS_H
#define PC_DATE_HOLIDAYS_H

#include "sentence.h"

/* The holiday whose name starts at token i: its id (> 0) and *last its last token; 0 none. */
int pc_holiday_at(const pc_sent *st, size_t i, size_t *last);

/* The month and day of holiday id in year y (Gregorian). */
void pc_holiday_day(int id, int y, int *m, int *d);

#endif
