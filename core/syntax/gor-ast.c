/* gor-ast.c — ownership of syntax trees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tree is made of many small nodes that all die together, so they come
 * from a bump allocator: large chunks freed at once, plus the lists (which
 * must stay GPtrArrays for the compiler's sake) tracked for release.
 */

#include "config.h"

#include "gor-ast-private.h"

#define CHUNK_SIZE (32 * 1024)

typedef struct
{
  GPtrArray *chunks; /* g_free */
  GPtrArray *lists;  /* g_ptr_array_unref */
  guint8    *cur;
  gsize      left;
} Arena;

static const char *const token_names[GOR_N_TOKENS] = {
  [GOR_TOKEN_EOF] = "EOF",
  [GOR_TOKEN_IDENT] = "identifier",
  [GOR_TOKEN_INT] = "integer literal",
  [GOR_TOKEN_FLOAT] = "floating-point literal",
  [GOR_TOKEN_IMAG] = "imaginary literal",
  [GOR_TOKEN_CHAR] = "rune literal",
  [GOR_TOKEN_STRING] = "string literal",
  [GOR_TOKEN_ADD] = "+",
  [GOR_TOKEN_SUB] = "-",
  [GOR_TOKEN_MUL] = "*",
  [GOR_TOKEN_QUO] = "/",
  [GOR_TOKEN_REM] = "%",
  [GOR_TOKEN_AND] = "&",
  [GOR_TOKEN_OR] = "|",
  [GOR_TOKEN_XOR] = "^",
  [GOR_TOKEN_SHL] = "<<",
  [GOR_TOKEN_SHR] = ">>",
  [GOR_TOKEN_AND_NOT] = "&^",
  [GOR_TOKEN_ADD_ASSIGN] = "+=",
  [GOR_TOKEN_SUB_ASSIGN] = "-=",
  [GOR_TOKEN_MUL_ASSIGN] = "*=",
  [GOR_TOKEN_QUO_ASSIGN] = "/=",
  [GOR_TOKEN_REM_ASSIGN] = "%=",
  [GOR_TOKEN_AND_ASSIGN] = "&=",
  [GOR_TOKEN_OR_ASSIGN] = "|=",
  [GOR_TOKEN_XOR_ASSIGN] = "^=",
  [GOR_TOKEN_SHL_ASSIGN] = "<<=",
  [GOR_TOKEN_SHR_ASSIGN] = ">>=",
  [GOR_TOKEN_AND_NOT_ASSIGN] = "&^=",
  [GOR_TOKEN_LAND] = "&&",
  [GOR_TOKEN_LOR] = "||",
  [GOR_TOKEN_ARROW] = "<-",
  [GOR_TOKEN_INC] = "++",
  [GOR_TOKEN_DEC] = "--",
  [GOR_TOKEN_EQL] = "==",
  [GOR_TOKEN_LSS] = "<",
  [GOR_TOKEN_GTR] = ">",
  [GOR_TOKEN_ASSIGN] = "=",
  [GOR_TOKEN_NOT] = "!",
  [GOR_TOKEN_NEQ] = "!=",
  [GOR_TOKEN_LEQ] = "<=",
  [GOR_TOKEN_GEQ] = ">=",
  [GOR_TOKEN_DEFINE] = ":=",
  [GOR_TOKEN_ELLIPSIS] = "...",
  [GOR_TOKEN_LPAREN] = "(",
  [GOR_TOKEN_LBRACK] = "[",
  [GOR_TOKEN_LBRACE] = "{",
  [GOR_TOKEN_COMMA] = ",",
  [GOR_TOKEN_PERIOD] = ".",
  [GOR_TOKEN_RPAREN] = ")",
  [GOR_TOKEN_RBRACK] = "]",
  [GOR_TOKEN_RBRACE] = "}",
  [GOR_TOKEN_SEMICOLON] = ";",
  [GOR_TOKEN_COLON] = ":",
  [GOR_TOKEN_TILDE] = "~",
  [GOR_TOKEN_BREAK] = "break",
  [GOR_TOKEN_CASE] = "case",
  [GOR_TOKEN_CHAN] = "chan",
  [GOR_TOKEN_CONST] = "const",
  [GOR_TOKEN_CONTINUE] = "continue",
  [GOR_TOKEN_DEFAULT] = "default",
  [GOR_TOKEN_DEFER] = "defer",
  [GOR_TOKEN_ELSE] = "else",
  [GOR_TOKEN_FALLTHROUGH] = "fallthrough",
  [GOR_TOKEN_FOR] = "for",
  [GOR_TOKEN_FUNC] = "func",
  [GOR_TOKEN_GO] = "go",
  [GOR_TOKEN_GOTO] = "goto",
  [GOR_TOKEN_IF] = "if",
  [GOR_TOKEN_IMPORT] = "import",
  [GOR_TOKEN_INTERFACE] = "interface",
  [GOR_TOKEN_MAP] = "map",
  [GOR_TOKEN_PACKAGE] = "package",
  [GOR_TOKEN_RANGE] = "range",
  [GOR_TOKEN_RETURN] = "return",
  [GOR_TOKEN_SELECT] = "select",
  [GOR_TOKEN_STRUCT] = "struct",
  [GOR_TOKEN_SWITCH] = "switch",
  [GOR_TOKEN_TYPE] = "type",
  [GOR_TOKEN_VAR] = "var",
};

const char *
gor_token_kind_to_string (GorTokenKind kind)
{
  if ((guint) kind >= GOR_N_TOKENS)
    return "";
  return token_names[kind];
}

GorAstFile *
_gor_ast_file_new (const char *filename, const char *source, gsize length)
{
  GorAstFile *file = g_new0 (GorAstFile, 1);
  Arena      *arena = g_new0 (Arena, 1);

  arena->chunks = g_ptr_array_new_with_free_func (g_free);
  arena->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  file->arena = arena;
  file->filename = g_strdup (filename);
  file->source = g_malloc (length + 1);
  memcpy (file->source, source, length);
  file->source[length] = '\0';
  file->imports = _gor_ast_list (file);
  file->decls = _gor_ast_list (file);
  return file;
}

gpointer
_gor_ast_alloc (GorAstFile *file, gsize size)
{
  Arena   *arena = file->arena;
  gpointer mem;

  size = (size + 15) & ~(gsize) 15;
  if (size > CHUNK_SIZE / 4)
    {
      mem = g_malloc0 (size);
      g_ptr_array_add (arena->chunks, mem);
      return mem;
    }
  if (size > arena->left)
    {
      arena->cur = g_malloc0 (CHUNK_SIZE);
      arena->left = CHUNK_SIZE;
      g_ptr_array_add (arena->chunks, arena->cur);
    }
  mem = arena->cur;
  arena->cur += size;
  arena->left -= size;
  return mem;
}

GPtrArray *
_gor_ast_list (GorAstFile *file)
{
  Arena     *arena = file->arena;
  GPtrArray *list = g_ptr_array_new ();

  g_ptr_array_add (arena->lists, list);
  return list;
}

char *
_gor_ast_strndup (GorAstFile *file, const char *str, gsize len)
{
  char *copy = _gor_ast_alloc (file, len + 1);

  memcpy (copy, str, len);
  copy[len] = '\0';
  return copy;
}

void
gor_ast_file_free (GorAstFile *file)
{
  Arena *arena;

  if (file == NULL)
    return;
  arena = file->arena;
  if (arena)
    {
      g_ptr_array_unref (arena->lists);
      g_ptr_array_unref (arena->chunks);
      g_free (arena);
    }
  g_free (file->filename);
  g_free (file->source);
  g_free (file);
}
