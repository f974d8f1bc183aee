/* gor-lib-timeval.c — time.Time, Duration, Month and Weekday values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times are one slot each (see gor-time-private.h for the encoding) and
 * always in UTC: the playground's Local is UTC too, which keeps a run's
 * output the same on every machine.
 */

#include "config.h"

#include <string.h>

#include "gor-time-ops.h"
#include "gor-time-private.h"
#include "gor-vm-private.h"
#include "gor-gotext.h"

__extension__ typedef __int128 Wide;

#define NS G_GINT64_CONSTANT (1000000000)
#define MONO_LOW (G_GINT64_CONSTANT (1) << 62)
#define MONO_ZERO (G_GINT64_CONSTANT (3) << 61)
#define MONO_SPAN (G_GINT64_CONSTANT (1) << 61)
#define WALL_OFFSET (G_GINT64_CONSTANT (1) << 62)
#define PLAYGROUND_EPOCH G_GINT64_CONSTANT (1257894000)
/* 0001-01-01 00:00:00 UTC, the zero Time, in seconds since 1970 */
#define ZERO_UNIX G_GINT64_CONSTANT (-62135596800)

/* Values from MONO_LOW up to MONO_LOW + ZONED_SPAN are Times in a zone
 * of time.FixedZone, or beyond the years a wall clock slot holds: the
 * index of their (seconds, nanoseconds, zone) in the table below. */
#define ZONED_SPAN (G_GINT64_CONSTANT (1) << 32)
#define ZONED_MAX (1u << 30) /* entries made, at most */

typedef struct
{
  gint64   sec; /* since 1970 */
  gint64   nsec;
  gboolean mono;
  gint64   m;    /* the monotonic reading */
  guint    zone; /* 0 for UTC (and Local, which is UTC) */
  int      offset;
} Parts;

/* ---- zones ----
 *
 * The zones and zoned Times of all runs, interned: a Time stays one slot
 * and equal Times in the same zone are equal slots, as Go's == wants.
 * The tables only grow, as a program's zoned Times are few. */

typedef struct
{
  char *name;
  int   offset; /* seconds east of UTC */
} Zone;

typedef struct
{
  gint64 sec; /* since 1970 */
  gint64 nsec;
  guint  zone;
} Zoned;

static GMutex      zones_lock;
static GPtrArray  *zones;    /* of Zone; 0 is UTC */
static GPtrArray  *zoned;    /* of Zoned */
static GHashTable *zoned_at; /* Zoned → its index + 1 */

static guint
zoned_hash (gconstpointer k)
{
  const Zoned *z = k;

  return (g_int64_hash (&z->sec) * 31u + (guint) z->nsec) * 31u + z->zone;
}

static gboolean
zoned_equal (gconstpointer a, gconstpointer b)
{
  const Zoned *x = a, *y = b;

  return x->sec == y->sec && x->nsec == y->nsec && x->zone == y->zone;
}

static void
zones_init (void)
{
  Zone *utc;

  if (zones != NULL)
    return;
  zones = g_ptr_array_new ();
  zoned = g_ptr_array_new ();
  zoned_at = g_hash_table_new (zoned_hash, zoned_equal);
  utc = g_new0 (Zone, 1);
  utc->name = g_strdup ("UTC");
  g_ptr_array_add (zones, utc);
}

guint
_gor_time_zone (const char *name, gsize len, int offset)
{
  guint id;
  Zone *z;

  g_mutex_lock (&zones_lock);
  zones_init ();
  for (id = 1; id < zones->len; id++)
    {
      z = g_ptr_array_index (zones, id);
      if (z->offset == offset && strlen (z->name) == len && memcmp (z->name, name, len) == 0)
        break;
    }
  if (id == zones->len)
    {
      z = g_new0 (Zone, 1);
      z->name = g_strndup (name, len);
      z->offset = offset;
      g_ptr_array_add (zones, z);
    }
  g_mutex_unlock (&zones_lock);
  return id;
}

const char *
_gor_time_zone_info (guint id, int *offset)
{
  const Zone *z;

  g_mutex_lock (&zones_lock);
  zones_init ();
  z = g_ptr_array_index (zones, id < zones->len ? id : 0);
  g_mutex_unlock (&zones_lock);
  *offset = z->offset;
  return z->name;
}

static Zoned
zoned_get (gint64 v)
{
  Zoned z;

  g_mutex_lock (&zones_lock);
  z = *(Zoned *) g_ptr_array_index (zoned, (guint) (v - MONO_LOW));
  g_mutex_unlock (&zones_lock);
  return z;
}

static const char *const month_names[]
    = { "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December" };
static const char *const day_names[]
    = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

static gint64
floor_div (gint64 a, gint64 b)
{
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static gint64 encode_wall (Wide sec, Wide nsec);

/* The Time @sec, @nsec since 1970 UTC (no monotonic reading) in zone
 * @zone: a wall clock slot when it is in UTC and in the years one holds,
 * else its entry in the table. */
static gint64
at (Wide sec, Wide nsec, guint zone)
{
  Wide     q = nsec / NS - (nsec % NS < 0), ns;
  Zoned    key;
  gpointer found;

  sec += q;
  nsec -= q * NS;
  ns = sec * NS + nsec;
  if (zone == 0
      && ((sec == ZERO_UNIX && nsec == 0) || (ns >= -WALL_OFFSET && ns < (Wide) WALL_OFFSET + MONO_LOW)))
    return encode_wall (sec, nsec);
  key.sec = sec > G_MAXINT64 ? G_MAXINT64 : sec < G_MININT64 ? G_MININT64 : (gint64) sec;
  key.nsec = (gint64) nsec;
  key.zone = zone;
  g_mutex_lock (&zones_lock);
  zones_init ();
  found = g_hash_table_lookup (zoned_at, &key);
  if (found == NULL && zoned->len < ZONED_MAX)
    {
      Zoned *z = g_new (Zoned, 1);

      *z = key;
      g_ptr_array_add (zoned, z);
      found = GUINT_TO_POINTER (zoned->len);
      g_hash_table_insert (zoned_at, z, found);
    }
  g_mutex_unlock (&zones_lock);
  if (found == NULL)
    return encode_wall (sec, nsec);
  return MONO_LOW + (gint64) GPOINTER_TO_UINT (found) - 1;
}

static Parts
decode (gint64 v)
{
  Parts  p = { 0 };
  gint64 ns;

  if (v == 0)
    {
      p.sec = ZERO_UNIX;
      return p;
    }
  if (v >= MONO_LOW && v < MONO_LOW + ZONED_SPAN)
    {
      Zoned z = zoned_get (v);

      p.sec = z.sec;
      p.nsec = z.nsec;
      p.zone = z.zone;
      _gor_time_zone_info (z.zone, &p.offset);
      return p;
    }
  if (v >= MONO_LOW)
    {
      p.mono = TRUE;
      p.m = v - MONO_ZERO;
      ns = p.m - 1;
      p.sec = PLAYGROUND_EPOCH + floor_div (ns, NS);
      p.nsec = ns - floor_div (ns, NS) * NS;
      return p;
    }
  ns = v + WALL_OFFSET;
  p.sec = floor_div (ns, NS);
  p.nsec = ns - p.sec * NS;
  return p;
}

static gint64
encode_wall (Wide sec, Wide nsec)
{
  Wide ns = sec * NS + nsec;

  if (sec == ZERO_UNIX && nsec == 0)
    return 0;
  /* beyond the years a slot holds: the nearest one it does */
  if (ns < -WALL_OFFSET)
    ns = -WALL_OFFSET;
  if (ns >= (Wide) WALL_OFFSET + MONO_LOW)
    ns = (Wide) WALL_OFFSET + MONO_LOW - 1;
  ns -= WALL_OFFSET;
  return ns == 0 ? 1 : (gint64) ns;
}

static gint64
encode_mono (Wide m)
{
  if (m >= -MONO_SPAN + ZONED_SPAN && m < MONO_SPAN)
    return MONO_ZERO + (gint64) m;
  return encode_wall (PLAYGROUND_EPOCH, m - 1);
}

gint64
_gor_time_from_clock (gint64 now)
{
  return encode_mono ((Wide) now + 1);
}

gint64
_gor_time_from_unix (gint64 sec, gint64 nsec)
{
  return encode_wall (sec, nsec);
}

/* @p's Time without its monotonic reading, in its zone */
static gint64
zoned_of (Parts p)
{
  return at (p.sec, p.nsec, p.zone);
}

/* ---- the civil calendar (proleptic Gregorian) ---- */

static gint64
days_from_civil (gint64 y, gint64 m, gint64 d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = floor_div (y, 400);
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

typedef struct
{
  gint64 year;
  int    month, day, hour, min, sec, wday, yday;
  gint64 nsec;
} Civil;

static Civil
civil (gint64 v)
{
  Parts  p = decode (v);
  gint64 local = p.sec + p.offset;
  gint64 days = floor_div (local, 86400), sod = local - days * 86400;
  gint64 z = days + 719468, era = floor_div (z, 146097);
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  Civil  c;

  c.day = (int) (doy - (153 * mp + 2) / 5 + 1);
  c.month = (int) (mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2);
  c.hour = (int) (sod / 3600);
  c.min = (int) (sod / 60 % 60);
  c.sec = (int) (sod % 60);
  c.nsec = p.nsec;
  c.wday = (int) (floor_div (days + 4, 7) * -7 + days + 4);
  c.yday = (int) (days - days_from_civil (c.year, 1, 1) + 1);
  return c;
}

/* Go's norm: hi, lo with lo in [0, base) */
static void
norm (gint64 *hi, gint64 *lo, gint64 base)
{
  gint64 n = floor_div (*lo, base);

  *hi = (gint64) ((guint64) *hi + (guint64) n);
  *lo -= n * base;
}

static gint64
make_date (gint64 y, gint64 mo, gint64 d, gint64 h, gint64 mi, gint64 s, gint64 ns, int offset, guint zone)
{
  gint64 m = mo - 1;

  norm (&y, &m, 12);
  norm (&s, &ns, NS);
  norm (&mi, &s, 60);
  norm (&h, &mi, 60);
  norm (&d, &h, 24);
  return at ((Wide) (days_from_civil (y, m + 1, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s - offset, ns,
             zone);
}

gint64
_gor_time_date (gint64 y, gint64 mo, gint64 d, gint64 h, gint64 mi, gint64 s, gint64 ns, guint zone)
{
  int offset = 0;

  if (zone != 0)
    _gor_time_zone_info (zone, &offset);
  return make_date (y, mo, d, h, mi, s, ns, offset, zone);
}

/* ---- Format ---- */

static void
append_int (GString *out, gint64 x, int width, char pad)
{
  char buf[32];
  int  n = g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, x < 0 ? -x : x);

  if (x < 0)
    g_string_append_c (out, '-');
  for (int i = n; i < width; i++)
    g_string_append_c (out, pad);
  g_string_append (out, buf);
}

static gboolean
lower_at (const char *s, gsize i, gsize len)
{
  return i < len && s[i] >= 'a' && s[i] <= 'z';
}

static gboolean
has (const char *s, gsize i, gsize len, const char *w)
{
  gsize n = strlen (w);

  return i + n <= len && memcmp (s + i, w, n) == 0;
}

/* The element of Go's layout language at @i of @l, as Go's layouts read
 * it: GOR_STD_NONE for a literal byte; *n its length; *digits the digits
 * of a fraction of a second. */
GorTimeStd
_gor_time_std (const char *l, gsize i, gsize len, gsize *n, int *digits)
{
  static const struct
  {
    const char *text;
    GorTimeStd  std;
  } tz[] = {
    { "-070000", GOR_STD_NUM_SECONDS_TZ },
    { "-07:00:00", GOR_STD_NUM_COLON_SECONDS_TZ },
    { "-0700", GOR_STD_NUM_TZ },
    { "-07:00", GOR_STD_NUM_COLON_TZ },
    { "-07", GOR_STD_NUM_SHORT_TZ },
    { "Z070000", GOR_STD_ISO_SECONDS_TZ },
    { "Z07:00:00", GOR_STD_ISO_COLON_SECONDS_TZ },
    { "Z0700", GOR_STD_ISO_TZ },
    { "Z07:00", GOR_STD_ISO_COLON_TZ },
    { "Z07", GOR_STD_ISO_SHORT_TZ },
  };
  static const GorTimeStd zero_x[] = { GOR_STD_ZERO_MONTH,  GOR_STD_ZERO_DAY,    GOR_STD_ZERO_HOUR12,
                                       GOR_STD_ZERO_MINUTE, GOR_STD_ZERO_SECOND, GOR_STD_YEAR };
  char                    ch = l[i];

#define STD(k, w) (*n = (w), (k))
  switch (ch)
    {
    case 'J':
      if (has (l, i, len, "January"))
        return STD (GOR_STD_LONG_MONTH, 7);
      if (has (l, i, len, "Jan") && !lower_at (l, i + 3, len))
        return STD (GOR_STD_MONTH, 3);
      break;
    case 'M':
      if (has (l, i, len, "Monday"))
        return STD (GOR_STD_LONG_WEEKDAY, 6);
      if (has (l, i, len, "Mon") && !lower_at (l, i + 3, len))
        return STD (GOR_STD_WEEKDAY, 3);
      if (has (l, i, len, "MST"))
        return STD (GOR_STD_TZ, 3);
      break;
    case '0':
      if (i + 1 < len && l[i + 1] >= '1' && l[i + 1] <= '6')
        return STD (zero_x[l[i + 1] - '1'], 2);
      if (has (l, i, len, "002"))
        return STD (GOR_STD_ZERO_YEARDAY, 3);
      break;
    case '1': return has (l, i, len, "15") ? STD (GOR_STD_HOUR, 2) : STD (GOR_STD_NUM_MONTH, 1);
    case '2': return has (l, i, len, "2006") ? STD (GOR_STD_LONG_YEAR, 4) : STD (GOR_STD_DAY, 1);
    case '_':
      /* _2006 is a literal _ and the year */
      if (has (l, i, len, "_2") && !has (l, i, len, "_2006"))
        return STD (GOR_STD_UNDER_DAY, 2);
      if (has (l, i, len, "__2"))
        return STD (GOR_STD_UNDER_YEARDAY, 3);
      break;
    case '3': return STD (GOR_STD_HOUR12, 1);
    case '4': return STD (GOR_STD_MINUTE, 1);
    case '5': return STD (GOR_STD_SECOND, 1);
    case 'P':
      if (has (l, i, len, "PM"))
        return STD (GOR_STD_PM, 2);
      break;
    case 'p':
      if (has (l, i, len, "pm"))
        return STD (GOR_STD_PM_LOWER, 2);
      break;
    case '-':
    case 'Z':
      for (guint k = 0; k < G_N_ELEMENTS (tz); k++)
        if (has (l, i, len, tz[k].text))
          return STD (tz[k].std, strlen (tz[k].text));
      break;
    case '.':
    case ',':
      if (i + 1 < len && (l[i + 1] == '0' || l[i + 1] == '9'))
        {
          gsize j = i + 1;

          while (j < len && l[j] == l[i + 1])
            j++;
          /* only a fraction when the digits end there */
          if (j < len && g_ascii_isdigit (l[j]))
            break;
          *digits = (int) (j - i - 1);
          return STD (l[i + 1] == '0' ? GOR_STD_FRAC0 : GOR_STD_FRAC9, j - i);
        }
      break;
    default: break;
    }
#undef STD
  *n = 1;
  return GOR_STD_NONE;
}

/* The fraction of a second: n digits, or up to n without trailing zeros. */
static void
append_frac (GString *out, char sep, gint64 nsec, int n, gboolean trim)
{
  char digits[10];

  g_snprintf (digits, sizeof digits, "%09" G_GINT64_FORMAT, nsec);
  if (trim)
    {
      while (n > 0 && digits[n - 1] == '0')
        n--;
      if (n == 0)
        return;
    }
  g_string_append_c (out, sep);
  g_string_append_len (out, digits, n);
}

/* A zone's offset as -0700 and its kin */
static void
append_offset (GString *out, GorTimeStd std, int offset)
{
  int zone = offset / 60, abs = offset < 0 ? -offset : offset;

  if (offset == 0 && std >= GOR_STD_ISO_TZ && std <= GOR_STD_ISO_COLON_SECONDS_TZ)
    {
      g_string_append_c (out, 'Z');
      return;
    }
  g_string_append_c (out, zone < 0 ? '-' : '+');
  zone = zone < 0 ? -zone : zone;
  append_int (out, zone / 60, 2, '0');
  if (std == GOR_STD_ISO_COLON_TZ || std == GOR_STD_NUM_COLON_TZ || std == GOR_STD_ISO_COLON_SECONDS_TZ
      || std == GOR_STD_NUM_COLON_SECONDS_TZ)
    g_string_append_c (out, ':');
  if (std != GOR_STD_NUM_SHORT_TZ && std != GOR_STD_ISO_SHORT_TZ)
    append_int (out, zone % 60, 2, '0');
  if (std == GOR_STD_ISO_SECONDS_TZ || std == GOR_STD_NUM_SECONDS_TZ || std == GOR_STD_NUM_COLON_SECONDS_TZ
      || std == GOR_STD_ISO_COLON_SECONDS_TZ)
    {
      if (std == GOR_STD_NUM_COLON_SECONDS_TZ || std == GOR_STD_ISO_COLON_SECONDS_TZ)
        g_string_append_c (out, ':');
      append_int (out, abs % 60, 2, '0');
    }
}

void
_gor_time_format (GString *out, gint64 t, const char *l, gsize len)
{
  Civil       c = civil (t);
  Parts       p = decode (t);
  int         h12 = c.hour % 12 ? c.hour % 12 : 12, digits = 0;
  const char *zname = p.zone ? _gor_time_zone_info (p.zone, &p.offset) : "UTC";
  gsize       i = 0, n;

  while (i < len)
    {
      GorTimeStd std = _gor_time_std (l, i, len, &n, &digits);

      switch (std)
        {
        case GOR_STD_NONE: g_string_append_c (out, l[i]); break;
        case GOR_STD_LONG_MONTH: g_string_append (out, month_names[c.month - 1]); break;
        case GOR_STD_MONTH: g_string_append_len (out, month_names[c.month - 1], 3); break;
        case GOR_STD_NUM_MONTH: append_int (out, c.month, 0, '0'); break;
        case GOR_STD_ZERO_MONTH: append_int (out, c.month, 2, '0'); break;
        case GOR_STD_LONG_WEEKDAY: g_string_append (out, day_names[c.wday]); break;
        case GOR_STD_WEEKDAY: g_string_append_len (out, day_names[c.wday], 3); break;
        case GOR_STD_DAY: append_int (out, c.day, 0, '0'); break;
        case GOR_STD_UNDER_DAY: append_int (out, c.day, 2, ' '); break;
        case GOR_STD_ZERO_DAY: append_int (out, c.day, 2, '0'); break;
        case GOR_STD_UNDER_YEARDAY: append_int (out, c.yday, 3, ' '); break;
        case GOR_STD_ZERO_YEARDAY: append_int (out, c.yday, 3, '0'); break;
        case GOR_STD_HOUR: append_int (out, c.hour, 2, '0'); break;
        case GOR_STD_HOUR12: append_int (out, h12, 0, '0'); break;
        case GOR_STD_ZERO_HOUR12: append_int (out, h12, 2, '0'); break;
        case GOR_STD_MINUTE: append_int (out, c.min, 0, '0'); break;
        case GOR_STD_ZERO_MINUTE: append_int (out, c.min, 2, '0'); break;
        case GOR_STD_SECOND: append_int (out, c.sec, 0, '0'); break;
        case GOR_STD_ZERO_SECOND: append_int (out, c.sec, 2, '0'); break;
        case GOR_STD_LONG_YEAR: append_int (out, c.year, 4, '0'); break;
        case GOR_STD_YEAR: append_int (out, (c.year < 0 ? -c.year : c.year) % 100, 2, '0'); break;
        case GOR_STD_PM: g_string_append (out, c.hour >= 12 ? "PM" : "AM"); break;
        case GOR_STD_PM_LOWER: g_string_append (out, c.hour >= 12 ? "pm" : "am"); break;
        case GOR_STD_TZ:
          if (*zname != '\0')
            g_string_append (out, zname);
          else
            append_offset (out, GOR_STD_NUM_TZ, p.offset);
          break;
        case GOR_STD_FRAC0:
        case GOR_STD_FRAC9: append_frac (out, l[i], c.nsec, MIN (digits, 9), std == GOR_STD_FRAC9); break;
        default: append_offset (out, std, p.offset); break;
        }
      i += n;
    }
}

static void
time_string (GString *out, gint64 t)
{
  static const char layout[] = "2006-01-02 15:04:05.999999999 -0700 MST";
  Parts             p = decode (t);

  _gor_time_format (out, t, layout, sizeof layout - 1);
  if (p.mono)
    {
      guint64 m = p.m < 0 ? -(guint64) p.m : (guint64) p.m;

      g_string_append_printf (out, " m=%c%" G_GUINT64_FORMAT ".%09" G_GUINT64_FORMAT, p.m < 0 ? '-' : '+',
                              m / 1000000000u, m % 1000000000u);
    }
}

gboolean
_gor_time_stringer (GString *out, const char *tname, gint64 v)
{
  if (g_str_equal (tname, "time.Duration"))
    gor_go_format_duration (out, v);
  else if (g_str_equal (tname, "time.Time"))
    time_string (out, v);
  else if (g_str_equal (tname, "time.Month"))
    {
      if (v >= 1 && v <= 12)
        g_string_append (out, month_names[v - 1]);
      else
        g_string_append_printf (out, "%%!Month(%" G_GINT64_FORMAT ")", v);
    }
  else if (g_str_equal (tname, "time.Weekday"))
    {
      if (v >= 0 && v <= 6)
        g_string_append (out, day_names[v]);
      else
        g_string_append_printf (out, "%%!Weekday(%" G_GINT64_FORMAT ")", v);
    }
  else
    return FALSE;
  return TRUE;
}

gboolean
_gor_time_is_location (GorType *t)
{
  GorType *u = gor_type_under (t);

  return u->kind == GOR_TYPE_POINTER && t->name == NULL && u->elem->name != NULL
         && g_str_equal (u->elem->name, "time.Location");
}

gint64
_gor_time_in (gint64 t, guint zone)
{
  Parts p = decode (t);

  return at (p.sec, p.nsec, zone);
}

gboolean
_gor_time_stringer_of (GString *out, GorType *t, GorValue v)
{
  GorType  *u = gor_type_under (t);
  GorField *only = NULL;
  guint     idx = 0;

  if (_gor_time_is_location (t))
    {
      /* a nil *Location is UTC, as in Go */
      int offset;

      if (v.p == NULL || ((GorStruct *) v.p)->f[0].i == 0)
        g_string_append (out, "UTC");
      else
        g_string_append (out, _gor_time_zone_info ((guint) ((GorStruct *) v.p)->f[0].i, &offset));
      return TRUE;
    }

  if (t->name && g_str_has_prefix (t->name, "time."))
    return _gor_time_stringer (out, t->name, v.i);
  if (u->kind != GOR_TYPE_STRUCT || v.p == NULL || gor_type_lookup_method (t, "String"))
    return FALSE;
  /* a struct embedding a Time (or Duration …) has its String method */
  for (guint i = 0; i < u->fields->len; i++)
    {
      GorField *f = g_ptr_array_index (u->fields, i);

      if (!f->embedded)
        continue;
      /* the time types' own String is built in */
      if ((gor_type_lookup_method (f->type, "String")
           && !(f->type->name && g_str_has_prefix (f->type->name, "time.")))
          || only != NULL)
        return FALSE;
      if (f->type->name && g_str_has_prefix (f->type->name, "time.")
          && !g_str_equal (f->type->name, "time.Timer") && !g_str_equal (f->type->name, "time.Ticker")
          && !g_str_equal (f->type->name, "time.Location"))
        {
          only = f;
          idx = i;
        }
    }
  return only != NULL && _gor_time_stringer (out, only->type->name, ((GorStruct *) v.p)->f[idx].i);
}

/* ---- Durations ---- */

static gboolean
less_than_half (gint64 x, gint64 y)
{
  return (guint64) x + (guint64) x < (guint64) y;
}

static gint64
dur_round (gint64 d, gint64 m)
{
  gint64 r, d1;

  if (m <= 0)
    return d;
  r = d % m;
  /* Go's overflow checks rely on wrapping arithmetic: do it unsigned */
  if (d < 0)
    {
      r = -r;
      if (less_than_half (r, m))
        return d + r;
      d1 = (gint64) ((guint64) d - (guint64) m + (guint64) r);
      return d1 < d ? d1 : G_MININT64;
    }
  if (less_than_half (r, m))
    return d - r;
  d1 = (gint64) ((guint64) d + (guint64) m - (guint64) r);
  return d1 > d ? d1 : G_MAXINT64;
}

static gint64
time_round (gint64 t, gint64 d, gboolean round)
{
  Parts p = decode (t);
  Wide  since_zero = (Wide) (p.sec - ZERO_UNIX) * NS + p.nsec;
  Wide  r;

  if (d <= 0)
    return zoned_of (p);
  r = since_zero % d;
  if (round && !less_than_half ((gint64) r, d))
    return at (p.sec, (Wide) p.nsec + d - r, p.zone);
  return at (p.sec, (Wide) p.nsec - r, p.zone);
}

static gint64
saturate (Wide x)
{
  return x > G_MAXINT64 ? G_MAXINT64 : x < G_MININT64 ? G_MININT64 : (gint64) x;
}

static gint64
time_sub (gint64 a, gint64 b)
{
  Parts x = decode (a), y = decode (b);

  if (x.mono && y.mono)
    return saturate ((Wide) x.m - y.m);
  return saturate ((Wide) (x.sec - y.sec) * NS + (x.nsec - y.nsec));
}

static int
time_cmp (gint64 a, gint64 b)
{
  Parts x = decode (a), y = decode (b);

  if (x.mono && y.mono)
    return x.m < y.m ? -1 : x.m > y.m;
  if (x.sec != y.sec)
    return x.sec < y.sec ? -1 : 1;
  return x.nsec < y.nsec ? -1 : x.nsec > y.nsec;
}

static gint64
time_add (gint64 t, gint64 d)
{
  Parts p = decode (t);

  if (p.mono)
    return encode_mono ((Wide) p.m + d);
  return at (p.sec, (Wide) p.nsec + d, p.zone);
}

static GorValue *
push_error (GorVM *vm, GorValue *sp, const char *head, const char *unit, const char *orig, gsize len)
{
  g_autoptr (GString) msg = g_string_new (head);
  GorValue m;

  if (unit)
    {
      _gor_fmt_quote (msg, unit, strlen (unit));
      g_string_append (msg, " in duration ");
    }
  _gor_fmt_quote (msg, orig, len);
  m.p = gor_str_new (&vm->heap, msg->str, msg->len);
  sp[-1].i = 0;
  sp->p = gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 0), m);
  return sp + 1;
}

/* time.ParseDuration, as Go parses: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ */
static GorValue *
parse_duration (GorVM *vm, GorValue *sp)
{
  static const struct
  {
    const char *u;
    guint64     ns;
  } units[] = { { "ns", 1 },       { "us", 1000 },      { "\xc2\xb5s", 1000 }, { "\xce\xbcs", 1000 },
                { "ms", 1000000 }, { "s", 1000000000 }, { "m", 60000000000 },  { "h", 3600000000000 } };
  const GorStr *str = sp[-1].p;
  const char   *orig = gor_str_data (str), *s = orig, *end = orig + gor_str_len (str);
  gsize         olen = gor_str_len (str);
  const char   *invalid = "time: invalid duration ";
  guint64       d = 0, top = G_GUINT64_CONSTANT (1) << 63;
  gboolean      neg = FALSE;

  if (s < end && (*s == '-' || *s == '+'))
    neg = *s++ == '-';
  if (end - s == 1 && *s == '0')
    {
      sp[-1].i = 0;
      sp->p = NULL;
      return sp + 1;
    }
  if (s == end)
    return push_error (vm, sp, invalid, NULL, orig, olen);
  while (s < end)
    {
      guint64     v = 0, f = 0, unit = 0;
      double      scale = 1;
      gboolean    pre, post = FALSE, overflow = FALSE;
      const char *start = s;
      gsize       i;

      if (!(*s == '.' || g_ascii_isdigit (*s)))
        return push_error (vm, sp, invalid, NULL, orig, olen);
      for (; s < end && g_ascii_isdigit (*s); s++)
        {
          if (v > top / 10)
            return push_error (vm, sp, invalid, NULL, orig, olen);
          v = v * 10 + (guint64) (*s - '0');
          if (v > top)
            return push_error (vm, sp, invalid, NULL, orig, olen);
        }
      pre = s != start;
      if (s < end && *s == '.')
        {
          const char *fs = ++s;

          for (; s < end && g_ascii_isdigit (*s); s++)
            {
              guint64 y;

              if (overflow)
                continue;
              if (f > (top - 1) / 10)
                {
                  overflow = TRUE;
                  continue;
                }
              y = f * 10 + (guint64) (*s - '0');
              if (y > top)
                {
                  overflow = TRUE;
                  continue;
                }
              f = y;
              scale *= 10;
            }
          post = s != fs;
        }
      if (!pre && !post)
        return push_error (vm, sp, invalid, NULL, orig, olen);
      for (i = 0; s + i < end && s[i] != '.' && !g_ascii_isdigit (s[i]); i++)
        ;
      if (i == 0)
        return push_error (vm, sp, "time: missing unit in duration ", NULL, orig, olen);
      for (guint k = 0; k < G_N_ELEMENTS (units); k++)
        if (strlen (units[k].u) == i && memcmp (units[k].u, s, i) == 0)
          unit = units[k].ns;
      if (unit == 0)
        {
          g_autofree char *u = g_strndup (s, i);

          return push_error (vm, sp, "time: unknown unit ", u, orig, olen);
        }
      s += i;
      if (v > top / unit)
        return push_error (vm, sp, invalid, NULL, orig, olen);
      v *= unit;
      if (f > 0)
        {
          v += (guint64) ((double) f * ((double) unit / scale));
          if (v > top)
            return push_error (vm, sp, invalid, NULL, orig, olen);
        }
      d += v;
      if (d > top)
        return push_error (vm, sp, invalid, NULL, orig, olen);
    }
  if (!neg && d > top - 1)
    return push_error (vm, sp, invalid, NULL, orig, olen);
  sp[-1].i = neg ? (gint64) (0 - d) : (gint64) d;
  sp->p = NULL;
  return sp + 1;
}

GorIface *
_gor_time_error (GorVM *vm, const char *msg, gsize len)
{
  GorValue m;

  m.p = gor_str_new (&vm->heap, msg, len);
  return gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 0), m);
}

/* time.LoadLocation: UTC and Local (which is UTC); a run has no zone
 * database, so the other names are unknown, as where Go finds none. */
static GorValue *
load_location (GorVM *vm, GorValue *sp)
{
  const GorStr *str = sp[-1].p;
  const char   *name = gor_str_data (str);
  gsize         len = gor_str_len (str);

  if (len == 0 || (len == 3 && memcmp (name, "UTC", 3) == 0) || (len == 5 && memcmp (name, "Local", 5) == 0))
    {
      sp[-1].p = gor_struct_new (&vm->heap, 1);
      sp->p = NULL;
    }
  else
    {
      g_autofree char *msg = NULL;

      if (g_strstr_len (name, (gssize) len, "..") != NULL || name[0] == '/' || name[0] == '\\')
        msg = g_strdup ("time: invalid location name");
      else
        msg = g_strdup_printf ("unknown time zone %.*s", (int) len, name);
      sp[-1].p = NULL;
      sp->p = _gor_time_error (vm, msg, strlen (msg));
    }
  return sp + 1;
}

static GorValue *
push_string (GorVM *vm, GorValue *slot, GString *s)
{
  slot->p = gor_str_new (&vm->heap, s->str, s->len);
  return slot + 1;
}

/* TIMER with a >= GOR_TIME_FIRST: the operations on time values. */
GorValue *
_gor_lib_time_value (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  g_autoptr (GString) s = g_string_new (NULL);
  GorValue *x = sp - 1;

  switch (a)
    {
    case GOR_TIME_NOW: sp->i = _gor_time_from_clock (_gor_sched_now (vm)); return sp + 1;
    case GOR_TIME_SINCE: x->i = time_sub (_gor_time_from_clock (_gor_sched_now (vm)), x->i); return sp;
    case GOR_TIME_UNTIL: x->i = time_sub (x->i, _gor_time_from_clock (_gor_sched_now (vm))); return sp;
    case GOR_TIME_ADD: sp[-2].i = time_add (sp[-2].i, x->i); return sp - 1;
    case GOR_TIME_SUB: sp[-2].i = time_sub (sp[-2].i, x->i); return sp - 1;
    case GOR_TIME_BEFORE: sp[-2].i = time_cmp (sp[-2].i, x->i) < 0; return sp - 1;
    case GOR_TIME_AFTER: sp[-2].i = time_cmp (sp[-2].i, x->i) > 0; return sp - 1;
    case GOR_TIME_EQUAL: sp[-2].i = time_cmp (sp[-2].i, x->i) == 0; return sp - 1;
    case GOR_TIME_COMPARE: sp[-2].i = time_cmp (sp[-2].i, x->i); return sp - 1;
    case GOR_TIME_UNIX: x->i = decode (x->i).sec; return sp;
    case GOR_TIME_UNIX_MILLI:
    case GOR_TIME_UNIX_MICRO:
    case GOR_TIME_UNIX_NANO:
      {
        Parts  p = decode (x->i);
        gint64 per = a == GOR_TIME_UNIX_MILLI ? 1000 : a == GOR_TIME_UNIX_MICRO ? 1000000 : NS;

        /* wrapping as Go's does outside 1678 … 2262 */
        x->i = (gint64) ((guint64) p.sec * (guint64) per + (guint64) (p.nsec / (NS / per)));
        return sp;
      }
    case GOR_TIME_YMD:
    case GOR_TIME_CLOCK:
      {
        Civil c = civil (x->i);

        x[0].i = a == GOR_TIME_YMD ? c.year : c.hour;
        x[1].i = a == GOR_TIME_YMD ? c.month : c.min;
        x[2].i = a == GOR_TIME_YMD ? c.day : c.sec;
        return sp + 2;
      }
    case GOR_TIME_YEAR: x->i = civil (x->i).year; return sp;
    case GOR_TIME_MONTH: x->i = civil (x->i).month; return sp;
    case GOR_TIME_DAY: x->i = civil (x->i).day; return sp;
    case GOR_TIME_HOUR: x->i = civil (x->i).hour; return sp;
    case GOR_TIME_MINUTE: x->i = civil (x->i).min; return sp;
    case GOR_TIME_SECOND: x->i = civil (x->i).sec; return sp;
    case GOR_TIME_NANOSECOND: x->i = civil (x->i).nsec; return sp;
    case GOR_TIME_WEEKDAY: x->i = civil (x->i).wday; return sp;
    case GOR_TIME_YEAR_DAY: x->i = civil (x->i).yday; return sp;
    case GOR_TIME_TRUNCATE:
    case GOR_TIME_ROUND: sp[-2].i = time_round (sp[-2].i, x->i, a == GOR_TIME_ROUND); return sp - 1;
    case GOR_TIME_FORMAT:
      _gor_time_format (s, sp[-2].i, gor_str_data (x->p), gor_str_len (x->p));
      return push_string (vm, sp - 2, s);
    case GOR_TIME_STRING: time_string (s, x->i); return push_string (vm, x, s);
    case GOR_TIME_IS_ZERO:
      {
        Parts p = decode (x->i);

        x->i = p.sec == ZERO_UNIX && p.nsec == 0;
        return sp;
      }
    case GOR_TIME_UTC:
      {
        Parts p = decode (x->i);

        x->i = at (p.sec, p.nsec, 0);
        return sp;
      }
    case GOR_TIME_DATE:
      {
        GorValue *v = sp - 8;

        if (v[7].p == NULL)
          {
            *perr = _gor_vm_string_panic (vm, "time: missing Location in call to Date");
            return sp;
          }
        v[0].i = _gor_time_date (v[0].i, v[1].i, v[2].i, v[3].i, v[4].i, v[5].i, v[6].i,
                                 (guint) ((GorStruct *) v[7].p)->f[0].i);
        return v + 1;
      }
    case GOR_TIME_ADD_DATE:
      {
        GorValue *v = sp - 4;
        Civil     c = civil (v[0].i);

        v[0].i = _gor_time_date (c.year + v[1].i, c.month + v[2].i, c.day + v[3].i, c.hour, c.min, c.sec,
                                 c.nsec, decode (v[0].i).zone);
        return v + 1;
      }
    case GOR_TIME_MAKE_UNIX:
      {
        gint64 sec = sp[-2].i, nsec = x->i;

        norm (&sec, &nsec, NS);
        sp[-2].i = at (sec, nsec, 0);
        return sp - 1;
      }
    case GOR_TIME_MAKE_UNIX_MILLI:
      x->i = at (floor_div (x->i, 1000), (x->i - floor_div (x->i, 1000) * 1000) * 1000000, 0);
      return sp;
    case GOR_TIME_MAKE_UNIX_MICRO:
      x->i = at (floor_div (x->i, 1000000), (x->i - floor_div (x->i, 1000000) * 1000000) * 1000, 0);
      return sp;
    case GOR_TIME_LOC_UTC: sp->p = gor_struct_new (&vm->heap, 1); return sp + 1;
    case GOR_TIME_IN:
      if (x->p == NULL)
        {
          *perr = _gor_vm_string_panic (vm, "time: missing Location in call to Time.In");
          return sp;
        }
      {
        Parts p = decode (sp[-2].i);

        sp[-2].i = at (p.sec, p.nsec, (guint) ((GorStruct *) x->p)->f[0].i);
      }
      return sp - 1;
    case GOR_TIME_LOCATION:
      {
        GorStruct *loc = gor_struct_new (&vm->heap, 1);

        loc->f[0].i = decode (x->i).zone;
        x->p = loc;
        return sp;
      }
    case GOR_TIME_ZONE:
      {
        Parts       p = decode (x->i);
        const char *name = p.zone ? _gor_time_zone_info (p.zone, &p.offset) : "UTC";

        x[0].p = gor_str_new (&vm->heap, name, strlen (name));
        x[1].i = p.offset;
        return sp + 1;
      }
    case GOR_TIME_FIXED_ZONE:
      {
        GorStruct *loc = gor_struct_new (&vm->heap, 1);

        loc->f[0].i = _gor_time_zone (gor_str_data (sp[-2].p), gor_str_len (sp[-2].p), (int) x->i);
        sp[-2].p = loc;
        return sp - 1;
      }
    case GOR_TIME_LOAD_LOCATION: return load_location (vm, sp);
    case GOR_TIME_PARSE:
    case GOR_TIME_PARSE_IN: return _gor_lib_time_parse (vm, a == GOR_TIME_PARSE_IN, sp);
    case GOR_TIME_LOC_STRING:
      {
        const char *name = "UTC";
        int         offset;

        if (x->p == NULL)
          {
            x->p = gor_str_new (&vm->heap, name, strlen (name));
            return sp;
          }
        if (((GorStruct *) x->p)->f[0].i != 0)
          name = _gor_time_zone_info ((guint) ((GorStruct *) x->p)->f[0].i, &offset);
        x->p = gor_str_new (&vm->heap, name, strlen (name));
        return sp;
      }
    case GOR_TIME_DUR_TRUNCATE:
      if (x->i > 0)
        sp[-2].i -= sp[-2].i % x->i;
      return sp - 1;
    case GOR_TIME_DUR_ROUND: sp[-2].i = dur_round (sp[-2].i, x->i); return sp - 1;
    case GOR_TIME_DUR_ABS: x->i = x->i >= 0 ? x->i : x->i == G_MININT64 ? G_MAXINT64 : -x->i; return sp;
    case GOR_TIME_PARSE_DURATION: return parse_duration (vm, sp);
    case GOR_TIME_MONTH_STRING:
    case GOR_TIME_WEEKDAY_STRING:
    case GOR_TIME_DURATION_STRING:
      _gor_time_stringer (s,
                          a == GOR_TIME_MONTH_STRING     ? "time.Month"
                          : a == GOR_TIME_WEEKDAY_STRING ? "time.Weekday"
                                                         : "time.Duration",
                          x->i);
      return push_string (vm, x, s);
    default: g_assert_not_reached ();
    }
  (void) b;
  return sp;
}
