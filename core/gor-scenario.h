/* gor-scenario.h — the bundled leak/fix scenarios (data/scenarios/NN-slug/)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario folder holds leak.go, fixed.go and scenario.ini (GKeyFile,
 * group [Scenario]: Title, Summary, Lesson, each also as Key[zh_CN]; an
 * optional LookAt, also localised; an optional Group, article or
 * real-bugs; an optional Seed).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

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
  char    *id;         /* folder name: "01-send-without-receiver" */
  char    *dir;        /* absolute folder path */
  char    *title;      /* in the user's language where the .ini has it */
  char    *summary;
  char    *lesson;
  char    *leak_path;  /* dir/leak.go */
  char    *fixed_path; /* dir/fixed.go */
  guint64  seed;       /* Seed, or 1 */
  char    *look_at;    /* LookAt: what to watch, in one line; NULL if none */
  GorScenarioGroup group;
} GorScenario;

/* Loads one folder.  Localised keys follow g_get_language_names(). */
GorScenario *gor_scenario_load (const char *dir, GError **error);
/* Loads every NN-slug folder of @dir, sorted by name; a broken folder is an
 * error (bundled data must be whole). */
GPtrArray   *gor_scenario_load_all (const char *dir, GError **error);
/* Where the bundled scenarios are: $GOROLANES_SCENARIOS, else the source
 * tree's data/scenarios when run from the build folder, else
 * PKGDATADIR/scenarios. */
const char  *gor_scenario_get_default_dir (void);
GorScenario *gor_scenario_find (GPtrArray *scenarios, const char *id);
void         gor_scenario_free (GorScenario *scenario);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorScenario, gor_scenario_free)

G_END_DECLS
