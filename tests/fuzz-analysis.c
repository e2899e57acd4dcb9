/* fuzz-analysis.c: libFuzzer target over loading and analysis. Built with
 * -fsanitize=fuzzer when clang is the compiler; otherwise a replay program
 * that feeds it the files named on its command line.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-analysis.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  for (int repair = 0; repair <= 1; repair++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineText) text = byline_text_new_from_data ((const char *) data, size, "fuzz",
                                                              repair, &error);
      if (text != NULL)
        {
          g_autoptr (BylineAnalysis) a = byline_analysis_new (text);
          g_autoptr (JsonNode) json = byline_analysis_to_json (a);
          g_autofree char *summary = byline_analysis_to_text (a);
          g_assert_nonnull (json);
          g_assert_nonnull (summary);
        }
    }
  return 0;
}

#ifndef BYLINE_LIBFUZZER
int
main (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *contents = NULL;
      gsize len;

      if (g_file_get_contents (argv[i], &contents, &len, NULL))
        LLVMFuzzerTestOneInput ((const guint8 *) contents, len);
    }
  return 0;
}
#endif
