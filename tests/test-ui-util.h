/* test-ui-util.h: the display set-up every UI test shares
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8's X11 backend asks for the monitor of a popup's parent before Xvfb
 * has placed it, now and then, under load: a critical inside GTK
 * ("gdk_monitor_get_geometry: assertion 'GDK_IS_MONITOR (monitor)' failed"),
 * harmless to the app. Every other warning and critical stays fatal. */
static inline gboolean
byline_test_ui_fatal_handler (const char     *domain,
                              GLogLevelFlags  level,
                              const char     *message,
                              gpointer        data)
{
  return !(g_strcmp0 (domain, "Gdk") == 0 && message != NULL
           && g_str_has_prefix (message, "gdk_monitor_get_geometry: assertion"));
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
  g_test_log_set_fatal_handler (byline_test_ui_fatal_handler, NULL);
  gtk_disable_setlocale ();
  return gtk_init_check ();
}

G_END_DECLS
