/* byline-item.h: one row of a sidebar page: a quote, claim, meeting, entity or note
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_ITEM (byline_item_get_type ())

G_DECLARE_FINAL_TYPE (BylineItem, byline_item, BYLINE, ITEM, GObject)

BylineItem *byline_item_new          (const char *title,
                                      const char *subtitle,
                                      const char *badge,
                                      guint       start,
                                      guint       end);
const char *byline_item_get_title    (BylineItem *self);
const char *byline_item_get_subtitle (BylineItem *self);
const char *byline_item_get_badge    (BylineItem *self);
guint       byline_item_get_start    (BylineItem *self);
guint       byline_item_get_end      (BylineItem *self);
gint64      byline_item_get_id       (BylineItem *self);
void        byline_item_set_id       (BylineItem *self,
                                      gint64      id);
gboolean    byline_item_get_orphaned (BylineItem *self);
void        byline_item_set_orphaned (BylineItem *self,
                                      gboolean    orphaned);

G_END_DECLS
