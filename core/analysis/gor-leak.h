/* gor-leak.h — which goroutines are blocked forever
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two labels.  Blocked forever: proven by Go's leak rule (gor-reach.c),
 * from the step it became certain.  Still blocked when main returned:
 * blocked when the run ended, without such a proof.
 */
#pragma once

#include "gor-vm.h"

G_BEGIN_DECLS

/* The live rule, between two steps: @ran is the goroutine that ran in the
 * step just taken (NULL when it exited), @ran_blocked whether it
 * blocked. */
void gor_leak_check_live (GorVM *vm, GorG *ran, gboolean ran_blocked);
/* The run has ended: the rule once more over its last state, and the
 * other label for whoever is blocked without a verdict. */
void gor_leak_mark_end (GorVM *vm);

typedef enum
{
  GOR_VERDICT_NONE,
  GOR_VERDICT_BLOCKED_FOREVER,
  GOR_VERDICT_STILL_BLOCKED, /* still blocked when main returned */
} GorVerdict;

/* The verdict of a recorded goroutine, once its run has ended. */
GorVerdict gor_leak_verdict (const GorTraceGoroutine *g);

G_END_DECLS
