/* gor-leak.h — which goroutines are blocked forever
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At the end of a run every goroutine still blocked is blocked forever
 * from the step it last blocked at.  During the run, Go's leak rule: mark
 * what the goroutines that can still run (and package variables) reach; a
 * blocked goroutine whose channel, mutex or WaitGroup is reached may still
 * be woken; the rest are blocked forever.  Verdicts are sticky.
 */
#pragma once

#include "gor-vm.h"

G_BEGIN_DECLS

void gor_leak_mark_end (GorVM *vm);
void gor_leak_check_live (GorVM *vm);

G_END_DECLS
