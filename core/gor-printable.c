/* gor-printable.c — text from a file or the command line, safe to print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-printable.h"

#include <string.h>

/* Characters a terminal or a text view acts on instead of showing: the C0
 * and C1 controls, DEL, and the bidirectional embeddings, overrides and
 * isolates that can make a line read differently from what it holds. */
static gboolean
is_inert (gunichar c)
{
  if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
    return FALSE;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
      || c == 0x061c)
    return FALSE;
  return TRUE;
}

static void
append_escaped (GString *out, gunichar c)
{
  switch (c)
    {
    case '\n': g_string_append (out, "\\n"); break;
    case '\r': g_string_append (out, "\\r"); break;
    case '\t': g_string_append (out, "\\t"); break;
    case 0x1b: g_string_append (out, "\\e"); break;
    default:
      if (c < 0x80)
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_printf (out, "\\u{%04X}", c);
      break;
    }
}

char *
gor_printable (const char *text, gssize length, gsize max_chars)
{
  GString    *out;
  const char *p, *end;
  gsize       n_chars = 0;

  if (text == NULL)
    return g_strdup ("");
  if (length < 0)
    length = (gssize) strlen (text);

  out = g_string_sized_new (MIN ((gsize) length, 1024) + 8);
  p = text;
  end = text + length;
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize    before = out->len;

      if (max_chars > 0 && n_chars >= max_chars)
        {
          g_string_append (out, "…");
          break;
        }

      if (c == (gunichar) -1 || c == (gunichar) -2 || c == 0)
        {
          /* Not UTF-8 (or a NUL inside the text): show the byte. */
          g_string_append_printf (out, "\\x%02X", (guint) (guchar) *p);
          p++;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          if (is_inert (c))
            g_string_append_len (out, p, next - p);
          else
            append_escaped (out, c);
          p = next;
        }
      /* An escape counts as the characters it takes on screen. */
      n_chars += g_utf8_strlen (out->str + before, out->len - before);
    }

  return g_string_free (out, FALSE);
}
