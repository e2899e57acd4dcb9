/* byline-application.c: the Byline application: one instance, windows, actions
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-application"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-application.h"
#include "byline-lexicon.h"
#include "byline-preferences.h"
#include "byline-settings.h"
#include "byline-store.h"
#include "byline-window.h"

struct _BylineApplication
{
  AdwApplication  parent_instance;
  char           *library;
};

G_DEFINE_FINAL_TYPE (BylineApplication, byline_application, ADW_TYPE_APPLICATION)

static BylineWindow *
new_window (BylineApplication *self)
{
  BylineWindow *window = byline_window_new (GTK_APPLICATION (self), self->library);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Byline authors"), NULL };
  GtkWidget *about;

  about = adw_about_window_new ();
  g_object_set (about,
                "transient-for", gtk_application_get_active_window (app),
                "application-name", "Byline",
                "application-icon", BYLINE_APPLICATION_ID,
                "developer-name", _("The Byline authors"),
                "version", PACKAGE_VERSION,
                "comments", _("Read news articles closely: who is quoted, who met whom, and what "
                              "rests on whose word. Notes and tags stay on this computer."),
                "license-type", GTK_LICENSE_GPL_3_0,
                "developers", developers,
                /* Translators: put your names here, one a line */
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr (GSettings) settings = byline_settings_new ();
  GtkWidget *prefs;

  if (settings == NULL)
    {
      g_warning ("The settings schema %s is not installed", BYLINE_APPLICATION_ID);
      return;
    }
  prefs = byline_preferences_new (settings);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  new_window (BYLINE_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "new-window", new_window_action },
};

/* The lexicons load while GTK starts, so the first article does not wait for them */
static gpointer
load_lexicon_thread (gpointer data)
{
  byline_lexicon_get ();
  return NULL;
}

static void
byline_application_startup (GApplication *application)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.show-library", { "<Control>l", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.search-library", { "<Control><Shift>f", NULL } },
    { "win.add-note", { "<Control>m", NULL } },
    { "win.start-exercise", { "<Control><Shift>e", NULL } },
    { "win.open-lesson", { "<Control><Shift>o", NULL } },
    { "win.delete-note", { "Delete", NULL } },
    { "win.edit-note", { "F2", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  g_thread_unref (g_thread_new ("byline-lexicon", load_lexicon_thread, NULL));
  G_APPLICATION_CLASS (byline_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

static void
byline_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window != NULL)
    gtk_window_present (window);
  else
    byline_window_show_start (new_window (BYLINE_APPLICATION (application)));
}

/* byline FILE...: the first file in the window in front (or a new one), the rest in new windows */
static void
byline_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  BylineApplication *self = BYLINE_APPLICATION (application);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));

  for (int i = 0; i < n_files; i++)
    {
      /* the article starts loading before the new window is realised and
       * laid out, so it is usually ready for the window's first frame */
      BylineWindow *window = i == 0 && BYLINE_IS_WINDOW (active)
                             ? BYLINE_WINDOW (active)
                             : byline_window_new (GTK_APPLICATION (self), self->library);
      byline_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
byline_application_finalize (GObject *object)
{
  BylineApplication *self = BYLINE_APPLICATION (object);

  g_free (self->library);
  G_OBJECT_CLASS (byline_application_parent_class)->finalize (object);
}

static void
byline_application_class_init (BylineApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = byline_application_finalize;
  app_class->startup = byline_application_startup;
  app_class->activate = byline_application_activate;
  app_class->open = byline_application_open;
}

static void
byline_application_init (BylineApplication *self)
{
  const char *library = g_getenv ("BYLINE_LIBRARY");

  /* BYLINE_LIBRARY chooses another library, as byline-cli --library does */
  self->library = library != NULL && *library != '\0' ? g_strdup (library) : byline_store_default_path ();
}

BylineApplication *
byline_application_new (void)
{
  return g_object_new (BYLINE_TYPE_APPLICATION,
                       "application-id", BYLINE_APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/app/byline/Byline",
                       NULL);
}
