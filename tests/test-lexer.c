/* test-lexer.c — tokens, semicolons, literals and lexical errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected token streams were printed by go/scanner
 * (tests/parser/go-tokens.go), decoded literal bytes by a Go 1.19 program,
 * and error messages by `go build` of Go 1.19.
 */

#include "config.h"

#include "gor-lexer.h"

/* Sources as TAP comments: TAP is UTF-8 text, one comment a line, so the
 * source goes out quoted as Go's %q would, invalid bytes as \xNN. */
static void
note_source (const char *what, const char *src)
{
  GString    *out = g_string_new ("\"");
  const char *p = src;

  while (*p)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", (char) c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == (gunichar) -1 || c == (gunichar) -2 || c < 0x20 || c == 0x7f)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      else if (!g_unichar_isprint (c) || c == 0xfeff)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
  g_string_append_c (out, '"');
  g_test_message ("%s: %s", what, out->str);
  g_string_free (out, TRUE);
}

static char *
tokens_of (const char *src)
{
  g_autoptr (GorLexer) lx = gor_lexer_new (src, strlen (src));
  GString *out = g_string_new (NULL);
  GorToken tok;

  for (;;)
    {
      gor_lexer_next (lx, &tok);
      if (tok.kind == GOR_TOKEN_EOF)
        break;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (tok.kind == GOR_TOKEN_SEMICOLON)
        g_string_append (out, tok.length == 0 ? ";nl" : ";");
      else
        g_string_append_len (out, src + tok.offset, tok.length);
      g_string_append_printf (out, "@%u:%u", tok.pos.line, tok.pos.col);
    }
  g_assert_false (gor_lexer_get_error (lx, NULL, NULL));
  return g_string_free (out, FALSE);
}

static const struct
{
  const char *src;
  const char *tokens;
} token_cases[] = {
  { "x := 1", "x@1:1 :=@1:3 1@1:6 ;nl@1:7" },
  { "return\n}", "return@1:1 ;nl@1:7 }@2:1 ;nl@2:2" },
  { "f(a, b)\ng()", "f@1:1 (@1:2 a@1:3 ,@1:4 b@1:6 )@1:7 ;nl@1:8 g@2:1 (@2:2 )@2:3 ;nl@2:4" },
  { "x++\ny--", "x@1:1 ++@1:2 ;nl@1:4 y@2:1 --@2:2 ;nl@2:4" },
  { "break\ncontinue\nfallthrough", "break@1:1 ;nl@1:6 continue@2:1 ;nl@2:9 fallthrough@3:1 ;nl@3:12" },
  { "a /* c */ b", "a@1:1 b@1:11 ;nl@1:12" },
  { "a /* multi\nline */ b", "a@1:1 ;nl@1:3 b@2:9 ;nl@2:10" },
  /* go/scanner puts this semicolon at the comment (1:3); the compiler, whose
   * positions `go build` prints ("unexpected newline"), at the newline */
  { "a // c\nb", "a@1:1 ;nl@1:7 b@2:1 ;nl@2:2" },
  { "x.y[1]...", "x@1:1 .@1:2 y@1:3 [@1:4 1@1:5 ]@1:6 ...@1:7" },
  { "a &^= b <<= c >>= d &&e||f",
    "a@1:1 &^=@1:3 b@1:7 <<=@1:9 c@1:13 >>=@1:15 d@1:19 &&@1:21 e@1:23 ||@1:24 f@1:26 ;nl@1:27" },
  { "0x1F 0o17 0b101 017 1_000 1.5e3 .5 1. 0x1p-2 2i 1.5i",
    "0x1F@1:1 0o17@1:6 0b101@1:11 017@1:17 1_000@1:21 1.5e3@1:27 .5@1:33 1.@1:36 0x1p-2@1:39 2i@1:46 "
    "1.5i@1:49 ;nl@1:53" },
  { "'a' '\\n' \"s\" `raw`", "'a'@1:1 '\\n'@1:5 \"s\"@1:10 `raw`@1:14 ;nl@1:19" },
  { "ch <- v; <-ch", "ch@1:1 <-@1:4 v@1:7 ;@1:8 <-@1:10 ch@1:12 ;nl@1:14" },
  { "日本 := \"語\"", "日本@1:1 :=@1:8 \"語\"@1:11 ;nl@1:16" },
  { "a:=b!=c<=d>=e==f",
    "a@1:1 :=@1:2 b@1:4 !=@1:5 c@1:7 <=@1:8 d@1:10 >=@1:11 e@1:13 ==@1:14 f@1:16 ;nl@1:17" },
  { "x...y", "x@1:1 ...@1:2 y@1:5 ;nl@1:6" },
  { "x..y", "x@1:1 .@1:2 .@1:3 y@1:4 ;nl@1:5" },
  { "if x {\n}\nelse", "if@1:1 x@1:4 {@1:6 }@2:1 ;nl@2:2 else@3:1" },
};

static void
test_tokens (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      g_autofree char *got = tokens_of (token_cases[i].src);

      note_source ("source", token_cases[i].src);
      g_assert_cmpstr (got, ==, token_cases[i].tokens);
    }
}

/* Which semicolons were inserted, and why: Go names them in messages */
static void
test_semicolon_kinds (void)
{
  const char *src = "a; b\nc /* x\n */ d";
  g_autoptr (GorLexer) lx = gor_lexer_new (src, strlen (src));
  const char *expected[] = { "semicolon", "newline", "newline", "EOF" };
  guint       n = 0;
  GorToken    tok;

  for (gor_lexer_next (lx, &tok); tok.kind != GOR_TOKEN_EOF; gor_lexer_next (lx, &tok))
    if (tok.kind == GOR_TOKEN_SEMICOLON)
      {
        g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
        g_assert_cmpstr (tok.semi, ==, expected[n]);
        n++;
      }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
}

static void
test_keywords (void)
{
  static const char *words[] = {
    "break", "case",   "chan",   "const",  "continue", "default", "defer",     "else", "fallthrough",
    "for",   "func",   "go",     "goto",   "if",       "import",  "interface", "map",  "package",
    "range", "return", "select", "struct", "switch",   "type",    "var",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr (GorLexer) lx = gor_lexer_new (words[i], strlen (words[i]));
      g_autofree char *longer = g_strconcat (words[i], "x", NULL);
      g_autoptr (GorLexer) lx2 = gor_lexer_new (longer, strlen (longer));
      GorToken tok;

      gor_lexer_next (lx, &tok);
      g_assert_cmpint (tok.kind, >=, GOR_TOKEN_BREAK);
      g_assert_cmpstr (gor_token_kind_to_string (tok.kind), ==, words[i]);
      gor_lexer_next (lx2, &tok);
      g_assert_cmpint (tok.kind, ==, GOR_TOKEN_IDENT);
    }
}

static void
test_bom (void)
{
  const char *src = "\xef\xbb\xbfpackage main";
  g_autoptr (GorLexer) lx = gor_lexer_new (src, strlen (src));
  GorToken tok;

  gor_lexer_next (lx, &tok);
  g_assert_cmpint (tok.kind, ==, GOR_TOKEN_PACKAGE);
  /* Go counts the BOM's bytes in the column */
  g_assert_cmpuint (tok.pos.line, ==, 1);
  g_assert_cmpuint (tok.pos.col, ==, 4);
  g_assert_false (gor_lexer_get_error (lx, NULL, NULL));
}

/* Decoded values, printed with %x by a Go 1.19 program */
static const struct
{
  const char *lit;
  const char *hex;
} literal_cases[] = {
  { "\"\"", "" },
  { "\"abc\"", "616263" },
  { "\"\\n\\t\\\\\\\"\"", "0a095c22" },
  { "\"\\a\\b\\f\\r\\v\"", "07080c0d0b" },
  { "\"\\x41\\x7a\\xff\\x00\"", "417aff00" },
  { "\"\\101\\060\\377\\000\"", "4130ff00" },
  { "\"\\u00e9\\u4e16\"", "c3a9e4b896" },
  { "\"\\U0001F600\"", "f09f9880" },
  { "\"日本語\"", "e697a5e69cace8aa9e" },
  { "`raw\\n`", "7261775c6e" },
  { "`a\nb`", "610a62" },
  { "`a\r\nb`", "610a62" }, /* carriage returns leave raw strings */
  { "\"\\u2028\"", "e280a8" },
  { "\"\\xe4\\xb8\\x96\"", "e4b896" },
  { "\"'\"", "27" },
  { "`\"`", "22" },
  { "\"\\\\x41\"", "5c783431" },
  { "'a'", "61" },
  { "'\\n'", "0a" },
  { "'\\''", "27" },
  { "'\\\\'", "5c" },
  { "'\\x41'", "41" },
  { "'\\xff'", "c3bf" },
  { "'\\101'", "41" },
  { "'\\377'", "c3bf" },
  { "'\\u00e9'", "c3a9" },
  { "'\\U0001F600'", "f09f9880" },
  { "'世'", "e4b896" },
  { "'\\000'", "00" },
  { "'\"'", "22" },
};

static void
test_literals (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (literal_cases); i++)
    {
      const char *lit = literal_cases[i].lit;
      g_autoptr (GorLexer) lx = gor_lexer_new (lit, strlen (lit));
      g_autoptr (GString) value = g_string_new (NULL);
      g_autoptr (GString) hex = g_string_new (NULL);
      GorToken tok;
      gsize    j;

      gor_lexer_next (lx, &tok);
      note_source ("literal", lit);
      g_assert_true (tok.kind == GOR_TOKEN_STRING || tok.kind == GOR_TOKEN_CHAR);
      g_assert_cmpuint (tok.length, ==, strlen (lit));
      g_assert_false (tok.bad);
      g_assert_false (gor_lexer_get_error (lx, NULL, NULL));
      gor_lexer_decode (lit + tok.offset, tok.length, value);
      for (j = 0; j < value->len; j++)
        g_string_append_printf (hex, "%02x", (guchar) value->str[j]);
      g_assert_cmpstr (hex->str, ==, literal_cases[i].hex);
    }
}

/* First error of each source, as `go build` of Go 1.19 reports it */
static const struct
{
  const char *src;
  const char *error;
} error_cases[] = {
  { "x := 0x", "1:8: hexadecimal literal has no digits" },
  { "x := 0b102", "1:10: invalid digit '2' in binary literal" },
  { "x := 09", "1:7: invalid digit '9' in octal literal" },
  { "x := 1__0", "1:8: '_' must separate successive digits" },
  { "x := 1e", "1:8: exponent has no digits" },
  { "x := 0x1.0", "1:11: hexadecimal mantissa requires a 'p' exponent" },
  { "x := 0o1.0", "1:9: invalid radix point in octal literal" },
  { "x := \"abc\n", "1:10: newline in string" },
  { "x := `abc", "1:6: string not terminated" },
  { "x := 'ab'", "1:6: more than one character in rune literal" },
  { "x := ''", "1:7: empty rune literal or unescaped '" },
  { "x := \"\\q\"", "1:8: unknown escape" },
  { "x := \"\\xZZ\"", "1:9: invalid character 'Z' in hexadecimal escape" },
  { "x := \"\\400\"", "1:11: octal escape value 256 > 255" },
  { "x := \"\\uD800\"", "1:13: escape is invalid Unicode code point U+D800" },
  { "x := '\\U00110000'", "1:17: escape is invalid Unicode code point U+110000" },
  { "x := 1 @ 2", "1:8: invalid character U+0040 '@'" },
  { "x := 1 # 2", "1:8: invalid character U+0023 '#'" },
  { "/* unterminated\n", "1:1: comment not terminated" },
  { "x := 1\x01", "1:7: invalid character U+0001" },
  { "x := \"a\xff\"", "1:8: invalid UTF-8 encoding" },
  { "x := 1 // \xc0\x80", "1:11: invalid UTF-8 encoding" },
  { "_ =\xef\xbb\xbf 1", "1:4: invalid BOM in the middle of the file" },
  { "x := '\n'", "1:7: newline in rune literal" },
  { "x := '", "1:6: rune literal not terminated" },
  { "x := 0x.p1", "1:9: hexadecimal literal has no digits" },
  { "x := 0b1e2", "1:9: 'e' exponent requires decimal mantissa" },
  { "x := 1p2", "1:7: 'p' exponent requires hexadecimal mantissa" },
  { "var x·y int", "1:6: invalid character U+00B7 '·' in identifier" },
  { "x := ١", "1:6: identifier cannot begin with digit U+0661 '١'" },
};

static void
test_errors (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const char *src = error_cases[i].src;
      g_autoptr (GorLexer) lx = gor_lexer_new (src, strlen (src));
      g_autofree char *got = NULL;
      const char      *msg;
      GorToken         tok;
      GorPos           pos;

      do
        gor_lexer_next (lx, &tok);
      while (tok.kind != GOR_TOKEN_EOF);
      note_source ("source", src);
      g_assert_true (gor_lexer_get_error (lx, &pos, &msg));
      got = g_strdup_printf ("%u:%u: %s", pos.line, pos.col, msg);
      g_assert_cmpstr (got, ==, error_cases[i].error);
    }
}

/* NUL bytes are errors, never the end of the text */
static void
test_nul (void)
{
  const char src[] = "x := 1\0 + y";
  g_autoptr (GorLexer) lx = gor_lexer_new (src, sizeof src - 1);
  GorToken    tok;
  const char *msg;
  GorPos      pos;
  guint       n = 0;

  do
    {
      gor_lexer_next (lx, &tok);
      n++;
    }
  while (tok.kind != GOR_TOKEN_EOF);
  g_assert_cmpuint (n, ==, 7); /* x := 1 + y ; EOF */
  g_assert_true (gor_lexer_get_error (lx, &pos, &msg));
  g_assert_cmpstr (msg, ==, "invalid NUL character");
  g_assert_cmpuint (pos.col, ==, 7);
}

static void
test_quote_rune (void)
{
  static const struct
  {
    gunichar    c;
    const char *quoted;
  } cases[] = {
    { 'a', "'a'" },      { '\n', "'\\n'" },     { '\'', "'\\''" }, { 0, "'\\x00'" },
    { 0x7f, "'\\x7f'" }, { 0xa0, "'\\u00a0'" }, { 0xe9, "'é'" },   { 0xe0000, "'\\U000e0000'" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);

      gor_lexer_quote_rune (out, cases[i].c);
      g_assert_cmpstr (out->str, ==, cases[i].quoted);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/lexer/tokens", test_tokens);
  g_test_add_func ("/core/lexer/semicolon-kinds", test_semicolon_kinds);
  g_test_add_func ("/core/lexer/keywords", test_keywords);
  g_test_add_func ("/core/lexer/bom", test_bom);
  g_test_add_func ("/core/lexer/literals", test_literals);
  g_test_add_func ("/core/lexer/errors", test_errors);
  g_test_add_func ("/core/lexer/nul", test_nul);
  g_test_add_func ("/core/lexer/quote-rune", test_quote_rune);

  return g_test_run ();
}
