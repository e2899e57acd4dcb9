/* across-demo.c: the Across Articles window over a library, on one page,
 * until it is closed: for screenshots. Not a test.
 *
 * Usage: across-demo LIBRARY PAGE [SELECT]
 *   PAGE: people, timeline, network or compare; SELECT: the row to choose
 *   (a person on the people page, a link on the network page)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>

#include "byline-across-window.h"
#include "byline-window-private.h"

int
main (int    argc,
      char **argv)
{
  BylineAcrossWindow *across;
  guint select = argc > 3 ? (guint) atoi (argv[3]) : 0;

  if (argc < 3)
    {
      g_printerr ("usage: across-demo LIBRARY PAGE [SELECT]\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  across = byline_across_window_new (NULL, argv[1]);
  byline_across_window_show_page (across, argv[2]);
  if (g_str_equal (argv[2], "people"))
    byline_across_window_select (across, "people", select);
  else if (g_str_equal (argv[2], "network"))
    byline_across_window_select (across, "links", select);
  gtk_window_set_default_size (GTK_WINDOW (across), 1280, 800);
  gtk_window_maximize (GTK_WINDOW (across));
  gtk_window_present (GTK_WINDOW (across));
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
