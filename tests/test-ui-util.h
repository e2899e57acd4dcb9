/* test-ui-util.h: the display set-up every UI test shares
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Every warning and critical fails a UI test, as G_DEBUG=fatal-warnings makes
 * them, but one inside GTK 4.8 itself: its X11 backend asks for the monitor of
 * a popup's parent before Xvfb has told it where the window is, now and then
 * ("gdk_monitor_get_geometry: assertion 'GDK_IS_MONITOR (monitor)' failed");
 * the app is not at fault and goes on. (GLib's fatal handler is not asked
 * about messages that go through the structured writer, hence a writer.) */
static inline GLogWriterOutput
byline_test_ui_log_writer (GLogLevelFlags   level,
                           const GLogField *fields,
                           gsize            n_fields,
                           gpointer         data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
      domain = fields[i].value;
    else if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  if ((level & G_LOG_LEVEL_CRITICAL) && g_strcmp0 (domain, "Gdk") == 0 && message != NULL
      && g_str_has_prefix (message, "gdk_monitor_get_geometry: assertion"))
    {
      g_printerr ("# GTK 4.8 under Xvfb, not fatal here: %s\n", message);
      return G_LOG_WRITER_HANDLED;
    }
  g_log_writer_default (level, fields, n_fields, data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_printerr ("Bail out! %s-%s\n", domain != NULL ? domain : "", message != NULL ? message : "");
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

/* Inits GLib's test framework and GTK on the display the suite chooses, not
 * the machine's: the cairo renderer and no OpenGL at all, so that no GL
 * driver (each machine's Mesa differs, and some leak at start-up) is loaded.
 * Returns FALSE when there is no display (the caller skips, exit 77). */
static inline gboolean
byline_test_ui_init (int    *argc,
                     char ***argv)
{
  g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_test_init (argc, argv, NULL);
  /* warnings and criticals fail through the writer, which knows GTK's one */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_writer_func (byline_test_ui_log_writer, NULL, NULL);
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    return FALSE;
  /* No animations: libadwaita 1.2 skips a toast's slide-in when the toast is
   * unmapped half-way (the tests change pages within milliseconds), frees the
   * toast in that skip and then writes to it; with animations off every
   * animation ends at once. The window's own behaviour does not depend on
   * them. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  return TRUE;
}

/* Waits (a few seconds at most) until @window is shown on a monitor. GTK 4.8's
 * X11 backend asks for the monitor of a popup's parent, and a window that Xvfb
 * has not placed yet has none: a critical inside GTK
 * ("gdk_monitor_get_geometry: assertion 'GDK_IS_MONITOR (monitor)' failed")
 * when a test opens a popover too early, now and then, under load. */
static inline void
byline_test_ui_wait_shown (GtkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

      if (gtk_widget_get_mapped (GTK_WIDGET (window)) && surface != NULL
          && gdk_surface_get_width (surface) > 0
          && gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)), surface) != NULL)
        return;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

G_END_DECLS
