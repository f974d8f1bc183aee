/* gor-time-private.h — time.Time values on the virtual clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A time.Time is one int64 slot.  0 is the zero Time (January 1, year 1).
 * Values from 2^62 up are times read from the clock (Now, a timer's
 * channel): they carry Go's monotonic reading m, the virtual time plus
 * 1ns, and their wall clock is the Go playground's epoch,
 * 2009-11-10 23:00:00 UTC, plus the virtual time.  Other values are wall
 * clock times without a monotonic reading (time.Date, time.Unix, Round,
 * UTC …), in nanoseconds since 1970 minus 2^62: years 1823 to 2262.
 */
#pragma once

#include <glib.h>

#include "gor-vm-private.h"

G_BEGIN_DECLS

/* The elements of Go's layout language (Format and Parse) */
typedef enum
{
  GOR_STD_NONE, /* a literal byte */
  GOR_STD_LONG_MONTH,
  GOR_STD_MONTH,
  GOR_STD_NUM_MONTH,
  GOR_STD_ZERO_MONTH,
  GOR_STD_LONG_WEEKDAY,
  GOR_STD_WEEKDAY,
  GOR_STD_DAY,
  GOR_STD_UNDER_DAY,
  GOR_STD_ZERO_DAY,
  GOR_STD_UNDER_YEARDAY,
  GOR_STD_ZERO_YEARDAY,
  GOR_STD_HOUR,
  GOR_STD_HOUR12,
  GOR_STD_ZERO_HOUR12,
  GOR_STD_MINUTE,
  GOR_STD_ZERO_MINUTE,
  GOR_STD_SECOND,
  GOR_STD_ZERO_SECOND,
  GOR_STD_LONG_YEAR,
  GOR_STD_YEAR,
  GOR_STD_PM,
  GOR_STD_PM_LOWER,
  GOR_STD_TZ,
  GOR_STD_ISO_TZ, /* Z0700 … Z07:00:00: Z for UTC */
  GOR_STD_ISO_SECONDS_TZ,
  GOR_STD_ISO_SHORT_TZ,
  GOR_STD_ISO_COLON_TZ,
  GOR_STD_ISO_COLON_SECONDS_TZ,
  GOR_STD_NUM_TZ, /* -0700 … */
  GOR_STD_NUM_SECONDS_TZ,
  GOR_STD_NUM_SHORT_TZ,
  GOR_STD_NUM_COLON_TZ,
  GOR_STD_NUM_COLON_SECONDS_TZ,
  GOR_STD_FRAC0, /* .000 */
  GOR_STD_FRAC9, /* .999 */
} GorTimeStd;

GorTimeStd _gor_time_std (const char *layout, gsize i, gsize len, gsize *n, int *digits);

/* The zone of time.FixedZone(@name, @offset), made once; 0 is UTC. */
guint _gor_time_zone (const char *name, gsize len, int offset);

/* The name of zone @id, and its offset in *offset. */
const char *_gor_time_zone_info (guint id, int *offset);

/* The Time of time.Date in zone @zone; FALSE when it cannot be made. */
gint64 _gor_time_date (gint64 y, gint64 mo, gint64 d, gint64 h, gint64 mi, gint64 s, gint64 ns, guint zone);

/* time.Parse and ParseInLocation: sp holds layout, value (and the
 * Location); leaves (Time, error). */
GorValue *_gor_lib_time_parse (GorVM *vm, gboolean in_location, GorValue *sp);

/* An error value saying @msg */
GorIface *_gor_time_error (GorVM *vm, const char *msg, gsize len);

/* The Time the clock reads at virtual time @now. */
gint64 _gor_time_from_clock (gint64 now);

/* A wall clock Time of @sec seconds and @nsec nanoseconds since 1970 UTC. */
gint64 _gor_time_from_unix (gint64 sec, gint64 nsec);

/* Appends Time @t formatted with Go's reference @layout. */
void _gor_time_format (GString *out, gint64 t, const char *layout, gsize len);

/* Appends the String() of a value of the time package's type @tname
 * (time.Time, Duration, Month, Weekday); FALSE for the other types. */
gboolean _gor_time_stringer (GString *out, const char *tname, gint64 v);

/* The same for a value @v of type @t, or a struct that embeds one of
 * them (and so has its String method). */
gboolean _gor_time_stringer_of (GString *out, GorType *t, GorValue v);

/* Whether @t is *time.Location, which prints as its name */
gboolean _gor_time_is_location (GorType *t);

/* The Time @t in zone @zone, without its monotonic reading */
gint64 _gor_time_in (gint64 t, guint zone);

/* TIMER with a sub-operation of gor-time-ops.h */
GorValue *_gor_lib_time_value (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);

G_END_DECLS
