/* fuzz-analysis.c: libFuzzer target over loading, HTML and Markdown import,
 * analysis, every exporter, the import of W3C annotations, lessons,
 * students' responses and analyses read back as the library stores them. Built with
 * -fsanitize=fuzzer when clang is the compiler; otherwise a replay program
 * that feeds it the files named on its command line.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-analysis.h"
#include "byline-lesson.h"
#include "byline-response.h"
#include "byline-export.h"
#include "byline-import.h"
#include "byline-input.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* The text in every format, with notes whose spans and words come from the
 * input: some fit, some run past the end, one is orphaned */
static void
export_all (BylineText   *text,
            const guint8 *data,
            size_t        size)
{
  g_autoptr (BylineExportInput) input = byline_export_input_new_from_text (text, NULL, NULL);

  for (size_t i = 0; i + 3 < size && i < 64; i += 4)
    {
      BylineNote *n = g_new0 (BylineNote, 1);
      const char *tags[] = { "<tag>", NULL };

      n->id = i + 1;
      n->start = data[i] * 7 + data[i + 1];
      n->end = n->start + data[i + 2] % 50;
      n->kind = data[i + 3] % 3;
      n->orphaned = data[i + 3] % 5 == 0;
      n->exact = g_strdup ("x");
      n->prefix = g_strdup ("");
      n->suffix = g_strdup ("");
      n->body = g_utf8_make_valid ((const char *) data + i, MIN (size - i, 40));
      n->tags = g_strdupv ((char **) tags);
      g_ptr_array_add (input->notes, n);
    }
  for (int format = BYLINE_EXPORT_MARKDOWN; format <= BYLINE_EXPORT_PDF; format++)
    {
      g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autoptr (GError) error = NULL;

      if (format == BYLINE_EXPORT_PDF && size > 20000)
        continue;   /* pango is slow on big inputs; the layout code is the same */
      g_assert_true (byline_export_write (input, format, out, NULL, &error));
      g_assert_no_error (error);
    }
}

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
          if (repair)
            export_all (text, data, size);
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
  /* the same bytes as W3C annotations: parsed, or refused with an error */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (BylineAnnotations) set = byline_annotations_parse ((const char *) data, size, "fuzz", &error);

    g_assert_true ((set == NULL) == (error != NULL));
  }
  /* as a lesson, and as a response checked against the lesson the samples make */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GError) response_error = NULL;
    g_autoptr (BylineLesson) lesson = byline_lesson_load_data ((const char *) data, size, "fuzz", &error);
    g_autoptr (BylineResponse) response = byline_response_load_data ((const char *) data, size, "fuzz",
                                                                     &response_error);

    g_assert_true ((lesson == NULL) == (error != NULL));
    g_assert_true ((response == NULL) == (response_error != NULL));
    if (lesson != NULL)
      {
        g_autoptr (BylineResponse) mine = byline_response_new (lesson, "fuzz");
        g_autoptr (JsonNode) json = byline_lesson_to_json (lesson);

        g_assert_nonnull (mine);
        g_assert_nonnull (json);
        if (response != NULL)
          {
            g_autoptr (GError) mismatch = NULL;

            byline_response_check_lesson (response, lesson, "fuzz", &mismatch);
          }
      }
  }
  /* as an analysis the library cached: checked against texts of two lengths */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (JsonNode) root = byline_json_parse ((const char *) data, size, &error);

    g_assert_true ((root == NULL) == (error != NULL));
    if (root != NULL)
      for (gsize n = 0; n <= 1000; n += 1000)
        {
          g_autoptr (GError) bad = NULL;
          gboolean ok = byline_json_check_analysis (root, n, &bad);

          g_assert_true (ok == (bad == NULL));
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
