/* gor-packages.c — the standard-library packages programs may import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "gor-compiler-private.h"

/* The exported names of the packages a program may import (Go 1.19), to
 * tell a name Go lacks ("undefined: fmt.Prinln") from one Gorolanes does
 * not run ("unsupported: os.Getpid"). */
static const char *const package_exports[][2] = {
  { "fmt",
    " Append Appendf Appendln Errorf Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln "
    "GoStringer Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf Sprintln "
    "Sscan Sscanf Sscanln State Stringer " },
  { "sync",
    " Cond Locker Map Mutex NewCond Once Pool RWMutex WaitGroup " },
  { "time",
    " ANSIC After AfterFunc April August Date December Duration February FixedZone Friday Hour "
    "January July June Kitchen Layout LoadLocation LoadLocationFromTZData Local Location March May "
    "Microsecond Millisecond Minute Monday Month Nanosecond NewTicker NewTimer November Now October "
    "Parse ParseDuration ParseError ParseInLocation RFC1123 RFC1123Z RFC3339 RFC3339Nano RFC822 "
    "RFC822Z RFC850 RubyDate Saturday Second September Since Sleep Stamp StampMicro StampMilli "
    "StampNano Sunday Thursday Tick Ticker Time Timer Tuesday UTC Unix UnixDate UnixMicro UnixMilli "
    "Until Wednesday Weekday " },
  { "runtime",
    " BlockProfile BlockProfileRecord Breakpoint CPUProfile Caller Callers CallersFrames Compiler "
    "Error Frame Frames Func FuncForPC GC GOARCH GOMAXPROCS GOOS GOROOT Goexit GoroutineProfile "
    "Gosched KeepAlive LockOSThread MemProfile MemProfileRate MemProfileRecord MemStats "
    "MutexProfile NumCPU NumCgoCall NumGoroutine ReadMemStats ReadTrace SetBlockProfileRate "
    "SetCPUProfileRate SetCgoTraceback SetFinalizer SetMutexProfileFraction Stack StackRecord "
    "StartTrace StopTrace ThreadCreateProfile TypeAssertionError UnlockOSThread Version " },
  { "strings",
    " Builder Clone Compare Contains ContainsAny ContainsRune Count Cut EqualFold Fields FieldsFunc "
    "HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex LastIndexAny "
    "LastIndexByte LastIndexFunc Map NewReader NewReplacer Reader Repeat Replace ReplaceAll "
    "Replacer Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial ToTitle "
    "ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc "
    "TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix " },
  { "strconv",
    " AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII "
    "AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi CanBackquote "
    "ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt FormatUint IntSize IsGraphic "
    "IsPrint Itoa NumError ParseBool ParseComplex ParseFloat ParseInt ParseUint Quote QuoteRune "
    "QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII QuoteToGraphic QuotedPrefix Unquote "
    "UnquoteChar " },
  { "errors",
    " As Is New Unwrap " },
  { "context",
    " Background CancelFunc Canceled Context DeadlineExceeded TODO WithCancel WithDeadline "
    "WithTimeout WithValue " },
  { "os",
    " Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS Environ "
    "ErrClosed ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist ErrPermission "
    "ErrProcessDone Executable Exit Expand ExpandEnv File FileInfo FileMode FindProcess Getegid "
    "Getenv Geteuid Getgid Getgroups Getpagesize Getpid Getppid Getuid Getwd Hostname Interrupt "
    "IsExist IsNotExist IsPathSeparator IsPermission IsTimeout Kill Lchown Link LinkError LookupEnv "
    "Lstat Mkdir MkdirAll MkdirTemp ModeAppend ModeCharDevice ModeDevice ModeDir ModeExclusive "
    "ModeIrregular ModeNamedPipe ModePerm ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink "
    "ModeTemporary ModeType NewFile NewSyscallError O_APPEND O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC "
    "O_TRUNC O_WRONLY Open OpenFile PathError PathListSeparator PathSeparator Pipe ProcAttr Process "
    "ProcessState ReadDir ReadFile Readlink Remove RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET "
    "SameFile Setenv Signal StartProcess Stat Stderr Stdin Stdout Symlink SyscallError TempDir "
    "Truncate Unsetenv UserCacheDir UserConfigDir UserHomeDir WriteFile " },
  { "math/rand",
    " ExpFloat64 Float32 Float64 Int Int31 Int31n Int63 Int63n Intn New NewSource NewZipf "
    "NormFloat64 Perm Rand Read Seed Shuffle Source Source64 Uint32 Uint64 Zipf " },
  { "sync/atomic",
    " AddInt32 AddInt64 AddUint32 AddUint64 AddUintptr Bool CompareAndSwapInt32 CompareAndSwapInt64 "
    "CompareAndSwapPointer CompareAndSwapUint32 CompareAndSwapUint64 CompareAndSwapUintptr Int32 "
    "Int64 LoadInt32 LoadInt64 LoadPointer LoadUint32 LoadUint64 LoadUintptr Pointer StoreInt32 "
    "StoreInt64 StorePointer StoreUint32 StoreUint64 StoreUintptr SwapInt32 SwapInt64 SwapPointer "
    "SwapUint32 SwapUint64 SwapUintptr Uint32 Uint64 Uintptr Value " },
};

static const char *const supported_imports[] = {
  "fmt", "runtime", "sync", "time", "errors", "os", "strconv", "strings", "sync/atomic", "context",
  "math/rand",
};

/* Whether a program may import @path. */
gboolean
_gor_compile_package_supported (const char *path)
{
  for (guint k = 0; k < G_N_ELEMENTS (supported_imports); k++)
    if (g_str_equal (path, supported_imports[k]))
      return TRUE;
  return FALSE;
}

/* Types the supported packages export: sync.Mutex, time.Duration, … */
GorType *
_gor_compile_package_type (GorCompiler *c, const char *pkg, const char *name)
{
  static const struct
  {
    const char *pkg;
    const char *name;
    int         basic;  /* a GorTypeKind, or -1 for a type C holds */
    gsize       offset; /* of that GorType* in C */
  } table[] = {
    { "sync", "Mutex", GOR_TYPE_MUTEX, 0 },
    { "sync", "RWMutex", GOR_TYPE_RWMUTEX, 0 },
    { "sync", "WaitGroup", GOR_TYPE_WAITGROUP, 0 },
    { "sync", "Once", GOR_TYPE_ONCE, 0 },
    { "sync", "Cond", -1, G_STRUCT_OFFSET (GorCompiler, t_cond) },
    { "time", "Duration", -1, G_STRUCT_OFFSET (GorCompiler, t_duration) },
    { "time", "Time", -1, G_STRUCT_OFFSET (GorCompiler, t_time) },
    { "time", "Timer", -1, G_STRUCT_OFFSET (GorCompiler, t_timer) },
    { "time", "Ticker", -1, G_STRUCT_OFFSET (GorCompiler, t_ticker) },
    { "context", "Context", -1, G_STRUCT_OFFSET (GorCompiler, t_context) },
    { "context", "CancelFunc", -1, G_STRUCT_OFFSET (GorCompiler, t_cancel) },
    { "sync/atomic", "Int64", -1, G_STRUCT_OFFSET (GorCompiler, t_atomic_int64) },
    { "sync/atomic", "Int32", -1, G_STRUCT_OFFSET (GorCompiler, t_atomic_int32) },
    { "sync/atomic", "Bool", -1, G_STRUCT_OFFSET (GorCompiler, t_atomic_bool) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_equal (table[i].pkg, pkg) && g_str_equal (table[i].name, name))
      return table[i].basic >= 0
             ? gor_types_basic (c->types, (GorTypeKind) table[i].basic)
             : G_STRUCT_MEMBER (GorType *, c, table[i].offset);

  return NULL;
}

/* Whether Go's package @path exports @name (unknown packages: assume so). */
gboolean
_gor_compile_package_exports_name (const char *path, const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (package_exports); i++)
    if (strcmp (package_exports[i][0], path) == 0)
      {
        g_autofree char *word = g_strdup_printf (" %s ", name);

        return strstr (package_exports[i][1], word) != NULL;
      }
  return TRUE;
}

/* pkg.name(…) that Gorolanes does not run: undefined if Go has no such name. */
static void
refuse_member (GorCompiler *c, GorAstExpr *call, const char *path, const char *shown, const char *name)
{
  if (!_gor_compile_package_exports_name (path, name) && call->x->kind == GOR_EXPR_SELECTOR && call->x->x
      && call->x->x->kind == GOR_EXPR_IDENT)
    _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, call->x), "undefined: %s.%s", call->x->x->name, name);
  else
    _gor_compile_unsupported (c, call->x->pos, "%s.%s", shown, name);
}

gboolean
_gor_compile_plan_package (GorCompiler *c, GorAstExpr *call, Sym *pkg, const char *name, Plan *p)
{
  GPtrArray *args = call->list;
  const char *path = pkg->pkg;

  pkg->used = TRUE;
  p->kind = PLAN_OP;
  p->name = _gor_compile_keep (c, g_strdup_printf ("%s.%s", path, name), g_free);
  if (g_str_equal (path, "fmt"))
    {
      GorPrintKind kind;
      GorOp op = GOR_OP_PRINT;
      guint first = 0;

      if (g_str_equal (name, "Println"))
        kind = GOR_PRINT_PRINTLN;
      else if (g_str_equal (name, "Print"))
        kind = GOR_PRINT_PRINT;
      else if (g_str_equal (name, "Printf"))
        kind = GOR_PRINT_PRINTF;
      else if (g_str_equal (name, "Sprintf"))
        kind = GOR_PRINT_PRINTF, op = GOR_OP_SPRINT;
      else if (g_str_equal (name, "Sprint"))
        kind = GOR_PRINT_PRINT, op = GOR_OP_SPRINT;
      else if (g_str_equal (name, "Sprintln"))
        kind = GOR_PRINT_PRINTLN, op = GOR_OP_SPRINT;
      else if (g_str_equal (name, "Errorf"))
        kind = GOR_PRINT_PRINTF, op = GOR_OP_ERRORF;
      else
        {
          refuse_member (c, call, path, "fmt", name);
          return FALSE;
        }
      if (kind == GOR_PRINT_PRINTF)
        {
          if (args->len == 0)
            {
              _gor_compile_error_at (c, call->pos, "not enough arguments in call to fmt.%s", name);
              return FALSE;
            }
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_string, "argument");
          first = 1;
        }
      c->value_ctx = _gor_compile_keep (c, g_strdup_printf ("argument to fmt.%s", name), g_free);
      p->a = _gor_compile_gen_print_args (c, call, first, kind);
      c->value_ctx = NULL;
      p->op = op;
      p->n_slots = (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, p->a))->n_args + (int) first;
      p->delta = -p->n_slots + (op == GOR_OP_PRINT ? 0 : 1);
      p->result = op == GOR_OP_SPRINT ? c->t_string : op == GOR_OP_ERRORF ? c->t_error : NULL;
      return TRUE;
    }
  if (g_str_equal (path, "time"))
    {
      if (g_str_equal (name, "Sleep"))
        {
          if (!_gor_compile_check_nargs (c, call, "time.Sleep", 1, 1))
            return FALSE;
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument to time.Sleep");
          p->op = GOR_OP_SLEEP;
          p->n_slots = 1;
          p->delta = -1;
          return TRUE;
        }
      if ((g_str_equal (name, "After") || g_str_equal (name, "Tick")) && _gor_compile_check_nargs (c, call, name, 1, 1))
        {
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument");
          p->op = GOR_OP_AFTER;
          p->a = _gor_compile_type_ref (c, c->t_time);
          p->b = g_str_equal (name, "Tick");
          p->n_slots = 1;
          p->result = gor_types_chan (c->types, c->t_time, GOR_CHAN_RECV_ONLY);
          return TRUE;
        }
      if (g_str_equal (name, "AfterFunc") && _gor_compile_check_nargs (c, call, name, 2, 2))
        {
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument");
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 1),
                       gor_types_func (c->types, g_ptr_array_new (), g_ptr_array_new (), FALSE),
                       "argument to time.AfterFunc");
          p->op = GOR_OP_TIMER;
          p->a = 4;
          p->n_slots = 2;
          p->delta = -1;
          p->result = gor_types_pointer (c->types, c->t_timer);
          return TRUE;
        }
      if ((g_str_equal (name, "NewTimer") || g_str_equal (name, "NewTicker")) && _gor_compile_check_nargs (c, call, name, 1, 1))
        {
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument");
          p->op = GOR_OP_TIMER;
          p->a = g_str_equal (name, "NewTicker");
          p->b = _gor_compile_type_ref (c, c->t_time);
          p->n_slots = 1;
          p->result = gor_types_pointer (c->types, p->a ? c->t_ticker : c->t_timer);
          return TRUE;
        }
      if (g_str_equal (name, "Now") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_NOW;
          p->delta = 1;
          p->result = c->t_time;
          return TRUE;
        }
      if (g_str_equal (name, "Since") && _gor_compile_check_nargs (c, call, name, 1, 1))
        {
          /* now - t */
          _gor_compile_emit (c, GOR_OP_NOW, 0, 0, 1);
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_time, "argument to time.Since");
          p->op = GOR_OP_SUB;
          p->n_slots = 2;
          p->delta = -1;
          p->result = c->t_duration;
          return TRUE;
        }
      refuse_member (c, call, path, "time", name);
      return FALSE;
    }
  if (g_str_equal (path, "strings"))
    {
      static const struct { const char *name; int fn; int nargs; int ret; } funcs[] = {
        /* ret: 0 string, 1 bool, 2 int, 3 []string; arg 1 is int for Repeat, []string for Join */
        { "Repeat", GOR_STRINGS_REPEAT, 2, 0 }, { "ToUpper", GOR_STRINGS_TO_UPPER, 1, 0 },
        { "ToLower", GOR_STRINGS_TO_LOWER, 1, 0 }, { "TrimSpace", GOR_STRINGS_TRIM_SPACE, 1, 0 },
        { "Contains", GOR_STRINGS_CONTAINS, 2, 1 }, { "HasPrefix", GOR_STRINGS_HAS_PREFIX, 2, 1 },
        { "HasSuffix", GOR_STRINGS_HAS_SUFFIX, 2, 1 }, { "Index", GOR_STRINGS_INDEX, 2, 2 },
        { "Join", GOR_STRINGS_JOIN, 2, 0 }, { "Split", GOR_STRINGS_SPLIT, 2, 3 },
        { "Fields", GOR_STRINGS_FIELDS, 1, 3 }, { "ReplaceAll", GOR_STRINGS_REPLACE_ALL, 3, 0 },
        { "Count", GOR_STRINGS_COUNT, 2, 2 }, { "TrimPrefix", GOR_STRINGS_TRIM_PREFIX, 2, 0 },
        { "TrimSuffix", GOR_STRINGS_TRIM_SUFFIX, 2, 0 },
      };

      for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
        {
          if (!g_str_equal (funcs[i].name, name))
            continue;
          if (!_gor_compile_check_nargs (c, call, name, (guint) funcs[i].nargs, (guint) funcs[i].nargs))
            return FALSE;
          for (int k = 0; k < funcs[i].nargs; k++)
            {
              GorType *at = c->t_string;

              if (funcs[i].fn == GOR_STRINGS_REPEAT && k == 1)
                at = c->t_int;
              if (funcs[i].fn == GOR_STRINGS_JOIN && k == 0)
                at = gor_types_slice (c->types, c->t_string);
              _gor_compile_gen_expr_to (c, g_ptr_array_index (args, k), at, "argument");
            }
          p->op = GOR_OP_STRINGS;
          p->a = funcs[i].fn;
          p->n_slots = funcs[i].nargs;
          p->delta = 1 - funcs[i].nargs;
          p->result = funcs[i].ret == 0 ? c->t_string : funcs[i].ret == 1 ? c->t_bool
                      : funcs[i].ret == 2 ? c->t_int : gor_types_slice (c->types, c->t_string);
          return TRUE;
        }
      refuse_member (c, call, path, "strings", name);
      return FALSE;
    }
  if (g_str_equal (path, "math/rand"))
    {
      p->op = GOR_OP_RAND;
      if (g_str_equal (name, "Intn") && _gor_compile_check_nargs (c, call, name, 1, 1))
        {
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument to rand.Intn");
          p->a = 0;
          p->n_slots = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Int") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          p->a = 1;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Float64") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          p->a = 2;
          p->delta = 1;
          p->result = c->t_float;
          return TRUE;
        }
      if (g_str_equal (name, "Seed") && _gor_compile_check_nargs (c, call, name, 1, 1))
        {
          /* the run's seed decides: --seed */
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int64, "argument to rand.Seed");
          p->a = 3;
          p->n_slots = 1;
          p->delta = -1;
          return TRUE;
        }
      refuse_member (c, call, path, "rand", name);
      return FALSE;
    }
  if (g_str_equal (path, "context"))
    {
      g_autoptr (GPtrArray) rs = g_ptr_array_new ();

      p->op = GOR_OP_CTX;
      if ((g_str_equal (name, "Background") || g_str_equal (name, "TODO")) && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          p->a = 0;
          p->delta = 1;
          p->result = c->t_context;
          return TRUE;
        }
      if (!g_str_equal (name, "WithCancel") && !g_str_equal (name, "WithTimeout")
          && !g_str_equal (name, "WithDeadline"))
        {
          refuse_member (c, call, path, "context", name);
          return FALSE;
        }
      if (!_gor_compile_check_nargs (c, call, name, g_str_equal (name, "WithCancel") ? 1 : 2,
                        g_str_equal (name, "WithCancel") ? 1 : 2))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_context, "argument");
      if (g_str_equal (name, "WithTimeout"))
        _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 1), c->t_duration, "argument");
      else if (g_str_equal (name, "WithDeadline"))
        {
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 1), c->t_time, "argument");
          _gor_compile_emit (c, GOR_OP_NOW, 0, 0, 1);
          _gor_compile_emit (c, GOR_OP_SUB, 0, 0, -1);
        }
      if (c->ctx_cancel_func < 0)
        {
          /* the CancelFunc: a closure over its context */
          Fn *outer = c->fn;
          GorFunc *f = _gor_compile_func_new (c, "context.WithCancel.func1", 0);
          Fn *fn = _gor_compile_fn_new (c, f, NULL, f->name);
          guint32 line = c->line;

          c->fn = fn;
          _gor_compile_emit (c, GOR_OP_UPVAL_RAW, 0, 0, 1);
          _gor_compile_emit (c, GOR_OP_CTX, 5, 0, -1);
          _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
          f->unwind_pc = (guint) _gor_compile_here (c);
          _gor_compile_emit (c, GOR_OP_UNWIND, -1, 0, 0);
          _gor_compile_fn_finish (c, fn);
          c->fn = outer;
          c->line = line;
          g_ptr_array_unref (fn->upvals);
          g_hash_table_unref (fn->captured);
          g_ptr_array_unref (fn->loops);
          g_free (fn);
          c->ctx_cancel_func = (int) f->index;
        }
      p->a = g_str_equal (name, "WithCancel") ? 1 : 2;
      p->b = c->ctx_cancel_func;
      p->n_slots = p->a == 1 ? 1 : 2;
      p->delta = 2 - p->n_slots;
      g_ptr_array_add (rs, c->t_context);
      g_ptr_array_add (rs, c->t_cancel);
      p->result = gor_types_tuple (c->types, g_ptr_array_ref (rs));
      return TRUE;
    }
  if (g_str_equal (path, "sync/atomic"))
    {
      static const struct { const char *name; int op; int bits; } funcs[] = {
        { "AddInt64", 0, 64 }, { "LoadInt64", 1, 64 }, { "StoreInt64", 2, 64 },
        { "CompareAndSwapInt64", 3, 64 }, { "SwapInt64", 4, 64 },
        { "AddInt32", 0, 32 }, { "LoadInt32", 1, 32 }, { "StoreInt32", 2, 32 },
        { "CompareAndSwapInt32", 3, 32 }, { "SwapInt32", 4, 32 },
        { "AddUint64", 0, 65 }, { "LoadUint64", 1, 65 }, { "StoreUint64", 2, 65 },
        { "AddUint32", 0, 33 }, { "LoadUint32", 1, 33 }, { "StoreUint32", 2, 33 },
      };

      for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
        {
          GorType *it = gor_types_basic (c->types, funcs[i].bits == 64 ? GOR_TYPE_INT64 : funcs[i].bits == 32 ? GOR_TYPE_INT32
                                             : funcs[i].bits == 65 ? GOR_TYPE_UINT64 : GOR_TYPE_UINT32);
          int n = funcs[i].op == 1 ? 1 : funcs[i].op == 3 ? 3 : 2;

          if (!g_str_equal (funcs[i].name, name))
            continue;
          if (!_gor_compile_check_nargs (c, call, name, (guint) n, (guint) n))
            return FALSE;
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), gor_types_pointer (c->types, it), "argument");
          for (int k = 1; k < n; k++)
            _gor_compile_gen_expr_to (c, g_ptr_array_index (args, k), it, "argument");
          p->op = GOR_OP_ATOMIC;
          p->a = funcs[i].op;
          p->n_slots = n;
          p->result = funcs[i].op == 2 ? NULL : funcs[i].op == 3 ? c->t_bool : it;
          p->delta = (funcs[i].op == 2 ? 0 : 1) - n;
          return TRUE;
        }
      refuse_member (c, call, path, "atomic", name);
      return FALSE;
    }
  if (g_str_equal (path, "runtime"))
    {
      if (g_str_equal (name, "NumGoroutine") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_NUMG;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Gosched") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_GOSCHED;
          return TRUE;
        }
      if (g_str_equal (name, "NumCPU") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          /* the one simulated processor GOMAXPROCS reports */
          p->op = GOR_OP_PUSH_INT;
          p->a = 1;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Goexit") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_GOEXIT;
          return TRUE;
        }
      if (g_str_equal (name, "GOMAXPROCS") && _gor_compile_check_nargs (c, call, name, 1, 1))
        {
          /* One simulated processor whatever is asked; returns the previous setting. */
          _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument");
          _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
          p->op = GOR_OP_PUSH_INT;
          p->a = 1;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      refuse_member (c, call, path, "runtime", name);
      return FALSE;
    }
  if (g_str_equal (path, "sync") && g_str_equal (name, "NewCond"))
    {
      if (!_gor_compile_check_nargs (c, call, name, 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), gor_types_pointer (c->types, gor_types_basic (c->types, GOR_TYPE_MUTEX)),
                   "argument to sync.NewCond");
      p->op = GOR_OP_COND;
      p->a = 0;
      p->n_slots = 1;
      p->result = gor_types_pointer (c->types, c->t_cond);
      return TRUE;
    }
  if (g_str_equal (path, "errors") && g_str_equal (name, "Is"))
    {
      if (!_gor_compile_check_nargs (c, call, name, 2, 2))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_error, "argument to errors.Is");
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 1), c->t_error, "argument to errors.Is");
      p->op = GOR_OP_IFACE_EQ;
      p->n_slots = 2;
      p->delta = -1;
      p->result = c->t_bool;
      return TRUE;
    }
  if (g_str_equal (path, "errors") && g_str_equal (name, "New"))
    {
      if (!_gor_compile_check_nargs (c, call, name, 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_string, "argument to errors.New");
      p->op = GOR_OP_ERRORS_NEW;
      p->a = _gor_compile_type_ref (c, c->t_errstr);
      p->n_slots = 1;
      p->result = c->t_error;
      return TRUE;
    }
  if (g_str_equal (path, "os") && g_str_equal (name, "Exit"))
    {
      if (!_gor_compile_check_nargs (c, call, name, 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument to os.Exit");
      p->op = GOR_OP_EXIT;
      p->n_slots = 1;
      p->delta = -1;
      return TRUE;
    }
  if (g_str_equal (path, "strconv") && g_str_equal (name, "Atoi"))
    {
      g_autoptr (GPtrArray) rs = g_ptr_array_new ();

      if (!_gor_compile_check_nargs (c, call, name, 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_string, "argument to strconv.Atoi");
      p->op = GOR_OP_ATOI;
      p->n_slots = 1;
      p->delta = 1;
      g_ptr_array_add (rs, c->t_int);
      g_ptr_array_add (rs, c->t_error);
      p->result = gor_types_tuple (c->types, g_ptr_array_ref (rs));
      return TRUE;
    }
  if (g_str_equal (path, "strconv") && g_str_equal (name, "Itoa"))
    {
      if (!_gor_compile_check_nargs (c, call, name, 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument to strconv.Itoa");
      p->op = GOR_OP_ITOA;
      p->n_slots = 1;
      p->result = c->t_string;
      return TRUE;
    }
  refuse_member (c, call, path, path, name);
  return FALSE;
}
