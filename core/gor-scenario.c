/* gor-scenario.c — the bundled leak/fix scenarios (data/scenarios/NN-slug/)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-scenario.h"

#include <gio/gio.h>
#include <string.h>

#define SCENARIO_GROUP "Scenario"

G_DEFINE_QUARK (gor-scenario-error-quark, gor_scenario_error)

/* A scenario folder is named NN-slug: two digits, a dash, a non-empty slug.
 * Anything else in the scenarios folder (a README, editor files) is not a
 * scenario and is left alone. */
static gboolean
is_scenario_name (const char *name)
{
  return g_ascii_isdigit (name[0])
         && g_ascii_isdigit (name[1])
         && name[2] == '-'
         && name[3] != '\0';
}

static char *
get_text (GKeyFile    *keyfile,
          const char  *ini_path,
          const char  *key,
          GError     **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *value = NULL;

  /* A NULL locale follows g_get_language_names(), so LANGUAGE=zh_CN picks
   * Title[zh_CN] and anything else falls back to the untranslated key. */
  value = g_key_file_get_locale_string (keyfile, SCENARIO_GROUP, key, NULL, &local_error);
  if (value == NULL)
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: %s", ini_path, local_error->message);
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
get_seed (GKeyFile    *keyfile,
          const char  *ini_path,
          guint64     *seed,
          GError     **error)
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
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: Seed: %s", ini_path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* LookAt is optional; when it is there it must say something, like the
 * other texts. */
static gboolean
get_optional_text (GKeyFile    *keyfile,
                   const char  *ini_path,
                   const char  *key,
                   char       **text,
                   GError     **error)
{
  *text = NULL;
  if (!g_key_file_has_key (keyfile, SCENARIO_GROUP, key, NULL))
    return TRUE;
  *text = get_text (keyfile, ini_path, key, error);
  return *text != NULL;
}

static gboolean
get_group (GKeyFile          *keyfile,
           const char        *ini_path,
           GorScenarioGroup  *group,
           GError           **error)
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

static gboolean
check_program (const char  *path,
               GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: missing", path);
      return FALSE;
    }
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
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
  g_free (scenario);
}

GorScenario *
gor_scenario_load (const char  *dir,
                   GError     **error)
{
  g_autoptr (GorScenario) scenario = NULL;
  g_autoptr (GKeyFile) keyfile = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *ini_path = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  scenario = g_new0 (GorScenario, 1);
  scenario->dir = g_canonicalize_filename (dir, NULL);
  scenario->id = g_path_get_basename (scenario->dir);

  if (!g_file_test (scenario->dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: not a scenario folder", scenario->dir);
      return NULL;
    }

  ini_path = g_build_filename (scenario->dir, "scenario.ini", NULL);
  keyfile = g_key_file_new ();
  /* Keep every translation: which one is shown is decided when a text is
   * read, not when the file is parsed. */
  if (!g_key_file_load_from_file (keyfile, ini_path, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: %s", ini_path, local_error->message);
      return NULL;
    }
  if (!g_key_file_has_group (keyfile, SCENARIO_GROUP))
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: no [%s] group", ini_path, SCENARIO_GROUP);
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
  if (!check_program (scenario->leak_path, error)
      || !check_program (scenario->fixed_path, error))
    return NULL;

  return g_steal_pointer (&scenario);
}

GPtrArray *
gor_scenario_load_all (const char  *dir,
                       GError     **error)
{
  g_autoptr (GPtrArray) scenarios = NULL;
  g_autoptr (GPtrArray) names = NULL;
  g_autoptr (GDir) folder = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: %s", dir, local_error->message);
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
      g_set_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID,
                   "%s: no scenario folders (NN-name)", dir);
      return NULL;
    }

  scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) gor_scenario_free);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      GorScenario *scenario = gor_scenario_load (path, error);

      if (scenario == NULL)
        return NULL;
      g_ptr_array_add (scenarios, scenario);
    }

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
  const char *env = g_getenv ("GOROLANES_SCENARIOS");

  if (env != NULL && env[0] != '\0')
    return env;

  if (g_once_init_enter (&dir))
    {
      g_autofree char *scenarios = g_path_get_dirname (SOURCE_SCENARIODIR);
      g_autofree char *source_root = g_path_get_dirname (scenarios);
      const char *installed = PKGDATADIR G_DIR_SEPARATOR_S "scenarios";
      const char *found;

      if (running_from_source_tree (source_root)
          && g_file_test (SOURCE_SCENARIODIR, G_FILE_TEST_IS_DIR))
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
gor_scenario_find (GPtrArray  *scenarios,
                   const char *id)
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
