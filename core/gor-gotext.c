/* gor-gotext.c — text written the way Go writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-gotext.h"

gboolean
gor_go_isprint (gunichar ch)
{
  if (ch == ' ')
    return TRUE;
  if (ch > 0x10FFFF)
    return FALSE;
  switch (g_unichar_type (ch))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_SPACE_SEPARATOR: return FALSE;
    default: return TRUE;
    }
}

void
gor_go_append_escaped_rune (GString *out, gunichar ch, gunichar quote, gboolean ascii)
{
  if (ch > 0x10FFFF || (ch >= 0xD800 && ch < 0xE000))
    ch = 0xFFFD;
  if (ch == quote || ch == '\\')
    {
      g_string_append_c (out, '\\');
      g_string_append_unichar (out, ch);
      return;
    }
  if (ascii ? ch < 0x80 && gor_go_isprint (ch) : gor_go_isprint (ch))
    {
      g_string_append_unichar (out, ch);
      return;
    }
  switch (ch)
    {
    case '\a': g_string_append (out, "\\a"); break;
    case '\b': g_string_append (out, "\\b"); break;
    case '\f': g_string_append (out, "\\f"); break;
    case '\n': g_string_append (out, "\\n"); break;
    case '\r': g_string_append (out, "\\r"); break;
    case '\t': g_string_append (out, "\\t"); break;
    case '\v': g_string_append (out, "\\v"); break;
    default:
      if (ch < ' ' || ch == 0x7F)
        g_string_append_printf (out, "\\x%02x", ch);
      else if (ch < 0x10000)
        g_string_append_printf (out, "\\u%04x", ch);
      else
        g_string_append_printf (out, "\\U%08x", ch);
      break;
    }
}

void
gor_go_format_duration (GString *out, gint64 d)
{
  char     buf[32];
  int      w = sizeof buf;
  guint64  u = d < 0 ? (guint64) 0 - (guint64) d : (guint64) d;
  gboolean neg = d < 0;

  if (u < 1000000000)
    {
      int         prec = 0;
      const char *unit;

      if (u == 0)
        {
          g_string_append (out, "0s");
          return;
        }
      if (u < 1000)
        unit = "ns";
      else if (u < 1000000)
        {
          prec = 3;
          unit = "µs";
        }
      else
        {
          prec = 6;
          unit = "ms";
        }
      {
        /* fmtFrac then fmtInt, as Go does */
        gboolean print = FALSE;
        char     tmp[32];
        int      tw = sizeof tmp;

        for (int i = 0; i < prec; i++)
          {
            int digit = (int) (u % 10);

            print = print || digit != 0;
            if (print)
              tmp[--tw] = (char) ('0' + digit);
            u /= 10;
          }
        if (print)
          tmp[--tw] = '.';
        if (u == 0)
          tmp[--tw] = '0';
        while (u > 0)
          {
            tmp[--tw] = (char) ('0' + u % 10);
            u /= 10;
          }
        if (neg)
          g_string_append_c (out, '-');
        g_string_append_len (out, tmp + tw, (gssize) (sizeof tmp - (gsize) tw));
        g_string_append (out, unit);
        return;
      }
    }
  buf[--w] = 's';
  {
    gboolean print = FALSE;

    for (int i = 0; i < 9; i++)
      {
        int digit = (int) (u % 10);

        print = print || digit != 0;
        if (print)
          buf[--w] = (char) ('0' + digit);
        u /= 10;
      }
    if (print)
      buf[--w] = '.';
  }
  {
    guint64 secs = u % 60;

    u /= 60;
    if (secs == 0)
      buf[--w] = '0';
    while (secs > 0)
      {
        buf[--w] = (char) ('0' + secs % 10);
        secs /= 10;
      }
  }
  if (u > 0)
    {
      guint64 mins = u % 60;

      buf[--w] = 'm';
      u /= 60;
      if (mins == 0)
        buf[--w] = '0';
      while (mins > 0)
        {
          buf[--w] = (char) ('0' + mins % 10);
          mins /= 10;
        }
      if (u > 0)
        {
          buf[--w] = 'h';
          while (u > 0)
            {
              buf[--w] = (char) ('0' + u % 10);
              u /= 10;
            }
        }
    }
  if (neg)
    buf[--w] = '-';
  g_string_append_len (out, buf + w, (gssize) (sizeof buf - (gsize) w));
}
