/* test-util.c: what the tests share: texts and analyses made from strings,
 * the seed article of the shared evaluation data, temporary folders
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "test-util.h"

/* A text made from a string, as if it were a file named test.txt */
BylineText *
test_text_new (const char *s)
{
  g_autoptr (GError) error = NULL;
  BylineText *t = byline_text_new_from_data (s, strlen (s), "test.txt", FALSE, &error);

  g_assert_no_error (error);
  return t;
}

/* Analyses a string as if it were a file named test.txt */
BylineAnalysis *
test_analyse (const char *s)
{
  g_autoptr (BylineText) t = test_text_new (s);

  return byline_analysis_new (t);
}

/* The words of quote @q */
char *
test_quote_text (const BylineAnalysis *a, const BylineQuote *q)
{
  return g_strndup (a->text->data + q->start, q->end - q->start);
}

/* No quote of @input holds @words: a sentence that must report nothing */
void
test_assert_no_report (const char *input, const char *words)
{
  g_autoptr (BylineAnalysis) a = test_analyse (input);

  for (guint k = 0; k < a->quotes->len; k++)
    {
      g_autofree char *t = test_quote_text (a, a->quotes->pdata[k]);

      g_test_message ("quote: “%s”", t);
      g_assert_null (strstr (t, words));
    }
}

/* The seed article, ../shared/eval/dev/seed.txt (BYLINE_SHARED): a real
 * article the project may read but not ship; NULL when it is not there */
char *
test_read_seed (void)
{
  const char *shared = g_getenv ("BYLINE_SHARED");
  g_autofree char *path = g_build_filename (shared != NULL ? shared : "../shared", "eval", "dev", "seed.txt", NULL);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

/* The seed article analysed; NULL, with the test marked skipped, when it is
 * not there */
BylineAnalysis *
test_analyse_seed (void)
{
  g_autofree char *text = test_read_seed ();

  if (text == NULL)
    {
      g_test_skip ("the seed article (../shared/eval/dev/seed.txt) is not here");
      return NULL;
    }
  return test_analyse (text);
}

/* Removes @dir and everything in it */
void
test_remove_tree (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        test_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* The code point offset of the first @needle in @haystack, which must have it */
guint32
test_char_index (const char *haystack,
                 const char *needle)
{
  const char *p = strstr (haystack, needle);

  g_assert_nonnull (p);
  return g_utf8_pointer_to_offset (haystack, p);
}
