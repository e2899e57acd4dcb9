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
