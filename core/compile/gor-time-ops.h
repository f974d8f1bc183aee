/* gor-time-ops.h — the sub-operations of time values, Durations and
 * math/rand generators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * They share the TIMER instruction (operand a) with the timers, which use
 * 0 to 4, so that the time values add no instruction to the VM.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GOR_TIME_FIRST = 16,
  GOR_TIME_NOW = GOR_TIME_FIRST, /* → t */
  GOR_TIME_SINCE,                /* t → d */
  GOR_TIME_UNTIL,                /* t → d */
  GOR_TIME_ADD,                  /* t d → t */
  GOR_TIME_SUB,                  /* t u → d */
  GOR_TIME_BEFORE,               /* t u → bool */
  GOR_TIME_AFTER,
  GOR_TIME_EQUAL,
  GOR_TIME_COMPARE, /* t u → int */
  GOR_TIME_UNIX,    /* t → int64 */
  GOR_TIME_UNIX_MILLI,
  GOR_TIME_UNIX_MICRO,
  GOR_TIME_UNIX_NANO,
  GOR_TIME_YEAR, /* t → int */
  GOR_TIME_MONTH,
  GOR_TIME_DAY,
  GOR_TIME_HOUR,
  GOR_TIME_MINUTE,
  GOR_TIME_SECOND,
  GOR_TIME_NANOSECOND,
  GOR_TIME_WEEKDAY,
  GOR_TIME_YEAR_DAY,
  GOR_TIME_TRUNCATE, /* t d → t */
  GOR_TIME_ROUND,
  GOR_TIME_FORMAT, /* t layout → string */
  GOR_TIME_STRING, /* t → string */
  GOR_TIME_IS_ZERO,
  GOR_TIME_UTC,       /* t → t without its monotonic reading */
  GOR_TIME_DATE,      /* y mo d h mi s ns loc → t */
  GOR_TIME_MAKE_UNIX, /* sec nsec → t */
  GOR_TIME_MAKE_UNIX_MILLI,
  GOR_TIME_MAKE_UNIX_MICRO,
  GOR_TIME_LOC_UTC,      /* → *Location */
  GOR_TIME_DUR_TRUNCATE, /* d m → d */
  GOR_TIME_DUR_ROUND,
  GOR_TIME_DUR_ABS,         /* d → d */
  GOR_TIME_PARSE_DURATION,  /* s → d error */
  GOR_TIME_MONTH_STRING,    /* m → string */
  GOR_TIME_WEEKDAY_STRING,  /* w → string */
  GOR_TIME_DURATION_STRING, /* d → string */
  GOR_TIME_ADD_DATE,        /* t y m d → t */
  GOR_TIME_YMD,             /* t → year month day */
  GOR_TIME_CLOCK,           /* t → hour min sec */
  GOR_TIME_IN,              /* t loc → t */
  GOR_TIME_LOCATION,        /* t → loc */
  GOR_TIME_ZONE,            /* t → name offset */
  GOR_TIME_FIXED_ZONE,      /* name offset → loc */
  GOR_TIME_LOAD_LOCATION,   /* name → loc error */
  GOR_TIME_PARSE,           /* layout value → t error */
  GOR_TIME_PARSE_IN,        /* layout value loc → t error */
  GOR_TIME_LOC_STRING,      /* loc → string */
  GOR_TIME_LAST
} GorTimeOp;

G_END_DECLS
