/* gor-window-module.c — the window's entry point, loaded by main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything that needs GTK is in this module, so that `gorolanes run`
 * and `gorolanes export` never load it.  main.c has set up the locale,
 * the translations and the program's name.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "gor-application.h"

/* The one symbol main.c looks up. */
G_MODULE_EXPORT int gor_window_main (int argc, char *argv[]);

static int
usage_error (GOptionContext *context, const char *message)
{
  g_printerr ("gorolanes: %s\n", message);
  g_printerr (_ ("Usage: gorolanes [OPTION…] [PROGRAM.go [FIXED.go]]\n"));
  g_printerr (_ ("Run 'gorolanes --help' to see a full list of options.\n"));
  return 2;
}

int
gor_window_main (int argc, char *argv[])
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
                                   "timeline as SVG, PNG or Perfetto JSON\n"
                                   "  gorolanes explore [OPTION…] PROGRAM.go [FIXED.go]   run many "
                                   "schedules and count the leaks\n"
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
