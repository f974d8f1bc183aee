/* gor-runner.c — runs one Go program step by step from the GLib main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "gor-runner.h"
#include "gor-compiler.h"
#include "gor-parser.h"
#include "gor-vm.h"
#include "gor-explore.h"

#define BATCH_USEC 5000

struct _GorRunner
{
  GObject parent_instance;

  char          *filename;
  char          *source;
  guint64        seed;
  GorStrategy    strategy;
  guint32        max_steps;
  guint64        max_instructions;
  gsize          max_memory; /* 0: the VM's default budget */
  gboolean       record;
  GorProgram    *program;
  GorVM         *vm;
  gboolean       finished_emitted;
  guint          source_id;
  GorOutputFunc  output_func;
  gpointer       output_data;
  GDestroyNotify output_notify;
};

G_DEFINE_FINAL_TYPE (GorRunner, gor_runner, G_TYPE_OBJECT)

enum
{
  STEPPED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
vm_output_cb (const char *text, gsize len, gboolean is_stderr, gpointer user_data)
{
  GorRunner *self = user_data;

  if (self->output_func)
    self->output_func (text, len, is_stderr, self->output_data);
}

static GorVM *
ensure_vm (GorRunner *self)
{
  if (self->vm == NULL)
    {
      GorTrace *trace;

      self->vm = gor_vm_new (self->program, self->seed, self->record);
      if (self->strategy != GOR_STRATEGY_RANDOM)
        gor_vm_set_strategy (self->vm, self->strategy, GOR_PCT_DEFAULT_DEPTH,
                             gor_explore_pct_horizon (self->program));
      gor_vm_set_output_func (self->vm, vm_output_cb, self);
      gor_vm_set_live_leaks (self->vm, self->record);
      if (self->max_memory > 0)
        gor_vm_set_memory_limit (self->vm, self->max_memory);
      trace = gor_vm_get_trace (self->vm);
      g_free (trace->source);
      trace->source = g_strdup (self->source);
    }
  return self->vm;
}

static void
gor_runner_finalize (GObject *object)
{
  GorRunner *self = GOR_RUNNER (object);

  g_clear_handle_id (&self->source_id, g_source_remove);
  if (self->output_notify)
    self->output_notify (self->output_data);
  g_clear_pointer (&self->vm, gor_vm_free);
  g_clear_pointer (&self->program, gor_program_free);
  g_free (self->filename);
  g_free (self->source);

  G_OBJECT_CLASS (gor_runner_parent_class)->finalize (object);
}

static void
gor_runner_class_init (GorRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gor_runner_finalize;

  signals[STEPPED] = g_signal_new ("stepped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 0);
}

static void
gor_runner_init (GorRunner *self)
{
  self->max_steps = GOR_RUNNER_DEFAULT_MAX_STEPS;
  self->max_instructions = GOR_RUNNER_DEFAULT_MAX_INSTRUCTIONS;
  self->record = TRUE;
}

gboolean
gor_runner_check_size (const char *filename, guint64 size, GError **error)
{
  guint64 tenths = (size * 10 + 512 * 1024) / (1024 * 1024);
  guint64 limit = GOR_RUNNER_MAX_SOURCE_BYTES / (1024 * 1024);

  if (size <= GOR_RUNNER_MAX_SOURCE_BYTES)
    return TRUE;
  /* one decimal, never reading as the limit itself */
  tenths = MAX (tenths, limit * 10 + 1);
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
               "%s: too large (%" G_GUINT64_FORMAT ".%u MB; at most %" G_GUINT64_FORMAT " MB)", filename,
               tenths / 10, (guint) (tenths % 10), limit);
  return FALSE;
}

gboolean
gor_runner_check_file_size (const char *path, const char *filename, GError **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return TRUE;
  return gor_runner_check_size (filename, (guint64) st.st_size, error);
}

GorRunner *
gor_runner_new (const char *filename, const char *source, gssize length, guint64 seed, GError **error)
{
  g_autoptr (GorAstFile) file = NULL;
  GorProgram *program;
  GorRunner  *self;

  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (source);
  if (!gor_runner_check_size (filename, (guint64) length, error))
    return NULL;
  file = gor_parse_file (filename, source, length, error);
  if (file == NULL)
    return NULL;
  program = gor_compile (file, error);
  if (program == NULL)
    return NULL;
  self = g_object_new (GOR_TYPE_RUNNER, NULL);
  self->filename = g_strdup (filename);
  self->source = g_strndup (source, (gsize) length);
  self->seed = seed;
  self->program = program;
  return self;
}

GorRunner *
gor_runner_new_for_path (const char *path, guint64 seed, GError **error)
{
  g_autofree char *contents = NULL;
  gsize            len = 0;
  g_autoptr (GError) local = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* refused before it is read */
  if (!gor_runner_check_file_size (path, path, error))
    return NULL;
  if (!g_file_get_contents (path, &contents, &len, &local))
    {
      /* "FILE: No such file or directory", as a shell tool words it */
      int fd = g_open (path, O_RDONLY, 0);
      int saved = errno;

      if (fd >= 0)
        {
          close (fd);
          g_set_error (error, G_FILE_ERROR, local->code, "%s: %s", path, local->message);
        }
      else
        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path,
                     g_strerror (saved));
      return NULL;
    }
  return gor_runner_new (path, contents, (gssize) len, seed, error);
}

GorTrace *
gor_runner_get_trace (GorRunner *self)
{
  g_return_val_if_fail (GOR_IS_RUNNER (self), NULL);
  return gor_vm_get_trace (ensure_vm (self));
}

guint64
gor_runner_get_seed (GorRunner *self)
{
  g_return_val_if_fail (GOR_IS_RUNNER (self), 0);
  return self->seed;
}

void
gor_runner_set_max_steps (GorRunner *self, guint32 max_steps)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  self->max_steps = max_steps;
}

guint32
gor_runner_get_max_steps (GorRunner *self)
{
  g_return_val_if_fail (GOR_IS_RUNNER (self), 0);
  return self->max_steps;
}

void
gor_runner_set_max_instructions (GorRunner *self, guint64 max_instructions)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  g_return_if_fail (max_instructions > 0);
  self->max_instructions = max_instructions;
}

guint64
gor_runner_get_max_instructions (GorRunner *self)
{
  g_return_val_if_fail (GOR_IS_RUNNER (self), 0);
  return self->max_instructions;
}

void
gor_runner_set_max_memory (GorRunner *self, gsize bytes)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  g_return_if_fail (self->vm == NULL);
  self->max_memory = bytes;
}

void
gor_runner_set_strategy (GorRunner *self, GorStrategy strategy)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  if (self->vm == NULL)
    self->strategy = strategy;
}

void
gor_runner_set_record (GorRunner *self, gboolean record)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  if (self->vm == NULL)
    self->record = record;
}

gboolean
gor_runner_is_finished (GorRunner *self)
{
  g_return_val_if_fail (GOR_IS_RUNNER (self), TRUE);
  return self->vm != NULL && gor_vm_is_ended (self->vm);
}

int
gor_runner_get_exit_status (GorRunner *self)
{
  g_return_val_if_fail (GOR_IS_RUNNER (self), 1);
  return self->vm ? gor_vm_get_exit_status (self->vm) : 0;
}

static void
stop_at_limit (GorRunner *self)
{
  g_autofree char *msg = NULL;

  if (gor_vm_get_step (self->vm) >= self->max_steps)
    msg = g_strdup_printf ("gorolanes: stopped after %u steps (--max-steps %u): "
                           "the program did not end\n",
                           gor_vm_get_step (self->vm), self->max_steps);
  else
    msg = g_strdup_printf ("gorolanes: stopped after %" G_GUINT64_FORMAT " instructions in %u steps "
                           "(--max-instructions %" G_GUINT64_FORMAT "): the program did not end\n",
                           gor_vm_get_n_instructions (self->vm), gor_vm_get_step (self->vm),
                           self->max_instructions);

  gor_vm_stop (self->vm, GOR_END_STEP_LIMIT, 3, msg);
}

static gboolean
at_limit (GorRunner *self)
{
  return gor_vm_get_step (self->vm) >= self->max_steps
         || gor_vm_get_n_instructions (self->vm) >= self->max_instructions;
}

static void
maybe_finished (GorRunner *self)
{
  if (gor_vm_is_ended (self->vm) && !self->finished_emitted)
    {
      self->finished_emitted = TRUE;
      g_clear_handle_id (&self->source_id, g_source_remove);
      g_signal_emit (self, signals[FINISHED], 0);
    }
}

/* One step, within the step limit. */
static gboolean
step_once (GorRunner *self)
{
  GorVM *vm = ensure_vm (self);

  if (gor_vm_is_ended (vm))
    return FALSE;
  if (at_limit (self))
    {
      stop_at_limit (self);
      return FALSE;
    }
  return gor_vm_step (vm);
}

gboolean
gor_runner_step (GorRunner *self)
{
  gboolean more;

  g_return_val_if_fail (GOR_IS_RUNNER (self), FALSE);
  more = step_once (self);
  maybe_finished (self);
  return more && !gor_vm_is_ended (self->vm);
}

static gboolean
play_tick_cb (gpointer data)
{
  GorRunner *self = data;

  step_once (self);
  g_signal_emit (self, signals[STEPPED], 0);
  if (gor_vm_is_ended (self->vm))
    {
      self->source_id = 0;
      maybe_finished (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
run_batch_cb (gpointer data)
{
  GorRunner *self = data;
  gint64     until = g_get_monotonic_time () + BATCH_USEC;

  while (!gor_vm_is_ended (self->vm))
    {
      if (gor_vm_run_steps (self->vm, 256, self->max_steps, self->max_instructions))
        {
          stop_at_limit (self);
          break;
        }
      if (g_get_monotonic_time () >= until)
        break;
    }
  g_signal_emit (self, signals[STEPPED], 0);
  if (gor_vm_is_ended (self->vm))
    {
      self->source_id = 0;
      maybe_finished (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

void
gor_runner_play (GorRunner *self, guint interval_ms)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  gor_runner_pause (self);
  if (gor_vm_is_ended (ensure_vm (self)))
    return;
  self->source_id = g_timeout_add (MAX (interval_ms, 1), play_tick_cb, self);
}

void
gor_runner_run_to_end (GorRunner *self)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  gor_runner_pause (self);
  if (gor_vm_is_ended (ensure_vm (self)))
    return;
  self->source_id = g_idle_add (run_batch_cb, self);
}

void
gor_runner_pause (GorRunner *self)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  g_clear_handle_id (&self->source_id, g_source_remove);
}

gboolean
gor_runner_is_playing (GorRunner *self)
{
  g_return_val_if_fail (GOR_IS_RUNNER (self), FALSE);
  return self->source_id != 0;
}

int
gor_runner_run_sync (GorRunner *self, GCancellable *cancellable)
{
  GorVM *vm;

  g_return_val_if_fail (GOR_IS_RUNNER (self), 1);
  vm = ensure_vm (self);
  while (!gor_vm_is_ended (vm))
    {
      /* in batches: the cancellable is checked every 4096 steps */
      if (gor_vm_run_steps (vm, 4096, self->max_steps, self->max_instructions))
        {
          stop_at_limit (self);
          break;
        }
      if (g_cancellable_is_cancelled (cancellable))
        break;
    }
  maybe_finished (self);
  return gor_vm_is_ended (vm) ? gor_vm_get_exit_status (vm) : 1;
}

void
gor_runner_set_output_func (GorRunner *self, GorOutputFunc func, gpointer user_data, GDestroyNotify notify)
{
  g_return_if_fail (GOR_IS_RUNNER (self));
  if (self->output_notify)
    self->output_notify (self->output_data);
  self->output_func = func;
  self->output_data = user_data;
  self->output_notify = notify;
}
