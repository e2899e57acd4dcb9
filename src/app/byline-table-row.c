/* byline-table-row.c: one row of a table (a GtkColumnView): a few cells of
 * text, an optional icon, and the passage it is about
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-table-row"

#include "config.h"

#include "byline-table-row.h"

struct _BylineTableRow
{
  GObject   parent_instance;

  char     *icon_name;
  char     *cells[BYLINE_TABLE_ROW_CELLS];
  gboolean  has_span;
  guint     start;
  guint     end;
};

G_DEFINE_FINAL_TYPE (BylineTableRow, byline_table_row, G_TYPE_OBJECT)

/* "icon-name", then "cell0" … "cell5": what a column's cell binds to */
enum {
  PROP_0,
  PROP_ICON_NAME,
  PROP_CELL0,
  N_PROPS = PROP_CELL0 + BYLINE_TABLE_ROW_CELLS
};

static GParamSpec *properties[N_PROPS];

static void
byline_table_row_finalize (GObject *object)
{
  BylineTableRow *self = BYLINE_TABLE_ROW (object);

  g_free (self->icon_name);
  for (guint i = 0; i < BYLINE_TABLE_ROW_CELLS; i++)
    g_free (self->cells[i]);
  G_OBJECT_CLASS (byline_table_row_parent_class)->finalize (object);
}

static void
byline_table_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BylineTableRow *self = BYLINE_TABLE_ROW (object);

  if (prop_id == PROP_ICON_NAME)
    g_value_set_string (value, self->icon_name);
  else if (prop_id >= PROP_CELL0 && prop_id < N_PROPS)
    g_value_set_string (value, self->cells[prop_id - PROP_CELL0]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
byline_table_row_class_init (BylineTableRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[BYLINE_TABLE_ROW_CELLS] = { "cell0", "cell1", "cell2", "cell3", "cell4", "cell5" };

  object_class->finalize = byline_table_row_finalize;
  object_class->get_property = byline_table_row_get_property;

  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < BYLINE_TABLE_ROW_CELLS; i++)
    properties[PROP_CELL0 + i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_table_row_init (BylineTableRow *self)
{
}

/**
 * byline_table_row_new:
 * @icon_name: (nullable): an icon for the row's first column
 * @cells: (nullable): up to BYLINE_TABLE_ROW_CELLS texts, NULL-terminated
 */
BylineTableRow *
byline_table_row_new (const char        *icon_name,
                      const char *const *cells)
{
  BylineTableRow *self = g_object_new (BYLINE_TYPE_TABLE_ROW, NULL);

  self->icon_name = g_strdup (icon_name);
  for (guint i = 0; cells != NULL && cells[i] != NULL && i < BYLINE_TABLE_ROW_CELLS; i++)
    self->cells[i] = g_strdup (cells[i]);
  return self;
}

const char *
byline_table_row_get_icon_name (BylineTableRow *self)
{
  g_return_val_if_fail (BYLINE_IS_TABLE_ROW (self), NULL);
  return self->icon_name;
}

const char *
byline_table_row_get_cell (BylineTableRow *self,
                           guint           column)
{
  g_return_val_if_fail (BYLINE_IS_TABLE_ROW (self), NULL);
  g_return_val_if_fail (column < BYLINE_TABLE_ROW_CELLS, NULL);
  return self->cells[column];
}

void
byline_table_row_set_span (BylineTableRow *self,
                           guint           start,
                           guint           end)
{
  g_return_if_fail (BYLINE_IS_TABLE_ROW (self));
  self->has_span = TRUE;
  self->start = start;
  self->end = end;
}

/* FALSE when the row is about no passage (a total, a student) */
gboolean
byline_table_row_get_span (BylineTableRow *self,
                           guint          *start,
                           guint          *end)
{
  g_return_val_if_fail (BYLINE_IS_TABLE_ROW (self), FALSE);
  if (start != NULL)
    *start = self->start;
  if (end != NULL)
    *end = self->end;
  return self->has_span;
}
