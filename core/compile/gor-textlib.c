/* gor-textlib.c — the bytes functions, io.ReadAll, io.Copy and the
 * reading methods of bytes.Buffer, written in Go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These functions are plain Go over the strings package (below): a
 * []byte is turned into a string, handled by the strings function, and
 * the result is sliced back out of the argument where Go's returns a
 * subslice (Fields, Split, Trim …), so that aliasing stays as Go's.  Each
 * is compiled once, on its first use, as a function of the program: the
 * Read and Write calls io.ReadAll and io.Copy make on a program's own
 * readers and writers are ordinary calls that may block, as in Go.
 * A bytes.Buffer keeps its unread text as a string (gor-package-io.c):
 * reading cuts it from the front.
 */

#include "config.h"

#include <string.h>

#include "gor-golib-private.h"

static const char lib_source[];

static GorGoLib *
textlib (GorCompiler *c)
{
  return _gor_golib_once (&c->textlib, "bytes.go", lib_source, NULL, TRUE);
}

/* The library's names: its types and the packages it calls, nothing of
 * the program's. */
static void
declare (GorCompiler *c, GorAstDecl *d, gpointer data G_GNUC_UNUSED)
{
  static const char *const pkgs[][2] = {
    { "io", "io" },         { "strings", "strings" }, { "unicode", "unicode" }, { "utf8", "unicode/utf8" },
    { "errors", "errors" }, { "os", "os" },           { "strconv", "strconv" },
  };
  /* *io.pipe, which both ends of an io.Pipe hold */
  GorField   *end = g_ptr_array_index (gor_type_under (c->t_pipe_reader)->fields, 0);
  const char *types[]
      = { "Reader", "Writer", "Buffer", "Logger", "NumError", "PipeReader", "PipeWriter", "pipe" };
  GorType *bound[] = {
    c->t_reader,    c->t_writer,      c->t_bytes_buffer, c->t_logger,
    c->t_num_error, c->t_pipe_reader, c->t_pipe_writer,  gor_type_under (end->type)->elem,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    _gor_golib_declare_type (c, d, types[i], bound[i]);
  for (guint i = 0; i < G_N_ELEMENTS (pkgs); i++)
    _gor_golib_declare_pkg (c, d, pkgs[i][0], pkgs[i][1]);
}

static const GorGoLibScope scope = { declare, NULL, NULL, NULL };

/* The function @dname of the library, compiled once as @qname; its
 * signature in *@sig. */
static int
compile (GorCompiler *c, const char *dname, const char *qname, GorType **sig)
{
  GorGoLib   *lib = textlib (c);
  GorAstDecl *d = _gor_golib_decl (lib, dname);

  g_return_val_if_fail (d != NULL, -1);
  return _gor_golib_compile (c, lib, d, qname, &scope, sig);
}

/* Plans the call @call of @path.@name, a function of the library. */
gboolean
_gor_compile_plan_textlib (GorCompiler *c, GorAstExpr *call, const char *path, const char *name, Plan *p)
{
  g_autofree char *dname = g_strdup_printf ("%s_%s", path, name);
  g_autofree char *qname = g_strdup_printf ("%s.%s", path, name);
  GorType         *sig;
  int              func;

  if (g_str_equal (dname, "io_Pipe"))
    {
      _gor_compile_textlib_methods (c, c->t_pipe_reader);
      _gor_compile_textlib_methods (c, c->t_pipe_writer);
    }
  func = compile (c, dname, qname, &sig);
  if (func < 0)
    return FALSE;
  _gor_golib_plan (c, call, func, sig, qname, p);
  return TRUE;
}

/* The type of @path.@name, for its use as a value. */
GorType *
_gor_compile_textlib_sig (GorCompiler *c, const char *path, const char *name)
{
  g_autofree char *dname = g_strdup_printf ("%s_%s", path, name);
  GorAstDecl      *d = _gor_golib_decl (textlib (c), dname);

  g_return_val_if_fail (d != NULL, NULL);
  return _gor_golib_sig (c, d, &scope);
}

/* The function of the method @name of *bytes.Buffer, its receiver first. */
int
_gor_compile_textlib_buffer_method (GorCompiler *c, const char *name)
{
  g_autofree char *dname = g_strdup_printf ("bytes_Buffer_%s", name);
  g_autofree char *qname = g_strdup_printf ("bytes.(*Buffer).%s", name);
  GorType         *sig;

  return compile (c, dname, qname, &sig);
}

/* [*log.Logger] → log's standard Logger, made on the first use of the
 * package's functions when the hidden global @g still holds nil */
void
_gor_compile_textlib_log_std (GorCompiler *c, int g)
{
  GorType *sig;
  int      f = compile (c, "log_std", "log.Default", &sig);

  _gor_compile_emit (c, GOR_OP_GLOBAL, g, 0, 1);
  _gor_compile_emit (c, GOR_OP_CALL, f, 1, 0);
  _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_SET_GLOBAL, g, 0, -1);
}

/* The methods of the library type @t (io.PipeReader …), once: each the
 * library's function pkg_Type_Name. */
void
_gor_compile_textlib_methods (GorCompiler *c, GorType *t)
{
  const char *dot = strchr (t->name, '.');

  for (guint i = 0; i < t->methods->len; i++)
    {
      GorMethod       *m = g_ptr_array_index (t->methods, i);
      g_autofree char *dname = NULL, *qname = NULL;
      GorType         *sig;

      if (m->func != GOR_METHOD_PENDING)
        continue;
      dname = g_strdup_printf ("%.*s_%s_%s", (int) (dot - t->name), t->name, dot + 1, m->name);
      qname = g_strdup_printf ("%.*s.(*%s).%s", (int) (dot - t->name), t->name, dot + 1, m->name);
      m->func = compile (c, dname, qname, &sig);
    }
}

/* The methods of *strconv.NumError, once. */
void
_gor_compile_textlib_num_error_methods (GorCompiler *c)
{
  GorMethod *e = gor_type_lookup_method (c->t_num_error, "Error");
  GorMethod *u = gor_type_lookup_method (c->t_num_error, "Unwrap");
  GorType   *sig;

  if (e->func != GOR_METHOD_PENDING)
    return;
  e->func = compile (c, "strconv_NumError_Error", "strconv.(*NumError).Error", &sig);
  u->func = compile (c, "strconv_NumError_Unwrap", "strconv.(*NumError).Unwrap", &sig);
}

/* [v err] → [v err']: the error of strconv.@fn, whose text argument is
 * in @slot, made a *strconv.NumError as Go's (its Err the one the VM's
 * error wraps: ErrSyntax, ErrRange …). */
void
_gor_compile_textlib_num_error (GorCompiler *c, const char *fn, int slot)
{
  GorType *sig;
  int      f;
  GorValue v;

  _gor_compile_textlib_num_error_methods (c);
  f = compile (c, "strconv_numError", "strconv.numError", &sig);
  v.p = gor_str_new (&c->prog->const_heap, fn, strlen (fn));
  _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
  _gor_compile_emit (c, GOR_OP_LOCAL, slot, 0, 1);
  _gor_compile_emit (c, GOR_OP_CALL, f, 3, -2);
}

/* The library, in Go: each function is named package_Name, each method
 * of *bytes.Buffer bytes_Buffer_Name with its receiver first. */
static const char lib_source[]
    = "package lib\n"
      "\n"
      "func strconv_numError(err error, fn, s string) error {\n"
      "\tif err == nil {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\treturn &NumError{fn, s, errors.Unwrap(err)}\n"
      "}\n"
      "\n"
      "func strconv_NumError_Error(e *NumError) string {\n"
      "\treturn \"strconv.\" + e.Func + \": parsing \" + strconv.Quote(e.Num) + \": \" + e.Err.Error()\n"
      "}\n"
      "\n"
      "func strconv_NumError_Unwrap(e *NumError) error {\n"
      "\treturn e.Err\n"
      "}\n"
      "\n"
      "func io_Pipe() (*PipeReader, *PipeWriter) {\n"
      "\tp := &pipe{wrCh: make(chan []byte), rdCh: make(chan int), done: make(chan bool)}\n"
      "\treturn &PipeReader{p}, &PipeWriter{p}\n"
      "}\n"
      "\n"
      "func io_PipeReader_Read(r *PipeReader, b []byte) (int, error) {\n"
      "\tp := r.p\n"
      "\tselect {\n"
      "\tcase <-p.done:\n"
      "\t\treturn 0, io_pipe_readCloseError(p)\n"
      "\tdefault:\n"
      "\t}\n"
      "\tselect {\n"
      "\tcase bw := <-p.wrCh:\n"
      "\t\tnr := copy(b, bw)\n"
      "\t\tp.rdCh <- nr\n"
      "\t\treturn nr, nil\n"
      "\tcase <-p.done:\n"
      "\t\treturn 0, io_pipe_readCloseError(p)\n"
      "\t}\n"
      "}\n"
      "\n"
      "func io_pipe_readCloseError(p *pipe) error {\n"
      "\tif p.rerr == nil && p.werr != nil {\n"
      "\t\treturn p.werr\n"
      "\t}\n"
      "\treturn io.ErrClosedPipe\n"
      "}\n"
      "\n"
      "func io_PipeReader_Close(r *PipeReader) error {\n"
      "\treturn io_PipeReader_CloseWithError(r, nil)\n"
      "}\n"
      "\n"
      "func io_PipeReader_CloseWithError(r *PipeReader, err error) error {\n"
      "\tp := r.p\n"
      "\tif err == nil {\n"
      "\t\terr = io.ErrClosedPipe\n"
      "\t}\n"
      "\tif p.rerr == nil {\n"
      "\t\tp.rerr = err\n"
      "\t}\n"
      "\tif !p.closed {\n"
      "\t\tp.closed = true\n"
      "\t\tclose(p.done)\n"
      "\t}\n"
      "\treturn nil\n"
      "}\n"
      "\n"
      "func io_PipeWriter_Write(w *PipeWriter, b []byte) (int, error) {\n"
      "\tp := w.p\n"
      "\tselect {\n"
      "\tcase <-p.done:\n"
      "\t\treturn 0, io_pipe_writeCloseError(p)\n"
      "\tdefault:\n"
      "\t\tp.mu.Lock()\n"
      "\t\tdefer p.mu.Unlock()\n"
      "\t}\n"
      "\tn := 0\n"
      "\tfor once := true; once || len(b) > 0; once = false {\n"
      "\t\tselect {\n"
      "\t\tcase p.wrCh <- b:\n"
      "\t\t\tnw := <-p.rdCh\n"
      "\t\t\tb = b[nw:]\n"
      "\t\t\tn += nw\n"
      "\t\tcase <-p.done:\n"
      "\t\t\treturn n, io_pipe_writeCloseError(p)\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn n, nil\n"
      "}\n"
      "\n"
      "func io_pipe_writeCloseError(p *pipe) error {\n"
      "\tif p.werr == nil && p.rerr != nil {\n"
      "\t\treturn p.rerr\n"
      "\t}\n"
      "\treturn io.ErrClosedPipe\n"
      "}\n"
      "\n"
      "func io_PipeWriter_Close(w *PipeWriter) error {\n"
      "\treturn io_PipeWriter_CloseWithError(w, nil)\n"
      "}\n"
      "\n"
      "func io_PipeWriter_CloseWithError(w *PipeWriter, err error) error {\n"
      "\tp := w.p\n"
      "\tif err == nil {\n"
      "\t\terr = io.EOF\n"
      "\t}\n"
      "\tif p.werr == nil {\n"
      "\t\tp.werr = err\n"
      "\t}\n"
      "\tif !p.closed {\n"
      "\t\tp.closed = true\n"
      "\t\tclose(p.done)\n"
      "\t}\n"
      "\treturn nil\n"
      "}\n"
      "\n"
      "func log_std(l *Logger) *Logger {\n"
      "\tif l == nil {\n"
      "\t\tl = &Logger{out: os.Stderr, flag: 3}\n"
      "\t}\n"
      "\treturn l\n"
      "}\n"
      "\n"
      "func io_ReadAll(r Reader) ([]byte, error) {\n"
      "\tb := make([]byte, 0, 512)\n"
      "\tfor {\n"
      "\t\tn, err := r.Read(b[len(b):cap(b)])\n"
      "\t\tb = b[:len(b)+n]\n"
      "\t\tif err != nil {\n"
      "\t\t\tif err == io.EOF {\n"
      "\t\t\t\terr = nil\n"
      "\t\t\t}\n"
      "\t\t\treturn b, err\n"
      "\t\t}\n"
      "\t\tif len(b) == cap(b) {\n"
      "\t\t\tb = append(b, 0)[:len(b)]\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func io_ReadFull(r Reader, buf []byte) (int, error) {\n"
      "\tn := 0\n"
      "\tvar err error\n"
      "\tfor n < len(buf) && err == nil {\n"
      "\t\tvar nn int\n"
      "\t\tnn, err = r.Read(buf[n:])\n"
      "\t\tn += nn\n"
      "\t}\n"
      "\tif n >= len(buf) {\n"
      "\t\terr = nil\n"
      "\t} else if n > 0 && err == io.EOF {\n"
      "\t\terr = io.ErrUnexpectedEOF\n"
      "\t}\n"
      "\treturn n, err\n"
      "}\n"
      "\n"
      "func io_Copy(dst Writer, src Reader) (int64, error) {\n"
      "\tbuf := make([]byte, 32*1024)\n"
      "\tvar written int64\n"
      "\tfor {\n"
      "\t\tnr, er := src.Read(buf)\n"
      "\t\tif nr > 0 {\n"
      "\t\t\tnw, ew := dst.Write(buf[0:nr])\n"
      "\t\t\tif nw < 0 || nr < nw {\n"
      "\t\t\t\tnw = 0\n"
      "\t\t\t\tif ew == nil {\n"
      "\t\t\t\t\tew = errors.New(\"invalid write result\")\n"
      "\t\t\t\t}\n"
      "\t\t\t}\n"
      "\t\t\twritten += int64(nw)\n"
      "\t\t\tif ew != nil {\n"
      "\t\t\t\treturn written, ew\n"
      "\t\t\t}\n"
      "\t\t\tif nr != nw {\n"
      "\t\t\t\treturn written, io.ErrShortWrite\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t\tif er != nil {\n"
      "\t\t\tif er == io.EOF {\n"
      "\t\t\t\ter = nil\n"
      "\t\t\t}\n"
      "\t\t\treturn written, er\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func bytes_Buffer_ReadString(b *Buffer, delim byte) (string, error) {\n"
      "\ti := strings.IndexByte(b.buf, delim)\n"
      "\tif i < 0 {\n"
      "\t\ts := b.buf\n"
      "\t\tb.buf = \"\"\n"
      "\t\treturn s, io.EOF\n"
      "\t}\n"
      "\ts := b.buf[:i+1]\n"
      "\tb.buf = b.buf[i+1:]\n"
      "\treturn s, nil\n"
      "}\n"
      "\n"
      "func bytes_Buffer_ReadBytes(b *Buffer, delim byte) ([]byte, error) {\n"
      "\ti := strings.IndexByte(b.buf, delim)\n"
      "\tif i < 0 {\n"
      "\t\ts := b.buf\n"
      "\t\tb.buf = \"\"\n"
      "\t\treturn []byte(s), io.EOF\n"
      "\t}\n"
      "\ts := b.buf[:i+1]\n"
      "\tb.buf = b.buf[i+1:]\n"
      "\treturn []byte(s), nil\n"
      "}\n"
      "\n"
      "func bytes_Buffer_ReadByte(b *Buffer) (byte, error) {\n"
      "\tif len(b.buf) == 0 {\n"
      "\t\treturn 0, io.EOF\n"
      "\t}\n"
      "\tc := b.buf[0]\n"
      "\tb.buf = b.buf[1:]\n"
      "\treturn c, nil\n"
      "}\n"
      "\n"
      "func bytes_Buffer_ReadRune(b *Buffer) (rune, int, error) {\n"
      "\tif len(b.buf) == 0 {\n"
      "\t\treturn 0, 0, io.EOF\n"
      "\t}\n"
      "\tr, n := utf8.DecodeRuneInString(b.buf)\n"
      "\tb.buf = b.buf[n:]\n"
      "\treturn r, n, nil\n"
      "}\n"
      "\n"
      "func bytes_Buffer_Read(b *Buffer, p []byte) (int, error) {\n"
      "\tif len(b.buf) == 0 {\n"
      "\t\tif len(p) == 0 {\n"
      "\t\t\treturn 0, nil\n"
      "\t\t}\n"
      "\t\treturn 0, io.EOF\n"
      "\t}\n"
      "\tn := min(len(p), len(b.buf))\n"
      "\tcopy(p, []byte(b.buf[:n]))\n"
      "\tb.buf = b.buf[n:]\n"
      "\treturn n, nil\n"
      "}\n"
      "\n"
      "func bytes_Buffer_Next(b *Buffer, n int) []byte {\n"
      "\tn = min(max(n, 0), len(b.buf))\n"
      "\ts := b.buf[:n]\n"
      "\tb.buf = b.buf[n:]\n"
      "\treturn []byte(s)\n"
      "}\n"
      "\n"
      "func bytes_Buffer_WriteTo(b *Buffer, w Writer) (int64, error) {\n"
      "\tif len(b.buf) == 0 {\n"
      "\t\treturn 0, nil\n"
      "\t}\n"
      "\ts := b.buf\n"
      "\tn, err := w.Write([]byte(s))\n"
      "\tif n > len(s) {\n"
      "\t\tpanic(\"bytes.Buffer.WriteTo: invalid Write count\")\n"
      "\t}\n"
      "\tb.buf = s[n:]\n"
      "\tif err == nil && n != len(s) {\n"
      "\t\terr = io.ErrShortWrite\n"
      "\t}\n"
      "\treturn int64(n), err\n"
      "}\n"
      "\n"
      "func bytes_Buffer_ReadFrom(b *Buffer, r Reader) (int64, error) {\n"
      "\tp := make([]byte, 512)\n"
      "\tvar total int64\n"
      "\tfor {\n"
      "\t\tn, err := r.Read(p)\n"
      "\t\tif n < 0 {\n"
      "\t\t\tpanic(\"bytes.Buffer: reader returned negative count from Read\")\n"
      "\t\t}\n"
      "\t\tb.buf += string(p[:n])\n"
      "\t\ttotal += int64(n)\n"
      "\t\tif err == io.EOF {\n"
      "\t\t\treturn total, nil\n"
      "\t\t}\n"
      "\t\tif err != nil {\n"
      "\t\t\treturn total, err\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func bytes_Buffer_Truncate(b *Buffer, n int) {\n"
      "\tif n == 0 {\n"
      "\t\tb.buf = \"\"\n"
      "\t\treturn\n"
      "\t}\n"
      "\tif n < 0 || n > len(b.buf) {\n"
      "\t\tpanic(\"bytes.Buffer: truncation out of range\")\n"
      "\t}\n"
      "\tb.buf = b.buf[:n]\n"
      "}\n"
      "\n"
      "func bytes_Clone(b []byte) []byte {\n"
      "\tif b == nil {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\treturn append([]byte{}, b...)\n"
      "}\n"
      "\n"
      "func bytes_Compare(a, b []byte) int {\n"
      "\treturn strings.Compare(string(a), string(b))\n"
      "}\n"
      "\n"
      "func bytes_Contains(b, subslice []byte) bool {\n"
      "\treturn strings.Contains(string(b), string(subslice))\n"
      "}\n"
      "\n"
      "func bytes_ContainsAny(b []byte, chars string) bool {\n"
      "\treturn strings.ContainsAny(string(b), chars)\n"
      "}\n"
      "\n"
      "func bytes_ContainsRune(b []byte, r rune) bool {\n"
      "\treturn strings.ContainsRune(string(b), r)\n"
      "}\n"
      "\n"
      "func bytes_ContainsFunc(b []byte, f func(rune) bool) bool {\n"
      "\treturn strings.ContainsFunc(string(b), f)\n"
      "}\n"
      "\n"
      "func bytes_Count(s, sep []byte) int {\n"
      "\treturn strings.Count(string(s), string(sep))\n"
      "}\n"
      "\n"
      "func bytes_Cut(s, sep []byte) ([]byte, []byte, bool) {\n"
      "\tif i := strings.Index(string(s), string(sep)); i >= 0 {\n"
      "\t\treturn s[:i], s[i+len(sep):], true\n"
      "\t}\n"
      "\treturn s, nil, false\n"
      "}\n"
      "\n"
      "func bytes_CutPrefix(s, prefix []byte) ([]byte, bool) {\n"
      "\tif !strings.HasPrefix(string(s), string(prefix)) {\n"
      "\t\treturn s, false\n"
      "\t}\n"
      "\treturn s[len(prefix):], true\n"
      "}\n"
      "\n"
      "func bytes_CutSuffix(s, suffix []byte) ([]byte, bool) {\n"
      "\tif !strings.HasSuffix(string(s), string(suffix)) {\n"
      "\t\treturn s, false\n"
      "\t}\n"
      "\treturn s[:len(s)-len(suffix)], true\n"
      "}\n"
      "\n"
      "func bytes_Equal(a, b []byte) bool {\n"
      "\treturn string(a) == string(b)\n"
      "}\n"
      "\n"
      "func bytes_EqualFold(s, t []byte) bool {\n"
      "\treturn strings.EqualFold(string(s), string(t))\n"
      "}\n"
      "\n"
      "func bytes_Fields(s []byte) [][]byte {\n"
      "\tt := string(s)\n"
      "\treturn bytes_fieldsOf(s, t, strings.Fields(t))\n"
      "}\n"
      "\n"
      "func bytes_FieldsFunc(s []byte, f func(rune) bool) [][]byte {\n"
      "\tt := string(s)\n"
      "\treturn bytes_fieldsOf(s, t, strings.FieldsFunc(t, f))\n"
      "}\n"
      "\n"
      "// the fields fs of t, string(s), found in order: each its bytes of s\n"
      "func bytes_fieldsOf(s []byte, t string, fs []string) [][]byte {\n"
      "\tout := make([][]byte, len(fs))\n"
      "\ti := 0\n"
      "\tfor k, f := range fs {\n"
      "\t\tj := i + strings.Index(t[i:], f)\n"
      "\t\tout[k] = s[j : j+len(f) : j+len(f)]\n"
      "\t\ti = j + len(f)\n"
      "\t}\n"
      "\treturn out\n"
      "}\n"
      "\n"
      "func bytes_HasPrefix(s, prefix []byte) bool {\n"
      "\treturn strings.HasPrefix(string(s), string(prefix))\n"
      "}\n"
      "\n"
      "func bytes_HasSuffix(s, suffix []byte) bool {\n"
      "\treturn strings.HasSuffix(string(s), string(suffix))\n"
      "}\n"
      "\n"
      "func bytes_Index(s, sep []byte) int {\n"
      "\treturn strings.Index(string(s), string(sep))\n"
      "}\n"
      "\n"
      "func bytes_IndexAny(s []byte, chars string) int {\n"
      "\treturn strings.IndexAny(string(s), chars)\n"
      "}\n"
      "\n"
      "func bytes_IndexByte(b []byte, c byte) int {\n"
      "\tfor i, x := range b {\n"
      "\t\tif x == c {\n"
      "\t\t\treturn i\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn -1\n"
      "}\n"
      "\n"
      "func bytes_IndexFunc(s []byte, f func(rune) bool) int {\n"
      "\treturn strings.IndexFunc(string(s), f)\n"
      "}\n"
      "\n"
      "func bytes_IndexRune(s []byte, r rune) int {\n"
      "\treturn strings.IndexRune(string(s), r)\n"
      "}\n"
      "\n"
      "func bytes_Join(s [][]byte, sep []byte) []byte {\n"
      "\tif len(s) == 0 {\n"
      "\t\treturn []byte{}\n"
      "\t}\n"
      "\tb := append([]byte(nil), s[0]...)\n"
      "\tfor _, v := range s[1:] {\n"
      "\t\tb = append(b, sep...)\n"
      "\t\tb = append(b, v...)\n"
      "\t}\n"
      "\treturn b\n"
      "}\n"
      "\n"
      "func bytes_LastIndex(s, sep []byte) int {\n"
      "\treturn strings.LastIndex(string(s), string(sep))\n"
      "}\n"
      "\n"
      "func bytes_LastIndexAny(s []byte, chars string) int {\n"
      "\treturn strings.LastIndexAny(string(s), chars)\n"
      "}\n"
      "\n"
      "func bytes_LastIndexByte(s []byte, c byte) int {\n"
      "\tfor i := len(s) - 1; i >= 0; i-- {\n"
      "\t\tif s[i] == c {\n"
      "\t\t\treturn i\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn -1\n"
      "}\n"
      "\n"
      "func bytes_LastIndexFunc(s []byte, f func(rune) bool) int {\n"
      "\treturn strings.LastIndexFunc(string(s), f)\n"
      "}\n"
      "\n"
      "func bytes_Map(mapping func(rune) rune, s []byte) []byte {\n"
      "\treturn []byte(strings.Map(mapping, string(s)))\n"
      "}\n"
      "\n"
      "func bytes_Repeat(b []byte, count int) []byte {\n"
      "\tif count < 0 {\n"
      "\t\tpanic(\"bytes: negative Repeat count\")\n"
      "\t}\n"
      "\treturn []byte(strings.Repeat(string(b), count))\n"
      "}\n"
      "\n"
      "func bytes_Replace(s, old, new []byte, n int) []byte {\n"
      "\treturn []byte(strings.Replace(string(s), string(old), string(new), n))\n"
      "}\n"
      "\n"
      "func bytes_ReplaceAll(s, old, new []byte) []byte {\n"
      "\treturn []byte(strings.ReplaceAll(string(s), string(old), string(new)))\n"
      "}\n"
      "\n"
      "func bytes_Runes(s []byte) []rune {\n"
      "\treturn []rune(string(s))\n"
      "}\n"
      "\n"
      "func bytes_Split(s, sep []byte) [][]byte {\n"
      "\treturn bytes_genSplit(s, strings.Split(string(s), string(sep)), len(sep))\n"
      "}\n"
      "\n"
      "func bytes_SplitN(s, sep []byte, n int) [][]byte {\n"
      "\tps := strings.SplitN(string(s), string(sep), n)\n"
      "\tif ps == nil {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\treturn bytes_genSplit(s, ps, len(sep))\n"
      "}\n"
      "\n"
      "func bytes_SplitAfter(s, sep []byte) [][]byte {\n"
      "\treturn bytes_genSplit(s, strings.SplitAfter(string(s), string(sep)), 0)\n"
      "}\n"
      "\n"
      "// the parts ps of string(s), each followed by gap bytes of s: each its\n"
      "// bytes of s, with no room beyond them\n"
      "func bytes_genSplit(s []byte, ps []string, gap int) [][]byte {\n"
      "\tout := make([][]byte, len(ps))\n"
      "\ti := 0\n"
      "\tfor k, p := range ps {\n"
      "\t\tout[k] = s[i : i+len(p) : i+len(p)]\n"
      "\t\ti += len(p) + gap\n"
      "\t}\n"
      "\treturn out\n"
      "}\n"
      "\n"
      "func bytes_Title(s []byte) []byte {\n"
      "\treturn []byte(strings.Title(string(s)))\n"
      "}\n"
      "\n"
      "func bytes_ToLower(s []byte) []byte {\n"
      "\treturn []byte(strings.ToLower(string(s)))\n"
      "}\n"
      "\n"
      "func bytes_ToUpper(s []byte) []byte {\n"
      "\treturn []byte(strings.ToUpper(string(s)))\n"
      "}\n"
      "\n"
      "func bytes_Trim(s []byte, cutset string) []byte {\n"
      "\tif len(s) == 0 {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\tif cutset == \"\" {\n"
      "\t\treturn s\n"
      "\t}\n"
      "\treturn bytes_TrimRight(bytes_TrimLeft(s, cutset), cutset)\n"
      "}\n"
      "\n"
      "func bytes_TrimFunc(s []byte, f func(rune) bool) []byte {\n"
      "\treturn bytes_TrimRightFunc(bytes_TrimLeftFunc(s, f), f)\n"
      "}\n"
      "\n"
      "func bytes_TrimLeft(s []byte, cutset string) []byte {\n"
      "\tif len(s) == 0 {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\tl := strings.TrimLeft(string(s), cutset)\n"
      "\tif len(l) == 0 && cutset != \"\" {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\treturn s[len(s)-len(l):]\n"
      "}\n"
      "\n"
      "func bytes_TrimLeftFunc(s []byte, f func(rune) bool) []byte {\n"
      "\tl := strings.TrimLeftFunc(string(s), f)\n"
      "\tif len(l) == 0 {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\treturn s[len(s)-len(l):]\n"
      "}\n"
      "\n"
      "func bytes_TrimPrefix(s, prefix []byte) []byte {\n"
      "\tif strings.HasPrefix(string(s), string(prefix)) {\n"
      "\t\treturn s[len(prefix):]\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func bytes_TrimRight(s []byte, cutset string) []byte {\n"
      "\treturn s[:len(strings.TrimRight(string(s), cutset))]\n"
      "}\n"
      "\n"
      "func bytes_TrimRightFunc(s []byte, f func(rune) bool) []byte {\n"
      "\treturn s[:len(strings.TrimRightFunc(string(s), f))]\n"
      "}\n"
      "\n"
      "func bytes_TrimSpace(s []byte) []byte {\n"
      "\treturn bytes_TrimFunc(s, unicode.IsSpace)\n"
      "}\n"
      "\n"
      "func bytes_TrimSuffix(s, suffix []byte) []byte {\n"
      "\tif strings.HasSuffix(string(s), string(suffix)) {\n"
      "\t\treturn s[:len(s)-len(suffix)]\n"
      "\t}\n"
      "\treturn s\n"
      "}\n";
