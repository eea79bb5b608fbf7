/*
 * ISO 8601 timestamps as they appear in article headers:
 * YYYY-MM-DDTHH:MM[:SS[.frac]] then Z, +HHMM, +HH:MM or +HH (a space may
 * stand for the T).  Converted to UTC by arithmetic on the civil calendar,
 * so the result never depends on TZ or the locale.
 */
#include <stdio.h>

#include "artkit.h"

static int
digits(const char *s, size_t n, size_t at, size_t count, int *v)
{
	size_t i;

	if (at + count > n)
		return -1;
	*v = 0;
	for (i = at; i < at + count; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

int
ts_looks_like(const char *s, size_t n)
{
	int v;

	return digits(s, n, 0, 4, &v) == 0 && n > 4 && s[4] == '-' &&
	    digits(s, n, 5, 2, &v) == 0 && n > 7 && s[7] == '-' &&
	    digits(s, n, 8, 2, &v) == 0;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Days since 1970-01-01 in the proleptic Gregorian calendar: count whole
 * 400-year eras from 0000-03-01, so February is the last month of a year. */
long long
days_from_civil(int y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153LL * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
ts_civil_from_epoch(long long epoch, struct timestamp *ts)
{
	long long days = epoch / 86400, secs = epoch % 86400;
	long long era, doe, yoe, doy, mp, y;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	ts->day = (int)(doy - (153 * mp + 2) / 5 + 1);
	ts->month = (int)(mp < 10 ? mp + 3 : mp - 9);
	ts->year = (int)(y + (ts->month <= 2));
	ts->hour = (int)(secs / 3600);
	ts->min = (int)(secs / 60 % 60);
	ts->sec = (int)(secs % 60);
	ts->offset = 0;
	ts->epoch = epoch;
}

int
ts_parse(const char *s, size_t n, struct timestamp *ts)
{
	size_t i;
	int oh, om = 0, sign;

	if (!ts_looks_like(s, n))
		return -1;
	digits(s, n, 0, 4, &ts->year);
	digits(s, n, 5, 2, &ts->month);
	digits(s, n, 8, 2, &ts->day);
	if (n < 16 || (s[10] != 'T' && s[10] != 't' && s[10] != ' '))
		return -1;
	if (digits(s, n, 11, 2, &ts->hour) < 0 || s[13] != ':' ||
	    digits(s, n, 14, 2, &ts->min) < 0)
		return -1;
	i = 16;
	ts->sec = 0;
	if (i < n && s[i] == ':') {
		if (digits(s, n, i + 1, 2, &ts->sec) < 0)
			return -1;
		i += 3;
		if (i < n && (s[i] == '.' || s[i] == ',')) {
			if (++i >= n || s[i] < '0' || s[i] > '9')
				return -1;
			while (i < n && s[i] >= '0' && s[i] <= '9')
				i++;
		}
	}
	if (i >= n)
		return -1;      /* a timestamp without a zone is ambiguous */
	if (s[i] == 'Z' || s[i] == 'z') {
		ts->offset = 0;
		i++;
	} else if (s[i] == '+' || s[i] == '-') {
		sign = s[i] == '-' ? -1 : 1;
		if (digits(s, n, i + 1, 2, &oh) < 0)
			return -1;
		i += 3;
		if (i < n && s[i] == ':')
			i++;
		if (i < n && digits(s, n, i, 2, &om) == 0)
			i += 2;
		else if (i < n)
			return -1;
		if (oh > 23 || om > 59)
			return -1;
		ts->offset = sign * (oh * 60 + om);
	} else
		return -1;
	if (i != n)
		return -1;
	if (ts->month < 1 || ts->month > 12 || ts->day < 1 ||
	    ts->day > month_days(ts->year, ts->month) ||
	    ts->hour > 24 || ts->min > 59 || ts->sec > 60 ||
	    (ts->hour == 24 && (ts->min != 0 || ts->sec != 0)))
		return -1;
	ts->epoch = days_from_civil(ts->year, ts->month, ts->day) * 86400LL +
	    ts->hour * 3600LL + ts->min * 60LL + ts->sec - ts->offset * 60LL;
	/* utc has four digits of year, like the date written, so that utc
	 * sorts as text: the first hours of the year 0 east of Greenwich and
	 * the last of 9999 west of it are no real date in UTC */
	if (ts->epoch < days_from_civil(0, 1, 1) * 86400LL ||
	    ts->epoch >= days_from_civil(10000, 1, 1) * 86400LL)
		return -1;
	return 0;
}

size_t
ts_utc(const struct timestamp *ts, char buf[TS_UTC_SIZE])
{
	struct timestamp utc;
	int n;

	ts_civil_from_epoch(ts->epoch, &utc);
	n = snprintf(buf, TS_UTC_SIZE, "%04d-%02d-%02dT%02d:%02d:%02dZ", utc.year,
	    utc.month, utc.day, utc.hour, utc.min, utc.sec);
	return n > 0 && n < TS_UTC_SIZE ? (size_t)n : 0;
}
