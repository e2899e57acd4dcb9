/* main.c: byline, the window
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "byline-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr (BylineApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* BYLINE_LOCALEDIR, when set, replaces the installed catalogs: the tests
   * run the programs from the build tree with the catalogs just compiled */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BYLINE_LOCALEDIR") != NULL
                                   ? g_getenv ("BYLINE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name ("Byline");
  app = byline_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
