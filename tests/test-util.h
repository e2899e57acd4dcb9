/* test-util.h: what the analysis tests share
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "byline-analysis.h"

/* Analyses a string as if it were a file named test.txt */
static inline BylineAnalysis *
test_analyse (const char *s)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_data (s, strlen (s), "test.txt", FALSE, &error);

  g_assert_no_error (error);
  return byline_analysis_new (t);
}

/* Analyses the seed article from ../shared/eval/dev/seed.txt (BYLINE_SHARED), a
 * real article the project may read but not ship; NULL, with the test marked
 * skipped, when it is not there */
static inline BylineAnalysis *
test_analyse_seed (void)
{
  const char *shared = g_getenv ("BYLINE_SHARED");
  g_autofree char *path = g_build_filename (shared != NULL ? shared : "../shared", "eval", "dev", "seed.txt", NULL);
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("the seed article (../shared/eval/dev/seed.txt) is not here");
      return NULL;
    }
  return test_analyse (text);
}
