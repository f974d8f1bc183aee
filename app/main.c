/* main.c — gorolanes's entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `gorolanes run …` and `gorolanes export …` work with no display and never
 * touch GTK; anything else opens the window.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "gor-application.h"
#include "gor-command-explore.h"
#include "gor-command-export.h"
#include "gor-command-run.h"

static int
usage_error (GOptionContext *context, const char *message)
{
  g_printerr ("gorolanes: %s\n", message);
  g_printerr (_ ("Usage: gorolanes [OPTION…] [PROGRAM.go [FIXED.go]]\n"));
  g_printerr (_ ("Run 'gorolanes --help' to see a full list of options.\n"));
  return 2;
}

static int
run_window (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GorApplication) app = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) app_argv = NULL;
  g_auto (GStrv) files = NULL;
  gboolean           version = FALSE;
  const GOptionEntry entries[]
      = { { "version", 'v', 0, G_OPTION_ARG_NONE, &version, N_ ("Print the version and exit"), NULL },
          { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
          { NULL } };

  context = g_option_context_new (_ ("[PROGRAM.go [FIXED.go]]"));
  g_option_context_set_summary (context,
                                _ ("Watch goroutines live, block and leak.\n\n"
                                   "With no program, the window opens on the bundled scenarios.\n"
                                   "Commands that need no display:\n"
                                   "  gorolanes run [OPTION…] PROGRAM.go      run it as go run does, "
                                   "with a leak report\n"
                                   "  gorolanes export [OPTION…] PROGRAM.go [FIXED.go]   write the "
                                   "timeline as SVG or PNG\n"

                                   "(each takes --help)"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);

  if (version)
    {
      g_print ("gorolanes %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (files != NULL && g_strv_length (files) > 2)
    return usage_error (context, _ ("at most two programs: the leak variant and its fix"));

  /* The window needs a display: say so in one line instead of GTK's abort. */
  if (!gtk_init_check ())
    {
      const char *display = g_getenv ("WAYLAND_DISPLAY");

      if (display == NULL)
        display = g_getenv ("DISPLAY");
      if (display != NULL)
        /* TRANSLATORS: %s is the display's name, e.g. :0 */
        g_printerr (_ ("gorolanes: cannot open display %s (without a display, use "
                       "'gorolanes run' or 'gorolanes export')\n"),
                    display);
      else
        g_printerr (_ ("gorolanes: cannot open display (without a display, use "
                       "'gorolanes run' or 'gorolanes export')\n"));
      return 1;
    }

  app_argv = g_ptr_array_new ();
  g_ptr_array_add (app_argv, argv[0]);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    g_ptr_array_add (app_argv, files[i]);
  g_ptr_array_add (app_argv, NULL);

  app = gor_application_new ();
  return g_application_run (G_APPLICATION (app), (int) app_argv->len - 1, (char **) app_argv->pdata);
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
