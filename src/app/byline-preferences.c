/* byline-preferences.c: the preferences window
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-preferences.h"
#include "byline-settings.h"

struct _BylinePreferences
{
  AdwPreferencesWindow  parent_instance;

  GtkSpinButton        *font_size;
  GtkSpinButton        *line_spacing;
  GtkSwitch            *show_highlights;
  AdwEntryRow          *reader_name;
  GtkSwitch            *kind_switches[8];

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (BylinePreferences, byline_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* The kinds of highlight, each with a switch "switch_TYPE" in the .ui */
static const char *const kinds[] = {
  "PERSON", "ORG", "PLACE", "NORP", "DATE", "MONEY", "HEDGE", "LOADED",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == G_SIZEOF_MEMBER (BylinePreferences, kind_switches) / sizeof (GtkSwitch *));

static void
on_kind_switched (GtkSwitch         *sw,
                  GParamSpec        *pspec,
                  BylinePreferences *self)
{
  if (self->settings != NULL)
    byline_settings_show_highlight (self->settings, gtk_widget_get_name (GTK_WIDGET (sw)),
                                    gtk_switch_get_active (sw));
}

static void
byline_preferences_dispose (GObject *object)
{
  BylinePreferences *self = BYLINE_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_PREFERENCES);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (byline_preferences_parent_class)->dispose (object);
}

static void
byline_preferences_class_init (BylinePreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, BylinePreferences, font_size);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferences, line_spacing);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferences, show_highlights);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferences, reader_name);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_switched);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *id = g_strconcat ("switch_", kinds[i], NULL);

      gtk_widget_class_bind_template_child_full (widget_class, id, FALSE,
                                                 G_STRUCT_OFFSET (BylinePreferences, kind_switches)
                                                 + i * sizeof (GtkSwitch *));
    }
}

static void
byline_preferences_init (BylinePreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * byline_preferences_new:
 * @settings: the app.byline.Byline settings
 */
GtkWidget *
byline_preferences_new (GSettings *settings)
{
  BylinePreferences *self = g_object_new (BYLINE_TYPE_PREFERENCES, NULL);
  g_auto (GStrv) shown = g_settings_get_strv (settings, "highlight-types");

  g_settings_bind (settings, "font-size", self->font_size, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "line-spacing", self->line_spacing, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-highlights", self->show_highlights, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "reader-name", self->reader_name, "text", G_SETTINGS_BIND_DEFAULT);

  /* set before the settings are, so the switches write nothing back */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_switch_set_active (self->kind_switches[i], g_strv_contains ((const char *const *) shown, kinds[i]));
  self->settings = g_object_ref (settings);
  return GTK_WIDGET (self);
}
