/*
 * ts_looks_like() and ts_parse(): a timestamp that parses has every field
 * in range, its epoch converts back to the same wall-clock time at its
 * offset, and the canonical form of it parses to the same epoch.  Dates
 * converted to days and back come out unchanged.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"

static void
check_civil(long long epoch)
{
	struct timestamp t;

	ts_civil_from_epoch(epoch, &t);
	FZ_CHECK(t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 &&
	    t.hour >= 0 && t.hour < 24 && t.min >= 0 && t.min < 60 &&
	    t.sec >= 0 && t.sec < 60, "ts_civil_from_epoch(%lld) out of range", epoch);
	FZ_CHECK(days_from_civil(t.year, t.month, t.day) * 86400LL +
	    t.hour * 3600LL + t.min * 60LL + t.sec == epoch,
	    "ts_civil_from_epoch(%lld) does not convert back", epoch);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct timestamp ts, again;
	char canon[64], utc[TS_UTC_SIZE];
	long long local;
	int n;

	if (ts_parse(s, size, &ts) == 0) {
		FZ_CHECK(ts_looks_like(s, size), "ts_parse accepted what ts_looks_like rejects");
		FZ_CHECK(ts.year >= 0 && ts.year <= 9999 && ts.month >= 1 &&
		    ts.month <= 12 && ts.day >= 1 && ts.day <= 31 &&
		    ts.hour >= 0 && ts.hour <= 24 && ts.min >= 0 && ts.min <= 59 &&
		    ts.sec >= 0 && ts.sec <= 60 && ts.offset > -24 * 60 &&
		    ts.offset < 24 * 60, "ts_parse gave a field out of range");
		FZ_CHECK(ts.hour < 24 || (ts.min == 0 && ts.sec == 0), "ts_parse accepted 24:xx");
		/* the wall-clock time at the offset comes back from the epoch */
		local = ts.epoch + ts.offset * 60LL;
		check_civil(local);
		if (ts.hour < 24 && ts.sec < 60) {
			ts_civil_from_epoch(local, &again);
			FZ_CHECK(again.year == ts.year && again.month == ts.month &&
			    again.day == ts.day && again.hour == ts.hour &&
			    again.min == ts.min && again.sec == ts.sec,
			    "the epoch of a parsed timestamp names another time");
		}
		/* the canonical form parses to the same instant */
		n = snprintf(canon, sizeof canon, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
		    ts.year, ts.month, ts.day, ts.hour, ts.min, ts.sec,
		    ts.offset < 0 ? '-' : '+', (ts.offset < 0 ? -ts.offset : ts.offset) / 60,
		    (ts.offset < 0 ? -ts.offset : ts.offset) % 60);
		FZ_CHECK(n > 0 && ts_parse(canon, (size_t)n, &again) == 0 &&
		    again.epoch == ts.epoch && again.offset == ts.offset,
		    "the canonical form '%s' does not parse to the same instant", canon);
		/* and its UTC form has four digits of year, as arthdr writes it */
		FZ_CHECK(ts_utc(&ts, utc) == sizeof "YYYY-MM-DDTHH:MM:SSZ" - 1 &&
		    utc[4] == '-', "the UTC form '%s' of a parsed timestamp is not YYYY-MM-DDTHH:MM:SSZ", utc);
	}
	/* any instant in a wide range converts to a date and back */
	if (size >= 8) {
		unsigned long long u = 0;
		long long range = 400LL * 146097 * 86400;    /* 160,000 years */
		size_t i;

		for (i = 0; i < 8; i++)
			u = (u << 8) | data[i];
		check_civil((long long)(u % (2ULL * (unsigned long long)range)) - range);
	}
	return 0;
}
