/* test-render-story.c — an exported picture's story (show_captions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With captions, each variant lists the steps that matter under its
 * timeline: where goroutines block (each place once), the verdicts (one
 * line for goroutines blocked forever at the same place) and the end.
 * Without, nothing changes.
 */

#include "config.h"

#include <string.h>

#include "gor-render-private.h"
#include "gor-runner.h"

static GorTrace *
run_file (const char *scenario, const char *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios", scenario, file, NULL);
  g_autoptr (GorRunner) runner = gor_runner_new_for_path (path, 1, &error);

  g_assert_no_error (error);
  while (gor_runner_step (runner))
    ;
  return gor_trace_ref (gor_runner_get_trace (runner));
}

static GorRender *
render_for (GorTrace *leak, GorTrace *fixed, gboolean captions)
{
  GorRender       *r = gor_render_new ();
  GorRenderOptions opt;

  gor_render_options_init (&opt);
  opt.show_captions = captions;
  gor_render_set_traces (r, leak, fixed, NULL);
  gor_render_set_options (r, &opt);
  gor_render_set_size (r, 1600, 2000);
  gor_render_fit (r);
  return r;
}

/* Scenario 01: main blocks on its receive, g2 on its send; g2 is found
 * blocked forever and main returns.  The fix blocks twice and ends. */
static void
test_scenario_01 (void)
{
  g_autoptr (GorTrace) leak = run_file ("01-send-without-receiver", "leak.go");
  g_autoptr (GorTrace) fixed = run_file ("01-send-without-receiver", "fixed.go");
  g_autoptr (GorRender) plain = render_for (leak, fixed, FALSE);
  g_autoptr (GorRender) told = render_for (leak, fixed, TRUE);
  const GorTraceGoroutine *g2 = g_ptr_array_index (leak->goroutines, 1);
  GArray                  *story;
  gboolean                 verdict = FALSE, end = FALSE;
  guint                    blocks = 0;

  g_assert_cmpfloat (gor_render_get_content_height (told, 1600), >,
                     gor_render_get_content_height (plain, 1600) + 2 * 16);
  g_assert_null (plain->v[0].story);

  story = told->v[0].story;
  g_assert_nonnull (story);
  g_assert_cmpuint (story->len, <=, GOR_RENDER_MAX_STORY);
  for (guint i = 0; i < story->len; i++)
    {
      const GorRenderStoryItem *it = &g_array_index (story, GorRenderStoryItem, i);
      const GorStepEvent       *ev = &g_array_index (leak->events, GorStepEvent, it->step);

      if (i > 0)
        g_assert_cmpuint (it->step, >=, g_array_index (story, GorRenderStoryItem, i - 1).step);
      if (it->verdict_of >= 0)
        {
          g_assert_cmpint (it->verdict_of, ==, 1);
          g_assert_cmpint (it->step, ==, g2->blocked_forever_since);
          verdict = TRUE;
        }
      else if (ev->kind == GOR_EVENT_MAIN_RETURN)
        end = TRUE;
      else
        {
          g_assert_true (ev->flags & GOR_EVENT_BLOCKED);
          blocks++;
        }
    }
  g_assert_true (verdict);
  g_assert_true (end);
  g_assert_cmpuint (blocks, ==, 2);

  /* The fix: no verdict, its end. */
  story = told->v[1].story;
  g_assert_nonnull (story);
  for (guint i = 0; i < story->len; i++)
    g_assert_cmpint (g_array_index (story, GorRenderStoryItem, i).verdict_of, ==, -1);
  g_assert_cmpuint (g_array_index (fixed->events, GorStepEvent,
                                   g_array_index (story, GorRenderStoryItem, story->len - 1).step)
                        .kind,
                    ==, GOR_EVENT_MAIN_RETURN);
}

/* Scenario 08 leaks ten goroutines at one place: one line says so. */
static void
test_alike_verdicts (void)
{
  g_autoptr (GorTrace) leak = run_file ("08-request-loop-grows", "leak.go");
  g_autoptr (GorRender) told = render_for (leak, NULL, TRUE);
  GArray *story = told->v[0].story;
  guint   verdict_lines = 0, alike = 0;

  for (guint i = 0; i < story->len; i++)
    {
      const GorRenderStoryItem *it = &g_array_index (story, GorRenderStoryItem, i);

      if (it->verdict_of >= 0)
        {
          verdict_lines++;
          alike += it->n_alike;
        }
    }
  g_assert_cmpuint (verdict_lines, ==, 1);
  g_assert_cmpuint (alike, ==, gor_trace_count_blocked_forever (leak));
  g_assert_cmpuint (alike, ==, 10);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/story/scenario-01", test_scenario_01);
  g_test_add_func ("/render/story/alike-verdicts", test_alike_verdicts);
  return g_test_run ();
}
