/* byline-class-overview.h: a lesson's responses side by side: each student's
 * figures, who found each item of the key; printable
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_CLASS_OVERVIEW (byline_class_overview_get_type ())

G_DECLARE_FINAL_TYPE (BylineClassOverview, byline_class_overview, BYLINE, CLASS_OVERVIEW, AdwWindow)

BylineClassOverview *byline_class_overview_new           (GtkWindow           *parent);
gboolean             byline_class_overview_set_lesson    (BylineClassOverview *self,
                                                          const char          *path,
                                                          GError             **error);
guint                byline_class_overview_add_responses (BylineClassOverview *self,
                                                          const char *const   *paths);
GListModel          *byline_class_overview_get_students  (BylineClassOverview *self);
GListModel          *byline_class_overview_get_items     (BylineClassOverview *self);
const char          *byline_class_overview_get_problems  (BylineClassOverview *self);
gboolean             byline_class_overview_export_pdf    (BylineClassOverview *self,
                                                          const char          *path,
                                                          GError             **error);

G_END_DECLS
