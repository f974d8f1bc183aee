/* fuzz-parser.c — libFuzzer harness for the lexer and parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes must give either a tree (which must then dump) or one error
 * line "fuzz.go:LINE:COL: …" — never a crash, a leak or undefined
 * behaviour.  Built and run by run-fuzz.sh.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "gor-ast-dump.h"
#include "gor-lexer.h"
#include "gor-parser.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  GError     *error = NULL;
  GorAstFile *file;
  GorLexer   *lexer;
  GorToken    tok;
  guint       n = 0;

  /* the lexer alone must reach the end */
  lexer = gor_lexer_new ((const char *) data, size);
  do
    {
      gor_lexer_next (lexer, &tok);
      if (tok.offset + tok.length > size || ++n > size + 2)
        abort ();
    }
  while (tok.kind != GOR_TOKEN_EOF);
  gor_lexer_free (lexer);

  file = gor_parse_file ("fuzz.go", (const char *) data, size, &error);
  if (file != NULL)
    {
      char *dump;

      if (error != NULL)
        abort ();
      dump = gor_ast_dump (file, GOR_AST_DUMP_POSITIONS);
      g_free (dump);
      gor_ast_file_free (file);
    }
  else
    {
      if (error == NULL || error->domain != GOR_PARSE_ERROR || !g_str_has_prefix (error->message, "fuzz.go:")
          || strchr (error->message, '\n') != NULL || !g_utf8_validate (error->message, -1, NULL))
        abort ();
      g_error_free (error);
    }
  return 0;
}
