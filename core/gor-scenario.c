/* gor-scenario.c — the bundled leak/fix scenarios (data/scenarios/NN-slug/)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-scenario.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "gor-printable.h"

#define SCENARIO_GROUP "Scenario"

G_DEFINE_QUARK (gor - scenario - error - quark, gor_scenario_error)

/* A scenario folder is named NN-slug: two digits, a dash, a non-empty slug.
 * Anything else in the scenarios folder (a README, editor files) is not a
 * scenario and is left alone. */
static gboolean
is_scenario_name (const char *name)
{
  return g_ascii_isdigit (name[0]) && g_ascii_isdigit (name[1]) && name[2] == '-' && name[3] != '\0';
}

static char *
get_text (GKeyFile *keyfile, const char *ini_path, const char *key, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *value = NULL;

  /* A NULL locale follows g_get_language_names(), so LANGUAGE=zh_CN picks
   * Title[zh_CN] and anything else falls back to the untranslated key. */
  value = g_key_file_get_locale_string (keyfile, SCENARIO_GROUP, key, NULL, &local_error);
  if (value == NULL)
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: %s", ini_path,
                   local_error->message);
      return NULL;
    }
  g_strstrip (value);
  if (value[0] == '\0')
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: key “%s” in group “%s” is empty", ini_path, key, SCENARIO_GROUP);
      return NULL;
    }
  return g_steal_pointer (&value);
}

static gboolean
get_seed (GKeyFile *keyfile, const char *ini_path, guint64 *seed, GError **error)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) local_error = NULL;

  *seed = 1;
  if (!g_key_file_has_key (keyfile, SCENARIO_GROUP, "Seed", NULL))
    return TRUE;

  text = g_key_file_get_value (keyfile, SCENARIO_GROUP, "Seed", NULL);
  g_strstrip (text);
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, seed, &local_error))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: Seed: %s", ini_path,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* LookAt is optional; when it is there it must say something, like the
 * other texts. */
static gboolean
get_optional_text (GKeyFile *keyfile, const char *ini_path, const char *key, char **text, GError **error)
{
  *text = NULL;
  if (!g_key_file_has_key (keyfile, SCENARIO_GROUP, key, NULL))
    return TRUE;
  *text = get_text (keyfile, ini_path, key, error);
  return *text != NULL;
}

static gboolean
get_group (GKeyFile *keyfile, const char *ini_path, GorScenarioGroup *group, GError **error)
{
  g_autofree char *text = NULL;

  /* The scenarios that came first are the article's: they have no Group. */
  *group = GOR_SCENARIO_GROUP_ARTICLE;
  if (!g_key_file_has_key (keyfile, SCENARIO_GROUP, "Group", NULL))
    return TRUE;

  text = g_key_file_get_value (keyfile, SCENARIO_GROUP, "Group", NULL);
  g_strstrip (text);
  if (g_str_equal (text, "article"))
    *group = GOR_SCENARIO_GROUP_ARTICLE;
  else if (g_str_equal (text, "real-bugs"))
    *group = GOR_SCENARIO_GROUP_REAL_BUGS;
  else
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: Group: unknown value “%s” (article or real-bugs)", ini_path, text);
      return FALSE;
    }
  return TRUE;
}

/* What a path that is not a regular file is, for a message. */
static const char *
describe_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return "a folder";
  if (S_ISFIFO (mode))
    return "a named pipe (FIFO)";
  if (S_ISCHR (mode))
    return "a character device";
  if (S_ISBLK (mode))
    return "a block device";
  if (S_ISSOCK (mode))
    return "a socket";
  return "not a regular file";
}

static gboolean
set_file_error (GError **error, const char *path, int err)
{
  if (err == ENOENT)
    g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: missing", path);
  else
    g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: %s", path, g_strerror (err));
  return FALSE;
}

/* Only a regular file of at most @max_size bytes is any use; anything else
 * is refused from its stat, before it is opened. */
static gboolean
check_regular (const char *path, const GStatBuf *st, goffset max_size, GError **error)
{
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: is %s, not a file", path,
                   describe_type (st->st_mode));
      return FALSE;
    }
  if (st->st_size > max_size)
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: too large (%" G_GINT64_FORMAT " bytes, at most %" G_GINT64_FORMAT ")", path,
                   (gint64) st->st_size, (gint64) max_size);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_program (const char *path, GError **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return set_file_error (error, path, errno);
  return check_regular (path, &st, GOR_SCENARIO_MAX_PROGRAM_SIZE, error);
}

/* Reads a small regular file.  The checks are made again on the open file:
 * the path may have been swapped since it was looked at, and O_NONBLOCK
 * keeps a FIFO put there from blocking the open.  At most @max_size bytes
 * are read even if the file grows meanwhile. */
static char *
read_small_file (const char *path, goffset max_size, gsize *length, GError **error)
{
  g_autofree char *data = NULL;
  GStatBuf         st;
  gsize            len = 0;
  int              fd;

  if (g_stat (path, &st) != 0)
    {
      set_file_error (error, path, errno);
      return NULL;
    }
  if (!check_regular (path, &st, max_size, error))
    return NULL;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_file_error (error, path, errno);
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !check_regular (path, &st, max_size, error))
    {
      if (error != NULL && *error == NULL)
        set_file_error (error, path, errno);
      close (fd);
      return NULL;
    }

  data = g_malloc ((gsize) max_size + 1);
  for (;;)
    {
      ssize_t n = read (fd, data + len, (gsize) max_size + 1 - len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int err = errno;

          close (fd);
          set_file_error (error, path, err);
          return NULL;
        }
      if (n == 0)
        break;
      len += (gsize) n;
      if (len > (gsize) max_size)
        {
          close (fd);
          g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                       "%s: too large (more than %" G_GINT64_FORMAT " bytes)", path, (gint64) max_size);
          return NULL;
        }
    }
  close (fd);
  data[len] = '\0';
  *length = len;
  return g_steal_pointer (&data);
}

/* scenario.ini is text: a NUL byte or bytes that are not UTF-8 mean it is
 * something else, and saying so beats quoting it. */
static gboolean
check_text (const char *path, const char *data, gsize length, GError **error)
{
  const char *end = NULL;
  const char *nul = memchr (data, '\0', length);

  if (nul != NULL)
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: not a text file (byte %" G_GSIZE_FORMAT " is NUL)", path, (gsize) (nul - data));
      return FALSE;
    }
  if (!g_utf8_validate (data, (gssize) length, &end))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: not UTF-8 text (byte %" G_GSIZE_FORMAT ")", path, (gsize) (end - data));
      return FALSE;
    }
  return TRUE;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

void
gor_scenario_free (GorScenario *scenario)
{
  if (scenario == NULL)
    return;
  g_free (scenario->id);
  g_free (scenario->dir);
  g_free (scenario->title);
  g_free (scenario->summary);
  g_free (scenario->lesson);
  g_free (scenario->leak_path);
  g_free (scenario->fixed_path);
  g_free (scenario->look_at);
  g_clear_error (&scenario->error);
  g_free (scenario);
}

static GorScenario *
load_scenario (GorScenario *scenario_in, GError **error)
{
  g_autoptr (GorScenario) scenario = scenario_in;
  g_autoptr (GKeyFile) keyfile = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *ini_path = NULL;
  g_autofree char *ini = NULL;
  gsize            ini_length = 0;

  if (!g_file_test (scenario->dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: not a scenario folder",
                   scenario->dir);
      return NULL;
    }

  ini_path = g_build_filename (scenario->dir, "scenario.ini", NULL);
  keyfile = g_key_file_new ();
  ini = read_small_file (ini_path, GOR_SCENARIO_MAX_INI_SIZE, &ini_length, error);
  if (ini == NULL || !check_text (ini_path, ini, ini_length, error))
    return NULL;
  /* Keep every translation: which one is shown is decided when a text is
   * read, not when the file is parsed. */
  if (!g_key_file_load_from_data (keyfile, ini, ini_length, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: %s", ini_path,
                   local_error->message);
      return NULL;
    }
  if (!g_key_file_has_group (keyfile, SCENARIO_GROUP))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: no [%s] group", ini_path,
                   SCENARIO_GROUP);
      return NULL;
    }

  if (!(scenario->title = get_text (keyfile, ini_path, "Title", error))
      || !(scenario->summary = get_text (keyfile, ini_path, "Summary", error))
      || !(scenario->lesson = get_text (keyfile, ini_path, "Lesson", error))
      || !get_optional_text (keyfile, ini_path, "LookAt", &scenario->look_at, error)
      || !get_group (keyfile, ini_path, &scenario->group, error)
      || !get_seed (keyfile, ini_path, &scenario->seed, error))
    return NULL;

  scenario->leak_path = g_build_filename (scenario->dir, "leak.go", NULL);
  scenario->fixed_path = g_build_filename (scenario->dir, "fixed.go", NULL);
  if (!check_program (scenario->leak_path, error) || !check_program (scenario->fixed_path, error))
    return NULL;

  return g_steal_pointer (&scenario);
}

/* A scenario with only its id and dir, to be loaded. */
static GorScenario *
new_scenario (const char *dir)
{
  GorScenario *scenario = g_new0 (GorScenario, 1);

  scenario->dir = g_canonicalize_filename (dir, NULL);
  scenario->id = g_path_get_basename (scenario->dir);
  return scenario;
}

/* Messages quote file content (a GKeyFile error quotes the line it could
 * not parse, a bad value is repeated): make them inert and short. */
static void
make_printable (GError *error)
{
  char *printable = gor_printable (error->message, -1, GOR_PRINTABLE_MAX_CHARS);

  g_free (error->message);
  error->message = printable;
}

GorScenario *
gor_scenario_load (const char *dir, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  GorScenario *scenario;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  scenario = load_scenario (new_scenario (dir), &local_error);
  if (scenario == NULL)
    {
      make_printable (local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return scenario;
}

GPtrArray *
gor_scenario_load_all (const char *dir, GError **error)
{
  g_autoptr (GPtrArray) broken = NULL;
  g_autoptr (GPtrArray) scenarios = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  scenarios = gor_scenario_load_all_full (dir, &broken, error);
  if (scenarios != NULL && scenarios->len == 0 && broken->len > 0)
    {
      GorScenario *first = g_ptr_array_index (broken, 0);

      g_propagate_error (error, g_steal_pointer (&first->error));
      return NULL;
    }
  return g_steal_pointer (&scenarios);
}

GPtrArray *
gor_scenario_load_all_full (const char *dir, GPtrArray **broken, GError **error)
{
  g_autoptr (GPtrArray) broken_ones = NULL;
  g_autoptr (GPtrArray) scenarios = NULL;
  g_autoptr (GPtrArray) names = NULL;
  g_autoptr (GDir) folder = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (broken != NULL)
    *broken = NULL;

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: %s", dir,
                   local_error->message);
      if (error != NULL)
        make_printable (*error);
      return NULL;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!is_scenario_name (name))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  if (names->len == 0)
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID, "%s: no scenario folders (NN-name)",
                   dir);
      if (error != NULL)
        make_printable (*error);
      return NULL;
    }

  scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) gor_scenario_free);
  broken_ones = g_ptr_array_new_with_free_func ((GDestroyNotify) gor_scenario_free);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr (GError) load_error = NULL;
      GorScenario *scenario = gor_scenario_load (path, &load_error);

      if (scenario != NULL)
        g_ptr_array_add (scenarios, scenario);
      else
        {
          /* One broken folder is reported on its own; the others load. */
          GorScenario *bad = new_scenario (path);

          bad->error = g_steal_pointer (&load_error);
          g_ptr_array_add (broken_ones, bad);
        }
    }

  if (broken != NULL)
    *broken = g_steal_pointer (&broken_ones);
  return g_steal_pointer (&scenarios);
}

/* TRUE when the running program lives inside the source tree, as it does
 * when run from a build folder made there (`meson setup build`). */
static gboolean
running_from_source_tree (const char *source_root)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *prefix = NULL;

  if (exe == NULL)
    return FALSE;
  prefix = g_strconcat (source_root, G_DIR_SEPARATOR_S, NULL);
  return g_str_has_prefix (exe, prefix);
}

const char *
gor_scenario_get_default_dir (void)
{
  static gsize dir = 0;
  const char  *env = g_getenv ("GOROLANES_SCENARIOS");

  if (env != NULL && env[0] != '\0')
    return env;

  if (g_once_init_enter (&dir))
    {
      g_autofree char *scenarios = g_path_get_dirname (SOURCE_SCENARIODIR);
      g_autofree char *source_root = g_path_get_dirname (scenarios);
      const char *installed = PKGDATADIR G_DIR_SEPARATOR_S "scenarios";
      const char                        *found;

      if (running_from_source_tree (source_root) && g_file_test (SOURCE_SCENARIODIR, G_FILE_TEST_IS_DIR))
        found = SOURCE_SCENARIODIR;
      else if (g_file_test (installed, G_FILE_TEST_IS_DIR))
        found = installed;
      else if (g_file_test (SOURCE_SCENARIODIR, G_FILE_TEST_IS_DIR))
        found = SOURCE_SCENARIODIR;
      else
        found = installed;
      g_once_init_leave (&dir, (gsize) found);
    }
  return (const char *) dir;
}

GorScenario *
gor_scenario_find (GPtrArray *scenarios, const char *id)
{
  g_return_val_if_fail (scenarios != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < scenarios->len; i++)
    {
      GorScenario *scenario = g_ptr_array_index (scenarios, i);

      if (g_strcmp0 (scenario->id, id) == 0)
        return scenario;
    }
  return NULL;
}
