/* gor-golib-private.h — libraries written in Go, compiled into the program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gor-compiler-private.h"

/* Declares, in the scope the loader has just pushed, the names a
 * function of the library sees besides its own functions: the types and
 * packages it uses. */
typedef void (*GorGoLibDeclare) (GorCompiler *c, GorAstDecl *d, gpointer data);

/* How one function of a library compiles: the names it sees; @key,
 * appended to its name, tells its compiled copies apart (one per key);
 * @suffix is appended to the names of the library's functions it calls,
 * which compile with the same scope. */
typedef struct
{
  GorGoLibDeclare declare;
  gpointer        data;
  const char     *key;
  const char     *suffix;
} GorGoLibScope;

GorGoLib   *_gor_golib_once (GorGoLib **lib, const char *filename, const char *source,
                             void (*prepare) (GorAstDecl *d), gboolean hide_lines);
void        _gor_golib_free (GorGoLib *lib);
GorAstDecl *_gor_golib_decl (GorGoLib *lib, const char *name);
void        _gor_golib_declare_type (GorCompiler *c, GorAstDecl *d, const char *name, GorType *t);
void        _gor_golib_declare_pkg (GorCompiler *c, GorAstDecl *d, const char *name, const char *path);
GorType    *_gor_golib_sig (GorCompiler *c, GorAstDecl *d, const GorGoLibScope *scope);
int         _gor_golib_compile (GorCompiler *c, GorGoLib *lib, GorAstDecl *d, const char *qname,
                                const GorGoLibScope *scope, GorType **sig);
Sym        *_gor_golib_lookup (GorCompiler *c, const char *name);
void _gor_golib_plan (GorCompiler *c, GorAstExpr *call, int func, GorType *sig, const char *qname, Plan *p);
