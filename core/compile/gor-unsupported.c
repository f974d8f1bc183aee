/* gor-unsupported.c — what to change when a program is refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every "unsupported: FEATURE" refusal ends with a way forward, chosen
 * here from the feature's words, so that the message (on the command
 * line and in the window's banner) tells the user what to change:
 * "unsupported: import "net/http": Gorolanes runs programs without a
 * network; simulate the server with goroutines and channels".
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

typedef struct
{
  const char *prefix; /* of an import path; "x/" matches x and x/... */
  const char *advice;
} Advice;

static const Advice imports[] = {
  { "unsafe", "Gorolanes has no raw memory; use ordinary Go values" },
  { "C", "cgo is not simulated; keep the Go side and model the C calls with functions" },
  { "reflect/", "reflection is not modelled; use interfaces and type switches" },
  { "math/cmplx", "complex numbers run, math/cmplx does not yet; use real, imag, complex and package math" },
  { "net/", "Gorolanes runs programs without a network; simulate the server and its clients with goroutines "
            "and channels" },
  { "crypto/tls",
    "Gorolanes runs programs without a network; simulate the peers with goroutines and channels" },
  { "os/exec",
    "Gorolanes runs programs without other processes; simulate them with goroutines and channels" },
  { "os/signal", "Gorolanes runs programs without signals; deliver the event on a channel instead" },
  { "syscall", "Gorolanes runs programs without system calls; model them with functions and channels" },
  { "plugin", "Gorolanes runs one file of package main; put the code into it" },
  { "io/ioutil", "Gorolanes runs programs without files; keep the data in strings or slices" },
  { "io/fs", "Gorolanes runs programs without files; keep the data in strings or slices" },
  { "path/filepath", "Gorolanes runs programs without files; keep the data in strings or slices" },
  { "embed", "Gorolanes runs programs without files; keep the data in strings or slices" },
  { "bufio", "Gorolanes runs programs without files or input; keep the data in strings or slices" },
  { "testing/", "run the code from main instead of a test" },
  { "runtime/", "Gorolanes is its own runtime: read its timeline and report instead" },
};

static const Advice features[] = {
  { "type parameters", "Gorolanes does not run generic code yet; write one copy of the code for each type it "
                       "is used with" },
  { "type constraints",
    "Gorolanes does not run generic code yet; write one copy of the code for each type it "
    "is used with" },
  { "range over function", "call the function with a func literal as its yield argument instead" },
  { "method values", "wrap the call in a function literal" },
  { "method expression", "wrap the call in a function literal" },
  { "type uintptr", "use uint64 or a pointer" },
  { "arrays of more than", "use a slice made with make" },
  { "a slice literal with an index over",
    "a slice that long is more than a run may hold; make a shorter one" },
  { "import . ", "import the package by its name and qualify its names" },
  { "package variable ", "Go rejects an initialization cycle; make one of the variables start from its zero "
                         "value and set it in init()" },
  { "assigning to ", "keep the value in a variable of the program" },
  { "context.Context.", "use Done, Err, Value or Deadline, or pass the value as an argument" },
  { "sync.NewCond with", "pass the address of a sync.Mutex or sync.RWMutex" },
  { "errors.As with", "pass the address of a variable of an error type or of an interface type" },
  { "rand.New with a Source", "seed a generator of the package (rand.NewSource, rand.NewPCG) or call the "
                              "source's methods directly" },
  { "more than ", "split the program's data into smaller pieces" },
  { "structs of more than", "group the fields into nested structs" },
  { "pointer-receiver method", "write (&v).M, or func() { v.M() }" },
};

static gboolean
import_matches (const char *path, const char *prefix)
{
  gsize n = strlen (prefix);

  if (n > 0 && prefix[n - 1] == '/')
    return strncmp (path, prefix, n - 1) == 0 && (path[n - 1] == '\0' || path[n - 1] == '/');
  return strcmp (path, prefix) == 0 || (strncmp (path, prefix, n) == 0 && path[n] == '/');
}

/* The way forward for the refusal "unsupported: @what", or NULL when
 * @what already says it. */
char *
_gor_compile_unsupported_advice (const char *what)
{
  if (g_str_has_prefix (what, "import \""))
    {
      g_autofree char *path = g_strndup (what + 8, strcspn (what + 8, "\""));

      for (guint i = 0; i < G_N_ELEMENTS (imports); i++)
        if (import_matches (path, imports[i].prefix))
          return g_strdup (imports[i].advice);
      if (strchr (path, '.') != NULL)
        return g_strdup (
            "Gorolanes runs one file with the standard library only; copy what the program needs "
            "into it");
      return g_strdup_printf ("package %s is not modelled yet; write that part with the packages Gorolanes "
                              "runs (see the README)",
                              path);
    }
  for (guint i = 0; i < G_N_ELEMENTS (features); i++)
    if (g_str_has_prefix (what, features[i].prefix))
      return g_strdup (features[i].advice);
  if (strchr (what, ':') != NULL || strchr (what, ';') != NULL)
    return NULL;
  /* a member of a package it runs in part: "strings.Replace",
   * "type atomic.Uint64", "built-in print of these constants" */
  if (g_str_has_prefix (what, "built-in ") && g_str_has_suffix (what, " of these constants"))
    return g_strdup ("write the result as a constant");
  if (g_str_has_prefix (what, "built-in "))
    return g_strdup ("write the computation without it");
  {
    const char *name = g_str_has_prefix (what, "type ") ? what + 5 : what;
    const char *dot = strchr (name, '.');

    if (dot != NULL && strchr (name, ' ') == NULL)
      {
        g_autofree char *pkg = g_strndup (name, (gsize) (dot - name));

        return g_strdup_printf ("not modelled yet; write it in plain Go or with what Gorolanes runs of %s",
                                pkg);
      }
  }
  return NULL;
}
