/* fuzz-analysis.c: libFuzzer target over loading, HTML and Markdown import, and
 * analysis. Built with
 * -fsanitize=fuzzer when clang is the compiler; otherwise a replay program
 * that feeds it the files named on its command line.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-analysis.h"
#include "byline-import.h"

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
  /* the same bytes as HTML and as Markdown: plain UTF-8 out, a map that stays in the source */
  for (int format = BYLINE_IMPORT_FORMAT_HTML; format <= BYLINE_IMPORT_FORMAT_MARKDOWN; format++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineImport) imported = byline_import_data ((const char *) data, size, "fuzz",
                                                             format, TRUE, &error);
      if (imported == NULL)
        continue;
      g_assert_true (g_utf8_validate (imported->text->data, imported->text->len, NULL));
      for (guint i = 0; i < imported->map->len; i++)
        {
          const BylineImportSpan *span = &g_array_index (imported->map, BylineImportSpan, i);
          g_assert_cmpuint (span->source_start, <=, size);
          if (i > 0)
            g_assert_cmpuint (span->text_start, >=,
                              g_array_index (imported->map, BylineImportSpan, i - 1).text_start);
        }
      g_assert_cmpuint (byline_import_source_offset (imported, imported->text->n_chars), <=, size);
      {
        g_autoptr (BylineAnalysis) a = byline_analysis_new (imported->text);
        g_assert_nonnull (a);
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
