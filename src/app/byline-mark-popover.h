/* byline-mark-popover.h: the popover that marks the selected passage in an
 * exercise: a quote and its speaker, a claim and its source, a meeting, a
 * hedging or loaded word
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-classroom.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_MARK_POPOVER (byline_mark_popover_get_type ())

G_DECLARE_FINAL_TYPE (BylineMarkPopover, byline_mark_popover, BYLINE, MARK_POPOVER, GtkPopover)

GtkWidget  *byline_mark_popover_new          (void);
void        byline_mark_popover_set_mark     (BylineMarkPopover *self,
                                              const BylineMark  *mark,
                                              const char        *passage);
void        byline_mark_popover_set_purpose  (BylineMarkPopover *self,
                                              const char        *heading,
                                              const char        *button_label);
BylineMark *byline_mark_popover_dup_mark     (BylineMarkPopover *self);

G_END_DECLS
