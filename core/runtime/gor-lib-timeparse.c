/* gor-lib-timeparse.c — time.Parse and time.ParseInLocation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is read with the element table Format uses
 * (_gor_time_std), and the value is matched against it as Go matches
 * it: the same elements accepted, the same defaults, the same error
 * texts of *time.ParseError.  Local is UTC in a run, so the zone Parse
 * finds for an offset of 0 is UTC's.
 */

#include "config.h"

#include <string.h>

#include "gor-time-private.h"
#include "gor-vm-private.h"

static const char *const long_months[]
    = { "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December" };
static const char *const long_days[]
    = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

typedef struct
{
  const char *v; /* the rest of the value */
  gsize       n;
} Rest;

static gboolean
digit_at (Rest r, gsize i)
{
  return i < r.n && g_ascii_isdigit (r.v[i]);
}

/* One or two digits (exactly two when @fixed) */
static gboolean
getnum (Rest *r, gboolean fixed, int *out)
{
  if (!digit_at (*r, 0))
    return FALSE;
  if (!digit_at (*r, 1))
    {
      if (fixed)
        return FALSE;
      *out = r->v[0] - '0';
      r->v++, r->n--;
      return TRUE;
    }
  *out = (r->v[0] - '0') * 10 + r->v[1] - '0';
  r->v += 2, r->n -= 2;
  return TRUE;
}

/* One to three digits (exactly three when @fixed) */
static gboolean
getnum3 (Rest *r, gboolean fixed, int *out)
{
  int   x = 0;
  gsize i;

  for (i = 0; i < 3 && digit_at (*r, i); i++)
    x = x * 10 + r->v[i] - '0';
  if (i == 0 || (fixed && i != 3))
    return FALSE;
  *out = x;
  r->v += i, r->n -= i;
  return TRUE;
}

/* The first name of @tab (its first 3 bytes when @n3) the value starts
 * with, ASCII case folded */
static gboolean
lookup (const char *const *tab, int count, gboolean n3, Rest *r, int *out)
{
  for (int i = 0; i < count; i++)
    {
      gsize n = n3 ? 3 : strlen (tab[i]);

      if (r->n >= n && g_ascii_strncasecmp (r->v, tab[i], n) == 0)
        {
          *out = i;
          r->v += n, r->n -= n;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
atoi_digits (const char *s, gsize n, int *out)
{
  gint64 x = 0;

  if (n == 0)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      x = x * 10 + s[i] - '0';
      if (x > G_MAXINT32)
        return FALSE;
    }
  *out = (int) x;
  return TRUE;
}

/* The fraction of a second of @n bytes, separator included */
static gboolean
parse_nanoseconds (const char *v, gsize n, int *nsec)
{
  int x;

  if (v[0] != '.' && v[0] != ',')
    return FALSE;
  if (n > 10)
    n = 10;
  if (!atoi_digits (v + 1, n - 1, &x))
    return FALSE;
  for (gsize i = n; i < 10; i++)
    x *= 10;
  *nsec = x;
  return TRUE;
}

/* The length of the zone abbreviation the value starts with, 0 if none:
 * three upper-case letters, four or five ending in T, ChST, MeST, GMT
 * with an offset */
static gsize
zone_name_len (Rest r)
{
  gsize upper = 0;

  if (r.n < 3)
    return 0;
  if (r.n >= 4 && (memcmp (r.v, "ChST", 4) == 0 || memcmp (r.v, "MeST", 4) == 0))
    return 4;
  if (memcmp (r.v, "GMT", 3) == 0)
    {
      gsize i = 3;

      if (r.n > 3 && (r.v[3] == '+' || r.v[3] == '-'))
        {
          gsize j = 4;
          int   h = 0;

          while (j < r.n && g_ascii_isdigit (r.v[j]) && j < 7)
            h = h * 10 + r.v[j++] - '0';
          if (j > 4 && h <= 23)
            i = j;
        }
      return i;
    }
  while (upper < r.n && upper < 6 && g_ascii_isupper (r.v[upper]))
    upper++;
  switch (upper)
    {
    case 3: return 3;
    case 4: return r.v[3] == 'T' || memcmp (r.v, "WIT", 3) == 0 ? 4 : 0;
    case 5: return r.v[4] == 'T' ? 5 : 0;
    default: return 0;
    }
}

static gboolean
is_leap (gint64 y)
{
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int
days_in (int month, gint64 year)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return month == 2 && is_leap (year) ? 29 : days[month - 1];
}

typedef struct
{
  GString    *msg; /* the error, when not empty */
  const char *layout, *value;
  gsize       layout_len, value_len;
} Err;

static void
quote (GString *s, const char *v, gsize n)
{
  _gor_fmt_quote (s, v, n);
}

/* `parsing time "V" as "L": cannot parse "REST" as "ELEM"` */
static gboolean
cannot (Err *e, const char *rest, gsize rest_len, const char *elem, gsize elem_len)
{
  g_string_append (e->msg, "parsing time ");
  quote (e->msg, e->value, e->value_len);
  g_string_append (e->msg, " as ");
  quote (e->msg, e->layout, e->layout_len);
  g_string_append (e->msg, ": cannot parse ");
  quote (e->msg, rest, rest_len);
  g_string_append (e->msg, " as ");
  quote (e->msg, elem, elem_len);
  return FALSE;
}

/* `parsing time "V": MESSAGE` */
static gboolean
message (Err *e, const char *what)
{
  g_string_append (e->msg, "parsing time ");
  quote (e->msg, e->value, e->value_len);
  g_string_append (e->msg, what);
  return FALSE;
}

typedef struct
{
  gint64      year;
  int         month, day, yday, hour, min, sec, nsec;
  gboolean    pm, am;
  int         offset; /* -1: none */
  gboolean    utc;
  const char *zname;
  gsize       zname_len;
} Fields;

/* The numeric zone offset at the value, for the element @std */
static gboolean
parse_offset (Rest *r, GorTimeStd std, int *offset, const char **range)
{
  char sign, hh[2], mm[2] = { '0', '0' }, ss[2] = { '0', '0' };
  int  h, m, s;
  Rest t;

  if (std == GOR_STD_ISO_COLON_TZ || std == GOR_STD_NUM_COLON_TZ)
    {
      if (r->n < 6 || r->v[3] != ':')
        return FALSE;
      memcpy (mm, r->v + 4, 2);
      memcpy (hh, r->v + 1, 2);
      sign = r->v[0];
      r->v += 6, r->n -= 6;
    }
  else if (std == GOR_STD_NUM_SHORT_TZ || std == GOR_STD_ISO_SHORT_TZ)
    {
      if (r->n < 3)
        return FALSE;
      memcpy (hh, r->v + 1, 2);
      sign = r->v[0];
      r->v += 3, r->n -= 3;
    }
  else if (std == GOR_STD_ISO_COLON_SECONDS_TZ || std == GOR_STD_NUM_COLON_SECONDS_TZ)
    {
      if (r->n < 9 || r->v[3] != ':' || r->v[6] != ':')
        return FALSE;
      memcpy (hh, r->v + 1, 2);
      memcpy (mm, r->v + 4, 2);
      memcpy (ss, r->v + 7, 2);
      sign = r->v[0];
      r->v += 9, r->n -= 9;
    }
  else if (std == GOR_STD_ISO_SECONDS_TZ || std == GOR_STD_NUM_SECONDS_TZ)
    {
      if (r->n < 7)
        return FALSE;
      memcpy (hh, r->v + 1, 2);
      memcpy (mm, r->v + 3, 2);
      memcpy (ss, r->v + 5, 2);
      sign = r->v[0];
      r->v += 7, r->n -= 7;
    }
  else
    {
      if (r->n < 5)
        return FALSE;
      memcpy (hh, r->v + 1, 2);
      memcpy (mm, r->v + 3, 2);
      sign = r->v[0];
      r->v += 5, r->n -= 5;
    }
  t = (Rest){ hh, 2 };
  if (!getnum (&t, TRUE, &h))
    return FALSE;
  t = (Rest){ mm, 2 };
  if (!getnum (&t, TRUE, &m))
    return FALSE;
  t = (Rest){ ss, 2 };
  if (!getnum (&t, TRUE, &s))
    return FALSE;
  /* > rather than >=: people write offsets of 24 hours or 60 minutes */
  if (h > 24)
    *range = "time zone offset hour";
  if (m > 60)
    *range = "time zone offset minute";
  if (s > 60)
    *range = "time zone offset second";
  *offset = (h * 60 + m) * 60 + s;
  if (sign == '-')
    *offset = -*offset;
  else if (sign != '+')
    return FALSE;
  return TRUE;
}

/* One element @std of the layout (the rest of which is @layout, @len)
 * at the value; *range names a field out of range. */
static gboolean
parse_elem (GorTimeStd std, int digits, const char *layout, gsize len, Rest *r, Fields *f, const char **range)
{
  int x;

  switch (std)
    {
    case GOR_STD_YEAR:
      if (r->n < 2 || !atoi_digits (r->v, 2, &x))
        return FALSE;
      f->year = x >= 69 ? x + 1900 : x + 2000;
      r->v += 2, r->n -= 2;
      return TRUE;
    case GOR_STD_LONG_YEAR:
      if (r->n < 4 || !digit_at (*r, 0) || !atoi_digits (r->v, 4, &x))
        return FALSE;
      f->year = x;
      r->v += 4, r->n -= 4;
      return TRUE;
    case GOR_STD_MONTH:
    case GOR_STD_LONG_MONTH:
      if (!lookup (long_months, 12, std == GOR_STD_MONTH, r, &x))
        return FALSE;
      f->month = x + 1;
      return TRUE;
    case GOR_STD_NUM_MONTH:
    case GOR_STD_ZERO_MONTH:
      if (!getnum (r, std == GOR_STD_ZERO_MONTH, &f->month))
        return FALSE;
      if (f->month <= 0 || f->month > 12)
        *range = "month";
      return TRUE;
    case GOR_STD_WEEKDAY:
    case GOR_STD_LONG_WEEKDAY: return lookup (long_days, 7, std == GOR_STD_WEEKDAY, r, &x);
    case GOR_STD_DAY:
    case GOR_STD_UNDER_DAY:
    case GOR_STD_ZERO_DAY:
      if (std == GOR_STD_UNDER_DAY && r->n > 0 && r->v[0] == ' ')
        r->v++, r->n--;
      return getnum (r, std == GOR_STD_ZERO_DAY, &f->day);
    case GOR_STD_UNDER_YEARDAY:
    case GOR_STD_ZERO_YEARDAY:
      for (int i = 0; i < 2; i++)
        if (std == GOR_STD_UNDER_YEARDAY && r->n > 0 && r->v[0] == ' ')
          r->v++, r->n--;
      return getnum3 (r, std == GOR_STD_ZERO_YEARDAY, &f->yday);
    case GOR_STD_HOUR:
      if (!getnum (r, FALSE, &f->hour))
        return FALSE;
      if (f->hour >= 24)
        *range = "hour";
      return TRUE;
    case GOR_STD_HOUR12:
    case GOR_STD_ZERO_HOUR12:
      if (!getnum (r, std == GOR_STD_ZERO_HOUR12, &f->hour))
        return FALSE;
      if (f->hour > 12)
        *range = "hour";
      return TRUE;
    case GOR_STD_MINUTE:
    case GOR_STD_ZERO_MINUTE:
      if (!getnum (r, std == GOR_STD_ZERO_MINUTE, &f->min))
        return FALSE;
      if (f->min >= 60)
        *range = "minute";
      return TRUE;
    case GOR_STD_SECOND:
    case GOR_STD_ZERO_SECOND:
      if (!getnum (r, std == GOR_STD_ZERO_SECOND, &f->sec))
        return FALSE;
      if (f->sec >= 60)
        {
          *range = "second";
          return TRUE;
        }
      /* a fraction in the value that the layout does not have next */
      if (r->n >= 2 && (r->v[0] == '.' || r->v[0] == ',') && digit_at (*r, 1))
        {
          gsize      n, k = 2;
          int        d;
          GorTimeStd next = GOR_STD_NONE;

          for (gsize i = 0; i < len; i += n)
            if ((next = _gor_time_std (layout, i, len, &n, &d)) != GOR_STD_NONE)
              break;
          if (next == GOR_STD_FRAC0 || next == GOR_STD_FRAC9)
            return TRUE;
          while (digit_at (*r, k))
            k++;
          if (!parse_nanoseconds (r->v, k, &f->nsec))
            return FALSE;
          r->v += k, r->n -= k;
        }
      return TRUE;
    case GOR_STD_PM:
    case GOR_STD_PM_LOWER:
      if (r->n < 2)
        return FALSE;
      if (memcmp (r->v, std == GOR_STD_PM ? "PM" : "pm", 2) == 0)
        f->pm = TRUE;
      else if (memcmp (r->v, std == GOR_STD_PM ? "AM" : "am", 2) == 0)
        f->am = TRUE;
      else
        return FALSE;
      r->v += 2, r->n -= 2;
      return TRUE;
    case GOR_STD_TZ:
      if (r->n >= 3 && memcmp (r->v, "UTC", 3) == 0)
        {
          f->utc = TRUE;
          r->v += 3, r->n -= 3;
          return TRUE;
        }
      f->zname_len = zone_name_len (*r);
      if (f->zname_len == 0)
        return FALSE;
      f->zname = r->v;
      r->v += f->zname_len, r->n -= f->zname_len;
      return TRUE;
    case GOR_STD_FRAC0:
      if (r->n < (gsize) digits + 1 || !parse_nanoseconds (r->v, (gsize) digits + 1, &f->nsec))
        return FALSE;
      r->v += digits + 1, r->n -= (gsize) digits + 1;
      return TRUE;
    case GOR_STD_FRAC9:
      {
        gsize i = 0;

        if (r->n < 2 || (r->v[0] != '.' && r->v[0] != ',') || !digit_at (*r, 1))
          return TRUE; /* the fraction left out */
        while (digit_at (*r, i + 1))
          i++;
        if (!parse_nanoseconds (r->v, 1 + i, &f->nsec))
          return FALSE;
        r->v += 1 + i, r->n -= 1 + i;
        return TRUE;
      }
    default:
      /* the zone offsets; the ISO ones take Z for UTC */
      if (std <= GOR_STD_ISO_COLON_SECONDS_TZ && r->n >= 1 && r->v[0] == 'Z')
        {
          f->utc = TRUE;
          r->v++, r->n--;
          return TRUE;
        }
      return parse_offset (r, std, &f->offset, range);
    }
}

/* The date of the fields, checked as Go checks it */
static gboolean
settle (Fields *f, Err *e, Rest r)
{
  (void) r;
  if (f->pm && f->hour < 12)
    f->hour += 12;
  else if (f->am && f->hour == 12)
    f->hour = 0;
  if (f->yday >= 0)
    {
      static const int before[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
      int              m = 0, d = 0, yday = f->yday;

      if (is_leap (f->year))
        {
          if (yday == 31 + 29)
            m = 2, d = 29;
          else if (yday > 31 + 29)
            yday--;
        }
      if (yday < 1 || yday > 365)
        return message (e, ": day-of-year out of range");
      if (m == 0)
        {
          m = (yday - 1) / 31 + 1;
          if (before[m] < yday)
            m++;
          d = yday - before[m - 1];
        }
      if (f->month >= 0 && f->month != m)
        return message (e, ": day-of-year does not match month");
      f->month = m;
      if (f->day >= 0 && f->day != d)
        return message (e, ": day-of-year does not match day");
      f->day = d;
    }
  else
    {
      if (f->month < 0)
        f->month = 1;
      if (f->day < 0)
        f->day = 1;
    }
  if (f->day < 1 || f->day > days_in (f->month, f->year))
    return message (e, ": day out of range");
  return TRUE;
}

static gboolean
parse (const char *layout, gsize llen, const char *value, gsize vlen, Fields *f, Err *e)
{
  Rest  r = { value, vlen };
  gsize i = 0;

  for (;;)
    {
      gsize       start = i, n = 0;
      int         digits = 0;
      GorTimeStd  std = GOR_STD_NONE;
      const char *range = NULL;
      Rest        hold;

      /* the literal text up to the next element must match, spaces
       * matching any run of spaces */
      while (i < llen && (std = _gor_time_std (layout, i, llen, &n, &digits)) == GOR_STD_NONE)
        i++;
      {
        const char *p = layout + start;
        gsize       pn = i - start;

        while (pn > 0)
          {
            if (p[0] == ' ')
              {
                if (r.n > 0 && r.v[0] != ' ')
                  return cannot (e, r.v, r.n, layout + start, i - start);
                while (pn > 0 && p[0] == ' ')
                  p++, pn--;
                while (r.n > 0 && r.v[0] == ' ')
                  r.v++, r.n--;
                continue;
              }
            if (r.n == 0 || r.v[0] != p[0])
              return cannot (e, r.v, r.n, layout + start, i - start);
            p++, pn--;
            r.v++, r.n--;
          }
      }
      if (i == llen)
        {
          if (r.n > 0)
            {
              g_autoptr (GString) extra = g_string_new (": extra text: ");

              quote (extra, r.v, r.n);
              return message (e, extra->str);
            }
          return settle (f, e, r);
        }
      hold = r;
      i += n;
      if (!parse_elem (std, digits, layout + i, llen - i, &r, f, &range))
        return cannot (e, hold.v, hold.n, layout + i - n, n);
      if (range != NULL)
        {
          g_autofree char *what = g_strdup_printf (": %s out of range", range);

          return message (e, what);
        }
    }
}

GorValue *
_gor_lib_time_parse (GorVM *vm, gboolean in_location, GorValue *sp)
{
  GorValue     *base = sp - (in_location ? 3 : 2);
  const GorStr *ls = base[0].p, *vs = base[1].p;
  guint         local = 0;
  Fields        f = { 0 };
  Err           e = { 0 };

  if (in_location && sp[-1].p != NULL)
    local = (guint) ((GorStruct *) sp[-1].p)->f[0].i;
  f.month = f.day = f.yday = -1;
  f.offset = -1;
  f.year = 0;
  e.layout = gor_str_data (ls);
  e.layout_len = gor_str_len (ls);
  e.value = gor_str_data (vs);
  e.value_len = gor_str_len (vs);
  e.msg = g_string_new (NULL);
  if (parse (e.layout, e.layout_len, e.value, e.value_len, &f, &e))
    {
      int         loffset = 0;
      const char *lname = local ? _gor_time_zone_info (local, &loffset) : "UTC";
      gint64      t;

      if (f.utc)
        t = _gor_time_date (f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, 0);
      else if (f.zname == NULL && f.offset == -1)
        t = _gor_time_date (f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, local);
      else
        {
          int   offset = f.offset;
          guint zone;

          if (f.offset != -1 && offset == loffset
              && (f.zname == NULL
                  || (strlen (lname) == f.zname_len && memcmp (lname, f.zname, f.zname_len) == 0)))
            zone = local;
          else if (f.offset == -1 && strlen (lname) == f.zname_len
                   && memcmp (lname, f.zname, f.zname_len) == 0)
            zone = local, offset = loffset;
          else
            {
              if (f.offset == -1)
                {
                  offset = 0;
                  /* GMT+h: the offset it says */
                  if (f.zname_len > 3 && memcmp (f.zname, "GMT", 3) == 0)
                    {
                      int h = 0;

                      atoi_digits (f.zname + 4, f.zname_len - 4, &h);
                      offset = (f.zname[3] == '-' ? -h : h) * 3600;
                    }
                }
              zone = _gor_time_zone (f.zname ? f.zname : "", f.zname ? f.zname_len : 0, offset);
            }
          /* the fields are the zone's clock; but for an abbreviation
           * the run does not know, the clock of UTC shown in that zone */
          if (f.offset == -1 && zone != local)
            t = _gor_time_in (_gor_time_date (f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, 0), zone);
          else
            t = _gor_time_date (f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, zone);
        }
      base[0].i = t;
      base[1].p = NULL;
    }
  else
    {
      base[0].i = 0;
      base[1].p = _gor_time_error (vm, e.msg->str, e.msg->len);
    }
  g_string_free (e.msg, TRUE);
  return base + 2;
}
