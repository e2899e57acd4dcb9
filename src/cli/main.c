/* main.c: byline-cli (built with BYLINE_CLI_LEAN) and byline-cli-full
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "byline-cli.h"
#include "byline-cli-private.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* BYLINE_LOCALEDIR, when set, replaces the installed catalogs: the tests
   * run the programs from the build tree with the catalogs just compiled */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BYLINE_LOCALEDIR") != NULL
                                   ? g_getenv ("BYLINE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

#ifdef BYLINE_CLI_LEAN
  /* byline-cli: analyze of a text file here, the rest by byline-cli-full */
  return _byline_cli_lean_run (argc, argv);
#else
  return byline_cli_run (argc, argv);
#endif
}
