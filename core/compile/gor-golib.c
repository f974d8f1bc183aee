/* gor-golib.c — libraries written in Go, compiled into the program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Some of Go's library (bytes, io.ReadAll, slices, maps …) is written in
 * Go inside Gorolanes (gor-textlib.c, gor-iterlib.c).  Each function of
 * a library is parsed and compiled on the program's first use of it, as
 * a function of the program, in a scope of its own: the universe, the
 * names its library declares, and the library's functions it calls,
 * each compiled (with the same scope) on its first mention, so that the
 * library's functions can share helpers as Go's own packages do.
 */

#include "config.h"

#include <string.h>

#include "gor-golib-private.h"
#include "gor-parser.h"

/* a function of the library's text */
typedef struct
{
  const char *text; /* "func …", up to the next function */
  gsize       len;
  guint32     line;
  GorAstDecl *decl; /* once parsed */
} Entry;

struct _GorGoLib
{
  const char *filename;
  void (*prepare) (GorAstDecl *d);
  GHashTable *entries; /* "bytes_Equal" → Entry* */
  GPtrArray  *files;   /* GorAstFile*, a function's each */
  GHashTable *funcs;   /* name and key → func index + 1 */
  gboolean    hide_lines;
};

/* the library the function being compiled belongs to */
struct _GorGoFrame
{
  GorGoLib            *lib;
  const GorGoLibScope *scope;
  Scope               *base; /* its scope of the library's names */
};

/* Only the index of @source's functions is made here, by the lines that
 * start with "func "; each is parsed on its first use (_gor_golib_decl):
 * a program parses only the functions it uses. */
static GorGoLib *
lib_new (const char *filename, const char *source, void (*prepare) (GorAstDecl *d), gboolean hide_lines)
{
  GorGoLib *lib = g_new0 (GorGoLib, 1);
  Entry    *last = NULL;
  guint32   line = 1;

  lib->filename = filename;
  lib->prepare = prepare;
  lib->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lib->files = g_ptr_array_new_with_free_func ((GDestroyNotify) gor_ast_file_free);
  lib->funcs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lib->hide_lines = hide_lines;
  for (const char *p = source; *p; line++)
    {
      const char *nl = strchr (p, '\n');

      if (strncmp (p, "func ", 5) == 0)
        {
          const char *name = p + 5;
          const char *paren = strchr (name, '(');

          if (last)
            last->len = (gsize) (p - last->text);
          last = g_new0 (Entry, 1);
          last->text = p;
          last->line = line;
          g_hash_table_insert (lib->entries, g_strndup (name, (gsize) (paren - name)), last);
        }
      if (nl == NULL)
        {
          p += strlen (p);
          break;
        }
      p = nl + 1;
    }
  if (last)
    last->len = strlen (last->text);
  return lib;
}

/* *@lib, made on the first call */
GorGoLib *
_gor_golib_once (GorGoLib **lib, const char *filename, const char *source, void (*prepare) (GorAstDecl *d),
                 gboolean hide_lines)
{
  if (*lib == NULL)
    *lib = lib_new (filename, source, prepare, hide_lines);
  return *lib;
}

void
_gor_golib_free (GorGoLib *lib)
{
  if (lib == NULL)
    return;
  g_hash_table_unref (lib->entries);
  g_ptr_array_unref (lib->files);
  g_hash_table_unref (lib->funcs);
  g_free (lib);
}

/* The function @name of the library, parsed at its own line, or NULL. */
GorAstDecl *
_gor_golib_decl (GorGoLib *lib, const char *name)
{
  Entry *e = g_hash_table_lookup (lib->entries, name);
  g_autoptr (GString) text = NULL;
  g_autoptr (GError) error = NULL;
  GorAstFile *file;

  if (e == NULL || e->decl)
    return e ? e->decl : NULL;
  text = g_string_sized_new (e->line + e->len + 16);
  g_string_append (text, "package lib\n");
  for (guint32 i = 2; i < e->line; i++)
    g_string_append_c (text, '\n');
  g_string_append_len (text, e->text, (gssize) e->len);
  file = gor_parse_file (lib->filename, text->str, (gssize) text->len, &error);
  if (file == NULL || file->decls->len != 1)
    g_error ("the library's Go does not parse: %s", error ? error->message : name);
  g_ptr_array_add (lib->files, file);
  e->decl = g_ptr_array_index (file->decls, 0);
  if (lib->prepare)
    lib->prepare (e->decl);
  return e->decl;
}

/* The scope of @d: nothing of the program's. */
static void
enter (GorCompiler *c, GorAstDecl *d, const GorGoLibScope *scope)
{
  c->scope = c->universe;
  _gor_compile_scope_push (c, NULL);
  scope->declare (c, d, scope->data);
}

/* The type @name, @t, in the library's names (a GorGoLibDeclare's). */
void
_gor_golib_declare_type (GorCompiler *c, GorAstDecl *d, const char *name, GorType *t)
{
  Sym *sym = _gor_compile_sym_new (c, SYM_TYPE, name, d->pos);

  sym->type = t;
  _gor_compile_declare (c, c->scope, sym);
}

/* The package @name, @path, in the library's names. */
void
_gor_golib_declare_pkg (GorCompiler *c, GorAstDecl *d, const char *name, const char *path)
{
  Sym *pkg = _gor_compile_sym_new (c, SYM_PKG, name, d->pos);

  pkg->pkg = path;
  pkg->used = TRUE;
  _gor_compile_declare (c, c->scope, pkg);
}

GorType *
_gor_golib_sig (GorCompiler *c, GorAstDecl *d, const GorGoLibScope *scope)
{
  Scope   *saved_scope = c->scope;
  GorType *sig;

  enter (c, d, scope);
  sig = _gor_compile_func_type_from_ast (c, d->type, NULL);
  _gor_compile_scope_pop (c);
  c->scope = saved_scope;
  return sig;
}

/* "bytes_indexFunc" → "bytes.indexFunc", "io_PipeReader_Read" →
 * "io.(*PipeReader).Read" */
static char *
qualified_name (const char *dname, const char *suffix)
{
  const char *dot = strchr (dname, '_');
  const char *meth = dot ? strchr (dot + 1, '_') : NULL;

  if (dot == NULL)
    return g_strconcat (dname, suffix, NULL);
  if (meth == NULL)
    return g_strdup_printf ("%.*s.%s%s", (int) (dot - dname), dname, dot + 1, suffix);
  return g_strdup_printf ("%.*s.(*%.*s).%s%s", (int) (dot - dname), dname, (int) (meth - dot - 1), dot + 1,
                          meth + 1, suffix);
}

/* @name, unknown in the library function being compiled: one of the
 * library's functions, compiled with the same scope (first, if not yet)
 * and declared in its scope, or NULL. */
Sym *
_gor_golib_lookup (GorCompiler *c, const char *name)
{
  GorGoFrame      *frame = c->golib;
  GorAstDecl      *d = _gor_golib_decl (frame->lib, name);
  g_autofree char *qname = NULL;
  GorType         *sig;
  Sym             *sym;

  if (d == NULL)
    return NULL;
  qname = qualified_name (name, frame->scope->suffix ? frame->scope->suffix : "");
  sym = _gor_compile_sym_new (c, SYM_FUNC, d->name->name, d->pos);
  sym->func = _gor_golib_compile (c, frame->lib, d, qname, frame->scope, &sig);
  sym->type = sig;
  return _gor_compile_declare (c, frame->base, sym);
}

/* The function @d of @lib, compiled once per scope's key as @qname; its
 * signature in *@sig. */
int
_gor_golib_compile (GorCompiler *c, GorGoLib *lib, GorAstDecl *d, const char *qname,
                    const GorGoLibScope *scope, GorType **sig)
{
  g_autofree char *key = g_strconcat (d->name->name, scope->key, NULL);
  Scope           *saved_scope = c->scope;
  Fn              *saved_fn = c->fn;
  guint32          saved_line = c->line;
  GorAstExpr      *saved_rhs = c->single_rhs;
  const char      *saved_ctx = c->value_ctx;
  GorType         *saved_base = c->field_base;
  GorGoFrame      *saved_frame = c->golib;
  GorGoFrame       frame = { lib, scope, NULL };
  gpointer         known;

  c->golib = NULL;
  enter (c, d, scope);
  *sig = _gor_compile_func_type_from_ast (c, d->type, NULL);
  known = g_hash_table_lookup (lib->funcs, key);
  if (known == NULL)
    {
      GorFunc *f = _gor_compile_func_new (c, qname, d->pos.line);
      guint    first = f->index;
      Fn      *fn;

      known = GINT_TO_POINTER (f->index + 1);
      g_hash_table_insert (lib->funcs, g_steal_pointer (&key), known);
      frame.base = c->scope;
      c->golib = &frame;
      c->fn = NULL;
      fn = _gor_compile_fn_new (c, f, *sig, f->name);
      fn->lit_counter = g_new0 (int, 1);
      _gor_compile_func_body (c, fn, d->type, d->body, NULL);
      _gor_compile_fn_free (fn);
      /* no line of the program's, in it nor in the function literals
       * and library functions it made: a goroutine blocked in here is
       * shown at its call (_gor_vm_g_line) */
      if (lib->hide_lines)
        for (guint k = first; k < c->prog->funcs->len; k++)
          {
            GorFunc *g = g_ptr_array_index (c->prog->funcs, k);

            g->line = 0;
            for (guint i = 0; i < g->lines->len; i++)
              g_array_index (g->lines, guint32, i) = 0;
          }
    }
  _gor_compile_scope_pop (c);
  c->scope = saved_scope;
  c->fn = saved_fn;
  c->line = saved_line;
  c->single_rhs = saved_rhs;
  c->value_ctx = saved_ctx;
  c->field_base = saved_base;
  c->golib = saved_frame;
  return GPOINTER_TO_INT (known) - 1;
}

/* @p, the plan of the call @call of the library's function @func, of
 * signature @sig, named @qname: its arguments are generated. */
void
_gor_golib_plan (GorCompiler *c, GorAstExpr *call, int func, GorType *sig, const char *qname, Plan *p)
{
  p->kind = PLAN_STATIC;
  p->func = func;
  p->n_slots = _gor_compile_gen_args (c, call, sig, qname);
  p->result = sig->results->len == 0 ? NULL
              : sig->results->len == 1
                  ? g_ptr_array_index (sig->results, 0)
                  : gor_types_tuple (c->types, g_ptr_array_copy (sig->results, NULL, NULL));
}
