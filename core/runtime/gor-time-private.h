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

/* TIMER with a sub-operation of gor-time-ops.h */
GorValue *_gor_lib_time_value (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);

G_END_DECLS
