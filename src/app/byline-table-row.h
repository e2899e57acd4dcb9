/* byline-table-row.h: one row of a table (a GtkColumnView): a few cells of
 * text, an optional icon, and the passage it is about
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BYLINE_TABLE_ROW_CELLS 6

#define BYLINE_TYPE_TABLE_ROW (byline_table_row_get_type ())

G_DECLARE_FINAL_TYPE (BylineTableRow, byline_table_row, BYLINE, TABLE_ROW, GObject)

BylineTableRow *byline_table_row_new           (const char        *icon_name,
                                                const char *const *cells);
const char     *byline_table_row_get_icon_name (BylineTableRow    *self);
const char     *byline_table_row_get_cell      (BylineTableRow    *self,
                                                guint              column);
void            byline_table_row_set_span      (BylineTableRow    *self,
                                                guint              start,
                                                guint              end);
gboolean        byline_table_row_get_span      (BylineTableRow    *self,
                                                guint             *start,
                                                guint             *end);

G_END_DECLS
