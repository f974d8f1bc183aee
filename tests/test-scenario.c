/* test-scenario.c — loading the bundled scenario folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-scenario.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "gor-printable.h"

static const char *bundled_ids[] = {
  "01-send-without-receiver",         "02-receive-without-sender",  "03-nil-channel",
  "04-mutex-never-unlocked",          "05-waitgroup-wrong-count",   "06-function-returns-goroutine-stays",
  "07-equal-turns-at-any-depth",      "08-request-loop-grows",      "09-lock-held-while-sending",
  "10-producer-after-consumer-error", "11-ticker-loop-never-stops", "12-context-never-cancelled",
  "13-wait-while-holding-lock",       "14-recursive-read-lock",     "15-range-never-closed",
  "16-error-return-before-draining",
};

/* The first eight are the seed article's cases, the others real bugs'. */
#define N_ARTICLE_SCENARIOS 8

/* The language is chosen through the environment, as a user chooses it;
 * g_get_language_names() notices the change. */
static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANG");
}

static GPtrArray *
load_bundled (void)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *scenarios = gor_scenario_load_all (SOURCE_SCENARIODIR, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenarios);
  return scenarios;
}

static void
write_file (const char *dir, const char *name, const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static const char good_ini[] = "[Scenario]\n"
                               "Title=T\nTitle[zh_CN]=标题\n"
                               "Summary=S\nSummary[zh_CN]=摘要\n"
                               "Lesson=L\nLesson[zh_CN]=教训\n";

/* Makes ROOT/NAME as a complete scenario folder, returns its path. */
static char *
make_scenario (const char *root, const char *name, const char *ini)
{
  char *dir = g_build_filename (root, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  if (ini != NULL)
    write_file (dir, "scenario.ini", ini);
  write_file (dir, "leak.go", "package main\n\nfunc main() {}\n");
  write_file (dir, "fixed.go", "package main\n\nfunc main() {}\n");
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
    }
  g_remove (path);
}

static char *
make_temp_root (void)
{
  g_autoptr (GError) error = NULL;
  char *root = g_dir_make_tmp ("gorolanes-scenario-XXXXXX", &error);

  g_assert_no_error (error);
  return root;
}

/* Asserts that loading @dir fails and that the message names @path. */
static void
assert_load_fails_naming (const char *dir, const char *path, const char *also)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorScenario) scenario = gor_scenario_load (dir, &error);

  g_assert_null (scenario);
  g_assert_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  if (also != NULL)
    g_assert_nonnull (strstr (error->message, also));
}

static void
test_bundled_in_order (void)
{
  g_autoptr (GPtrArray) scenarios = NULL;

  set_language ("C");
  scenarios = load_bundled ();
  g_assert_cmpuint (scenarios->len, >=, G_N_ELEMENTS (bundled_ids));

  for (guint i = 0; i < scenarios->len; i++)
    {
      GorScenario     *s = g_ptr_array_index (scenarios, i);
      g_autofree char *expected_dir = g_build_filename (SOURCE_SCENARIODIR, s->id, NULL);
      g_autofree char *leak_name = g_path_get_basename (s->leak_path);
      g_autofree char *fixed_name = g_path_get_basename (s->fixed_path);

      if (i < G_N_ELEMENTS (bundled_ids))
        g_assert_cmpstr (s->id, ==, bundled_ids[i]);
      if (i > 0)
        g_assert_cmpstr (((GorScenario *) g_ptr_array_index (scenarios, i - 1))->id, <, s->id);
      g_assert_true (g_path_is_absolute (s->dir));
      g_assert_cmpstr (s->dir, ==, expected_dir);
      g_assert_cmpstr (leak_name, ==, "leak.go");
      g_assert_cmpstr (fixed_name, ==, "fixed.go");
      g_assert_true (g_file_test (s->leak_path, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_file_test (s->fixed_path, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpstr (s->title, !=, "");
      g_assert_cmpstr (s->summary, !=, "");
      g_assert_cmpstr (s->lesson, !=, "");
      g_assert_nonnull (s->look_at);
      g_assert_cmpstr (s->look_at, !=, "");
      g_assert_cmpuint (s->seed, >=, 1);
      if (i < G_N_ELEMENTS (bundled_ids))
        g_assert_cmpint (s->group, ==,
                         i < N_ARTICLE_SCENARIOS ? GOR_SCENARIO_GROUP_ARTICLE : GOR_SCENARIO_GROUP_REAL_BUGS);
    }
}

static void
test_bundled_english (void)
{
  g_autoptr (GPtrArray) scenarios = NULL;
  GorScenario *s;

  set_language ("C");
  scenarios = load_bundled ();
  s = gor_scenario_find (scenarios, "01-send-without-receiver");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->title, ==, "Channel send without a receiver");
  s = gor_scenario_find (scenarios, "04-mutex-never-unlocked");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->title, ==, "sync.Mutex locked and never unlocked");
  g_assert_nonnull (strstr (s->lesson, "defer mutex.Unlock()"));
  g_assert_cmpint (s->group, ==, GOR_SCENARIO_GROUP_ARTICLE);
  s = gor_scenario_find (scenarios, "02-receive-without-sender");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->look_at, ==,
                   "Watch g2 turn red on <-ch: ch was made, but no goroutine ever sends on it; "
                   "on the fixed side main's send wakes it.");
  s = gor_scenario_find (scenarios, "14-recursive-read-lock");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->title, ==, "Recursive read locking with a writer waiting");
  g_assert_cmpint (s->group, ==, GOR_SCENARIO_GROUP_REAL_BUGS);
}

static void
test_bundled_zh_cn (void)
{
  const char *languages[] = { "zh_CN", "zh_CN.UTF-8", "zh_CN:en" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr (GPtrArray) scenarios = NULL;
      GorScenario *s;

      set_language (languages[i]);
      scenarios = load_bundled ();
      s = gor_scenario_find (scenarios, "01-send-without-receiver");
      g_assert_nonnull (s);
      g_assert_cmpstr (s->title, ==, "channel 发送不接收");
      g_assert_true (g_str_has_prefix (s->summary, "gen 启动的协程向无缓冲通道依次发送 2 和 3。"));
      g_assert_cmpstr (
          s->look_at, ==,
          "看 g2：main 收到 2 就退出循环，g2 在 out <- n（要发送 3）处变红；修复版中 g2 经 <-done 返回。");
      s = gor_scenario_find (scenarios, "05-waitgroup-wrong-count");
      g_assert_nonnull (s);
      g_assert_true (g_str_has_prefix (s->lesson, "尽量不要一次设置全部任务数"));
      s = gor_scenario_find (scenarios, "13-wait-while-holding-lock");
      g_assert_nonnull (s);
      g_assert_cmpstr (s->title, ==, "持有锁等待 WaitGroup，而 worker 需要这把锁");
      g_assert_cmpint (s->group, ==, GOR_SCENARIO_GROUP_REAL_BUGS);
    }

  /* Every bundled scenario has its zh_CN texts: none falls back. */
  {
    g_autoptr (GPtrArray) zh = NULL;
    g_autoptr (GPtrArray) c = NULL;

    set_language ("zh_CN");
    zh = load_bundled ();
    set_language ("C");
    c = load_bundled ();
    g_assert_cmpuint (zh->len, ==, c->len);
    for (guint i = 0; i < zh->len; i++)
      {
        GorScenario *a = g_ptr_array_index (zh, i);
        GorScenario *b = g_ptr_array_index (c, i);

        g_assert_cmpstr (a->title, !=, b->title);
        g_assert_cmpstr (a->summary, !=, b->summary);
        g_assert_cmpstr (a->lesson, !=, b->lesson);
        g_assert_cmpstr (a->look_at, !=, b->look_at);
        g_assert_cmpint (a->group, ==, b->group);
      }
  }
  set_language ("C");
}

static void
test_untranslated_falls_back (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *dir
      = make_scenario (root, "01-only-english", "[Scenario]\nTitle=Only\nSummary=S\nLesson=L\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (GorScenario) s = NULL;

  set_language ("zh_CN");
  s = gor_scenario_load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (s->title, ==, "Only");
  g_assert_cmpstr (s->id, ==, "01-only-english");
  set_language ("C");
  remove_tree (root);
}

static void
test_seed (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *none = make_scenario (root, "01-no-seed", good_ini);
  g_autofree char *ini = g_strconcat (good_ini, "Seed=42\n", NULL);
  g_autofree char *some = make_scenario (root, "02-seed", ini);
  g_autofree char *bad_ini = g_strconcat (good_ini, "Seed=forty-two\n", NULL);
  g_autofree char *bad = make_scenario (root, "03-bad-seed", bad_ini);
  g_autofree char *neg_ini = g_strconcat (good_ini, "Seed=-1\n", NULL);
  g_autofree char *neg = make_scenario (root, "04-negative-seed", neg_ini);
  g_autofree char *bad_path = g_build_filename (bad, "scenario.ini", NULL);
  g_autofree char *neg_path = g_build_filename (neg, "scenario.ini", NULL);
  g_autoptr (GorScenario) a = NULL;
  g_autoptr (GorScenario) b = NULL;
  g_autoptr (GError) error = NULL;

  set_language ("C");
  a = gor_scenario_load (none, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a->seed, ==, 1);
  b = gor_scenario_load (some, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->seed, ==, 42);
  assert_load_fails_naming (bad, bad_path, "Seed");
  assert_load_fails_naming (neg, neg_path, "Seed");
  remove_tree (root);
}

static void
test_look_at (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *none = make_scenario (root, "01-no-look-at", good_ini);
  g_autofree char *ini = g_strconcat (good_ini, "LookAt=Watch g2.\nLookAt[zh_CN]=看 g2。\n", NULL);
  g_autofree char *some = make_scenario (root, "02-look-at", ini);
  g_autofree char *en_ini = g_strconcat (good_ini, "LookAt=Only English.\n", NULL);
  g_autofree char *en = make_scenario (root, "03-look-at-english", en_ini);
  g_autofree char *empty_ini = g_strconcat (good_ini, "LookAt= \n", NULL);
  g_autofree char *empty = make_scenario (root, "04-empty-look-at", empty_ini);
  g_autofree char *empty_path = g_build_filename (empty, "scenario.ini", NULL);
  g_autoptr (GError) error = NULL;

  set_language ("C");
  {
    g_autoptr (GorScenario) a = gor_scenario_load (none, &error);
    g_autoptr (GorScenario) b = NULL;

    g_assert_no_error (error);
    g_assert_null (a->look_at);
    b = gor_scenario_load (some, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (b->look_at, ==, "Watch g2.");
  }
  set_language ("zh_CN");
  {
    g_autoptr (GorScenario) b = gor_scenario_load (some, &error);
    g_autoptr (GorScenario) c = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (b->look_at, ==, "看 g2。");
    c = gor_scenario_load (en, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (c->look_at, ==, "Only English.");
  }
  set_language ("C");
  assert_load_fails_naming (empty, empty_path, "LookAt");
  remove_tree (root);
}

static void
test_group (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *none = make_scenario (root, "01-no-group", good_ini);
  g_autofree char *article_ini = g_strconcat (good_ini, "Group=article\n", NULL);
  g_autofree char *article = make_scenario (root, "02-article", article_ini);
  g_autofree char *bugs_ini = g_strconcat (good_ini, "Group= real-bugs \n", NULL);
  g_autofree char *bugs = make_scenario (root, "03-real-bugs", bugs_ini);
  g_autofree char *bad_ini = g_strconcat (good_ini, "Group=Real-Bugs\n", NULL);
  g_autofree char *bad = make_scenario (root, "04-unknown-group", bad_ini);
  g_autofree char *bad_path = g_build_filename (bad, "scenario.ini", NULL);
  g_autofree char *empty_ini = g_strconcat (good_ini, "Group=\n", NULL);
  g_autofree char *empty = make_scenario (root, "05-empty-group", empty_ini);
  g_autofree char *empty_path = g_build_filename (empty, "scenario.ini", NULL);
  g_autoptr (GorScenario) a = NULL;
  g_autoptr (GorScenario) b = NULL;
  g_autoptr (GorScenario) c = NULL;
  g_autoptr (GError) error = NULL;

  set_language ("C");
  a = gor_scenario_load (none, &error);
  g_assert_no_error (error);
  g_assert_cmpint (a->group, ==, GOR_SCENARIO_GROUP_ARTICLE);
  b = gor_scenario_load (article, &error);
  g_assert_no_error (error);
  g_assert_cmpint (b->group, ==, GOR_SCENARIO_GROUP_ARTICLE);
  c = gor_scenario_load (bugs, &error);
  g_assert_no_error (error);
  g_assert_cmpint (c->group, ==, GOR_SCENARIO_GROUP_REAL_BUGS);
  assert_load_fails_naming (bad, bad_path, "Real-Bugs");
  assert_load_fails_naming (empty, empty_path, "Group");
  remove_tree (root);
}

static void
test_broken_folders (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *no_ini = make_scenario (root, "01-no-ini", NULL);
  g_autofree char *no_ini_path = g_build_filename (no_ini, "scenario.ini", NULL);
  g_autofree char *no_group = make_scenario (root, "02-no-group", "[Other]\nTitle=T\n");
  g_autofree char *no_group_path = g_build_filename (no_group, "scenario.ini", NULL);
  g_autofree char *no_title = make_scenario (root, "03-no-title", "[Scenario]\nSummary=S\nLesson=L\n");
  g_autofree char *no_title_path = g_build_filename (no_title, "scenario.ini", NULL);
  g_autofree char *empty_lesson
      = make_scenario (root, "04-empty-lesson", "[Scenario]\nTitle=T\nSummary=S\nLesson=  \n");
  g_autofree char *empty_lesson_path = g_build_filename (empty_lesson, "scenario.ini", NULL);
  g_autofree char *garbage = make_scenario (root, "05-garbage", "this is not a key file\n");
  g_autofree char *garbage_path = g_build_filename (garbage, "scenario.ini", NULL);
  g_autofree char *no_leak = make_scenario (root, "06-no-leak", good_ini);
  g_autofree char *no_leak_path = g_build_filename (no_leak, "leak.go", NULL);
  g_autofree char *no_fixed = make_scenario (root, "07-no-fixed", good_ini);
  g_autofree char *no_fixed_path = g_build_filename (no_fixed, "fixed.go", NULL);
  g_autofree char *missing = g_build_filename (root, "08-missing", NULL);

  g_assert_cmpint (g_remove (no_leak_path), ==, 0);
  g_assert_cmpint (g_remove (no_fixed_path), ==, 0);
  set_language ("C");

  assert_load_fails_naming (no_ini, no_ini_path, NULL);
  assert_load_fails_naming (no_group, no_group_path, "Scenario");
  assert_load_fails_naming (no_title, no_title_path, "Title");
  assert_load_fails_naming (empty_lesson, empty_lesson_path, "Lesson");
  assert_load_fails_naming (garbage, garbage_path, NULL);
  assert_load_fails_naming (no_leak, no_leak_path, NULL);
  assert_load_fails_naming (no_fixed, no_fixed_path, NULL);
  assert_load_fails_naming (missing, missing, NULL);
  remove_tree (root);
}

static void
test_load_all_broken (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *first = make_scenario (root, "01-first", good_ini);
  g_autofree char *second = make_scenario (root, "02-second", "[Scenario]\nTitle=T\n");
  g_autofree char *second_ini = g_build_filename (second, "scenario.ini", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) scenarios = NULL;
  g_autoptr (GPtrArray) broken = NULL;
  GorScenario *bad;

  set_language ("C");

  /* One broken folder hides none of the others. */
  scenarios = gor_scenario_load_all_full (root, &broken, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 1);
  g_assert_cmpstr (((GorScenario *) g_ptr_array_index (scenarios, 0))->id, ==, "01-first");
  g_assert_null (((GorScenario *) g_ptr_array_index (scenarios, 0))->error);
  g_assert_cmpuint (broken->len, ==, 1);
  bad = g_ptr_array_index (broken, 0);
  g_assert_cmpstr (bad->id, ==, "02-second");
  g_assert_cmpstr (bad->dir, ==, second);
  g_assert_null (bad->title);
  g_assert_error (bad->error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (bad->error->message, second_ini));
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  g_clear_pointer (&broken, g_ptr_array_unref);

  /* Without the broken list, the good ones still load. */
  scenarios = gor_scenario_load_all (root, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 1);
  g_assert_nonnull (gor_scenario_find (scenarios, "01-first"));
  g_assert_null (gor_scenario_find (scenarios, "02-second"));
  g_clear_pointer (&scenarios, g_ptr_array_unref);

  /* When nothing loads, the short form says why through the first broken
   * folder; the full form gives an empty list and the broken ones. */
  remove_tree (first);
  scenarios = gor_scenario_load_all (root, &error);
  g_assert_null (scenarios);
  g_assert_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, second_ini));
  g_clear_error (&error);
  scenarios = gor_scenario_load_all_full (root, &broken, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 0);
  g_assert_cmpuint (broken->len, ==, 1);
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  g_clear_pointer (&broken, g_ptr_array_unref);

  /* Not a folder at all. */
  {
    g_autofree char *nowhere = g_build_filename (root, "nowhere", NULL);

    scenarios = gor_scenario_load_all (nowhere, &error);
    g_assert_null (scenarios);
    g_assert_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, nowhere));
    g_clear_error (&error);

    broken = (GPtrArray *) 0x1;
    scenarios = gor_scenario_load_all_full (nowhere, &broken, &error);
    g_assert_null (scenarios);
    g_assert_null (broken);
    g_assert_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID);
    g_clear_error (&error);
  }
  remove_tree (root);
}

/* TRUE when @text holds no byte a terminal acts on: no C0 control, no DEL,
 * and valid UTF-8 (so no raw C1 byte either). */
static gboolean
is_inert_text (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e))
        return FALSE;
    }
  return TRUE;
}

/* Loads ROOT, which holds 01-good and @name broken some way; asserts that
 * 01-good loads, that @name is reported with a message naming @part (may be
 * NULL) that is safe to print and short. */
static void
assert_only_broken (const char *root, const char *name, const char *part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) scenarios = NULL;
  g_autoptr (GPtrArray) broken = NULL;
  GorScenario *bad;

  scenarios = gor_scenario_load_all_full (root, &broken, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gor_scenario_find (scenarios, "01-good"));
  g_assert_null (gor_scenario_find (scenarios, name));
  bad = gor_scenario_find (broken, name);
  g_assert_nonnull (bad);
  g_assert_nonnull (bad->error);
  g_test_message ("%s: %s", name, bad->error->message);
  if (part != NULL && strstr (bad->error->message, part) == NULL)
    g_error ("“%s” does not name “%s”", bad->error->message, part);
  g_assert_true (is_inert_text (bad->error->message));
  g_assert_cmpuint (g_utf8_strlen (bad->error->message, -1), <=, GOR_PRINTABLE_MAX_CHARS + 1);
}

static void
test_load_all_hostile (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *good = make_scenario (root, "01-good", good_ini);
  g_autofree char *no_fixed = make_scenario (root, "02-no-fixed", good_ini);
  g_autofree char *binary = make_scenario (root, "03-binary", NULL);
  g_autofree char *escapes = make_scenario (root, "04-escapes", NULL);
  g_autofree char *bad_seed = make_scenario (root, "05-bad-seed", NULL);
  g_autofree char *fifo = make_scenario (root, "06-fifo", NULL);
  g_autofree char *huge = make_scenario (root, "07-huge", NULL);
  g_autofree char *folder_ini = make_scenario (root, "08-folder-ini", NULL);
  g_autofree char *fifo_program = make_scenario (root, "09-fifo-program", good_ini);
  g_autofree char *huge_program = make_scenario (root, "10-huge-program", good_ini);
  g_autofree char *latin1 = make_scenario (root, "11-latin1", NULL);
  g_autofree char *bad_group = make_scenario (root, "12-bad-group", NULL);
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  static const char binary_ini[] = "\x7f"
                                   "ELF\x02\x01\x01\0\0\0\x1b[2J\x1b]0;owned\x07";

  set_language ("C");

  path = g_build_filename (no_fixed, "fixed.go", NULL);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_clear_pointer (&path, g_free);

  path = g_build_filename (binary, "scenario.ini", NULL);
  g_file_set_contents (path, binary_ini, sizeof binary_ini - 1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&path, g_free);

  /* Valid UTF-8 full of terminal escapes: GKeyFile quotes the line. */
  write_file (escapes, "scenario.ini",
              "[Scenario]\n\x1b[31mred\x1b]0;title\x07 \xc2\x9b"
              "2J \u202e"
              "txt\n");
  write_file (bad_seed, "scenario.ini", "[Scenario]\nTitle=T\nSummary=S\nLesson=L\nSeed=\x1b[2J-1\n");
  write_file (bad_group, "scenario.ini",
              "[Scenario]\nTitle=T\nSummary=S\nLesson=L\nGroup=\x1b[2J\x1b[?1049h\n");

  path = g_build_filename (fifo, "scenario.ini", NULL);
  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
  g_clear_pointer (&path, g_free);

  {
    g_autofree char *big = g_malloc (GOR_SCENARIO_MAX_INI_SIZE + 2);

    memset (big, '#', GOR_SCENARIO_MAX_INI_SIZE + 1);
    big[GOR_SCENARIO_MAX_INI_SIZE + 1] = '\0';
    memcpy (big, "[Scenario]\nTitle=T\nSummary=S\nLesson=L\n", 38);
    write_file (huge, "scenario.ini", big);
  }

  path = g_build_filename (folder_ini, "scenario.ini", NULL);
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_clear_pointer (&path, g_free);

  path = g_build_filename (fifo_program, "leak.go", NULL);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
  g_clear_pointer (&path, g_free);

  /* Sparse: the size alone must refuse it, nothing is read. */
  path = g_build_filename (huge_program, "fixed.go", NULL);
  g_assert_cmpint (truncate (path, (off_t) 300 * 1024 * 1024), ==, 0);
  g_clear_pointer (&path, g_free);

  write_file (latin1, "scenario.ini", "[Scenario]\nTitle=caf\xe9\nSummary=S\nLesson=L\n");

  assert_only_broken (root, "02-no-fixed", "fixed.go: missing");
  assert_only_broken (root, "03-binary", "not a text file");
  assert_only_broken (root, "04-escapes", "scenario.ini");
  assert_only_broken (root, "05-bad-seed", "Seed");
  assert_only_broken (root, "06-fifo", "scenario.ini: is a named pipe (FIFO), not a file");
  assert_only_broken (root, "07-huge", "too large");
  assert_only_broken (root, "08-folder-ini", "scenario.ini: is a folder, not a file");
  assert_only_broken (root, "09-fifo-program", "leak.go: is a named pipe (FIFO), not a file");
  assert_only_broken (root, "10-huge-program", "fixed.go: too large (314572800 bytes, at most 1048576)");
  assert_only_broken (root, "11-latin1", "not UTF-8 text (byte 20)");
  assert_only_broken (root, "12-bad-group", "Group");

  /* gor_scenario_load() alone says the same, as safely. */
  {
    g_autoptr (GorScenario) s = gor_scenario_load (escapes, &error);

    g_assert_null (s);
    g_assert_nonnull (error);
    g_assert_true (is_inert_text (error->message));
    g_assert_nonnull (strstr (error->message, "\\e[31m"));
    g_clear_error (&error);
  }
  remove_tree (root);
}

static void
test_printable (void)
{
  static const struct
  {
    const char *in;
    gssize      length;
    gsize       max;
    const char *out;
  } cases[] = {
    { "plain “text” 标题", -1, 0, "plain “text” 标题" },
    { "a\x1b[2Jb", -1, 0, "a\\e[2Jb" },
    { "tab\tnl\ncr\r", -1, 0, "tab\\tnl\\ncr\\r" },
    { "bell\x07"
      "del\x7f",
      -1, 0, "bell\\x07del\\x7F" },
    { "c1 \xc2\x9b"
      "2J",
      -1, 0, "c1 \\u{009B}2J" },
    { "rlo \u202e"
      "gpj",
      -1, 0, "rlo \\u{202E}gpj" },
    { "bad \xff\xfe utf", -1, 0, "bad \\xFF\\xFE utf" },
    { "cut \xe6\xa0", -1, 0, "cut \\xE6\\xA0" },
    { "nul\0inside", 10, 0, "nul\\x00inside" },
    { "abcdefghij", -1, 4, "abcd…" },
    { "标题标题", -1, 2, "标题…" },
    { "", -1, 3, "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = gor_printable (cases[i].in, cases[i].length, cases[i].max);

      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_true (g_utf8_validate (out, -1, NULL));
    }
}

static void
test_load_all_skips_others (void)
{
  g_autofree char *root = make_temp_root ();
  g_autofree char *b = make_scenario (root, "10-later", good_ini);
  g_autofree char *a = make_scenario (root, "02-earlier", good_ini);
  g_autofree char *notes = g_build_filename (root, "notes", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) scenarios = NULL;

  set_language ("C");
  g_assert_cmpint (g_mkdir (notes, 0755), ==, 0);
  write_file (root, "README", "not a scenario\n");
  write_file (root, "03-a-file-not-a-folder", "x\n");

  scenarios = gor_scenario_load_all (root, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 2);
  g_assert_cmpstr (((GorScenario *) g_ptr_array_index (scenarios, 0))->id, ==, "02-earlier");
  g_assert_cmpstr (((GorScenario *) g_ptr_array_index (scenarios, 1))->id, ==, "10-later");
  g_assert_null (gor_scenario_find (scenarios, "notes"));
  g_assert_nonnull (gor_scenario_find (scenarios, "10-later"));
  g_clear_pointer (&scenarios, g_ptr_array_unref);

  /* A folder with no scenario at all is an error, not an empty library. */
  remove_tree (a);
  remove_tree (b);
  scenarios = gor_scenario_load_all (root, &error);
  g_assert_null (scenarios);
  g_assert_error (error, GOR_SCENARIO_ERROR, GOR_SCENARIO_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, root));
  remove_tree (root);
}

static void
test_relative_dir (void)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *parent = g_path_get_dirname (SOURCE_SCENARIODIR);
  g_autofree char *expected = g_build_filename (SOURCE_SCENARIODIR, "03-nil-channel", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GorScenario) s = NULL;

  set_language ("C");
  g_assert_cmpint (g_chdir (parent), ==, 0);
  s = gor_scenario_load ("scenarios/03-nil-channel/", &error);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (s->dir, ==, expected);
  g_assert_cmpstr (s->id, ==, "03-nil-channel");
}

static void
test_default_dir (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("GOROLANES_SCENARIOS"));
  const char      *dir;

  g_setenv ("GOROLANES_SCENARIOS", "/somewhere/else", TRUE);
  g_assert_cmpstr (gor_scenario_get_default_dir (), ==, "/somewhere/else");

  /* Run from the build folder inside the source tree, the source tree's
   * scenarios are found. */
  g_unsetenv ("GOROLANES_SCENARIOS");
  dir = gor_scenario_get_default_dir ();
  g_assert_nonnull (dir);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) scenarios = gor_scenario_load_all (dir, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (scenarios->len, >=, G_N_ELEMENTS (bundled_ids));
  }

  if (saved != NULL)
    g_setenv ("GOROLANES_SCENARIOS", saved, TRUE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/scenario/bundled-in-order", test_bundled_in_order);
  g_test_add_func ("/core/scenario/bundled-english", test_bundled_english);
  g_test_add_func ("/core/scenario/bundled-zh-cn", test_bundled_zh_cn);
  g_test_add_func ("/core/scenario/untranslated-falls-back", test_untranslated_falls_back);
  g_test_add_func ("/core/scenario/seed", test_seed);
  g_test_add_func ("/core/scenario/look-at", test_look_at);
  g_test_add_func ("/core/scenario/group", test_group);
  g_test_add_func ("/core/scenario/broken-folders", test_broken_folders);
  g_test_add_func ("/core/scenario/load-all-broken", test_load_all_broken);
  g_test_add_func ("/core/scenario/load-all-hostile", test_load_all_hostile);
  g_test_add_func ("/core/scenario/printable", test_printable);
  g_test_add_func ("/core/scenario/load-all-skips-others", test_load_all_skips_others);
  g_test_add_func ("/core/scenario/relative-dir", test_relative_dir);
  g_test_add_func ("/core/scenario/default-dir", test_default_dir);

  return g_test_run ();
}
