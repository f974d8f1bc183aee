/* gor-imports.c — the package clause and imports, as go/build reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-parser-private.h"

/* The package clause and imports: `go build` reads them with go/parser
 * before the compiler sees the file, so errors there are go/parser's
 * ("expected 'IDENT', found 'func'").  This pass checks just that part,
 * in go/parser's terms; the compiler-style parse follows. */

/* How much of the file go/build's import reader takes as the header: it
 * reads the package clause and imports byte by byte, and on anything
 * unexpected hands the whole file to go/parser instead. */

typedef struct
{
  const guchar *s;
  gsize         len;
  gsize         pos;  /* bytes read so far */
  int           peek; /* -1: none */
  gboolean      eof;
  gboolean      err;
} ImportReader;

static int
ir_read_byte (ImportReader *r)
{
  int c;

  if (r->pos >= r->len)
    {
      r->eof = TRUE;
      return 0;
    }
  c = r->s[r->pos++];
  if (c == 0)
    r->err = TRUE;
  return c;
}

static int
ir_peek_byte (ImportReader *r, gboolean skip_space)
{
  int c;

  if (r->err)
    return 0;
  c = r->peek;
  if (c < 0)
    c = ir_read_byte (r);
  while (!r->err && !r->eof)
    {
      if (skip_space)
        {
          if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';')
            {
              c = ir_read_byte (r);
              continue;
            }
          if (c == '/')
            {
              c = ir_read_byte (r);
              if (c == '/')
                {
                  while (c != '\n' && !r->err && !r->eof)
                    c = ir_read_byte (r);
                }
              else if (c == '*')
                {
                  int c1 = 0;

                  while ((c != '*' || c1 != '/') && !r->err)
                    {
                      if (r->eof)
                        r->err = TRUE;
                      c = c1;
                      c1 = ir_read_byte (r);
                    }
                }
              else
                r->err = TRUE;
              c = ir_read_byte (r);
              continue;
            }
        }
      break;
    }
  r->peek = c;
  return c;
}

static int
ir_next_byte (ImportReader *r, gboolean skip_space)
{
  int c = ir_peek_byte (r, skip_space);

  r->peek = -1;
  return c;
}

static gboolean
ir_is_ident (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

static void
ir_read_keyword (ImportReader *r, const char *kw)
{
  ir_peek_byte (r, TRUE);
  for (; *kw; kw++)
    if (ir_next_byte (r, FALSE) != *kw)
      {
        r->err = TRUE;
        return;
      }
  if (ir_is_ident (ir_peek_byte (r, FALSE)))
    r->err = TRUE;
}

static void
ir_read_ident (ImportReader *r)
{
  if (!ir_is_ident (ir_peek_byte (r, TRUE)))
    {
      r->err = TRUE;
      return;
    }
  while (ir_is_ident (ir_peek_byte (r, FALSE)))
    r->peek = -1;
}

static void
ir_read_string (ImportReader *r)
{
  int c = ir_next_byte (r, TRUE);

  if (c == '`')
    {
      while (!r->err)
        {
          if (ir_next_byte (r, FALSE) == '`')
            break;
          if (r->eof)
            r->err = TRUE;
        }
    }
  else if (c == '"')
    {
      while (!r->err)
        {
          c = ir_next_byte (r, FALSE);
          if (c == '"')
            break;
          if (r->eof || c == '\n')
            r->err = TRUE;
          if (c == '\\')
            ir_next_byte (r, FALSE);
        }
    }
  else
    r->err = TRUE;
}

static void
ir_read_import (ImportReader *r)
{
  int c = ir_peek_byte (r, TRUE);

  if (c == '.')
    r->peek = -1;
  else if (ir_is_ident (c))
    ir_read_ident (r);
  ir_read_string (r);
}

static gsize
header_length (const char *src, gsize len)
{
  ImportReader r = { (const guchar *) src, len, 0, -1, FALSE, FALSE };

  ir_read_keyword (&r, "package");
  ir_read_ident (&r);
  while (ir_peek_byte (&r, TRUE) == 'i')
    {
      ir_read_keyword (&r, "import");
      if (ir_peek_byte (&r, TRUE) == '(')
        {
          ir_next_byte (&r, FALSE);
          while (ir_peek_byte (&r, TRUE) != ')' && !r.err)
            ir_read_import (&r);
          ir_next_byte (&r, FALSE);
        }
      else
        ir_read_import (&r);
    }
  if (r.err)
    return len;
  if (!r.eof && r.pos > 0)
    return r.pos - 1;
  return r.pos;
}

/* where go/parser places the current token */
static GorPos
header_pos (GorParser *p)
{
  GorPos pos = p->tok.pos;

  if (p->tok.kind == GOR_TOKEN_EOF
      || (p->tok.kind == GOR_TOKEN_SEMICOLON && strcmp (p->tok.semi, "EOF") == 0))
    {
      /* go/token places the end of a file ending in a newline on the
       * last line, one past its end */
      gsize len = p->hlen;

      if (len > 0 && p->src[len - 1] == '\n' && pos.line > 1)
        {
          gsize start = len - 1;

          while (start > 0 && p->src[start - 1] != '\n')
            start--;
          pos.line--;
          pos.col = (guint32) (len - start + 1);
        }
    }
  return pos;
}

static G_GNUC_NORETURN void
header_expected (GorParser *p, const char *what)
{
  GorPos      pos = header_pos (p);
  const char *found;

  switch (p->tok.kind)
    {
    case GOR_TOKEN_SEMICOLON: found = strcmp (p->tok.semi, "semicolon") == 0 ? "';'" : "newline"; break;
    case GOR_TOKEN_IDENT:
    case GOR_TOKEN_INT:
    case GOR_TOKEN_FLOAT:
    case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR:
    case GOR_TOKEN_STRING: found = _gor_parser_tok_text (p); break;
    default: found = _gor_parser_aprintf (p, "'%s'", gor_token_kind_to_string (p->tok.kind)); break;
    }
  _gor_parser_error_at (p, pos, "expected %s, found %s", what, found);
}

static void
header_expect (GorParser *p, GorTokenKind kind, const char *what)
{
  if (p->tok.kind != kind)
    header_expected (p, what);
  _gor_parser_next (p);
}

static void
header_expect_semi (GorParser *p)
{
  if (p->tok.kind == GOR_TOKEN_RPAREN || p->tok.kind == GOR_TOKEN_RBRACE)
    return;
  if (p->tok.kind != GOR_TOKEN_SEMICOLON)
    header_expected (p, "';'");
  _gor_parser_next (p);
}

/* go/build's check of an import path, once go/parser has read it */
static gboolean
is_valid_import (const char *path, gsize len)
{
  const char *c;

  if (len == 0 || !g_utf8_validate (path, len, NULL))
    return FALSE;
  for (c = path; c < path + len; c = g_utf8_next_char (c))
    {
      gunichar r = g_utf8_get_char (c);

      if (!g_unichar_isgraph (r) || r == 0xFFFD
          || (r < 0x80 && strchr ("!\"#$%&'()*,:;<=>?[\\]^{|}`", (int) r)))
        return FALSE;
    }
  return TRUE;
}

static void
header_import_spec (GorParser *p)
{
  if (p->tok.kind == GOR_TOKEN_IDENT || p->tok.kind == GOR_TOKEN_PERIOD)
    _gor_parser_next (p);
  if (p->tok.kind == GOR_TOKEN_STRING)
    {
      GString *path = g_string_new (NULL);
      gboolean valid;

      /* the error below jumps out: nothing may stay on the heap */
      gor_lexer_decode (p->src + p->tok.offset, p->tok.length, path);
      valid = is_valid_import (path->str, path->len);
      if (!valid)
        {
          const char *text = _gor_parser_arena_str (p, g_string_free (path, FALSE));

          _gor_parser_error_at (p, p->tok.pos, "invalid import path: %s", text);
        }
      g_string_free (path, TRUE);
      _gor_parser_next (p);
    }
  else if (_gor_parser_is_literal (p->tok.kind))
    _gor_parser_error_at (p, p->tok.pos, "import path must be a string");
  else
    _gor_parser_error_at (p, header_pos (p), "missing import path");
  header_expect_semi (p);
}

void
_gor_parser_check_header (GorParser *p)
{
  p->hlen = header_length (p->src, p->len);
  p->lx = gor_lexer_new (p->src, p->hlen);
  gor_lexer_next (p->lx, &p->tok);

  header_expect (p, GOR_TOKEN_PACKAGE, "'package'");
  header_expect (p, GOR_TOKEN_IDENT, "'IDENT'");
  header_expect_semi (p);
  while (p->tok.kind == GOR_TOKEN_IMPORT)
    {
      _gor_parser_next (p);
      if (_gor_parser_got (p, GOR_TOKEN_LPAREN))
        {
          while (p->tok.kind != GOR_TOKEN_RPAREN && p->tok.kind != GOR_TOKEN_EOF)
            header_import_spec (p);
          header_expect (p, GOR_TOKEN_RPAREN, "')'");
          header_expect_semi (p);
        }
      else
        header_import_spec (p);
    }
}
