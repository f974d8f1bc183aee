/* gor-lexer.c — Go source text to tokens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-lexer.h"
#include "gor-gotext.h"

#define EOF_CH (-1)

struct _GorLexer
{
  const guchar *src;
  gsize         len;

  /* The character under the cursor (Go's scanner keeps one character of
   * look-ahead the same way), EOF_CH at the end. */
  gint32  ch;
  gsize   off;        /* offset of ch */
  gsize   r;          /* offset just after ch */
  guint32 line;       /* line of ch, 1-based */
  gsize   line_start; /* offset of that line's first byte */

  gboolean nlsemi; /* a newline or the end would end a statement */

  /* start of the token being scanned */
  guint32 tok_line;
  guint32 tok_col;

  gboolean has_error;
  GorPos   error_pos;
  char    *error_msg;
};

/* Unicode helpers matching Go's unicode package closely enough */

static gboolean
is_go_letter (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER: return TRUE;
    default: return FALSE;
    }
}

/* Go's %#U: "U+0040 '@'" */
static void
append_unicode (GString *out, gunichar c)
{
  g_string_append_printf (out, "U+%04X", c);
  if (gor_go_isprint (c))
    {
      char buf[8];
      int  n = g_unichar_to_utf8 (c, buf);

      g_string_append (out, " '");
      g_string_append_len (out, buf, n);
      g_string_append_c (out, '\'');
    }
}

void
gor_lexer_quote_rune (GString *out, gunichar c)
{
  g_string_append_c (out, '\'');
  gor_go_append_escaped_rune (out, c, '\'', FALSE);
  g_string_append_c (out, '\'');
}

/* Decodes one UTF-8 sequence as Go's utf8.DecodeRune does: anything
 * malformed (overlong, surrogate, beyond U+10FFFF, truncated) is one bad
 * byte, reported as (gunichar) -1 with width 1. */
static gunichar
decode_utf8 (const guchar *p, gsize avail, gsize *width)
{
  guchar   b0 = p[0];
  gunichar c;
  gsize    n, i;
  guchar   lo = 0x80, hi = 0xBF;

  if (b0 < 0x80)
    {
      *width = 1;
      return b0;
    }
  if (b0 >= 0xC2 && b0 <= 0xDF)
    {
      n = 2;
      c = b0 & 0x1F;
    }
  else if (b0 >= 0xE0 && b0 <= 0xEF)
    {
      n = 3;
      c = b0 & 0x0F;
      if (b0 == 0xE0)
        lo = 0xA0;
      else if (b0 == 0xED)
        hi = 0x9F;
    }
  else if (b0 >= 0xF0 && b0 <= 0xF4)
    {
      n = 4;
      c = b0 & 0x07;
      if (b0 == 0xF0)
        lo = 0x90;
      else if (b0 == 0xF4)
        hi = 0x8F;
    }
  else
    goto bad;

  if (avail < n)
    goto bad;
  for (i = 1; i < n; i++)
    {
      guchar b = p[i];

      if (b < lo || b > hi)
        goto bad;
      lo = 0x80;
      hi = 0xBF;
      c = (c << 6) | (b & 0x3F);
    }
  *width = n;
  return c;

bad:
  *width = 1;
  return (gunichar) -1;
}

static GorPos
current_pos (GorLexer *lx)
{
  GorPos pos = { lx->line, (guint32) (lx->off - lx->line_start + 1) };
  return pos;
}

static void
error_at (GorLexer *lx, GorPos pos, char *msg)
{
  /* Go reports every error and sorts them by position: keep the earliest */
  if (lx->has_error
      && (lx->error_pos.line < pos.line || (lx->error_pos.line == pos.line && lx->error_pos.col <= pos.col)))
    {
      g_free (msg);
      return;
    }
  g_free (lx->error_msg);
  lx->has_error = TRUE;
  lx->error_pos = pos;
  lx->error_msg = msg;
}

static void
error_here (GorLexer *lx, const char *msg)
{
  error_at (lx, current_pos (lx), g_strdup (msg));
}

/* error at the start of the current token, plus @offset bytes */
static void
error_tok (GorLexer *lx, gsize offset, char *msg)
{
  GorPos pos = { lx->tok_line, lx->tok_col + (guint32) offset };
  error_at (lx, pos, msg);
}

static void
nextch (GorLexer *lx)
{
  gsize    width;
  gunichar c;

redo:
  if (lx->ch == '\n')
    {
      lx->line++;
      lx->line_start = lx->r;
    }
  lx->off = lx->r;
  if (lx->r >= lx->len)
    {
      lx->ch = EOF_CH;
      return;
    }

  c = decode_utf8 (lx->src + lx->r, lx->len - lx->r, &width);
  lx->r += width;
  lx->ch = (gint32) c;

  if (c == 0)
    {
      error_here (lx, "invalid NUL character");
      goto redo;
    }
  if (c == (gunichar) -1)
    {
      error_here (lx, "invalid UTF-8 encoding");
      goto redo;
    }
  if (c == 0xFEFF)
    {
      if (lx->off > 0)
        error_here (lx, "invalid BOM in the middle of the file");
      goto redo;
    }
}

GorLexer *
gor_lexer_new (const char *source, gsize length)
{
  GorLexer *lx = g_new0 (GorLexer, 1);

  lx->src = (const guchar *) source;
  lx->len = length;
  lx->line = 1;
  lx->ch = ' ';
  nextch (lx);
  return lx;
}

void
gor_lexer_free (GorLexer *lexer)
{
  if (lexer == NULL)
    return;
  g_free (lexer->error_msg);
  g_free (lexer);
}

gboolean
gor_lexer_get_error (GorLexer *lexer, GorPos *pos, const char **message)
{
  if (!lexer->has_error)
    return FALSE;
  if (pos)
    *pos = lexer->error_pos;
  if (message)
    *message = lexer->error_msg;
  return TRUE;
}

static gint32
lower (gint32 ch)
{
  return ('a' - 'A') | ch;
}

static gboolean
is_letter (gint32 ch)
{
  return ('a' <= lower (ch) && lower (ch) <= 'z') || ch == '_';
}

static gboolean
is_decimal (gint32 ch)
{
  return '0' <= ch && ch <= '9';
}

static gboolean
is_hex (gint32 ch)
{
  return is_decimal (ch) || ('a' <= lower (ch) && lower (ch) <= 'f');
}

static gboolean
at_ident_char (GorLexer *lx, gboolean first)
{
  GString *msg;

  if (lx->ch < 0)
    return FALSE;
  if (is_go_letter (lx->ch) || lx->ch == '_')
    return TRUE;
  if (g_unichar_isdigit (lx->ch))
    {
      if (first)
        {
          msg = g_string_new ("identifier cannot begin with digit ");
          append_unicode (msg, lx->ch);
          error_here (lx, msg->str);
          g_string_free (msg, TRUE);
        }
      return TRUE;
    }
  if (lx->ch >= 0x80)
    {
      msg = g_string_new ("invalid character ");
      append_unicode (msg, lx->ch);
      g_string_append (msg, " in identifier");
      error_here (lx, msg->str);
      g_string_free (msg, TRUE);
      return TRUE;
    }
  return FALSE;
}

static const struct
{
  const char  *word;
  GorTokenKind kind;
} keywords[] = {
  { "break", GOR_TOKEN_BREAK },
  { "case", GOR_TOKEN_CASE },
  { "chan", GOR_TOKEN_CHAN },
  { "const", GOR_TOKEN_CONST },
  { "continue", GOR_TOKEN_CONTINUE },
  { "default", GOR_TOKEN_DEFAULT },
  { "defer", GOR_TOKEN_DEFER },
  { "else", GOR_TOKEN_ELSE },
  { "fallthrough", GOR_TOKEN_FALLTHROUGH },
  { "for", GOR_TOKEN_FOR },
  { "func", GOR_TOKEN_FUNC },
  { "go", GOR_TOKEN_GO },
  { "goto", GOR_TOKEN_GOTO },
  { "if", GOR_TOKEN_IF },
  { "import", GOR_TOKEN_IMPORT },
  { "interface", GOR_TOKEN_INTERFACE },
  { "map", GOR_TOKEN_MAP },
  { "package", GOR_TOKEN_PACKAGE },
  { "range", GOR_TOKEN_RANGE },
  { "return", GOR_TOKEN_RETURN },
  { "select", GOR_TOKEN_SELECT },
  { "struct", GOR_TOKEN_STRUCT },
  { "switch", GOR_TOKEN_SWITCH },
  { "type", GOR_TOKEN_TYPE },
  { "var", GOR_TOKEN_VAR },
};

static void
scan_ident (GorLexer *lx, GorToken *tok)
{
  const char *text;
  gsize       len;
  guint       i;

  while (is_letter (lx->ch) || is_decimal (lx->ch))
    nextch (lx);
  if (lx->ch >= 0x80)
    while (at_ident_char (lx, FALSE))
      nextch (lx);

  text = (const char *) lx->src + tok->offset;
  len = lx->off - tok->offset;
  for (i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (strlen (keywords[i].word) == len && memcmp (keywords[i].word, text, len) == 0)
      {
        tok->kind = keywords[i].kind;
        lx->nlsemi = (tok->kind == GOR_TOKEN_BREAK || tok->kind == GOR_TOKEN_CONTINUE
                      || tok->kind == GOR_TOKEN_FALLTHROUGH || tok->kind == GOR_TOKEN_RETURN);
        return;
      }
  tok->kind = GOR_TOKEN_IDENT;
  lx->nlsemi = TRUE;
}

static const char *
base_name (int base)
{
  switch (base)
    {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

/* bit 0: a digit was seen, bit 1: a '_' was seen */
static int
scan_digits (GorLexer *lx, int base, gssize *invalid)
{
  int digsep = 0;

  if (base <= 10)
    {
      gint32 max = '0' + base;

      while (is_decimal (lx->ch) || lx->ch == '_')
        {
          int ds = 1;

          if (lx->ch == '_')
            ds = 2;
          else if (lx->ch >= max && invalid && *invalid < 0)
            *invalid = (gssize) (lx->off - lx->line_start + 1) - lx->tok_col;
          digsep |= ds;
          nextch (lx);
        }
    }
  else
    {
      while (is_hex (lx->ch) || lx->ch == '_')
        {
          digsep |= lx->ch == '_' ? 2 : 1;
          nextch (lx);
        }
    }
  return digsep;
}

/* index of the first misplaced '_' in a number literal, or -1 */
static gssize
invalid_sep (const char *x, gsize len)
{
  char  x1 = ' ';
  char  d = '.';
  gsize i = 0;

  if (len >= 2 && x[0] == '0')
    {
      x1 = (char) lower ((guchar) x[1]);
      if (x1 == 'x' || x1 == 'o' || x1 == 'b')
        {
          d = '0';
          i = 2;
        }
    }
  for (; i < len; i++)
    {
      char p = d;

      d = x[i];
      if (d == '_')
        {
          if (p != '0')
            return (gssize) i;
        }
      else if (is_decimal ((guchar) d) || (x1 == 'x' && is_hex ((guchar) d)))
        d = '0';
      else
        {
          if (p == '_')
            return (gssize) i - 1;
          d = '.';
        }
    }
  if (d == '_')
    return (gssize) len - 1;
  return -1;
}

static void
scan_number (GorLexer *lx, GorToken *tok, gboolean seen_point)
{
  gboolean     ok = TRUE;
  GorTokenKind kind = GOR_TOKEN_INT;
  int          base = 10;
  char         prefix = 0;
  int          digsep = 0;
  gssize       invalid = -1;
  const char  *text;

  if (!seen_point)
    {
      if (lx->ch == '0')
        {
          nextch (lx);
          switch (lower (lx->ch))
            {
            case 'x':
              nextch (lx);
              base = 16;
              prefix = 'x';
              break;
            case 'o':
              nextch (lx);
              base = 8;
              prefix = 'o';
              break;
            case 'b':
              nextch (lx);
              base = 2;
              prefix = 'b';
              break;
            default:
              base = 8;
              prefix = '0';
              digsep = 1;
              break;
            }
        }
      digsep |= scan_digits (lx, base, &invalid);
      if (lx->ch == '.')
        {
          if (prefix == 'o' || prefix == 'b')
            {
              g_autofree char *m = g_strdup_printf ("invalid radix point in %s literal", base_name (base));
              error_here (lx, m);
              ok = FALSE;
            }
          nextch (lx);
          seen_point = TRUE;
        }
    }

  if (seen_point)
    {
      kind = GOR_TOKEN_FLOAT;
      digsep |= scan_digits (lx, base, &invalid);
    }

  if ((digsep & 1) == 0 && ok)
    {
      g_autofree char *m = g_strdup_printf ("%s literal has no digits", base_name (base));
      error_here (lx, m);
      ok = FALSE;
    }

  if (lower (lx->ch) == 'e' || lower (lx->ch) == 'p')
    {
      gint32 e = lower (lx->ch);

      if (ok)
        {
          if (e == 'e' && prefix != 0 && prefix != '0')
            {
              g_autofree char *m = g_strdup_printf ("'%c' exponent requires decimal mantissa", lx->ch);
              error_here (lx, m);
              ok = FALSE;
            }
          else if (e == 'p' && prefix != 'x')
            {
              g_autofree char *m = g_strdup_printf ("'%c' exponent requires hexadecimal mantissa", lx->ch);
              error_here (lx, m);
              ok = FALSE;
            }
        }
      nextch (lx);
      kind = GOR_TOKEN_FLOAT;
      if (lx->ch == '+' || lx->ch == '-')
        nextch (lx);
      digsep = scan_digits (lx, 10, NULL) | (digsep & 2);
      if ((digsep & 1) == 0 && ok)
        {
          error_here (lx, "exponent has no digits");
          ok = FALSE;
        }
    }
  else if (prefix == 'x' && kind == GOR_TOKEN_FLOAT && ok)
    {
      error_here (lx, "hexadecimal mantissa requires a 'p' exponent");
      ok = FALSE;
    }

  if (lx->ch == 'i')
    {
      kind = GOR_TOKEN_IMAG;
      nextch (lx);
    }

  tok->kind = kind;
  tok->length = lx->off - tok->offset;
  text = (const char *) lx->src + tok->offset;
  lx->nlsemi = TRUE;

  if (kind == GOR_TOKEN_INT && invalid >= 0 && ok)
    {
      error_tok (lx, invalid,
                 g_strdup_printf ("invalid digit '%c' in %s literal", text[invalid], base_name (base)));
      ok = FALSE;
    }

  if ((digsep & 2) != 0 && ok)
    {
      gssize i = invalid_sep (text, tok->length);

      if (i >= 0)
        {
          error_tok (lx, i, g_strdup ("'_' must separate successive digits"));
          ok = FALSE;
        }
    }
  tok->bad = !ok;
}

static gboolean
scan_escape (GorLexer *lx, gint32 quote)
{
  int     n, base;
  guint32 max, x = 0;

  if (lx->ch == quote)
    {
      nextch (lx);
      return TRUE;
    }
  switch (lx->ch)
    {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\': nextch (lx); return TRUE;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3;
      base = 8;
      max = 255;
      break;
    case 'x':
      nextch (lx);
      n = 2;
      base = 16;
      max = 255;
      break;
    case 'u':
      nextch (lx);
      n = 4;
      base = 16;
      max = 0x10FFFF;
      break;
    case 'U':
      nextch (lx);
      n = 8;
      base = 16;
      max = 0x10FFFF;
      break;
    default:
      if (lx->ch < 0)
        return TRUE; /* the caller complains about the end */
      error_here (lx, "unknown escape");
      return FALSE;
    }

  for (; n > 0; n--)
    {
      guint32 d = base;

      if (lx->ch < 0)
        return TRUE;
      if (is_decimal (lx->ch))
        d = lx->ch - '0';
      else if ('a' <= lower (lx->ch) && lower (lx->ch) <= 'f')
        d = lower (lx->ch) - 'a' + 10;
      if (d >= (guint32) base)
        {
          GString *m = g_string_new ("invalid character ");

          gor_lexer_quote_rune (m, lx->ch);
          g_string_append_printf (m, " in %s escape", base_name (base));
          error_here (lx, m->str);
          g_string_free (m, TRUE);
          return FALSE;
        }
      x = x * base + d;
      nextch (lx);
    }

  if (x > max && base == 8)
    {
      g_autofree char *m = g_strdup_printf ("octal escape value %u > 255", x);
      error_here (lx, m);
      return FALSE;
    }
  if (x > max || (x >= 0xD800 && x < 0xE000))
    {
      GString *m = g_string_new ("escape is invalid Unicode code point ");

      append_unicode (m, x);
      error_here (lx, m->str);
      g_string_free (m, TRUE);
      return FALSE;
    }
  return TRUE;
}

static void
scan_rune (GorLexer *lx, GorToken *tok)
{
  gboolean ok = TRUE;
  int      n;

  nextch (lx);
  for (n = 0;; n++)
    {
      if (lx->ch == '\'')
        {
          if (ok)
            {
              if (n == 0)
                {
                  error_here (lx, "empty rune literal or unescaped '");
                  ok = FALSE;
                }
              else if (n != 1)
                {
                  error_tok (lx, 0, g_strdup ("more than one character in rune literal"));
                  ok = FALSE;
                }
            }
          nextch (lx);
          break;
        }
      if (lx->ch == '\\')
        {
          nextch (lx);
          if (!scan_escape (lx, '\''))
            ok = FALSE;
          continue;
        }
      if (lx->ch == '\n')
        {
          if (ok)
            {
              error_here (lx, "newline in rune literal");
              ok = FALSE;
            }
          break;
        }
      if (lx->ch < 0)
        {
          if (ok)
            {
              error_tok (lx, 0, g_strdup ("rune literal not terminated"));
              ok = FALSE;
            }
          break;
        }
      nextch (lx);
    }
  tok->kind = GOR_TOKEN_CHAR;
  tok->bad = !ok;
  lx->nlsemi = TRUE;
}

static void
scan_string (GorLexer *lx, GorToken *tok)
{
  gboolean ok = TRUE;

  nextch (lx);
  for (;;)
    {
      if (lx->ch == '"')
        {
          nextch (lx);
          break;
        }
      if (lx->ch == '\\')
        {
          nextch (lx);
          if (!scan_escape (lx, '"'))
            ok = FALSE;
          continue;
        }
      if (lx->ch == '\n')
        {
          error_here (lx, "newline in string");
          ok = FALSE;
          break;
        }
      if (lx->ch < 0)
        {
          error_tok (lx, 0, g_strdup ("string not terminated"));
          ok = FALSE;
          break;
        }
      nextch (lx);
    }
  tok->kind = GOR_TOKEN_STRING;
  tok->bad = !ok;
  lx->nlsemi = TRUE;
}

static void
scan_raw_string (GorLexer *lx, GorToken *tok)
{
  gboolean ok = TRUE;

  nextch (lx);
  for (;;)
    {
      if (lx->ch == '`')
        {
          nextch (lx);
          break;
        }
      if (lx->ch < 0)
        {
          error_tok (lx, 0, g_strdup ("string not terminated"));
          ok = FALSE;
          break;
        }
      nextch (lx);
    }
  tok->kind = GOR_TOKEN_STRING;
  tok->bad = !ok;
  lx->nlsemi = TRUE;
}

static void
skip_line (GorLexer *lx)
{
  while (lx->ch >= 0 && lx->ch != '\n')
    nextch (lx);
}

static void
skip_comment (GorLexer *lx)
{
  while (lx->ch >= 0)
    {
      while (lx->ch == '*')
        {
          nextch (lx);
          if (lx->ch == '/')
            {
              nextch (lx);
              return;
            }
        }
      nextch (lx);
    }
  error_tok (lx, 0, g_strdup ("comment not terminated"));
}

/* @op, or @assign when '=' follows */
static void
op_or_assign (GorLexer *lx, GorToken *tok, GorTokenKind op, GorTokenKind assign)
{
  if (lx->ch == '=')
    {
      nextch (lx);
      tok->kind = assign;
    }
  else
    tok->kind = op;
}

/* Punctuation and operators but '.' and '/'; FALSE for any other
 * character, left unread */
static gboolean
scan_operator (GorLexer *lx, GorToken *tok)
{
  switch (lx->ch)
    {
    case '(':
      nextch (lx);
      tok->kind = GOR_TOKEN_LPAREN;
      break;

    case '[':
      nextch (lx);
      tok->kind = GOR_TOKEN_LBRACK;
      break;

    case '{':
      nextch (lx);
      tok->kind = GOR_TOKEN_LBRACE;
      break;

    case ',':
      nextch (lx);
      tok->kind = GOR_TOKEN_COMMA;
      break;

    case ';':
      nextch (lx);
      tok->kind = GOR_TOKEN_SEMICOLON;
      tok->semi = "semicolon";
      break;

    case ')':
      nextch (lx);
      lx->nlsemi = TRUE;
      tok->kind = GOR_TOKEN_RPAREN;
      break;

    case ']':
      nextch (lx);
      lx->nlsemi = TRUE;
      tok->kind = GOR_TOKEN_RBRACK;
      break;

    case '}':
      nextch (lx);
      lx->nlsemi = TRUE;
      tok->kind = GOR_TOKEN_RBRACE;
      break;

    case ':':
      nextch (lx);
      if (lx->ch == '=')
        {
          nextch (lx);
          tok->kind = GOR_TOKEN_DEFINE;
          break;
        }
      tok->kind = GOR_TOKEN_COLON;
      break;

    case '+':
      nextch (lx);
      if (lx->ch == '+')
        {
          nextch (lx);
          lx->nlsemi = TRUE;
          tok->kind = GOR_TOKEN_INC;
        }
      else
        op_or_assign (lx, tok, GOR_TOKEN_ADD, GOR_TOKEN_ADD_ASSIGN);
      break;

    case '-':
      nextch (lx);
      if (lx->ch == '-')
        {
          nextch (lx);
          lx->nlsemi = TRUE;
          tok->kind = GOR_TOKEN_DEC;
        }
      else
        op_or_assign (lx, tok, GOR_TOKEN_SUB, GOR_TOKEN_SUB_ASSIGN);
      break;

    case '*':
      nextch (lx);
      op_or_assign (lx, tok, GOR_TOKEN_MUL, GOR_TOKEN_MUL_ASSIGN);
      break;

    case '%':
      nextch (lx);
      op_or_assign (lx, tok, GOR_TOKEN_REM, GOR_TOKEN_REM_ASSIGN);
      break;

    case '&':
      nextch (lx);
      if (lx->ch == '&')
        {
          nextch (lx);
          tok->kind = GOR_TOKEN_LAND;
        }
      else if (lx->ch == '^')
        {
          nextch (lx);
          op_or_assign (lx, tok, GOR_TOKEN_AND_NOT, GOR_TOKEN_AND_NOT_ASSIGN);
        }
      else
        op_or_assign (lx, tok, GOR_TOKEN_AND, GOR_TOKEN_AND_ASSIGN);
      break;

    case '|':
      nextch (lx);
      if (lx->ch == '|')
        {
          nextch (lx);
          tok->kind = GOR_TOKEN_LOR;
        }
      else
        op_or_assign (lx, tok, GOR_TOKEN_OR, GOR_TOKEN_OR_ASSIGN);
      break;

    case '^':
      nextch (lx);
      op_or_assign (lx, tok, GOR_TOKEN_XOR, GOR_TOKEN_XOR_ASSIGN);
      break;

    case '<':
      nextch (lx);
      if (lx->ch == '=')
        {
          nextch (lx);
          tok->kind = GOR_TOKEN_LEQ;
        }
      else if (lx->ch == '<')
        {
          nextch (lx);
          op_or_assign (lx, tok, GOR_TOKEN_SHL, GOR_TOKEN_SHL_ASSIGN);
        }
      else if (lx->ch == '-')
        {
          nextch (lx);
          tok->kind = GOR_TOKEN_ARROW;
        }
      else
        tok->kind = GOR_TOKEN_LSS;
      break;

    case '>':
      nextch (lx);
      if (lx->ch == '=')
        {
          nextch (lx);
          tok->kind = GOR_TOKEN_GEQ;
        }
      else if (lx->ch == '>')
        {
          nextch (lx);
          op_or_assign (lx, tok, GOR_TOKEN_SHR, GOR_TOKEN_SHR_ASSIGN);
        }
      else
        tok->kind = GOR_TOKEN_GTR;
      break;

    case '=':
      nextch (lx);
      op_or_assign (lx, tok, GOR_TOKEN_ASSIGN, GOR_TOKEN_EQL);
      break;

    case '!':
      nextch (lx);
      op_or_assign (lx, tok, GOR_TOKEN_NOT, GOR_TOKEN_NEQ);
      break;

    case '~':
      nextch (lx);
      tok->kind = GOR_TOKEN_TILDE;
      break;

    default: return FALSE;
    }
  return TRUE;
}

void
gor_lexer_next (GorLexer *lx, GorToken *tok)
{
  gboolean nlsemi = lx->nlsemi;

  lx->nlsemi = FALSE;
  memset (tok, 0, sizeof *tok);

redo:
  while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) || lx->ch == '\r')
    nextch (lx);

  tok->pos = current_pos (lx);
  tok->offset = lx->off;
  lx->tok_line = tok->pos.line;
  lx->tok_col = tok->pos.col;

  if (is_letter (lx->ch) || (lx->ch >= 0x80 && at_ident_char (lx, TRUE)))
    {
      nextch (lx);
      scan_ident (lx, tok);
      goto done;
    }

  switch (lx->ch)
    {
    case EOF_CH:
      if (nlsemi)
        {
          tok->kind = GOR_TOKEN_SEMICOLON;
          tok->semi = "EOF";
          return;
        }
      tok->kind = GOR_TOKEN_EOF;
      return;

    case '\n':
      nextch (lx);
      tok->kind = GOR_TOKEN_SEMICOLON;
      tok->semi = "newline";
      return;

    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': scan_number (lx, tok, FALSE); return;

    case '"': scan_string (lx, tok); break;

    case '`': scan_raw_string (lx, tok); break;

    case '\'': scan_rune (lx, tok); break;

    case '.':
      nextch (lx);
      if (is_decimal (lx->ch))
        {
          scan_number (lx, tok, TRUE);
          return;
        }
      /* "..": two periods, not an ellipsis */
      if (lx->ch == '.' && lx->r < lx->len && lx->src[lx->r] == '.')
        {
          nextch (lx);
          nextch (lx);
          tok->kind = GOR_TOKEN_ELLIPSIS;
          break;
        }
      if (lx->ch == '.' && lx->r < lx->len && lx->src[lx->r] == '\n')
        {
          /* Go's scanner, backing up over "..\n", counts the newline
           * early: its positions from the second '.' on are one line
           * down, the first '.' starting that line.  Its messages say so,
           * and ours follow. */
          lx->line++;
          lx->line_start = tok->offset;
        }
      tok->kind = GOR_TOKEN_PERIOD;
      break;

    case '/':
      nextch (lx);
      if (lx->ch == '/')
        {
          nextch (lx);
          skip_line (lx);
          goto redo;
        }
      if (lx->ch == '*')
        {
          nextch (lx);
          skip_comment (lx);
          if (lx->line > tok->pos.line && nlsemi)
            {
              /* a comment spanning lines acts like a newline */
              tok->kind = GOR_TOKEN_SEMICOLON;
              tok->semi = "newline";
              return;
            }
          goto redo;
        }
      if (lx->ch == '=')
        {
          nextch (lx);
          tok->kind = GOR_TOKEN_QUO_ASSIGN;
        }
      else
        tok->kind = GOR_TOKEN_QUO;
      break;

    default:
      if (scan_operator (lx, tok))
        break;
      {
        GString *m = g_string_new ("invalid character ");

        append_unicode (m, lx->ch);
        error_here (lx, m->str);
        g_string_free (m, TRUE);
        nextch (lx);
        goto redo;
      }
    }

done:
  tok->length = lx->off - tok->offset;
}

/* Decoding of literals already checked by the scanner */

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  return (lower ((guchar) c) - 'a') + 10;
}

static void
append_rune (GString *out, gunichar c)
{
  char buf[8];
  int  n = g_unichar_to_utf8 (c, buf);

  g_string_append_len (out, buf, n);
}

/* Decodes one escape after the backslash at @p; returns the bytes used.
 * *is_byte tells whether the value is a byte (\x, octal) or a code point. */
static gsize
decode_escape (const char *p, const char *end, guint32 *value, gboolean *is_byte)
{
  int     n = 0, base = 16, i;
  guint32 x = 0;

  *is_byte = FALSE;
  switch (*p)
    {
    case 'a': *value = '\a'; return 1;
    case 'b': *value = '\b'; return 1;
    case 'f': *value = '\f'; return 1;
    case 'n': *value = '\n'; return 1;
    case 'r': *value = '\r'; return 1;
    case 't': *value = '\t'; return 1;
    case 'v': *value = '\v'; return 1;
    case 'x':
      n = 2;
      *is_byte = TRUE;
      p++;
      break;
    case 'u':
      n = 4;
      p++;
      break;
    case 'U':
      n = 8;
      p++;
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3;
      base = 8;
      *is_byte = TRUE;
      break;
    default:
      *value = (guchar) *p; /* \\ \' \" */
      return 1;
    }
  for (i = 0; i < n && p + i < end; i++)
    x = x * base + hex_value (p[i]);
  *value = x;
  return (base == 8 ? 0 : 1) + i;
}

void
gor_lexer_decode (const char *text, gsize length, GString *out)
{
  const char *p, *end;
  char        quote;

  if (length < 2)
    return;
  quote = text[0];
  p = text + 1;
  end = text + length - 1;

  if (quote == '`')
    {
      for (; p < end; p++)
        if (*p != '\r')
          g_string_append_c (out, *p);
      return;
    }

  while (p < end)
    {
      if (*p == '\\' && p + 1 < end)
        {
          guint32  v;
          gboolean is_byte;

          p++;
          p += decode_escape (p, end, &v, &is_byte);
          if (is_byte && quote == '"')
            g_string_append_c (out, (char) v);
          else
            append_rune (out, v);
        }
      else
        {
          g_string_append_c (out, *p);
          p++;
        }
    }
}
