/* gor-package-io.c — io.Writer, os.Stdout and os.Stderr, fmt.Fprint*,
 * strings.Builder and the log package
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writers are ordinary Go values: *os.File (and io.Discard's
 * io.discard) and *strings.Builder have Write methods that are small
 * functions of the program, so they go wherever an io.Writer goes and a
 * program's own writers stand beside them.  fmt.Fprintf(w, …) formats as
 * Sprintf does and calls w.Write with the bytes, as Go's does: a writer
 * that blocks (a pipe of channels) blocks the goroutine that prints.
 *
 * The program sees no outside world: os.Args is the program's name
 * alone (the source file's base name without ".go"), and its environment
 * is empty (os.Getenv is "", os.LookupEnv is false).
 *
 * log's package functions are the methods of its standard *Logger, made
 * on first use into a hidden global (log.Default): it writes to os.Stderr
 * until SetOutput.  A timestamp reads the virtual clock from Go's
 * playground epoch (2009/11/10 23:00:00 UTC).
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

static GorField *
field_new (const char *name, GorType *type)
{
  GorField *f = g_new0 (GorField, 1);

  f->name = g_strdup (name);
  f->type = type;
  return f;
}

static GorType *
sig_new (GorCompiler *c, GorType *param, GorType *r0, GorType *r1)
{
  GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

  if (param)
    g_ptr_array_add (ps, param);
  if (r0)
    g_ptr_array_add (rs, r0);
  if (r1)
    g_ptr_array_add (rs, r1);
  return gor_types_func (c->types, ps, rs, FALSE);
}

static void
method_free (gpointer data)
{
  GorMethod *m = data;

  g_free (m->name);
  g_free (m);
}

/* A method whose function is made on the first use of a value of @t
 * (func stays GOR_METHOD_PENDING until then). */
static void
add_method (GorType *t, const char *name, GorType *sig, gboolean ptr_recv)
{
  GorMethod *m = g_new0 (GorMethod, 1);

  if (t->methods == NULL)
    t->methods = g_ptr_array_new_with_free_func (method_free);
  m->name = g_strdup (name);
  m->sig = sig;
  m->func = GOR_METHOD_PENDING;
  m->ptr_recv = ptr_recv;
  g_ptr_array_add (t->methods, m);
}

void
_gor_compile_setup_io_types (GorCompiler *c)
{
  GorTypes  *ty = c->types;
  GorType   *bytes = gor_types_slice (ty, c->t_byte);
  GPtrArray *wm = g_ptr_array_new (), *rm = g_ptr_array_new (), *sm = g_ptr_array_new ();
  GPtrArray *ff = g_ptr_array_new (), *bf = g_ptr_array_new (), *lf;
  GorType   *write = sig_new (c, bytes, c->t_int, c->t_error);
  GorType   *write_string = sig_new (c, c->t_string, c->t_int, c->t_error);

  g_ptr_array_add (wm, field_new ("Write", write));
  c->t_writer = gor_types_named (ty, "io.Writer");
  gor_type_set_underlying (c->t_writer, gor_types_interface (ty, wm));
  g_ptr_array_add (rm, field_new ("Read", write));
  c->t_reader = gor_types_named (ty, "io.Reader");
  gor_type_set_underlying (c->t_reader, gor_types_interface (ty, rm));
  g_ptr_array_add (sm, field_new ("WriteString", write_string));
  c->t_string_writer = gor_types_named (ty, "io.StringWriter");
  gor_type_set_underlying (c->t_string_writer, gor_types_interface (ty, sm));

  /* os.File: which stream (1 stdout, 2 stderr, 0 nowhere) */
  g_ptr_array_add (ff, field_new ("fd", c->t_int));
  c->t_file = gor_types_named (ty, "os.File");
  gor_type_set_underlying (c->t_file, gor_types_struct (ty, ff));
  add_method (c->t_file, "Write", write, TRUE);
  add_method (c->t_file, "WriteString", write_string, TRUE);
  c->t_discard = gor_types_named (ty, "io.discard");
  gor_type_set_underlying (c->t_discard, gor_type_under (c->t_file));
  add_method (c->t_discard, "Write", write, FALSE);
  add_method (c->t_discard, "WriteString", write_string, FALSE);

  /* strings.Builder: the text so far */
  g_ptr_array_add (bf, field_new ("buf", c->t_string));
  c->t_builder = gor_types_named (ty, "strings.Builder");
  gor_type_set_underlying (c->t_builder, gor_types_struct (ty, bf));
  add_method (c->t_builder, "Write", write, TRUE);
  add_method (c->t_builder, "WriteString", write_string, TRUE);
  add_method (c->t_builder, "WriteByte", sig_new (c, c->t_byte, c->t_error, NULL), TRUE);
  add_method (c->t_builder, "WriteRune", sig_new (c, c->t_rune, c->t_int, c->t_error), TRUE);
  add_method (c->t_builder, "String", sig_new (c, NULL, c->t_string, NULL), TRUE);
  add_method (c->t_builder, "Len", sig_new (c, NULL, c->t_int, NULL), TRUE);
  add_method (c->t_builder, "Reset", sig_new (c, NULL, NULL, NULL), TRUE);
  add_method (c->t_builder, "Grow", sig_new (c, c->t_int, NULL, NULL), TRUE);

  /* bytes.Buffer: as a strings.Builder, whose text it keeps as a string
   * too, and Bytes (a copy: Go's aliases the buffer) */
  c->t_bytes_buffer = gor_types_named (ty, "bytes.Buffer");
  gor_type_set_underlying (c->t_bytes_buffer, gor_type_under (c->t_builder));
  for (guint i = 0; i < c->t_builder->methods->len; i++)
    {
      GorMethod *m = g_ptr_array_index (c->t_builder->methods, i);

      add_method (c->t_bytes_buffer, m->name, m->sig, TRUE);
    }
  add_method (c->t_bytes_buffer, "Bytes", sig_new (c, NULL, bytes, NULL), TRUE);
  /* its reading methods, which cut the text from the front (gor-textlib.c) */
  add_method (c->t_bytes_buffer, "Read", write, TRUE);
  add_method (c->t_bytes_buffer, "ReadString", sig_new (c, c->t_byte, c->t_string, c->t_error), TRUE);
  add_method (c->t_bytes_buffer, "ReadBytes", sig_new (c, c->t_byte, bytes, c->t_error), TRUE);
  add_method (c->t_bytes_buffer, "ReadByte", sig_new (c, NULL, c->t_byte, c->t_error), TRUE);
  {
    GPtrArray *rs = g_ptr_array_new ();

    g_ptr_array_add (rs, c->t_rune);
    g_ptr_array_add (rs, c->t_int);
    g_ptr_array_add (rs, c->t_error);
    add_method (c->t_bytes_buffer, "ReadRune", gor_types_func (ty, g_ptr_array_new (), rs, FALSE), TRUE);
  }
  add_method (c->t_bytes_buffer, "Next", sig_new (c, c->t_int, bytes, NULL), TRUE);
  add_method (c->t_bytes_buffer, "WriteTo", sig_new (c, c->t_writer, c->t_int64, c->t_error), TRUE);
  add_method (c->t_bytes_buffer, "ReadFrom", sig_new (c, c->t_reader, c->t_int64, c->t_error), TRUE);
  add_method (c->t_bytes_buffer, "Truncate", sig_new (c, c->t_int, NULL, NULL), TRUE);

  /* strings.Replacer: its old, new pairs */
  {
    GPtrArray *rf = g_ptr_array_new (), *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

    g_ptr_array_add (rf, field_new ("oldnew", gor_types_slice (ty, c->t_string)));
    c->t_replacer = gor_types_named (ty, "strings.Replacer");
    gor_type_set_underlying (c->t_replacer, gor_types_struct (ty, rf));
    add_method (c->t_replacer, "Replace", sig_new (c, c->t_string, c->t_string, NULL), TRUE);
    g_ptr_array_add (ps, c->t_writer);
    g_ptr_array_add (ps, c->t_string);
    g_ptr_array_add (rs, c->t_int);
    g_ptr_array_add (rs, c->t_error);
    add_method (c->t_replacer, "WriteString", gor_types_func (ty, ps, rs, FALSE), TRUE);
  }

  /* strings.Reader: the text, the offset read to */
  {
    GPtrArray *rf = g_ptr_array_new (), *rs = g_ptr_array_new ();

    g_ptr_array_add (rf, field_new ("s", c->t_string));
    g_ptr_array_add (rf, field_new ("i", c->t_int));
    c->t_str_reader = gor_types_named (ty, "strings.Reader");
    gor_type_set_underlying (c->t_str_reader, gor_types_struct (ty, rf));
    add_method (c->t_str_reader, "Len", sig_new (c, NULL, c->t_int, NULL), TRUE);
    add_method (c->t_str_reader, "Read", write, TRUE);
    add_method (c->t_str_reader, "ReadByte", sig_new (c, NULL, c->t_byte, c->t_error), TRUE);
    g_ptr_array_add (rs, c->t_rune);
    g_ptr_array_add (rs, c->t_int);
    g_ptr_array_add (rs, c->t_error);
    add_method (c->t_str_reader, "ReadRune", gor_types_func (ty, g_ptr_array_new (), rs, FALSE), TRUE);
    c->t_bytes_reader = gor_types_named (ty, "bytes.Reader");
    gor_type_set_underlying (c->t_bytes_reader, gor_type_under (c->t_str_reader));
    for (guint i = 0; i < c->t_str_reader->methods->len; i++)
      {
        GorMethod *m = g_ptr_array_index (c->t_str_reader->methods, i);

        add_method (c->t_bytes_reader, m->name, m->sig, TRUE);
      }
  }

  /* strconv.NumError, whose methods are the library's Go (gor-textlib.c) */
  {
    GPtrArray *nf = g_ptr_array_new ();

    g_ptr_array_add (nf, field_new ("Func", c->t_string));
    g_ptr_array_add (nf, field_new ("Num", c->t_string));
    g_ptr_array_add (nf, field_new ("Err", c->t_error));
    c->t_num_error = gor_types_named (ty, "strconv.NumError");
    gor_type_set_underlying (c->t_num_error, gor_types_struct (ty, nf));
    add_method (c->t_num_error, "Error", sig_new (c, NULL, c->t_string, NULL), TRUE);
    add_method (c->t_num_error, "Unwrap", sig_new (c, NULL, c->t_error, NULL), TRUE);
  }

  /* io.PipeReader and io.PipeWriter: the two ends of one *io.pipe, a
   * hand-over of each Write's bytes on channels as Go's (gor-textlib.c) */
  {
    GPtrArray *pf = g_ptr_array_new (), *ef = g_ptr_array_new (), *wf = g_ptr_array_new ();
    GorType   *pipe = gor_types_named (ty, "io.pipe");
    GorType   *close_with = sig_new (c, c->t_error, c->t_error, NULL);

    g_ptr_array_add (pf, field_new ("mu", gor_types_basic (ty, GOR_TYPE_MUTEX)));
    g_ptr_array_add (pf, field_new ("wrCh", gor_types_chan (ty, bytes, GOR_CHAN_BOTH)));
    g_ptr_array_add (pf, field_new ("rdCh", gor_types_chan (ty, c->t_int, GOR_CHAN_BOTH)));
    g_ptr_array_add (pf, field_new ("done", gor_types_chan (ty, c->t_bool, GOR_CHAN_BOTH)));
    g_ptr_array_add (pf, field_new ("rerr", c->t_error));
    g_ptr_array_add (pf, field_new ("werr", c->t_error));
    g_ptr_array_add (pf, field_new ("closed", c->t_bool));
    gor_type_set_underlying (pipe, gor_types_struct (ty, pf));
    g_ptr_array_add (ef, field_new ("p", gor_types_pointer (ty, pipe)));
    c->t_pipe_reader = gor_types_named (ty, "io.PipeReader");
    gor_type_set_underlying (c->t_pipe_reader, gor_types_struct (ty, ef));
    add_method (c->t_pipe_reader, "Read", write, TRUE);
    add_method (c->t_pipe_reader, "Close", sig_new (c, NULL, c->t_error, NULL), TRUE);
    add_method (c->t_pipe_reader, "CloseWithError", close_with, TRUE);
    g_ptr_array_add (wf, field_new ("p", gor_types_pointer (ty, pipe)));
    c->t_pipe_writer = gor_types_named (ty, "io.PipeWriter");
    gor_type_set_underlying (c->t_pipe_writer, gor_types_struct (ty, wf));
    add_method (c->t_pipe_writer, "Write", write, TRUE);
    add_method (c->t_pipe_writer, "Close", sig_new (c, NULL, c->t_error, NULL), TRUE);
    add_method (c->t_pipe_writer, "CloseWithError", close_with, TRUE);
  }

  /* log.Logger: where it writes, its prefix, its flags */
  lf = g_ptr_array_new ();
  g_ptr_array_add (lf, field_new ("out", c->t_writer));
  g_ptr_array_add (lf, field_new ("prefix", c->t_string));
  g_ptr_array_add (lf, field_new ("flag", c->t_int));
  c->t_logger = gor_types_named (ty, "log.Logger");
  gor_type_set_underlying (c->t_logger, gor_types_struct (ty, lf));
}

/* ---- the methods' functions ---- */

static int
emit (GorCompiler *c, GorOp op, gint32 a, int b, int delta)
{
  return _gor_compile_emit (c, op, a, b, delta);
}

/* A print spec of one string operand: fmt.Print's to stdout, print's to stderr. */
static int
string_spec (GorCompiler *c, GorPrintKind kind)
{
  g_autoptr (GPtrArray) types = g_ptr_array_new ();

  g_ptr_array_add (types, c->t_string);
  return _gor_compile_add_print_spec (c, kind, types, FALSE);
}

/* [string] → writes it to the stream of the File in slot 0 */
static void
emit_file_output (GorCompiler *c)
{
  int j_err, j_out, j_end1, j_end2;

  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit (c, GOR_OP_FIELD, 0, 0, 0);
  emit (c, GOR_OP_PUSH_INT, 2, 0, 1);
  emit (c, GOR_OP_EQ, 0, 0, -1);
  j_err = emit (c, GOR_OP_JF, 0, 0, -1);
  emit (c, GOR_OP_PRINT, string_spec (c, GOR_PRINT_BUILTIN_PRINT), 0, -1);
  j_end1 = emit (c, GOR_OP_JMP, 0, 0, 0);
  /* the other paths start with the string still on the stack */
  _gor_compile_patch (c, j_err, _gor_compile_here (c));
  c->fn->depth++;
  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit (c, GOR_OP_FIELD, 0, 0, 0);
  emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
  emit (c, GOR_OP_EQ, 0, 0, -1);
  j_out = emit (c, GOR_OP_JF, 0, 0, -1);
  emit (c, GOR_OP_PRINT, string_spec (c, GOR_PRINT_PRINT), 0, -1);
  j_end2 = emit (c, GOR_OP_JMP, 0, 0, 0);
  _gor_compile_patch (c, j_out, _gor_compile_here (c));
  c->fn->depth++;
  emit (c, GOR_OP_POP, 0, 0, -1);
  _gor_compile_patch (c, j_end1, _gor_compile_here (c));
  _gor_compile_patch (c, j_end2, _gor_compile_here (c));
}

/* [string] → recv.buf += it */
static void
emit_builder_append (GorCompiler *c)
{
  int s = _gor_compile_new_slot (c);

  emit (c, GOR_OP_SET_LOCAL, s, 0, -1);
  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit (c, GOR_OP_FIELD, 0, 0, 0);
  emit (c, GOR_OP_LOCAL, s, 0, 1);
  emit (c, GOR_OP_STRINGS, GOR_STRINGS_BUILDER_APPEND, 0, -1);
  emit (c, GOR_OP_SET_FIELD, 0, 0, -2);
}

static void
emit_nil_pointer_check (GorCompiler *c)
{
  /* a nil *Builder or *File panics on its field, as Go's methods do */
  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit (c, GOR_OP_FIELD, 0, 0, 0);
  emit (c, GOR_OP_POP, 0, 0, -1);
}

typedef enum
{
  IO_FILE_WRITE,
  IO_FILE_WRITE_STRING,
  IO_BUILDER_WRITE,
  IO_BUILDER_WRITE_STRING,
  IO_BUILDER_WRITE_BYTE,
  IO_BUILDER_WRITE_RUNE,
  IO_BUILDER_STRING,
  IO_BUILDER_LEN,
  IO_BUILDER_RESET,
  IO_BUILDER_GROW,
  IO_BUFFER_GROW,
  IO_BUFFER_BYTES,
  IO_REPLACER_REPLACE,
  IO_REPLACER_WRITE_STRING,
  IO_READER_LEN,
  IO_READER_READ,
  IO_READER_READ_BYTE,
  IO_READER_READ_RUNE,
} IoMethod;

static void emit_reader_method (GorCompiler *c, IoMethod which);

static void
emit_method_body (GorCompiler *c, IoMethod which)
{
  switch (which)
    {
    case IO_FILE_WRITE:
    case IO_FILE_WRITE_STRING:
      emit (c, GOR_OP_LOCAL, 1, 0, 1);
      if (which == IO_FILE_WRITE)
        emit (c, GOR_OP_CONV_BYTES_STR, 0, 0, 0);
      emit_file_output (c);
      emit (c, GOR_OP_LOCAL, 1, 0, 1);
      emit (c, GOR_OP_LEN, 0, which == IO_FILE_WRITE ? 0 : 1, 0);
      emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      emit (c, GOR_OP_RET, 2, 0, -2);
      break;
    case IO_BUILDER_WRITE:
    case IO_BUILDER_WRITE_STRING:
    case IO_BUILDER_WRITE_RUNE:
      emit_nil_pointer_check (c);
      emit (c, GOR_OP_LOCAL, 1, 0, 1);
      if (which == IO_BUILDER_WRITE)
        emit (c, GOR_OP_CONV_BYTES_STR, 0, 0, 0);
      else if (which == IO_BUILDER_WRITE_RUNE)
        emit (c, GOR_OP_CONV_RUNE_STR, 0, 0, 0);
      emit (c, GOR_OP_DUP, 0, 0, 1);
      emit_builder_append (c);
      emit (c, GOR_OP_LEN, 0, 1, 0);
      emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      emit (c, GOR_OP_RET, 2, 0, -2);
      break;
    case IO_BUILDER_WRITE_BYTE:
      emit_nil_pointer_check (c);
      emit (c, GOR_OP_LOCAL, 1, 0, 1);
      emit (c, GOR_OP_SLICE_LIT, 1, 0, 0);
      emit (c, GOR_OP_CONV_BYTES_STR, 0, 0, 0);
      emit_builder_append (c);
      emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      emit (c, GOR_OP_RET, 1, 0, -1);
      break;
    case IO_BUILDER_STRING:
    case IO_BUILDER_LEN:
    case IO_BUFFER_BYTES:
      emit (c, GOR_OP_LOCAL, 0, 0, 1);
      emit (c, GOR_OP_FIELD, 0, 0, 0);
      if (which == IO_BUILDER_LEN)
        emit (c, GOR_OP_LEN, 0, 1, 0);
      else if (which == IO_BUFFER_BYTES)
        emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
      emit (c, GOR_OP_RET, 1, 0, -1);
      break;
    case IO_BUILDER_RESET:
      emit (c, GOR_OP_LOCAL, 0, 0, 1);
      emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      emit (c, GOR_OP_SET_FIELD, 0, 0, -2);
      emit (c, GOR_OP_RET, 0, 0, 0);
      break;
    case IO_BUILDER_GROW:
    case IO_BUFFER_GROW:
      {
        /* only the check Go makes: a negative count panics */
        const char *text = which == IO_BUILDER_GROW ? "strings.Builder.Grow: negative count"
                                                    : "bytes.Buffer.Grow: negative count";
        int         j;
        GorValue    v;

        emit_nil_pointer_check (c);
        emit (c, GOR_OP_LOCAL, 1, 0, 1);
        emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
        emit (c, GOR_OP_LT, 0, 0, -1);
        j = emit (c, GOR_OP_JF, 0, 0, -1);
        v.p = gor_str_new (&c->prog->const_heap, text, strlen (text));
        emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
        emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, c->t_string), 0, 0);
        emit (c, GOR_OP_PANIC, 0, 0, -1);
        _gor_compile_patch (c, j, _gor_compile_here (c));
        emit (c, GOR_OP_RET, 0, 0, 0);
        break;
      }
    case IO_REPLACER_REPLACE:
    case IO_REPLACER_WRITE_STRING:
      {
        gboolean write = which == IO_REPLACER_WRITE_STRING;
        GorValue v;

        emit (c, GOR_OP_LOCAL, 0, 0, 1);
        emit (c, GOR_OP_FIELD, 0, 0, 0);
        emit (c, GOR_OP_LOCAL, write ? 2 : 1, 0, 1);
        emit (c, GOR_OP_STRINGS, GOR_STRINGS_REPLACER_REPLACE, 0, -1);
        if (!write)
          {
            emit (c, GOR_OP_RET, 1, 0, -1);
            break;
          }
        /* w.Write([]byte(r.Replace(s))), in one call */
        emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
        emit (c, GOR_OP_LOCAL, 1, 0, 1);
        emit (c, GOR_OP_SWAP, 0, 0, 0);
        v.p = gor_str_new (&c->prog->const_heap, "Write", 5);
        emit (c, GOR_OP_CALL_IFACE, _gor_compile_add_const (c, v), 1, 0);
        emit (c, GOR_OP_RET, 2, 0, -2);
        break;
      }
    case IO_READER_LEN:
    case IO_READER_READ:
    case IO_READER_READ_BYTE:
    case IO_READER_READ_RUNE: emit_reader_method (c, which); break;
    default: g_assert_not_reached ();
    }
}

/* [] → r.i (field 1), or r.s (field 0) */
static void
emit_reader_field (GorCompiler *c, int field)
{
  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit (c, GOR_OP_FIELD, field, 0, 0);
}

/* The methods of *strings.Reader, whose fields are s and i */
static void
emit_reader_method (GorCompiler *c, IoMethod which)
{
  int      n_results = which == IO_READER_READ_RUNE ? 3 : 2;
  int      j, n;
  GorValue v;

  if (which == IO_READER_LEN)
    {
      emit_reader_field (c, 0);
      emit (c, GOR_OP_LEN, 0, 1, 0);
      emit_reader_field (c, 1);
      emit (c, GOR_OP_SUB, 0, 0, -1);
      emit (c, GOR_OP_RET, 1, 0, -1);
      return;
    }
  /* at the end: zeros and io.EOF */
  emit_reader_field (c, 1);
  emit_reader_field (c, 0);
  emit (c, GOR_OP_LEN, 0, 1, 0);
  emit (c, GOR_OP_GE, 0, 0, -1);
  j = emit (c, GOR_OP_JF, 0, 0, -1);
  for (int k = 1; k < n_results; k++)
    emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
  v.p = gor_str_new (&c->prog->const_heap, "EOF", 3);
  emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
  emit (c, GOR_OP_ERRORS_NEW, _gor_compile_type_ref (c, c->t_errstr), 0, 0);
  emit (c, GOR_OP_RET, n_results, 0, -n_results);
  _gor_compile_patch (c, j, _gor_compile_here (c));
  n = _gor_compile_new_slot (c);
  switch (which)
    {
    case IO_READER_READ:
      /* n := copy(b, r.s[r.i:]) */
      emit (c, GOR_OP_LOCAL, 1, 0, 1);
      emit_reader_field (c, 0);
      emit_reader_field (c, 1);
      emit (c, GOR_OP_STR_SLICE, 0, 1, -1);
      emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
      emit (c, GOR_OP_COPY, 0, 0, -1);
      emit (c, GOR_OP_SET_LOCAL, n, 0, -1);
      emit (c, GOR_OP_LOCAL, n, 0, 1);
      break;
    case IO_READER_READ_BYTE:
      emit_reader_field (c, 0);
      emit_reader_field (c, 1);
      emit (c, GOR_OP_STR_INDEX, 0, 0, -1);
      emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
      emit (c, GOR_OP_SET_LOCAL, n, 0, -1);
      break;
    default:
      /* the rune at r.i, and its width */
      emit_reader_field (c, 0);
      emit_reader_field (c, 1);
      emit (c, GOR_OP_RANGE_STR, 0, 0, 0);
      emit_reader_field (c, 1);
      emit (c, GOR_OP_SUB, 0, 0, -1);
      emit (c, GOR_OP_SET_LOCAL, n, 0, -1);
      emit (c, GOR_OP_LOCAL, n, 0, 1);
      break;
    }
  /* r.i += n */
  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit_reader_field (c, 1);
  emit (c, GOR_OP_LOCAL, n, 0, 1);
  emit (c, GOR_OP_ADD, 0, 0, -1);
  emit (c, GOR_OP_SET_FIELD, 1, 0, -2);
  emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
  emit (c, GOR_OP_RET, n_results, 0, -n_results);
}

typedef struct
{
  const char *name;
  IoMethod    which;
} IoMethodName;

static const IoMethodName builder_methods[] = {
  { "Write", IO_BUILDER_WRITE },          { "WriteString", IO_BUILDER_WRITE_STRING },
  { "WriteByte", IO_BUILDER_WRITE_BYTE }, { "WriteRune", IO_BUILDER_WRITE_RUNE },
  { "String", IO_BUILDER_STRING },        { "Len", IO_BUILDER_LEN },
  { "Reset", IO_BUILDER_RESET },          { "Grow", IO_BUILDER_GROW },
};

static const IoMethodName buffer_methods[] = {
  { "Write", IO_BUILDER_WRITE },          { "WriteString", IO_BUILDER_WRITE_STRING },
  { "WriteByte", IO_BUILDER_WRITE_BYTE }, { "WriteRune", IO_BUILDER_WRITE_RUNE },
  { "String", IO_BUILDER_STRING },        { "Len", IO_BUILDER_LEN },
  { "Reset", IO_BUILDER_RESET },          { "Grow", IO_BUFFER_GROW },
  { "Bytes", IO_BUFFER_BYTES },
};

static int
make_method (GorCompiler *c, const char *fname, GorMethod *m, IoMethod which)
{
  Fn      *outer = c->fn;
  guint32  line = c->line;
  GorFunc *f = _gor_compile_func_new (c, fname, 0);
  Fn      *fn = _gor_compile_fn_new (c, f, m->sig, f->name);
  guint    n_params = 1 + m->sig->params->len;

  f->n_params = n_params;
  f->n_results = m->sig->results->len;
  f->is_method = TRUE;
  fn->n_slots = (int) n_params;
  c->fn = fn;
  emit_method_body (c, which);
  f->unwind_pc = (guint) _gor_compile_here (c);
  emit (c, GOR_OP_UNWIND, -1, 0, 0);
  _gor_compile_fn_close (c, fn, outer, line);
  return (int) f->index;
}

static void
set_method_func (GorType *t, const char *name, int func)
{
  for (guint i = 0; i < t->methods->len; i++)
    {
      GorMethod *m = g_ptr_array_index (t->methods, i);

      if (g_str_equal (m->name, name))
        m->func = func;
    }
}

/* Makes the methods @names of the library type @t, named "@prefix.Name". */
static void
set_method_funcs (GorCompiler *c, GorType *t, const char *prefix, const IoMethodName *names, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *fname = g_strdup_printf ("%s.%s", prefix, names[i].name);
      GorMethod       *m = gor_type_lookup_method (t, names[i].name);

      set_method_func (t, names[i].name, make_method (c, fname, m, names[i].which));
    }
}

/* Makes the methods of @t's values, once: before the program may hold one. */
void
_gor_compile_io_methods (GorCompiler *c, GorType *t)
{
  if (t == c->t_file || t == c->t_discard)
    {
      GorMethod *mw = gor_type_lookup_method (c->t_file, "Write");
      GorMethod *ms = gor_type_lookup_method (c->t_file, "WriteString");
      int        w, s;

      if (mw->func != GOR_METHOD_PENDING)
        return;
      w = make_method (c, "os.(*File).Write", mw, IO_FILE_WRITE);
      s = make_method (c, "os.(*File).WriteString", ms, IO_FILE_WRITE_STRING);
      set_method_func (c->t_file, "Write", w);
      set_method_func (c->t_file, "WriteString", s);
      set_method_func (c->t_discard, "Write", w);
      set_method_func (c->t_discard, "WriteString", s);
    }
  else if (t == c->t_builder)
    {
      if (gor_type_lookup_method (t, "Write")->func != GOR_METHOD_PENDING)
        return;
      set_method_funcs (c, t, "strings.(*Builder)", builder_methods, G_N_ELEMENTS (builder_methods));
    }
  else if (t == c->t_str_reader || t == c->t_bytes_reader)
    {
      static const IoMethodName reader_methods[] = {
        { "Len", IO_READER_LEN },
        { "Read", IO_READER_READ },
        { "ReadByte", IO_READER_READ_BYTE },
        { "ReadRune", IO_READER_READ_RUNE },
      };

      if (gor_type_lookup_method (t, "Len")->func != GOR_METHOD_PENDING)
        return;
      set_method_funcs (c, t, t == c->t_str_reader ? "strings.(*Reader)" : "bytes.(*Reader)", reader_methods,
                        G_N_ELEMENTS (reader_methods));
    }
  else if (t == c->t_replacer)
    {
      GorMethod *mr = gor_type_lookup_method (t, "Replace");

      if (mr->func != GOR_METHOD_PENDING)
        return;
      set_method_func (t, "Replace", make_method (c, "strings.(*Replacer).Replace", mr, IO_REPLACER_REPLACE));
      set_method_func (t, "WriteString",
                       make_method (c, "strings.(*Replacer).WriteString",
                                    gor_type_lookup_method (t, "WriteString"), IO_REPLACER_WRITE_STRING));
    }
  else if (t == c->t_num_error)
    _gor_compile_textlib_num_error_methods (c);
  else if (t == c->t_pipe_reader || t == c->t_pipe_writer)
    _gor_compile_textlib_methods (c, t);
  else if (t == c->t_bytes_buffer)
    {
      if (gor_type_lookup_method (t, "Write")->func != GOR_METHOD_PENDING)
        return;
      set_method_funcs (c, t, "bytes.(*Buffer)", buffer_methods, G_N_ELEMENTS (buffer_methods));
      for (guint i = 0; i < t->methods->len; i++)
        {
          GorMethod *m = g_ptr_array_index (t->methods, i);

          if (m->func == GOR_METHOD_PENDING)
            m->func = _gor_compile_textlib_buffer_method (c, m->name);
        }
    }
}

/* ---- package variables ---- */

/* os.Stdout, os.Stderr, io.Discard, os.Args: pushes the value, returns its type. */
GorType *
_gor_compile_gen_io_var (GorCompiler *c, const char *path, const char *name)
{
  GorValue v;

  if (g_str_equal (name, "Args"))
    {
      g_autofree char *base = g_path_get_basename (c->prog->filename ? c->prog->filename : "main.go");
      gsize            n = strlen (base);

      if (g_str_has_suffix (base, ".go"))
        n -= 3;
      v.p = gor_str_new (&c->prog->const_heap, base, n);
      emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
      emit (c, GOR_OP_SLICE_LIT, 1, 0, 0);
      return gor_types_slice (c->types, c->t_string);
    }
  {
    /* one File per stream for the whole run, as Go's: os.Stdout == os.Stdout */
    gboolean discard = g_str_equal (path, "io");
    int      fd = discard ? 0 : g_str_equal (name, "Stdout") ? 1 : 2;

    if (c->file_consts[fd] == 0)
      {
        GorStruct *f = gor_struct_new (&c->prog->const_heap, 1);

        f->f[0].i = fd;
        v.p = f;
        c->file_consts[fd] = _gor_compile_add_const (c, v) + 1;
      }
    _gor_compile_io_methods (c, c->t_file);
    emit (c, GOR_OP_PUSH_K, c->file_consts[fd] - 1, 0, 1);
    if (discard)
      {
        emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, c->t_discard), 0, 0);
        return c->t_writer;
      }
    return gor_types_pointer (c->types, c->t_file);
  }
}

/* ---- fmt.Fprint* and io.WriteString ---- */

static const char *
argument_context (GorCompiler *c, GorAstExpr *call)
{
  return _gor_compile_keep (c, g_strdup_printf ("argument to %s", _gor_compile_expr_str (c, call->x)),
                            g_free);
}

/* [io.Writer []byte] → w.Write(b) */
static void
plan_write (GorCompiler *c, Plan *p)
{
  GorValue v;

  v.p = gor_str_new (&c->prog->const_heap, "Write", 5);
  p->op = GOR_OP_CALL_IFACE;
  p->a = _gor_compile_add_const (c, v);
  p->b = 1;
  p->n_slots = 2;
  p->delta = 0;
  {
    g_autoptr (GPtrArray) rs = g_ptr_array_new ();

    g_ptr_array_add (rs, c->t_int);
    g_ptr_array_add (rs, c->t_error);
    p->result = gor_types_tuple (c->types, g_ptr_array_ref (rs));
  }
}

/* fmt.Fprint, Fprintf, Fprintln (@kind) and io.WriteString (@kind -1) */
gboolean
_gor_compile_plan_fprint (GorCompiler *c, GorAstExpr *call, int kind, Plan *p)
{
  const char *context = argument_context (c, call);
  guint       need = kind == GOR_PRINT_PRINTF || kind < 0 ? 2 : 1;
  guint       first = kind == GOR_PRINT_PRINTF ? 2 : 1;

  if (kind < 0 && !_gor_compile_check_nargs (c, call, "WriteString", 2, 2))
    return FALSE;
  if (call->list->len < need || (call->has_ellipsis && call->list->len == need - 1))
    {
      _gor_compile_error_at (c, call->pos, "not enough arguments in call to %s",
                             _gor_compile_expr_str (c, call->x));
      return FALSE;
    }
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_writer, context);
  if (kind < 0)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 1), c->t_string, context);
  else
    {
      int spec;

      if (kind == GOR_PRINT_PRINTF)
        _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 1), c->t_string, context);
      c->value_ctx = context;
      spec = _gor_compile_gen_print_args (c, call, first, (GorPrintKind) kind);
      c->value_ctx = NULL;
      emit (c, GOR_OP_SPRINT, spec, 0,
            1 - (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, spec))->n_args
                - (kind == GOR_PRINT_PRINTF ? 1 : 0));
    }
  emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
  plan_write (c, p);
  return TRUE;
}

/* fmt.Append(b, …), Appendf(b, format, …), Appendln(b, …): b with the
 * text Sprint* makes appended */
gboolean
_gor_compile_plan_fmt_append (GorCompiler *c, GorAstExpr *call, int kind, Plan *p)
{
  const char *context = argument_context (c, call);
  guint       first = kind == GOR_PRINT_PRINTF ? 2 : 1;
  GorType    *bytes = gor_types_slice (c->types, c->t_byte);
  int         spec;

  if (call->list->len < first || (call->has_ellipsis && call->list->len == first - 1))
    {
      _gor_compile_error_at (c, call->pos, "not enough arguments in call to %s",
                             _gor_compile_expr_str (c, call->x));
      return FALSE;
    }
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), bytes, context);
  if (kind == GOR_PRINT_PRINTF)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 1), c->t_string, context);
  c->value_ctx = context;
  spec = _gor_compile_gen_print_args (c, call, first, (GorPrintKind) kind);
  c->value_ctx = NULL;
  emit (c, GOR_OP_SPRINT, spec, 0,
        1 - (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, spec))->n_args
            - (kind == GOR_PRINT_PRINTF ? 1 : 0));
  emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
  p->kind = PLAN_OP;
  p->op = GOR_OP_APPEND_SLICE;
  p->b = _gor_compile_append_elem_operand (c->t_byte);
  p->n_slots = 2;
  p->delta = -1;
  p->result = bytes;
  return TRUE;
}

/* ---- log ---- */

/* The hidden global that holds the standard *Logger, nil until the
 * package's first use makes it (log.Default). */
static int
log_global (GorCompiler *c)
{
  if (c->log_globals == 0)
    {
      c->log_globals = (int) c->prog->n_globals + 1;
      c->prog->n_globals += 1;
    }
  return c->log_globals - 1;
}

/* [fmt?] → [msg?] line: the message of @call's arguments from @first
 * on (a copy kept below for a Panic), then the line log writes, with
 * the flags and prefix of the Logger in @logger_slot */
static void
emit_log_line (GorCompiler *c, GorAstExpr *call, const char *context, GorPrintKind kind, gboolean keep,
               int logger_slot)
{
  guint    first = kind == GOR_PRINT_PRINTF ? 1 : 0;
  int      spec;
  GorValue v;

  c->value_ctx = context;
  spec = _gor_compile_gen_print_args (c, call, first, kind);
  c->value_ctx = NULL;
  emit (c, GOR_OP_SPRINT, spec, 0,
        1 - (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, spec))->n_args - (int) first);
  if (keep)
    emit (c, GOR_OP_DUP, 0, 0, 1);
  /* [msg flags^LstdFlags prefix "file.go:line" now] → the line */
  emit (c, GOR_OP_LOCAL, logger_slot, 0, 1);
  emit (c, GOR_OP_FIELD, 2, 0, 0);
  emit (c, GOR_OP_PUSH_INT, 3, 0, 1);
  emit (c, GOR_OP_XOR, 0, 0, -1);
  emit (c, GOR_OP_LOCAL, logger_slot, 0, 1);
  emit (c, GOR_OP_FIELD, 1, 0, 0);
  {
    g_autofree char *base = g_path_get_basename (c->prog->filename ? c->prog->filename : "main.go");
    g_autofree char *where = g_strdup_printf ("%s:%u", base, call->pos.line);

    v.p = gor_str_new (&c->prog->const_heap, where, strlen (where));
  }
  emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
  emit (c, GOR_OP_NOW, 0, 0, 1);
  emit (c, GOR_OP_STRINGS, GOR_STRINGS_LOG_LINE, 0, -4);
}

static gboolean
printf_format (GorCompiler *c, GorAstExpr *call, GorPrintKind kind, const char *context)
{
  if (kind != GOR_PRINT_PRINTF)
    return TRUE;
  if (call->list->len == 0)
    {
      _gor_compile_error_at (c, call->pos, "not enough arguments in call to %s",
                             _gor_compile_expr_str (c, call->x));
      return FALSE;
    }
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_string, context);
  return TRUE;
}

/* log.New(out, prefix, flag): a *Logger */
gboolean
_gor_compile_plan_log_new (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  const char *context = argument_context (c, call);
  GorType    *types[3] = { c->t_writer, c->t_string, c->t_int };

  if (!_gor_compile_check_nargs (c, call, "New", 3, 3))
    return FALSE;
  emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, c->t_logger), 0, 1);
  for (guint i = 0; i < 3; i++)
    {
      emit (c, GOR_OP_DUP, 0, 0, 1);
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, i), types[i], context);
      emit (c, GOR_OP_SET_FIELD, (gint32) i, 0, -2);
    }
  p->op = GOR_OP_NOP;
  p->result = gor_types_pointer (c->types, c->t_logger);
  return TRUE;
}

/* The method @name of *log.Logger, its receiver on the stack: compiled
 * here, at the call, so that Lshortfile names the caller's line. */
static gboolean
logger_method (GorCompiler *c, GorAstExpr *call, const char *name, GorPos pos, Plan *p)
{
  static const struct
  {
    const char *name;
    int         which; /* as _gor_compile_plan_log's */
  } methods[] = {
    { "Print", GOR_PRINT_PRINT },
    { "Printf", GOR_PRINT_PRINTF },
    { "Println", GOR_PRINT_PRINTLN },
    { "Fatal", GOR_PRINT_PRINT | 0x10 },
    { "Fatalf", GOR_PRINT_PRINTF | 0x10 },
    { "Fatalln", GOR_PRINT_PRINTLN | 0x10 },
    { "Panic", GOR_PRINT_PRINT | 0x20 },
    { "Panicf", GOR_PRINT_PRINTF | 0x20 },
    { "Panicln", GOR_PRINT_PRINTLN | 0x20 },
  };
  static const struct
  {
    const char *name;
    int         field;
    gboolean    set;
  } accessors[] = {
    { "Writer", 0, FALSE },   { "Prefix", 1, FALSE },   { "Flags", 2, FALSE },
    { "SetOutput", 0, TRUE }, { "SetPrefix", 1, TRUE }, { "SetFlags", 2, TRUE },
  };
  const char *context = argument_context (c, call);
  GorType    *ftypes[3] = { c->t_writer, c->t_string, c->t_int };

  p->kind = PLAN_OP;
  p->op = GOR_OP_NOP;
  for (guint i = 0; i < G_N_ELEMENTS (accessors); i++)
    if (g_str_equal (name, accessors[i].name))
      {
        int f = accessors[i].field;

        if (!_gor_compile_check_nargs (c, call, name, accessors[i].set, accessors[i].set))
          return FALSE;
        if (accessors[i].set)
          {
            _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), ftypes[f], context);
            p->op = GOR_OP_SET_FIELD;
            p->n_slots = 2;
            p->delta = -2;
          }
        else
          {
            p->op = GOR_OP_FIELD;
            p->n_slots = 1;
            p->result = ftypes[f];
          }
        p->a = f;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (g_str_equal (name, methods[i].name))
      {
        int          which = methods[i].which;
        GorPrintKind kind = (GorPrintKind) (which & 0xf);
        int          slot = _gor_compile_new_slot (c);
        GorValue     v;

        emit (c, GOR_OP_SET_LOCAL, slot, 0, -1);
        if (!printf_format (c, call, kind, context))
          return FALSE;
        emit_log_line (c, call, context, kind, which & 0x20, slot);
        /* l.out.Write([]byte(line)) */
        emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
        emit (c, GOR_OP_LOCAL, slot, 0, 1);
        emit (c, GOR_OP_FIELD, 0, 0, 0);
        emit (c, GOR_OP_SWAP, 0, 0, 0);
        v.p = gor_str_new (&c->prog->const_heap, "Write", 5);
        emit (c, GOR_OP_CALL_IFACE, _gor_compile_add_const (c, v), 1, 0);
        emit (c, GOR_OP_POP, 0, 0, -1);
        emit (c, GOR_OP_POP, 0, 0, -1);
        if (which & 0x10)
          {
            emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
            p->op = GOR_OP_EXIT;
            p->n_slots = 1;
            p->delta = -1;
          }
        else if (which & 0x20)
          {
            emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, c->t_string), 0, 0);
            p->op = GOR_OP_PANIC;
            p->n_slots = 1;
            p->delta = -1;
          }
        return TRUE;
      }
  _gor_compile_unsupported (c, pos, "log.Logger.%s", name);
  return FALSE;
}

gboolean
_gor_compile_plan_logger_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, Plan *p)
{
  return logger_method (c, call, sel->name, sel->pos, p);
}

/* The signature of the method @name of *log.Logger, for its method
 * values (l.Printf) and its promotion; NULL if it has none such. */
GorType *
_gor_compile_logger_method_sig (GorCompiler *c, const char *name)
{
  static const char *const printers[] = { "Print", "Println", "Fatal", "Fatalln", "Panic", "Panicln", NULL };
  GPtrArray               *ps;

  if (g_str_equal (name, "Flags") || g_str_equal (name, "SetFlags"))
    return name[0] == 'F' ? sig_new (c, NULL, c->t_int, NULL) : sig_new (c, c->t_int, NULL, NULL);
  if (g_str_equal (name, "Prefix") || g_str_equal (name, "SetPrefix"))
    return name[0] == 'P' ? sig_new (c, NULL, c->t_string, NULL) : sig_new (c, c->t_string, NULL, NULL);
  if (g_str_equal (name, "Writer") || g_str_equal (name, "SetOutput"))
    return name[0] == 'W' ? sig_new (c, NULL, c->t_writer, NULL) : sig_new (c, c->t_writer, NULL, NULL);
  ps = g_ptr_array_new ();
  if (g_str_equal (name, "Printf") || g_str_equal (name, "Fatalf") || g_str_equal (name, "Panicf"))
    g_ptr_array_add (ps, c->t_string);
  else if (!g_strv_contains (printers, name))
    {
      g_ptr_array_unref (ps);
      return NULL;
    }
  g_ptr_array_add (ps, gor_types_slice (c->types, c->t_any));
  return gor_types_func (c->types, ps, g_ptr_array_new (), TRUE);
}

/* log.New (@which 0x200), log.Default and the package's other functions:
 * the methods of the standard Logger, which writes to os.Stderr until
 * SetOutput. */
gboolean
_gor_compile_plan_log (GorCompiler *c, GorAstExpr *call, int which, Plan *p)
{
  GorAstExpr *sel = call->x;

  if (which == 0x200)
    return _gor_compile_plan_log_new (c, call, p);
  while (sel->kind == GOR_EXPR_PAREN)
    sel = sel->x;
  _gor_compile_textlib_log_std (c, log_global (c));
  if (g_str_equal (sel->name, "Default"))
    {
      if (!_gor_compile_check_nargs (c, call, "Default", 0, 0))
        return FALSE;
      p->op = GOR_OP_NOP;
      p->result = gor_types_pointer (c->types, c->t_logger);
      return TRUE;
    }
  return logger_method (c, call, sel->name, sel->pos, p);
}

/* A method Go's library type @t has that Gorolanes does not run:
 * refused by name, not "undefined"; FALSE when @sel names none such. */
gboolean
_gor_compile_refuse_io_method (GorCompiler *c, GorAstExpr *sel, GorType *t)
{
  static const char *const missing[][2] = {
    { "bytes.Buffer", " Available AvailableBuffer Cap UnreadByte UnreadRune " },
    { "strings.Builder", " Cap " },
    { "strings.Reader", " ReadAt Reset Seek Size UnreadByte UnreadRune WriteTo " },
    { "bytes.Reader", " ReadAt Reset Seek Size UnreadByte UnreadRune WriteTo " },
  };
  g_autofree char *word = g_strdup_printf (" %s ", sel->name);
  GorType         *u = gor_type_under (t);

  if (u->kind == GOR_TYPE_POINTER && t->name == NULL)
    t = u->elem;
  for (guint i = 0; t->name && i < G_N_ELEMENTS (missing); i++)
    if (g_str_equal (t->name, missing[i][0]) && strstr (missing[i][1], word) != NULL)
      {
        _gor_compile_unsupported (c, sel->pos, "%s.%s", t->name, sel->name);
        return TRUE;
      }
  return FALSE;
}

/* ---- bytes ---- */

/* bytes.NewBuffer(b) (@which 0), NewBufferString(s) (1): a new Buffer
 * holding a copy of the text; NewReader(b) (2) */
gboolean
_gor_compile_plan_bytes (GorCompiler *c, GorAstExpr *call, int which, Plan *p)
{
  const char *context = argument_context (c, call);

  if (which == 2)
    {
      if (!_gor_compile_check_nargs (c, call, "NewReader", 1, 1))
        return FALSE;
      _gor_compile_io_methods (c, c->t_bytes_reader);
      emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, c->t_bytes_reader), 0, 1);
      emit (c, GOR_OP_DUP, 0, 0, 1);
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), gor_types_slice (c->types, c->t_byte),
                                context);
      emit (c, GOR_OP_CONV_BYTES_STR, 0, 0, 0);
      emit (c, GOR_OP_SET_FIELD, 0, 0, -2);
      p->op = GOR_OP_NOP;
      p->result = gor_types_pointer (c->types, c->t_bytes_reader);
      return TRUE;
    }
  if (!_gor_compile_check_nargs (c, call, which ? "NewBufferString" : "NewBuffer", 1, 1))
    return FALSE;
  _gor_compile_io_methods (c, c->t_bytes_buffer);
  emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, c->t_bytes_buffer), 0, 1);
  emit (c, GOR_OP_DUP, 0, 0, 1);
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0),
                            which ? c->t_string : gor_types_slice (c->types, c->t_byte), context);
  if (which == 0)
    emit (c, GOR_OP_CONV_BYTES_STR, 0, 0, 0);
  emit (c, GOR_OP_SET_FIELD, 0, 0, -2);
  p->op = GOR_OP_NOP;
  p->result = gor_types_pointer (c->types, c->t_bytes_buffer);
  return TRUE;
}

/* strings.NewReplacer(oldnew ...string) */
gboolean
_gor_compile_plan_new_replacer (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  const char *context = argument_context (c, call);
  guint       n = call->list->len;

  _gor_compile_io_methods (c, c->t_replacer);
  emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, c->t_replacer), 0, 1);
  emit (c, GOR_OP_DUP, 0, 0, 1);
  if (call->has_ellipsis)
    {
      if (!_gor_compile_check_nargs (c, call, "NewReplacer", 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), gor_types_slice (c->types, c->t_string),
                                context);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, i), c->t_string, context);
      emit (c, GOR_OP_SLICE_LIT, (gint32) n, 0, 1 - (int) n);
    }
  emit (c, GOR_OP_STRINGS, GOR_STRINGS_NEW_REPLACER, 0, 0);
  emit (c, GOR_OP_SET_FIELD, 0, 0, -2);
  p->kind = PLAN_OP;
  p->op = GOR_OP_NOP;
  p->result = gor_types_pointer (c->types, c->t_replacer);
  return TRUE;
}

/* strings.NewReader(s) */
gboolean
_gor_compile_plan_new_reader (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  if (!_gor_compile_check_nargs (c, call, "NewReader", 1, 1))
    return FALSE;
  _gor_compile_io_methods (c, c->t_str_reader);
  emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, c->t_str_reader), 0, 1);
  emit (c, GOR_OP_DUP, 0, 0, 1);
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_string, argument_context (c, call));
  emit (c, GOR_OP_SET_FIELD, 0, 0, -2);
  p->kind = PLAN_OP;
  p->op = GOR_OP_NOP;
  p->result = gor_types_pointer (c->types, c->t_str_reader);
  return TRUE;
}

/* ---- errors ---- */

/* *fmt.wrapError's Unwrap method, for a program that asserts an error to
 * interface{ Unwrap() error }: made with the first fmt.Errorf, which
 * alone makes wrapErrors.  Its struct holds [0] the text, [1] the error. */
void
_gor_compile_errorf_unwrap (GorCompiler *c)
{
  GorType   *t = g_ptr_array_index (c->prog->type_refs, 4); /* GOR_TREF_WRAP_ERROR */
  GorMethod *m;
  Fn        *outer = c->fn, *fn;
  guint32    line = c->line;
  GorFunc   *f;

  if (gor_type_lookup_method (t, "Unwrap") != NULL)
    return;
  m = g_new0 (GorMethod, 1);
  m->name = g_strdup ("Unwrap");
  m->sig = sig_new (c, NULL, c->t_error, NULL);
  f = _gor_compile_func_new (c, "fmt.(*wrapError).Unwrap", 0);
  fn = _gor_compile_fn_new (c, f, m->sig, f->name);
  f->n_params = 1;
  f->n_results = 1;
  f->is_method = TRUE;
  fn->n_slots = 1;
  c->fn = fn;
  emit (c, GOR_OP_LOCAL, 0, 0, 1);
  emit (c, GOR_OP_FIELD, 1, 0, 0);
  emit (c, GOR_OP_RET, 1, 0, -1);
  f->unwind_pc = (guint) _gor_compile_here (c);
  emit (c, GOR_OP_UNWIND, -1, 0, 0);
  _gor_compile_fn_close (c, fn, outer, line);
  m->func = (int) f->index;
  g_ptr_array_add (t->methods, m);
}

/* ---- fmt.Sscan, Sscanln, Sscanf ---- */

static int
scan_kind (GorType *t)
{
  switch (gor_type_under (t)->kind)
    {
    case GOR_TYPE_INT:
    case GOR_TYPE_INT64: return GOR_SCAN_INT;
    case GOR_TYPE_INT32: return GOR_SCAN_INT | 1 << 3;
    case GOR_TYPE_INT16: return GOR_SCAN_INT | 2 << 3;
    case GOR_TYPE_INT8: return GOR_SCAN_INT | 3 << 3;
    case GOR_TYPE_UINT:
    case GOR_TYPE_UINT64: return GOR_SCAN_UINT;
    case GOR_TYPE_UINT32: return GOR_SCAN_UINT | 1 << 3;
    case GOR_TYPE_UINT16: return GOR_SCAN_UINT | 2 << 3;
    case GOR_TYPE_UINT8: return GOR_SCAN_UINT | 3 << 3;
    case GOR_TYPE_STRING: return GOR_SCAN_STRING;
    case GOR_TYPE_FLOAT64: return GOR_SCAN_FLOAT;
    case GOR_TYPE_FLOAT32: return GOR_SCAN_FLOAT | 1 << 3;
    case GOR_TYPE_BOOL: return GOR_SCAN_BOOL;
    default: return 0;
    }
}

/* [str fmt?] → scans into the operands, then (n, err) */
gboolean
_gor_compile_plan_sscan (GorCompiler *c, GorAstExpr *call, int which, Plan *p)
{
  const char *context = argument_context (c, call);
  guint       first = which == GOR_STRINGS_SSCANF ? 2 : 1, k;
  int         slots[GOR_SCAN_MAX], n_slot, err_slot;
  guint64     code = 0;
  GorValue    v;

  if (call->list->len < first)
    {
      _gor_compile_error_at (c, call->pos, "not enough arguments in call to %s",
                             _gor_compile_expr_str (c, call->x));
      return FALSE;
    }
  k = call->list->len - first;
  if (call->has_ellipsis || k > GOR_SCAN_MAX)
    {
      _gor_compile_unsupported (c, call->pos, "%s with a spread or over %d operands",
                                _gor_compile_expr_str (c, call->x), GOR_SCAN_MAX);
      return FALSE;
    }
  for (guint i = 0; i < first; i++)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, i), c->t_string, context);
  for (guint i = 0; i < k; i++)
    {
      GorAstExpr *a = g_ptr_array_index (call->list, first + i);
      GorType    *t = _gor_compile_gen_value (c, a, NULL);
      int         kind;

      if (t == NULL)
        return FALSE;
      if (gor_type_under (t)->kind != GOR_TYPE_POINTER || t->name != NULL
          || (kind = scan_kind (gor_type_under (t)->elem)) == 0)
        {
          _gor_compile_unsupported (c, _gor_compile_expr_start (a),
                                    "%s into a %s (only pointers to numbers, strings and booleans)",
                                    _gor_compile_expr_str (c, call->x), _gor_compile_tname (c, t));
          return FALSE;
        }
      code |= (guint64) kind << (5 * i);
      slots[i] = _gor_compile_new_slot (c);
      emit (c, GOR_OP_SET_LOCAL, slots[i], 0, -1);
    }
  v.i = (gint64) code;
  emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
  emit (c, GOR_OP_STRINGS, which, 0, (int) k + 2 - (int) first - 1);
  n_slot = _gor_compile_new_slot (c);
  err_slot = _gor_compile_new_slot (c);
  emit (c, GOR_OP_SET_LOCAL, err_slot, 0, -1);
  emit (c, GOR_OP_SET_LOCAL, n_slot, 0, -1);
  /* the first n values go through their pointers, the others stay */
  for (int i = (int) k - 1; i >= 0; i--)
    {
      int skip, next;

      emit (c, GOR_OP_LOCAL, n_slot, 0, 1);
      emit (c, GOR_OP_PUSH_INT, i, 0, 1);
      emit (c, GOR_OP_GT, 0, 0, -1);
      skip = emit (c, GOR_OP_JF, 0, 0, -1);
      emit (c, GOR_OP_LOCAL, slots[i], 0, 1);
      emit (c, GOR_OP_SWAP, 0, 0, 0);
      emit (c, GOR_OP_STORE_PTR, 0, 0, -2);
      next = emit (c, GOR_OP_JMP, 0, 0, 0);
      _gor_compile_patch (c, skip, _gor_compile_here (c));
      c->fn->depth++;
      emit (c, GOR_OP_POP, 0, 0, -1);
      _gor_compile_patch (c, next, _gor_compile_here (c));
    }
  emit (c, GOR_OP_LOCAL, n_slot, 0, 1);
  emit (c, GOR_OP_LOCAL, err_slot, 0, 1);
  p->op = GOR_OP_NOP;
  {
    g_autoptr (GPtrArray) rs = g_ptr_array_new ();

    g_ptr_array_add (rs, c->t_int);
    g_ptr_array_add (rs, c->t_error);
    p->result = gor_types_tuple (c->types, g_ptr_array_ref (rs));
  }
  return TRUE;
}
