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
  AdwPreferencesGroup  *highlights_group;
  AdwEntryRow          *reader_name;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (BylinePreferences, byline_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* One switch a kind, in the order of the legend */
static const struct
{
  const char *type;
  const char *label;
} kinds[] = {
  { "PERSON", N_("People") },
  { "ORG", N_("Organisations") },
  { "PLACE", N_("Places") },
  { "NORP", N_("Nationalities and groups") },
  { "DATE", N_("Dates") },
  { "MONEY", N_("Sums of money") },
  { "HEDGE", N_("Hedges (“likely”, “reportedly”)") },
  { "LOADED", N_("Loaded words") },
};

static void
on_kind_switched (GtkSwitch         *sw,
                  GParamSpec        *pspec,
                  BylinePreferences *self)
{
  byline_settings_show_highlight (self->settings, g_object_get_data (G_OBJECT (sw), "type"),
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
  gtk_widget_class_bind_template_child (widget_class, BylinePreferences, highlights_group);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferences, reader_name);
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

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "font-size", self->font_size, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "line-spacing", self->line_spacing, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-highlights", self->show_highlights, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "reader-name", self->reader_name, "text", G_SETTINGS_BIND_DEFAULT);

  /* the rows are data, not layout: one per kind of highlight */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(kinds[i].label));
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (sw), g_strv_contains ((const char *const *) shown, kinds[i].type));
      g_object_set_data (G_OBJECT (sw), "type", (gpointer) kinds[i].type);
      g_signal_connect (sw, "notify::active", G_CALLBACK (on_kind_switched), self);
      g_object_bind_property (self->show_highlights, "active", row, "sensitive", G_BINDING_SYNC_CREATE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      adw_preferences_group_add (self->highlights_group, row);
    }
  return GTK_WIDGET (self);
}
