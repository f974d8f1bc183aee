/* gor-compiler-private.h — what the compiler's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compiler's state (GorCompiler), its symbols and scopes, and the
 * helpers one file of core/compile defines and another calls.
 */
#pragma once

#include <glib.h>

#include "gor-compiler.h"
#include "gor-ast-private.h"
#include "gor-types.h"

G_BEGIN_DECLS

typedef struct _GorCompiler GorCompiler;
typedef struct _GorGenerics GorGenerics;

typedef enum
{
  SYM_VAR,
  SYM_CONST,
  SYM_TYPE,
  SYM_FUNC,
  SYM_PKG,
  SYM_BUILTIN,
  SYM_NIL,
  SYM_GENERIC, /* a generic function or type: its instances are the functions and types */
} SymKind;

typedef enum
{
  B_LEN,
  B_CAP,
  B_APPEND,
  B_MAKE,
  B_CLOSE,
  B_PANIC,
  B_RECOVER,
  B_NEW,
  B_COPY,
  B_DELETE,
  B_PRINT,
  B_PRINTLN,
  B_MIN,
  B_MAX,
  B_CLEAR,
  B_COMPLEX,
  B_REAL,
  B_IMAG,
} Builtin;

/* Go's integer constants are exact; 128 bits hold the ones programs use */
__extension__ typedef __int128 Wide;

typedef struct
{
  GorType    *type;      /* may be untyped */
  GorValue    v;         /* ints in i, floats in f, strings: GorStr* in p, bools in i */
  gboolean    big;       /* an untyped int beyond 64 bits, its value (maybe rounded) in bigf */
  gboolean    exact_int; /* big, and its exact value in w */
  Wide        w;
  long double bigf;
  gboolean    exact_float; /* an untyped float whose value in bigf is nearer Go's exact one than f */
  double      im;          /* a complex constant: v.f is its real part */
} ConstVal;

typedef struct _Fn         Fn;
typedef struct _RangeFunc  RangeFunc;
typedef struct _GorGoLib   GorGoLib;
typedef struct _GorGoFrame GorGoFrame;

typedef struct _Sym Sym;
struct _Sym
{
  SymKind     kind;
  const char *name;
  GorPos      pos;
  GorType    *type;
  Fn         *owner; /* NULL for package level */
  int         slot;
  gboolean    boxed;
  gboolean    used;
  gboolean    is_param;
  ConstVal    cv;
  int         func;
  int         builtin;
  const char *pkg;
  GorAstSpec *spec; /* package const/var not yet resolved */
  GorAstExpr *init;
  gboolean    resolving;
  gboolean    resolved;
  Sym        *resolving_from; /* whose resolution needed this one */
  gpointer    generic;        /* SYM_GENERIC: its declaration and instances (gor-generic.c) */
};

typedef struct _Scope Scope;
struct _Scope
{
  Scope      *parent;
  GHashTable *syms;  /* name → Sym* */
  GPtrArray  *order; /* Sym*, for "declared but not used" */
  Fn         *fn;
};

typedef struct
{
  const char *label;
  GArray     *breaks; /* pc of jumps to patch */
  GArray     *continues;
  gboolean    is_loop;
} Loop;

struct _Fn
{
  Fn        *parent;
  GorFunc   *func;
  GorType   *sig;
  GPtrArray *upvals; /* Sym* */
  GHashTable
      *captured; /* names used inside nested function literals, or &x; receivers (_gor_compile_recv_key) */
  int  depth;
  int  max_depth;
  int  n_slots;
  int *result_slots;
  int  n_results;
  gboolean    named_results;
  Sym       **result_syms;
  gboolean    has_defer;
  GPtrArray  *loops;    /* Loop* */
  const char *top_name; /* "main.gen" for func1 naming */
  int        *lit_counter;
  GArray     *epilogue_jumps;
  GHashTable *label_pcs; /* label → its statement's pc + 1, for goto */
  GHashTable *gotos;     /* label → GArray of the pcs of gotos not yet placed */
  RangeFunc  *range;     /* this is the body of a range-over-function loop */
  int         n_ranges;  /* range-over-function bodies in it, for their names */
};

struct _GorCompiler
{
  GorAstFile *file;
  GorProgram *prog;
  GorTypes   *types;
  Scope      *universe;
  Scope      *package;
  Scope      *scope;
  Fn         *fn;
  GPtrArray  *garbage; /* things to free at the end */
  char       *error;   /* first error by position */
  GorPos      error_pos;
  gboolean    error_unsupported;
  GorAstExpr *fold_error; /* the constant expression whose folding reported an error */
  Sym        *resolving;  /* the package const being resolved, innermost */
  GorAstExpr *single_rhs; /* the lone call on the right of `x := f()`, for Go's mismatch message */
  const char *value_ctx;  /* what gen_value's constants are used as, for overflow messages */
  GorType    *field_base; /* type of x in the last x.f gen_field_base compiled */
  GHashTable *imports;    /* local name → Sym* */
  GPtrArray  *import_syms;
  GHashTable *static_closures; /* func index → const index */
  int         iota;
  GorType    *t_int, *t_bool, *t_string, *t_float, *t_duration, *t_error, *t_any;
  GorType    *t_unt_int, *t_unt_float, *t_unt_bool, *t_unt_string, *t_unt_rune, *t_nil;
  GorType    *t_errstr; /* dynamic type of errors.New values */
  GorType    *t_rterr;  /* runtime errors */
  GorType    *t_byte, *t_rune, *t_int64;
  GorType    *t_time, *t_atomic_int64, *t_atomic_int32, *t_atomic_bool, *t_context, *t_cancel, *t_timer,
      *t_ticker, *t_cond, *t_syncmap, *t_pool;
  GorType *t_month, *t_weekday, *t_location; /* time.Month, time.Weekday, time.Location */
  GorType *t_atomic_uint32, *t_atomic_uint64, *t_atomic_value;
  GorType *t_rand, *t_rand_source; /* rand.Rand, rand.Source */
  GorType *t_locker;               /* sync.Locker */
  GorType *t_rlocker;              /* *sync.rlocker: RWMutex.RLocker()'s dynamic type */
  /* sort.Interface, sort.IntSlice, StringSlice, Float64Slice */
  GorType *t_sort_iface, *t_int_slice, *t_string_slice, *t_float_slice;
  int      ctx_cancel_func;
  int      gomaxprocs_slot; /* the global runtime.GOMAXPROCS keeps its setting in */
  /* io, os, strings.Builder and log (gor-package-io.c) */
  GorType     *t_writer, *t_reader, *t_string_writer, *t_file, *t_discard, *t_builder, *t_logger;
  GorType     *t_bytes_buffer; /* bytes.Buffer: a strings.Builder with Bytes */
  GorType     *t_replacer;     /* strings.Replacer: its old, new pairs */
  GorType     *t_str_reader;   /* strings.Reader: the text, the offset read to */
  GorType     *t_bytes_reader; /* bytes.Reader: a strings.Reader of a copy of the bytes */
  GorType     *t_num_error;    /* strconv.NumError: Func, Num, Err (gor-textlib.c) */
  GorType     *t_pipe_reader;  /* io.PipeReader, io.PipeWriter: their *io.pipe (gor-textlib.c) */
  GorType     *t_pipe_writer;
  int          log_globals;    /* index + 1 of the hidden global of log.Default, 0 before */
  int          file_consts[3]; /* index + 1 of io.Discard's, os.Stdout's, os.Stderr's File */
  int          lit_counter_main;
  guint32      line;
  const char  *pending_label; /* label of the statement being compiled */
  gboolean     rerun;         /* a range-over-function loop was found late: compile again */
  int          range_codes;   /* the last exit code handed to a range-over-function body */
  GorGoLib    *iterlib;       /* the slices and maps packages, once used (gor-iterlib.c) */
  GorGoLib    *textlib;       /* bytes, io.ReadAll …, once used (gor-textlib.c) */
  GorGoFrame  *golib;         /* the library function being compiled (gor-golib.c) */
  GorGenerics *generics;      /* generic declarations and their instances */
  GArray      *order_kept;    /* results of calls made first (gor-compile-order.c) */
};

/* GorAstStmt.info of a range statement found to range over a function:
 * its body is a function of its own (gor-rangefunc.c). */
#define RANGE_FUNC_STMT ((gpointer) 2)

#define NOT_CONST ((gpointer) 1)

typedef void (*WalkFunc) (GorAstExpr *e, int fn_depth, gpointer data);

typedef enum
{
  PLAN_NONE,
  PLAN_STATIC,
  PLAN_CLOSURE,
  PLAN_OP,
  PLAN_CONVERSION,
} PlanKind;

typedef struct
{
  PlanKind    kind;
  GorOp       op;
  gint32      a;
  int         b;
  int         delta; /* PLAN_OP: stack effect of op */
  int         func;
  int         n_slots; /* operands pushed (not the closure) */
  GorType    *result;  /* NULL, a type, or a TUPLE */
  const char *name;    /* for goroutine names of wrappers */
  GorOp       op2;     /* second op (WaitGroup.Done's add) */
  int         sync_method;
  GorType    *clear_type;
} Plan;

typedef enum
{
  LV_NONE,
  LV_BLANK,
  LV_SYM,
  LV_INDEX,
  LV_FIELD,
  LV_PTR,
  LV_MAP
} LvKind;

typedef struct
{
  LvKind   kind;
  Sym     *sym;
  int      field;
  GorType *type;
  GorType *map_type;
} LValue;

/* x.name found in an embedded field of x's type (or in x's own when depth is 0) */
typedef struct
{
  int      path[16]; /* field indices from x down to the embedded value */
  int      depth;
  GorType *holder;   /* that value's type (x's own type at depth 0) */
  int      field;    /* name is this field of it, or -1 for a method */
  gboolean indirect; /* the path goes through an embedded pointer */
} GorPromoted;

/* gor-compiler.c: the driver: errors and what the compilation owns */
void     _gor_compile_error_at (GorCompiler *c, GorPos pos, const char *fmt, ...) G_GNUC_PRINTF (3, 4);
void     _gor_compile_unsupported (GorCompiler *c, GorPos pos, const char *fmt, ...) G_GNUC_PRINTF (3, 4);
void     _gor_compile_undefined (GorCompiler *c, GorPos pos, const char *name);
gpointer _gor_compile_keep (GorCompiler *c, gpointer p, GDestroyNotify free_func);
void     _gor_compile_resolve_package_sym (GorCompiler *c, Sym *sym);

/* gor-expr-print.c: expressions in messages */
char  *_gor_compile_expr_str (GorCompiler *c, GorAstExpr *e);
GorPos _gor_compile_expr_start (GorAstExpr *e);
GorPos _gor_compile_sel_name_pos (GorCompiler *c, GorAstExpr *e);
GorPos _gor_compile_token_after (GorCompiler *c, GorPos pos, const char *tok);

/* gor-scope.c: scopes, symbols, captured variables, the universe */
Scope   *_gor_compile_scope_push (GorCompiler *c, Fn *fn);
void     _gor_compile_scope_pop (GorCompiler *c);
Sym     *_gor_compile_sym_new (GorCompiler *c, SymKind kind, const char *name, GorPos pos);
Sym     *_gor_compile_declare (GorCompiler *c, Scope *s, Sym *sym);
Sym     *_gor_compile_lookup (GorCompiler *c, const char *name);
void     _gor_compile_walk_stmt (GorAstStmt *s, int depth, WalkFunc f, gpointer data, int level);
void     _gor_compile_capture_cb (GorAstExpr *e, int depth, gpointer data);
gboolean _gor_compile_has_defer_stmt (GorAstStmt *s, int level);
void     _gor_compile_setup_universe (GorCompiler *c);

/* gor-emit.c: bytecode emission */
int      _gor_compile_emit (GorCompiler *c, GorOp op, gint32 a, int b, int delta);
int      _gor_compile_here (GorCompiler *c);
void     _gor_compile_patch (GorCompiler *c, int at, int target);
void     _gor_compile_patch_list (GorCompiler *c, GArray *list, int target);
int      _gor_compile_add_const (GorCompiler *c, GorValue v);
int      _gor_compile_type_ref (GorCompiler *c, GorType *t);
int      _gor_compile_new_slot (GorCompiler *c);
void     _gor_compile_load_sym (GorCompiler *c, Sym *sym, GorPos pos);
int      _gor_compile_upval_index (GorCompiler *c, Fn *fn, Sym *sym);
void     _gor_compile_store_sym (GorCompiler *c, Sym *sym);
int      _gor_compile_static_closure (GorCompiler *c, int func);
void     _gor_compile_emit_trunc (GorCompiler *c, GorType *t);
void     _gor_compile_push_zero (GorCompiler *c, GorType *t);
Fn      *_gor_compile_fn_new (GorCompiler *c, GorFunc *f, GorType *sig, const char *top_name);
GorFunc *_gor_compile_func_new (GorCompiler *c, const char *name, guint32 line);
void     _gor_compile_fn_finish (GorCompiler *c, Fn *fn);
void     _gor_compile_fn_close (GorCompiler *c, Fn *fn, Fn *outer, guint32 line);
void     _gor_compile_emit_equal (GorCompiler *c, GorType *t);
void     _gor_compile_fn_free (Fn *fn);

/* gor-check-type.c: types */
const char *_gor_compile_tname (GorCompiler *c, GorType *t);
GorType    *_gor_compile_func_type_from_ast (GorCompiler *c, GorAstExpr *ft, GorAstField *recv);
GorType    *_gor_compile_resolve_type (GorCompiler *c, GorAstExpr *e);
GorType    *_gor_compile_expr_as_type (GorCompiler *c, GorAstExpr *e);
GorType    *_gor_compile_deref_array (GorType *t);
GorType    *_gor_compile_literal_array_type (GorCompiler *c, GorAstExpr *e, gint64 n);
const char *_gor_compile_describe (GorCompiler *c, GorAstExpr *e, GorType *t);
gboolean    _gor_compile_implements (GorCompiler *c, GorType *t, GorType *iface);
gboolean    _gor_compile_assignable (GorCompiler *c, GorType *src, GorType *dst);
const char *_gor_compile_assign_cause (GorCompiler *c, GorType *src, GorType *dst);
void        _gor_compile_cannot_use_result (GorCompiler *c, GorAstExpr *r, GorType *t, GorType *target,
                                            const char *context);
void        _gor_compile_convert_value (GorCompiler *c, GorType *src, GorType *dst, gboolean fresh);
const char *_gor_compile_kind_name (GorCompiler *c, GorType *t);
gint64      _gor_compile_go_type_size (GorType *t, gint64 *align);
guint16     _gor_compile_append_elem_operand (GorType *elem);

/* gor-const.c: constants */
gboolean    _gor_compile_const_representable (GorCompiler *c, ConstVal *cv, GorType *t, gboolean *truncated);
void        _gor_compile_const_convert (GorCompiler *c, ConstVal *cv, GorType *t);
const char *_gor_compile_const_desc (GorCompiler *c, ConstVal *cv);
gboolean    _gor_compile_is_nil_expr (GorCompiler *c, GorAstExpr *e);
gboolean    _gor_compile_const_eval (GorCompiler *c, GorAstExpr *e, ConstVal *out);
gboolean    _gor_compile_const_overflows (GorCompiler *c, GorAstExpr *e, ConstVal *cv, GorType *t,
                                          const char *context);
void        _gor_compile_push_const (GorCompiler *c, ConstVal *cv, GorType *t);
/* complex constants (gor-const-complex.c) */
void        _gor_compile_const_parts (ConstVal *cv, double *re, double *im);
void        _gor_compile_const_to_complex (GorCompiler *c, ConstVal *cv, GorType *t);
gboolean    _gor_compile_const_complex_binary (GorCompiler *c, GorAstExpr *e, ConstVal *x, ConstVal *y,
                                               ConstVal *out);
gboolean    _gor_compile_const_complex_call (GorCompiler *c, GorAstExpr *e, int builtin, ConstVal *out);
const char *_gor_compile_const_complex_desc (GorCompiler *c, ConstVal *cv);
void        _gor_compile_push_complex (GorCompiler *c, ConstVal *cv, GorType *t);
gboolean    _gor_compile_plan_complex (GorCompiler *c, GorAstExpr *call, int builtin, Plan *p);

/* gor-compile-expr.c: expressions */
gboolean    _gor_compile_is_fresh (GorAstExpr *e);
void        _gor_compile_gen_expr_to (GorCompiler *c, GorAstExpr *e, GorType *target, const char *context);
GorType    *_gor_compile_gen_value (GorCompiler *c, GorAstExpr *e, GorType *hint);
int         _gor_compile_gen_field_base (GorCompiler *c, GorAstExpr *e, GorType **ft);
GorType    *_gor_compile_gen_addr (GorCompiler *c, GorAstExpr *e);
char       *_gor_compile_unsupported_advice (const char *what);
const char *_gor_compile_recv_key (const char *name);
gboolean    _gor_compile_recv_boxed (GorCompiler *c, const char *name, GorType *t);
GorType    *_gor_compile_recv_addr (GorCompiler *c, GorAstExpr *sel, GorType *t, guint mark, int depth);
void        _gor_compile_check_array_index (GorCompiler *c, GorAstExpr *idx, GorType *u);
int         _gor_compile_gen_field_addr (GorCompiler *c, GorAstExpr *e, GorType *want);
GorType    *_gor_compile_gen_expr (GorCompiler *c, GorAstExpr *e, GorType *hint);
GorType    *_gor_compile_gen_comma_ok (GorCompiler *c, GorAstExpr *e, gboolean *ok);
void        _gor_compile_gen_cond (GorCompiler *c, GorAstExpr *x, const char *what);

/* gor-compile-call.c: calls */
int         _gor_compile_n_results_of (GorType *t);
int         _gor_compile_gen_args (GorCompiler *c, GorAstExpr *call, GorType *sig, const char *fname);
const char *_gor_compile_types_list (GorCompiler *c, GPtrArray *types, gboolean variadic);
int         _gor_compile_gen_print_args (GorCompiler *c, GorAstExpr *call, guint first, GorPrintKind kind);
gboolean _gor_compile_check_nargs (GorCompiler *c, GorAstExpr *call, const char *name, guint min, guint max);
gboolean _gor_compile_plan_call (GorCompiler *c, GorAstExpr *call, Plan *p);
void     _gor_compile_emit_plan (GorCompiler *c, Plan *p);
GorType *_gor_compile_gen_conversion (GorCompiler *c, GorAstExpr *call);
GorType *_gor_compile_gen_call (GorCompiler *c, GorAstExpr *e, gboolean want_value);
int      _gor_compile_add_print_spec (GorCompiler *c, GorPrintKind kind, GPtrArray *types, gboolean spread);

/* gor-compile-builtins.c: min, max, clear */
gboolean _gor_compile_plan_min_max (GorCompiler *c, GorAstExpr *call, gboolean is_max, Plan *p);
gboolean _gor_compile_plan_clear (GorCompiler *c, GorAstExpr *call, Plan *p);
void     _gor_compile_emit_clear (GorCompiler *c, const Plan *p);

/* gor-sync-values.c: sync.Map and sync.Pool */
void     _gor_compile_setup_sync_values (GorCompiler *c);
gboolean _gor_compile_plan_sync_value_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel,
                                              GorType *base, Plan *p, gboolean *done);
void     _gor_compile_emit_sync_value_method (GorCompiler *c, const Plan *p);

/* gor-package-methods.c: methods of the supported packages' types */
gboolean _gor_compile_plan_package_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *t,
                                           Plan *p, gboolean *done);

/* gor-atomic-types.c: the types of sync/atomic */
void     _gor_compile_setup_atomic_types (GorCompiler *c);
GorType *_gor_compile_atomic_method_sig (GorCompiler *c, GorType *base, const char *name);
GorType *_gor_compile_rand_method_sig (GorCompiler *c, const char *name);
/* gor-funcval.c: x.M without a call of a library type that does not list M */
gboolean _gor_compile_gen_library_method_value (GorCompiler *c, GorAstExpr *e, GorType *t, GorType **result);
GorType *_gor_compile_atomic_pointer_type (GorCompiler *c, GorAstExpr *e);
/* the sort slice types' methods (gor-packages-sort.c, gor-iterlib.c) */
void _gor_compile_sort_methods (GorCompiler *c, GorType *t);
int  _gor_compile_iterlib_method (GorCompiler *c, const char *dname, GorType *recv, const char *fname);
/* the time types' methods of their values (gor-time-values.c) */
void     _gor_compile_setup_time_methods (GorCompiler *c);
void     _gor_compile_time_methods (GorCompiler *c, GorType *t);
GorType *_gor_compile_stringer_type (GorCompiler *c);
gboolean _gor_compile_atomic_has_method (GorCompiler *c, GorType *t, const char *name);
gboolean _gor_compile_plan_atomic_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *base,
                                          Plan *p, gboolean *done);

/* gor-time-values.c: time.Time, Duration, Month and Weekday */
void     _gor_compile_setup_time_types (GorCompiler *c);
gboolean _gor_compile_time_has_method (GorCompiler *c, GorType *t, const char *name);
GorType *_gor_compile_time_method_sig (GorCompiler *c, GorType *t, const char *name);
gboolean _gor_compile_time_is_value (GorCompiler *c, GorType *t);
gboolean _gor_compile_plan_time_func (GorCompiler *c, GorAstExpr *call, const char *name, const char *context,
                                      Plan *p);
GorType *_gor_compile_gen_time_utc (GorCompiler *c);
gboolean _gor_compile_plan_time_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *u,
                                        GorType *base, Plan *p, gboolean *done);

/* gor-rand.c: math/rand and math/rand/v2 */
void     _gor_compile_setup_rand_types (GorCompiler *c);
gboolean _gor_compile_plan_rand_func (GorCompiler *c, GorAstExpr *call, const char *path, const char *name,
                                      const char *context, Plan *p);
gboolean _gor_compile_plan_rand_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *u,
                                        GorType *base, Plan *p, gboolean *done);

/* gor-packages.c: the members of the packages a program may import */
const char *_gor_compile_package_name (const char *path);
gboolean    _gor_compile_plan_package (GorCompiler *c, GorAstExpr *call, Sym *pkg, const char *name, Plan *p);
void        _gor_compile_setup_package_types (GorCompiler *c);
gboolean    _gor_compile_package_supported (const char *path);
GorType    *_gor_compile_package_type_of (GorCompiler *c, Sym *pkg, const char *name);
GorType    *_gor_compile_package_type (GorCompiler *c, GorAstExpr *sel, Sym *pkg);
gboolean    _gor_compile_package_const (GorCompiler *c, Sym *pkg, const char *name, ConstVal *out);
GorType    *_gor_compile_gen_package_member (GorCompiler *c, GorAstExpr *sel, Sym *pkg);
/* gor-packages-sort.c */
void     _gor_compile_setup_sort (GorCompiler *c);
gboolean _gor_compile_plan_sort (GorCompiler *c, GorAstExpr *call, const char *name, gint32 a,
                                 const char *context, Plan *p);

/* gor-package-io.c: io, os, fmt.Fprint*, strings.Builder, log */
#define GOR_METHOD_PENDING (-100) /* a package method made on first use */
void     _gor_compile_setup_io_types (GorCompiler *c);
void     _gor_compile_io_methods (GorCompiler *c, GorType *t);
GorType *_gor_compile_gen_io_var (GorCompiler *c, const char *path, const char *name);
gboolean _gor_compile_plan_fprint (GorCompiler *c, GorAstExpr *call, int kind, Plan *p);
gboolean _gor_compile_plan_log (GorCompiler *c, GorAstExpr *call, int which, Plan *p);
/* bytes.NewBuffer (@which 0), NewBufferString (1) */
gboolean _gor_compile_plan_bytes (GorCompiler *c, GorAstExpr *call, int which, Plan *p);
/* fmt.Append, Appendf, Appendln (@kind: the print kind) */
gboolean _gor_compile_plan_fmt_append (GorCompiler *c, GorAstExpr *call, int kind, Plan *p);
gboolean _gor_compile_plan_new_replacer (GorCompiler *c, GorAstExpr *call, Plan *p);
gboolean _gor_compile_plan_new_reader (GorCompiler *c, GorAstExpr *call, Plan *p);
void     _gor_compile_errorf_unwrap (GorCompiler *c);
gboolean _gor_compile_plan_sscan (GorCompiler *c, GorAstExpr *call, int which, Plan *p);
gboolean _gor_compile_plan_log_new (GorCompiler *c, GorAstExpr *call, Plan *p);
gboolean _gor_compile_plan_logger_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, Plan *p);

/* gor-compile-assign.c: assignments and declarations */
Sym     *_gor_compile_declare_local (GorCompiler *c, GorAstExpr *name, GorType *t);
void     _gor_compile_init_local (GorCompiler *c, Sym *sym);
gboolean _gor_compile_prepare_lvalue (GorCompiler *c, GorAstExpr *e, LValue *lv);
void     _gor_compile_finish_store (GorCompiler *c, LValue *lv);
void _gor_compile_op_assign (GorCompiler *c, GorAstExpr *lhs, GorTokenKind op, GorAstExpr *rhs, GorPos pos);
GorType **_gor_compile_gen_rhs_values (GorCompiler *c, GPtrArray *rhs, guint n_lhs, GorType **hints,
                                       GorPos pos, gboolean *failed, const char *context);
void      _gor_compile_assign (GorCompiler *c, GorAstStmt *s);
void      _gor_compile_const_spec (GorCompiler *c, GorAstSpec *sp, Scope *scope, gboolean global);
void      _gor_compile_decl_stmt (GorCompiler *c, GorAstDecl *d);

/* gor-embed.c: embedded fields, promoted fields and methods */
gboolean    _gor_compile_find_promoted (GorCompiler *c, GorType *t, const char *name, GorPromoted *out,
                                        gboolean *ambiguous);
GorType    *_gor_compile_emit_promoted_path (GorCompiler *c, GorPromoted *pr);
const char *_gor_compile_embedded_name (GorAstExpr *type);
GorType    *_gor_compile_resolve_embedded_iface (GorCompiler *c, GorAstExpr *e);
void        _gor_compile_promote_methods (GorCompiler *c, GPtrArray *func_decls, GPtrArray *func_syms);
void        _gor_compile_promote_local_type (GorCompiler *c, Sym *tsym);
void _gor_compile_promote_instance (GorCompiler *c, Sym *tsym, GPtrArray *func_decls, GPtrArray *func_syms);

/* gor-funcval.c: functions as values */
GorType *_gor_compile_gen_method_value (GorCompiler *c, GorAstExpr *e, GorType *t, GorPromoted *pr);
GorType *_gor_compile_gen_method_expr (GorCompiler *c, GorAstExpr *e, GorType *t);
GorType *_gor_compile_gen_package_func_value (GorCompiler *c, GorAstExpr *sel, GorType *sig);
/* Syntax the generated wrappers are made of: an identifier, and the
 * parameters .p0, .p1 … of @sig added to @params, those from @first on
 * also passed on in @args. */
GorAstExpr *_gor_compile_gen_ident (GorCompiler *c, const char *name, GorPos pos);
void        _gor_compile_gen_forward_params (GorCompiler *c, GorType *sig, guint first, GPtrArray *params,
                                             GPtrArray *args, GorPos pos);

/* gor-compile-stmt.c: statements and function bodies */
void  _gor_compile_func_body (GorCompiler *c, Fn *fn, GorAstExpr *ftype, GorAstStmt *body, GorAstField *recv);
void  _gor_compile_stmt (GorCompiler *c, GorAstStmt *s);
void  _gor_compile_block_list (GorCompiler *c, GPtrArray *list);
Loop *_gor_compile_loop_push (GorCompiler *c, const char *label, gboolean is_loop);
void  _gor_compile_loop_pop (GorCompiler *c, Loop *l, int continue_target, int break_target);
void  _gor_compile_range_assign (GorCompiler *c, GorAstStmt *s, GorAstExpr *target, GorType *t);

/* gor-rangefunc.c: range over functions */
void     _gor_compile_range_func (GorCompiler *c, GorAstStmt *s, GorType *t, const char *label);
void     _gor_compile_range_return (GorCompiler *c, GorAstStmt *s);
gboolean _gor_compile_range_branch (GorCompiler *c, GorAstStmt *s);
void     _gor_compile_range_defer (GorCompiler *c, int func, int n_args, GorType *result);
GorType *_gor_compile_iter_type (GorCompiler *c, GorAstExpr *e);

/* gor-generic.c: the bodies of generic functions no call instantiated */
gboolean _gor_compile_generics_check_uncalled (GorCompiler *c);

/* gor-compile-order.c: calls first, as gc orders a statement */
guint    _gor_compile_order_begin (GorCompiler *c, GorAstExpr *const *roots, guint n);
guint    _gor_compile_order_call (GorCompiler *c, GorAstExpr *call);
guint    _gor_compile_order_stmt (GorCompiler *c, GorAstStmt *s);
void     _gor_compile_order_end (GorCompiler *c, guint mark);
GorType *_gor_compile_order_kept (GorCompiler *c, GorAstExpr *e);

/* gor-iterlib.c: the slices and maps packages */
gboolean _gor_compile_plan_iterlib (GorCompiler *c, GorAstExpr *call, const char *path, const char *name,
                                    Plan *p);

/* gor-init-order.c: the package variables' specs (GorAstSpec*) in the
 * order Go initialises them */
GPtrArray *_gor_compile_var_init_order (GorAstFile *file);

/* gor-textlib.c: the bytes functions, io.ReadAll, io.Copy, Buffer's reading */
gboolean _gor_compile_plan_textlib (GorCompiler *c, GorAstExpr *call, const char *path, const char *name,
                                    Plan *p);
GorType *_gor_compile_textlib_sig (GorCompiler *c, const char *path, const char *name);
int      _gor_compile_textlib_buffer_method (GorCompiler *c, const char *name);
void     _gor_compile_textlib_log_std (GorCompiler *c, int g);
GorType *_gor_compile_logger_method_sig (GorCompiler *c, const char *name);
gboolean _gor_compile_refuse_io_method (GorCompiler *c, GorAstExpr *sel, GorType *t);
void     _gor_compile_textlib_num_error (GorCompiler *c, const char *fn, int slot);
void     _gor_compile_textlib_num_error_methods (GorCompiler *c);
void     _gor_compile_textlib_methods (GorCompiler *c, GorType *t);

/* gor-compile-typeswitch.c: type switches */
void _gor_compile_type_switch (GorCompiler *c, GorAstStmt *s, const char *label);

/* gor-peephole.c: superinstructions, once the whole program is compiled */
void _gor_peephole_program (GorProgram *prog);

/* gor-generic.c: generic functions and types, instantiated per type arguments */
void        _gor_compile_generics_init (GorCompiler *c, GPtrArray *func_decls, GPtrArray *func_syms);
void        _gor_compile_generics_free (GorCompiler *c);
Sym        *_gor_compile_generic_sym (GorCompiler *c, GorAstDecl *d, GorAstSpec *sp, GorAstExpr *name);
void        _gor_compile_generic_methods (GorCompiler *c);
gboolean    _gor_compile_generic_is_func (Sym *sym);
const char *_gor_compile_generic_str (GorCompiler *c, Sym *sym);
gboolean    _gor_compile_is_generic_method (GorCompiler *c, GorAstDecl *d);
Scope      *_gor_compile_generic_scope (GorCompiler *c, GorAstDecl *d);
GorType    *_gor_compile_generic_type (GorCompiler *c, GorAstExpr *e);
int         _gor_compile_generic_call (GorCompiler *c, GorAstExpr *call);
GorType    *_gor_compile_generic_value (GorCompiler *c, GorAstExpr *e, gboolean *done);

G_END_DECLS
