/* gor-lexer.h — Go source text to tokens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lexer follows the Go specification and the behaviour of Go's own
 * compiler: automatic semicolons after a line's final token, positions in
 * 1-based lines and byte columns, and the compiler's wording for lexical
 * errors.  Like Go's scanner it keeps going after an error (skipping a bad
 * character, ending a bad literal) so that the parser can decide which of
 * several errors comes first; only the first error is kept.
 */
#pragma once

#include <glib.h>

#include "gor-ast.h"

G_BEGIN_DECLS

typedef struct
{
  GorTokenKind kind;
  GorPos       pos;
  gsize        offset; /* of the token's first byte in the source */
  gsize        length; /* bytes of token text; 0 for an inserted semicolon */
  const char  *semi;   /* SEMICOLON: "semicolon", "newline" or "EOF" */
  gboolean     bad;    /* a literal with an error (already recorded) */
} GorToken;

typedef struct _GorLexer GorLexer;

GorLexer *gor_lexer_new (const char *source, gsize length);
void      gor_lexer_free (GorLexer *lexer);

/* Scans the next token into @token.  At the end, returns EOF forever. */
void gor_lexer_next (GorLexer *lexer, GorToken *token);

/* The first lexical error met so far, without the file name
 * ("invalid character U+0040 '@'"), or FALSE when there is none. */
gboolean gor_lexer_get_error (GorLexer *lexer, GorPos *pos, const char **message);

/* Decodes the text of a well-formed string or rune literal (quotes
 * included) into @out: escapes resolved, carriage returns dropped from raw
 * strings; a rune literal becomes the UTF-8 encoding of its code point. */
void gor_lexer_decode (const char *text, gsize length, GString *out);

/* Appends @c quoted as Go's %q prints a rune ('a', '\n', '\x00', '\u00a0'). */
void gor_lexer_quote_rune (GString *out, gunichar c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorLexer, gor_lexer_free)

G_END_DECLS
