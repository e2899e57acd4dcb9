/* test-ui-util.h: the display set-up every UI test shares
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

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
