/* gor-compiler.h — checks a syntax tree and compiles it to bytecode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gor-ast.h"
#include "gor-bytecode.h"

G_BEGIN_DECLS

#define GOR_COMPILE_ERROR (gor_compile_error_quark ())

typedef enum
{
  GOR_COMPILE_ERROR_TYPE,        /* "FILE:LINE:COL: undefined: x" … in Go's words */
  GOR_COMPILE_ERROR_UNSUPPORTED, /* "FILE:LINE:COL: unsupported: …" */
} GorCompileError;

GQuark gor_compile_error_quark (void);

/* Resolves names and types, refuses what the subset leaves out and emits
 * bytecode.  On error returns NULL with the first error (by position) as
 * one line "FILE:LINE:COL: …". */
GorProgram *gor_compile (GorAstFile *file, GError **error);

G_END_DECLS
