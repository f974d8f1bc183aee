/* main.c — gorolanes's entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `gorolanes run …` and `gorolanes export …` work with no display and never
 * touch GTK; anything else opens the window, from its own module.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <gmodule.h>

#include "gor-command-explore.h"
#include "gor-command-export.h"
#include "gor-command-run.h"

/* The window lives in a module of its own (gor-window-module.c): the
 * headless commands, which start far more often (scripts, CI, tests), do
 * not pay for loading and relocating GTK and its libraries.  The module
 * is looked for beside the executable (the build folder), then where it
 * is installed. */
static int
run_window (int argc, char *argv[])
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *exe_dir = exe ? g_path_get_dirname (exe) : NULL;
  g_autofree char *beside = exe_dir ? g_module_build_path (exe_dir, "gorolanes-window") : NULL;
  g_autofree char *installed = g_module_build_path (PKGLIBDIR, "gorolanes-window");
  const char      *path = beside && g_file_test (beside, G_FILE_TEST_EXISTS) ? beside : installed;
  GModule         *module;
  int (*window_main) (int, char **) = NULL;

  module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (module == NULL || !g_module_symbol (module, "gor_window_main", (gpointer *) &window_main)
      || window_main == NULL)
    {
      /* TRANSLATORS: %s is the loader's message, with the module's path */
      g_printerr (_ ("gorolanes: the window cannot be loaded: %s ('gorolanes run' and 'gorolanes export' "
                     "work without it)\n"),
                  g_module_error ());
      return 1;
    }
  /* The module stays loaded to the end: GTK's types live in it. */
  g_module_make_resident (module);
  return window_main (argc, argv);
}

/* Where the translations are: $GOROLANES_LOCALEDIR (the build folder's
 * data/po, for tests run uninstalled), else the installed LOCALEDIR.  The
 * headless commands need them too: exported pictures are translated. */
static const char *
locale_dir (void)
{
  const char *dir = g_getenv ("GOROLANES_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless commands first: they must not initialise GTK. */
  if (argc > 1 && g_strcmp0 (argv[1], "export") == 0)
    {
      g_set_prgname ("gorolanes export");
      return gor_command_export (argc - 1, argv + 1);
    }
  if (argc > 1 && g_strcmp0 (argv[1], "explore") == 0)
    {
      g_set_prgname ("gorolanes explore");
      return gor_command_explore (argc - 1, argv + 1);
    }
  if (argc > 1 && g_strcmp0 (argv[1], "run") == 0)
    {
      g_set_prgname ("gorolanes run");
      return gor_command_run (argc - 1, argv + 1);
    }

  g_set_prgname ("gorolanes");
  g_set_application_name ("Gorolanes");

  return run_window (argc, argv);
}
