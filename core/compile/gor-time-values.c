/* gor-time-values.c — time.Time, Duration, Month and Weekday: their
 * functions and methods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each is one TIMER instruction with a sub-operation of gor-time-ops.h on
 * one-slot values (gor-time-private.h).
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"
#include "gor-time-ops.h"

/* Operand and result kinds: T Time, D Duration, I int, L int64, B bool,
 * S string, M Month, W Weekday, P *Location, E (Duration, error),
 * Y (int, Month, int), C (int, int, int), R (Time, error), Q
 * (*Location, error), Z (string, int). */
typedef struct
{
  const char *name;
  GorTimeOp   op;
  const char *params; /* after the receiver, if any */
  char        result;
} TimeFn;

static const TimeFn time_methods[] = {
  { "Add", GOR_TIME_ADD, "D", 'T' },
  { "AddDate", GOR_TIME_ADD_DATE, "III", 'T' },
  { "After", GOR_TIME_AFTER, "T", 'B' },
  { "Before", GOR_TIME_BEFORE, "T", 'B' },
  { "Clock", GOR_TIME_CLOCK, "", 'C' },
  { "Compare", GOR_TIME_COMPARE, "T", 'I' },
  { "Date", GOR_TIME_YMD, "", 'Y' },
  { "Day", GOR_TIME_DAY, "", 'I' },
  { "Equal", GOR_TIME_EQUAL, "T", 'B' },
  { "Format", GOR_TIME_FORMAT, "S", 'S' },
  { "Hour", GOR_TIME_HOUR, "", 'I' },
  { "In", GOR_TIME_IN, "P", 'T' },
  { "IsZero", GOR_TIME_IS_ZERO, "", 'B' },
  { "Local", GOR_TIME_UTC, "", 'T' },
  { "Location", GOR_TIME_LOCATION, "", 'P' },
  { "Minute", GOR_TIME_MINUTE, "", 'I' },
  { "Month", GOR_TIME_MONTH, "", 'M' },
  { "Nanosecond", GOR_TIME_NANOSECOND, "", 'I' },
  { "Round", GOR_TIME_ROUND, "D", 'T' },
  { "Second", GOR_TIME_SECOND, "", 'I' },
  { "String", GOR_TIME_STRING, "", 'S' },
  { "Sub", GOR_TIME_SUB, "T", 'D' },
  { "Truncate", GOR_TIME_TRUNCATE, "D", 'T' },
  { "UTC", GOR_TIME_UTC, "", 'T' },
  { "Unix", GOR_TIME_UNIX, "", 'L' },
  { "UnixMicro", GOR_TIME_UNIX_MICRO, "", 'L' },
  { "UnixMilli", GOR_TIME_UNIX_MILLI, "", 'L' },
  { "UnixNano", GOR_TIME_UNIX_NANO, "", 'L' },
  { "Weekday", GOR_TIME_WEEKDAY, "", 'W' },
  { "Year", GOR_TIME_YEAR, "", 'I' },
  { "YearDay", GOR_TIME_YEAR_DAY, "", 'I' },
  { "Zone", GOR_TIME_ZONE, "", 'Z' },
};

static const TimeFn duration_methods[] = {
  { "Abs", GOR_TIME_DUR_ABS, "", 'D' },
  { "Round", GOR_TIME_DUR_ROUND, "D", 'D' },
  { "Truncate", GOR_TIME_DUR_TRUNCATE, "D", 'D' },
};

static const TimeFn location_string = { "String", GOR_TIME_LOC_STRING, "", 'S' };

static const TimeFn funcs[] = {
  { "Date", GOR_TIME_DATE, "IMIIIIIP", 'T' },
  { "FixedZone", GOR_TIME_FIXED_ZONE, "SI", 'P' },
  { "LoadLocation", GOR_TIME_LOAD_LOCATION, "S", 'Q' },
  { "Now", GOR_TIME_NOW, "", 'T' },
  { "Parse", GOR_TIME_PARSE, "SS", 'R' },
  { "ParseDuration", GOR_TIME_PARSE_DURATION, "S", 'E' },
  { "ParseInLocation", GOR_TIME_PARSE_IN, "SSP", 'R' },
  { "Since", GOR_TIME_SINCE, "T", 'D' },
  { "Unix", GOR_TIME_MAKE_UNIX, "LL", 'T' },
  { "UnixMicro", GOR_TIME_MAKE_UNIX_MICRO, "L", 'T' },
  { "UnixMilli", GOR_TIME_MAKE_UNIX_MILLI, "L", 'T' },
  { "Until", GOR_TIME_UNTIL, "T", 'D' },
};

static GorType *
kind_type (GorCompiler *c, char k)
{
  switch (k)
    {
    case 'T': return c->t_time;
    case 'D': return c->t_duration;
    case 'I': return c->t_int;
    case 'L': return c->t_int64;
    case 'B': return c->t_bool;
    case 'S': return c->t_string;
    case 'M': return c->t_month;
    case 'W': return c->t_weekday;
    case 'P': return gor_types_pointer (c->types, c->t_location);
    case 'E':
    case 'R':
    case 'Q':
    case 'Z':
      {
        GPtrArray *rs = g_ptr_array_new ();

        g_ptr_array_add (rs, kind_type (c, k == 'E' ? 'D' : k == 'R' ? 'T' : k == 'Q' ? 'P' : 'S'));
        g_ptr_array_add (rs, k == 'Z' ? c->t_int : c->t_error);
        return gor_types_tuple (c->types, rs);
      }
    case 'Y':
    case 'C':
      {
        GPtrArray *rs = g_ptr_array_new ();

        g_ptr_array_add (rs, c->t_int);
        g_ptr_array_add (rs, k == 'Y' ? c->t_month : c->t_int);
        g_ptr_array_add (rs, c->t_int);
        return gor_types_tuple (c->types, rs);
      }
    default: return NULL;
    }
}

static gboolean
plan_fn (GorCompiler *c, GorAstExpr *call, const TimeFn *f, int receiver, const char *context, Plan *p)
{
  guint n = (guint) strlen (f->params);

  if (!_gor_compile_check_nargs (c, call, f->name, n, n))
    return FALSE;
  for (guint k = 0; k < n; k++)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, k), kind_type (c, f->params[k]), context);
  p->kind = PLAN_OP;
  p->op = GOR_OP_TIMER;
  p->a = f->op;
  p->n_slots = (int) n + receiver;
  p->result = kind_type (c, f->result);
  p->delta = _gor_compile_n_results_of (p->result) - p->n_slots;
  return TRUE;
}

static const TimeFn *
find (const TimeFn *fns, gsize n, const char *name)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (fns[i].name, name))
      return &fns[i];
  return NULL;
}

/* Whether the time package's type @t has the method @name (for
 * promotion from an embedded field). */
gboolean
_gor_compile_time_has_method (GorCompiler *c, GorType *t, const char *name)
{
  if (t == c->t_time)
    return find (time_methods, G_N_ELEMENTS (time_methods), name) != NULL;
  if (t == c->t_duration)
    return find (duration_methods, G_N_ELEMENTS (duration_methods), name) != NULL
           || g_str_equal (name, "String") || g_str_equal (name, "Seconds") || g_str_equal (name, "Minutes")
           || g_str_equal (name, "Hours") || g_str_equal (name, "Milliseconds")
           || g_str_equal (name, "Microseconds") || g_str_equal (name, "Nanoseconds");
  if (t == c->t_month || t == c->t_weekday)
    return g_str_equal (name, "String");
  if (t == c->t_timer || t == c->t_ticker)
    return g_str_equal (name, "Stop") || g_str_equal (name, "Reset");
  if (t == c->t_location)
    return g_str_equal (name, "String");
  return FALSE;
}

/* The signature of the method @name of the time package's type @t (not
 * a pointer), for method values and method expressions; NULL when @t has
 * no such method or it is one of the value methods, whose signatures
 * the types hold (_gor_compile_setup_time_methods). */
GorType *
_gor_compile_time_method_sig (GorCompiler *c, GorType *t, const char *name)
{
  const TimeFn *f = NULL;
  GPtrArray    *ps, *rs;
  GorType      *r;

  if (t == c->t_timer || t == c->t_ticker)
    {
      gboolean reset = g_str_equal (name, "Reset");

      if (!reset && !g_str_equal (name, "Stop"))
        return NULL;
      ps = g_ptr_array_new ();
      rs = g_ptr_array_new ();
      if (reset)
        g_ptr_array_add (ps, c->t_duration);
      if (t == c->t_timer)
        g_ptr_array_add (rs, c->t_bool);
      return gor_types_func (c->types, ps, rs, FALSE);
    }
  if (t == c->t_time)
    f = find (time_methods, G_N_ELEMENTS (time_methods), name);
  else if (t == c->t_duration)
    f = find (duration_methods, G_N_ELEMENTS (duration_methods), name);
  else if (t == c->t_location && g_str_equal (name, "String"))
    f = &location_string;
  if (f == NULL)
    return NULL;
  ps = g_ptr_array_new ();
  rs = g_ptr_array_new ();
  for (const char *k = f->params; *k; k++)
    g_ptr_array_add (ps, kind_type (c, *k));
  r = kind_type (c, f->result);
  if (r->kind == GOR_TYPE_TUPLE)
    for (guint i = 0; i < r->results->len; i++)
      g_ptr_array_add (rs, g_ptr_array_index (r->results, i));
  else
    g_ptr_array_add (rs, r);
  return gor_types_func (c->types, ps, rs, FALSE);
}

/* time.Now, Date, Unix, Since … */
gboolean
_gor_compile_plan_time_func (GorCompiler *c, GorAstExpr *call, const char *name, const char *context, Plan *p)
{
  const TimeFn *f = find (funcs, G_N_ELEMENTS (funcs), name);

  g_assert (f != NULL);
  return plan_fn (c, call, f, 0, context, p);
}

/* time.UTC */
GorType *
_gor_compile_gen_time_utc (GorCompiler *c)
{
  _gor_compile_emit (c, GOR_OP_TIMER, GOR_TIME_LOC_UTC, 0, 1);
  return gor_types_pointer (c->types, c->t_location);
}

/* Methods of time.Time, Duration's Round,
 * Truncate and Abs, and String of Month and Weekday: *done is FALSE when
 * @sel names none of them. */
gboolean
_gor_compile_plan_time_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *u, GorType *base,
                               Plan *p, gboolean *done)
{
  const TimeFn *f = NULL;

  *done = FALSE;
  if (base == c->t_time)
    f = find (time_methods, G_N_ELEMENTS (time_methods), sel->name);
  else if (base == c->t_duration)
    f = find (duration_methods, G_N_ELEMENTS (duration_methods), sel->name);
  else if (base == c->t_location && u->kind == GOR_TYPE_POINTER && g_str_equal (sel->name, "String"))
    {
      *done = TRUE;
      return plan_fn (c, call, &location_string, 1, "argument", p);
    }
  else if ((base == c->t_month || base == c->t_weekday) && g_str_equal (sel->name, "String"))
    {
      static const TimeFn month = { "String", GOR_TIME_MONTH_STRING, "", 'S' };
      static const TimeFn weekday = { "String", GOR_TIME_WEEKDAY_STRING, "", 'S' };

      f = base == c->t_month ? &month : &weekday;
    }
  if (f == NULL)
    return FALSE;
  *done = TRUE;
  /* a value method through a pointer: *p, which panics if p is nil */
  if (u->kind == GOR_TYPE_POINTER)
    _gor_compile_emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
  return plan_fn (c, call, f, 1, "argument", p);
}

/* time.Month, time.Weekday and time.Location. */
void
_gor_compile_setup_time_types (GorCompiler *c)
{
  GorTypes  *ty = c->types;
  GPtrArray *fields = g_ptr_array_new ();
  GorField  *f = g_new0 (GorField, 1);

  c->t_month = gor_types_named (ty, "time.Month");
  gor_type_set_underlying (c->t_month, c->t_int);
  c->t_weekday = gor_types_named (ty, "time.Weekday");
  gor_type_set_underlying (c->t_weekday, c->t_int);
  f->name = g_strdup ("name");
  f->type = c->t_int64;
  g_ptr_array_add (fields, f);
  c->t_location = gor_types_named (ty, "time.Location");
  gor_type_set_underlying (c->t_location, gor_types_struct (ty, fields));
  _gor_compile_setup_time_methods (c);
}

/* The methods of the time types that are methods of their values too,
 * for interfaces (fmt.Stringer) and method values: result kinds as
 * above; the first is every type's, the others Duration's. */
static const struct
{
  const char *name;
  char        result;
} value_methods[] = {
  { "String", 'S' },       { "Seconds", 'F' },      { "Minutes", 'F' },     { "Hours", 'F' },
  { "Milliseconds", 'L' }, { "Microseconds", 'L' }, { "Nanoseconds", 'L' },
};

static gboolean
is_time_value_type (GorCompiler *c, GorType *t)
{
  return t != NULL && (t == c->t_duration || t == c->t_time || t == c->t_month || t == c->t_weekday);
}

/* Whether @t is time.Time, Duration, Month or Weekday. */
gboolean
_gor_compile_time_is_value (GorCompiler *c, GorType *t)
{
  return is_time_value_type (c, t);
}

/* Gives time.Duration, Time, Month and Weekday their value methods, made
 * when a value of the type first goes into an interface
 * (_gor_compile_time_methods). */
void
_gor_compile_setup_time_methods (GorCompiler *c)
{
  GorType *types[] = { c->t_duration, c->t_time, c->t_month, c->t_weekday };

  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    for (guint i = 0; i < (types[k] == c->t_duration ? G_N_ELEMENTS (value_methods) : 1); i++)
      {
        GorMethod *m = g_new0 (GorMethod, 1);
        GPtrArray *rs = g_ptr_array_new ();

        g_ptr_array_add (rs, value_methods[i].result == 'S'   ? c->t_string
                             : value_methods[i].result == 'F' ? c->t_float
                                                              : c->t_int64);
        m->name = g_strdup (value_methods[i].name);
        m->sig = gor_types_func (c->types, g_ptr_array_new (), rs, FALSE);
        m->func = GOR_METHOD_PENDING;
        g_ptr_array_add (types[k]->methods, m);
      }
}

/* Makes the value methods of the time type @t, once: before a value of
 * it may be in an interface.  Each is the call of the built-in method, in
 * the library's Go (gor-iterlib.c). */
void
_gor_compile_time_methods (GorCompiler *c, GorType *t)
{
  if (!is_time_value_type (c, t))
    return;
  for (guint i = 0; i < t->methods->len; i++)
    {
      GorMethod       *m = g_ptr_array_index (t->methods, i);
      g_autofree char *dname = NULL, *fname = NULL;

      if (m->func != GOR_METHOD_PENDING)
        continue;
      dname = g_strdup_printf ("time_%s", m->name);
      fname = g_strdup_printf ("%s.%s", t->name, m->name);
      m->func = _gor_compile_iterlib_method (c, dname, t, fname);
    }
}

/* fmt.Stringer, made once */
GorType *
_gor_compile_stringer_type (GorCompiler *c)
{
  Sym       *sym = g_hash_table_lookup (c->universe->syms, "fmt.Stringer");
  GPtrArray *methods, *rs;
  GorField  *f;
  GorType   *t;
  GorPos     pos = { 0 };

  if (sym)
    return sym->type;
  methods = g_ptr_array_new ();
  rs = g_ptr_array_new ();
  f = g_new0 (GorField, 1);
  g_ptr_array_add (rs, c->t_string);
  f->name = g_strdup ("String");
  f->type = gor_types_func (c->types, g_ptr_array_new (), rs, FALSE);
  g_ptr_array_add (methods, f);
  t = gor_types_named (c->types, "fmt.Stringer");
  gor_type_set_underlying (t, gor_types_interface (c->types, methods));
  sym = _gor_compile_sym_new (c, SYM_TYPE, "fmt.Stringer", pos);
  sym->type = t;
  sym->used = TRUE;
  _gor_compile_declare (c, c->universe, sym);
  return t;
}
