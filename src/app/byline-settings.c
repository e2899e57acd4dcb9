/* byline-settings.c: the app.byline.Byline settings, when they are installed
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-settings"

#include "config.h"

#include "byline-settings.h"

/**
 * byline_settings_new:
 *
 * Returns: (nullable): the settings, or NULL when the schema is not
 *   installed (nor in GSETTINGS_SCHEMA_DIR): the app then runs with defaults
 *   instead of aborting, as g_settings_new () would
 */
GSettings *
byline_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "app.byline.Byline", TRUE);
  return schema != NULL ? g_settings_new ("app.byline.Byline") : NULL;
}

/* Adds @type to highlight-types or takes it out; nothing is written when it
 * is already so */
void
byline_settings_show_highlight (GSettings  *settings,
                                const char *type,
                                gboolean    shown)
{
  g_auto (GStrv) types = NULL;
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) next = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));

  types = g_settings_get_strv (settings, "highlight-types");
  if (g_strv_contains ((const char *const *) types, type) == shown)
    return;
  builder = g_strv_builder_new ();
  for (guint i = 0; types[i] != NULL; i++)
    if (!g_str_equal (types[i], type))
      g_strv_builder_add (builder, types[i]);
  if (shown)
    g_strv_builder_add (builder, type);
  next = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "highlight-types", (const char *const *) next);
}
