/* gor-scenario.h — the bundled leak/fix scenarios (data/scenarios/NN-slug/)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario folder holds leak.go, fixed.go and scenario.ini (GKeyFile,
 * group [Scenario]: Title, Summary, Lesson, each also as Key[zh_CN]; an
 * optional LookAt, also localised; an optional Group, article or
 * real-bugs; an optional Seed).
 *
 * Each folder loads on its own: a broken one is reported beside the others
 * and never hides them.  Only regular files are read, and only of a sane
 * size (GOR_SCENARIO_MAX_INI_SIZE, GOR_SCENARIO_MAX_PROGRAM_SIZE), so a
 * FIFO never blocks and a huge file is refused before it is read.  Error
 * messages pass through gor_printable(): what they quote from a file can
 * be printed to a terminal as it is.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* scenario.ini holds a few paragraphs in two languages: 64 KiB is far
 * more than any needs. */
#define GOR_SCENARIO_MAX_INI_SIZE (64 * 1024)
/* A scenario's program is a page or two of Go; 1 MiB leaves a wide margin
 * and keeps a run of it within memory a desktop has. */
#define GOR_SCENARIO_MAX_PROGRAM_SIZE (1024 * 1024)

/* The two programs of a scenario.  A program opened alone is drawn, played
 * and exported as the leak variant. */
typedef enum
{
  GOR_VARIANT_LEAK,
  GOR_VARIANT_FIXED,
  GOR_N_VARIANTS
} GorVariant;

/* Where a scenario comes from: the seed article's cases, or the shapes of
 * blocking bugs found in real code. */
typedef enum
{
  GOR_SCENARIO_GROUP_ARTICLE,   /* Group=article, or no Group */
  GOR_SCENARIO_GROUP_REAL_BUGS, /* Group=real-bugs */
} GorScenarioGroup;

#define GOR_SCENARIO_ERROR (gor_scenario_error_quark ())

typedef enum
{
  GOR_SCENARIO_ERROR_INVALID, /* missing file or key: "PATH: …" */
} GorScenarioError;

GQuark gor_scenario_error_quark (void);

typedef struct
{
  char            *id;    /* folder name: "01-send-without-receiver" */
  char            *dir;   /* absolute folder path */
  char            *title; /* in the user's language where the .ini has it */
  char            *summary;
  char            *lesson;
  char            *leak_path;  /* dir/leak.go */
  char            *fixed_path; /* dir/fixed.go */
  guint64          seed;       /* Seed, or 1 */
  char            *look_at;    /* LookAt: what to watch, in one line; NULL if none */
  GorScenarioGroup group;
  /* NULL for a loaded scenario.  In the broken list of
   * gor_scenario_load_all_full(), why it could not be loaded ("PATH: …");
   * there only id and dir are set. */
  GError *error;
} GorScenario;

/* Loads one folder.  Localised keys follow g_get_language_names(). */
GorScenario *gor_scenario_load (const char *dir, GError **error);
/* Loads every NN-slug folder of @dir, each on its own, sorted by name.
 * Returns the scenarios that loaded (possibly none); @broken (may be NULL)
 * receives a new array of the folders that did not, each with only id, dir
 * and error set.  Fails only when @dir cannot be read or holds no NN-slug
 * folder at all. */
GPtrArray *gor_scenario_load_all_full (const char *dir, GPtrArray **broken, GError **error);
/* The same without the broken list; fails also when no folder loaded, with
 * the first broken folder's error, so a caller that shows no broken list
 * still has something to say. */
GPtrArray *gor_scenario_load_all (const char *dir, GError **error);
/* Where the bundled scenarios are: $GOROLANES_SCENARIOS, else the source
 * tree's data/scenarios when run from the build folder, else
 * PKGDATADIR/scenarios. */
const char  *gor_scenario_get_default_dir (void);
GorScenario *gor_scenario_find (GPtrArray *scenarios, const char *id);
void         gor_scenario_free (GorScenario *scenario);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorScenario, gor_scenario_free)

G_END_DECLS
