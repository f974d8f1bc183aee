/* test-window-caption.c — the step caption in presentation mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A program of its own: it loads the window's style sheet, and the quarks
 * that adds would make GLib grow its quark table in a process that has
 * already run many window tests (the old table is left on purpose, which
 * LeakSanitizer reports).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <gtk/gtk.h>

#include "gor-window.h"
#include "gor-window-private.h"
#include "test-input.h"
#include "test-window-support.h"

#define FIRST_SCENARIO "01-send-without-receiver"

static int
caption_font_size (GorWindow *window)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (window->caption_label));

  return pango_font_description_get_size (pango_context_get_font_description (context));
}

static int caption_normal_size;

static gboolean
caption_grew (gpointer data)
{
  return caption_font_size (data) > caption_normal_size;
}

static gboolean
caption_normal (gpointer data)
{
  return caption_font_size (data) == caption_normal_size;
}

/* The caption above the timeline grows with the rest in presentation
 * mode: it is what the room reads while the lanes move. */
static void
test_present_caption (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();
  GorWindow *window;
  int        normal, presenting;

  gtk_css_provider_load_from_resource (css, "/io/github/gorolanes/Gorolanes/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  window = gor_window_new (app);
  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  test_input_show (GTK_WINDOW (window));
  test_window_iterate ();
  normal = caption_normal_size = caption_font_size (window);
  g_assert_cmpint (normal, >, 0);

  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  test_window_wait_for (caption_grew, window);
  presenting = caption_font_size (window);
  g_assert_cmpint (presenting, >=, normal * 4 / 3);

  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  test_window_wait_for (caption_normal, window);
  g_assert_cmpint (caption_font_size (window), ==, normal);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
  test_window_iterate ();
}

static guint
count_lines (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* Each variant has its caption line from step 0: the timeline below does
 * not move down when the first step is told. */
static void
test_caption_lines (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow   *window = gor_window_new (app);
  GorPlayback *playback = gor_window_get_playback (window);
  guint        at_start;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  test_input_show (GTK_WINDOW (window));
  test_window_iterate ();
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  at_start = count_lines (gtk_label_get_text (window->caption_label));
  g_assert_cmpuint (at_start, ==, 2);
  g_assert_nonnull (strstr (gtk_label_get_text (window->caption_label), "Press play"));
  for (int i = 0; i < 3; i++)
    {
      gor_playback_step_forward (playback);
      test_window_iterate ();
      g_assert_cmpuint (count_lines (gtk_label_get_text (window->caption_label)), ==, at_start);
    }
  g_assert_null (strstr (gtk_label_get_text (window->caption_label), "Press play"));
  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

static void
add_tests (void)
{
  g_test_add_func ("/ui/present/caption", test_present_caption);
  g_test_add_func ("/ui/caption/lines", test_caption_lines);
}

int
main (int argc, char *argv[])
{
  return test_window_run (&argc, &argv, add_tests);
}
