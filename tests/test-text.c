/* test-text.c: loading text, UTF-8 checks, offsets
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "byline-text.h"

static void
test_bom_dropped (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_data ("\xEF\xBB\xBFHello", 8, "x.txt", FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (t->data, ==, "Hello");
  g_assert_cmpuint (t->n_chars, ==, 5);
}

static void
test_empty (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_data ("", 0, "empty.txt", FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (t);
  g_assert_cmpuint (t->len, ==, 0);
  g_assert_cmpuint (t->n_chars, ==, 0);
  g_assert_cmpuint (byline_text_char_offset (t, 0), ==, 0);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr (GError) error = NULL;
  const char data[] = "Caf\xe9 talks";
  g_autoptr (BylineText) t = byline_text_new_from_data (data, sizeof data - 1, "latin1.txt", FALSE, &error);

  g_assert_null (t);
  g_assert_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_NOT_UTF8);
  g_assert_nonnull (strstr (error->message, "latin1.txt"));
  g_assert_nonnull (strstr (error->message, "byte 3"));
}

static void
test_overlong_and_surrogate (void)
{
  const char *bad[] = { "said \xc0\xaf hello", "Talks \xed\xa0\x80 ended." };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineText) t = byline_text_new_from_data (bad[i], strlen (bad[i]), "bad.txt", FALSE, &error);

      g_assert_null (t);
      g_assert_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_NOT_UTF8);
    }
}

static void
test_repair (void)
{
  g_autoptr (GError) error = NULL;
  const char data[] = "Caf\xe9 talks";
  g_autoptr (BylineText) t = byline_text_new_from_data (data, sizeof data - 1, "latin1.txt", TRUE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (t->data, ==, "Caf\xEF\xBF\xBD talks");
  g_assert_cmpuint (byline_text_get_n_repairs (t), ==, 1);
  g_assert_cmpuint (t->n_chars, ==, 10);
}

static void
test_binary (void)
{
  g_autoptr (GError) error = NULL;
  const char data[] = "PK\x03\x04\x00\x00 zip";
  g_autoptr (BylineText) t = byline_text_new_from_data (data, sizeof data - 1, "archive.zip", FALSE, &error);

  g_assert_null (t);
  g_assert_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "archive.zip"));
  g_assert_nonnull (strstr (error->message, "byte 4"));
}

static void
test_char_offsets (void)
{
  g_autoptr (GError) error = NULL;
  /* every 64-byte mark and the bytes between them: compare with GLib */
  g_autoptr (GString) s = g_string_new (NULL);
  g_autoptr (BylineText) t = NULL;

  for (int i = 0; i < 200; i++)
    g_string_append (s, i % 3 == 0 ? "Yıldırım “é” " : i % 3 == 1 ? "ok " : "\xF0\x9F\x87\xBA ");
  t = byline_text_new_from_data (s->str, s->len, "offsets.txt", FALSE, &error);
  g_assert_no_error (error);
  for (const char *p = t->data; ; p = g_utf8_next_char (p))
    {
      gsize byte = (gsize) (p - t->data);
      g_assert_cmpuint (byline_text_char_offset (t, byte), ==, (gsize) g_utf8_pointer_to_offset (t->data, p));
      if (*p == '\0')
        break;
    }
  g_assert_cmpuint (t->n_chars, ==, (gsize) g_utf8_strlen (t->data, -1));
}

static void
test_missing_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_file ("/nonexistent/article.txt", FALSE, &error);

  g_assert_null (t);
  g_assert_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/article.txt"));
}

static void
test_directory (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_file (g_get_tmp_dir (), FALSE, &error);

  g_assert_null (t);
  g_assert_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_IO);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/bom-dropped", test_bom_dropped);
  g_test_add_func ("/text/empty", test_empty);
  g_test_add_func ("/text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/text/overlong-and-surrogate", test_overlong_and_surrogate);
  g_test_add_func ("/text/repair", test_repair);
  g_test_add_func ("/text/binary", test_binary);
  g_test_add_func ("/text/char-offsets", test_char_offsets);
  g_test_add_func ("/text/missing-file", test_missing_file);
  g_test_add_func ("/text/directory", test_directory);
  return g_test_run ();
}
