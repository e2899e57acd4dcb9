/* test-text.c: loading text, UTF-8 checks, offsets
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "byline-input.h"
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

/* the text keeps the buffer it is given, BOM dropped; a refused one is freed */
static void
test_take_data (void)
{
  g_autoptr (GError) error = NULL;
  char *data = g_strdup ("\xEF\xBB\xBFHello, \xC3\xA9t\xC3\xA9");
  g_autoptr (BylineText) t = byline_text_new_take_data (data, strlen (data), "x.txt", FALSE, &error);
  BylineText *bad;

  g_assert_no_error (error);
  g_assert_true (t->data == data);
  g_assert_cmpstr (t->data, ==, "Hello, \xC3\xA9t\xC3\xA9");
  g_assert_cmpuint (t->len, ==, 12);
  g_assert_cmpuint (t->n_chars, ==, 10);

  bad = byline_text_new_take_data (g_strdup ("a\xFF"), 2, "y.txt", FALSE, &error);
  g_assert_null (bad);
  g_assert_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_NOT_UTF8);
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

/* The JSON guard: nesting past the limit refused wherever it is, with the
 * line and column; strings do not count; a NUL escape is refused */
static void
test_json_shape (void)
{
  static const struct { const char *json; gboolean ok; } cases[] = {
    { "[]", TRUE },
    { "{\"a\": [1, {\"b\": \"[[[[[[\"}]}", TRUE },
    { "\"\\\\u0000 is a backslash and u0000\"", TRUE },
    { "\"\\u0000\"", FALSE },
    { "{\"body\": \"cut\\u0000here\"}", FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_cmpint (byline_json_check_shape (cases[i].json, strlen (cases[i].json), &error), ==, cases[i].ok);
      g_assert_true ((error == NULL) == cases[i].ok);
    }
  for (guint depth = BYLINE_JSON_MAX_DEPTH - 1; depth <= BYLINE_JSON_MAX_DEPTH + 1; depth++)
    for (guint kind = 0; kind < 2; kind++)
      {
        g_autoptr (GString) json = g_string_new ("\n  ");
        g_autoptr (GError) error = NULL;
        g_autoptr (JsonNode) root = NULL;

        for (guint d = 0; d < depth; d++)
          g_string_append (json, kind ? "{\"k\": " : "[");
        g_string_append (json, "0");
        for (guint d = 0; d < depth; d++)
          g_string_append (json, kind ? "}" : "]");
        root = byline_json_parse (json->str, json->len, &error);
        if (depth <= BYLINE_JSON_MAX_DEPTH)
          {
            g_assert_no_error (error);
            g_assert_nonnull (root);
          }
        else
          {
            g_assert_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_TOO_DEEP);
            g_assert_nonnull (strstr (error->message, "line 2"));
          }
      }
}

/* A cached analysis is checked against its text's length */
static void
test_json_analysis (void)
{
  static const struct { const char *json; gboolean ok; } cases[] = {
    { "{\"quotes\": [{\"start\": 0, \"end\": 10, \"kind\": \"direct\"}]}", TRUE },
    { "{\"quotes\": [], \"signals\": {\"voices\": [{\"entity\": \"e1\", \"quotes\": 2}]}}", TRUE },
    { "{\"quotes\": [{\"start\": 0, \"end\": 11}]}", FALSE },
    { "{\"quotes\": [{\"start\": 4, \"end\": 3}]}", FALSE },
    { "{\"quotes\": [{\"start\": \"0\", \"end\": 3}]}", FALSE },
    { "{\"quotes\": [{\"end\": 3}]}", FALSE },
    { "{\"claims\": [{\"start\": 0, \"end\": 3, \"attribution\": 5}]}", FALSE },
    { "{\"entities\": [{\"name\": \"x\", \"mentions\": [{\"start\": -1, \"end\": 2}]}]}", FALSE },
    { "{\"meetings\": [3]}", FALSE },
    { "{\"meetings\": \"none\"}", FALSE },
    { "{\"document\": {\"sentences\": [{\"start\": 0, \"end\": 12}]}}", FALSE },
    { "[1, 2]", FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) root = byline_json_parse (cases[i].json, -1, &error);

      g_assert_no_error (error);
      g_assert_cmpint (byline_json_check_analysis (root, 10, &error), ==, cases[i].ok);
      g_assert_true ((error == NULL) == cases[i].ok);
    }
}

/* Control characters are made visible; other text is kept as it is */
static void
test_escape_terminal (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "plain café\tand\nnewline", "plain café\tand\nnewline" },
    { "\x1b]0;pwned\a\x1b[2J", "\\x1b]0;pwned\\x07\\x1b[2J" },
    { "cr\rdel\x7f", "cr\\x0ddel\\x7f" },
    { "csi\xc2\x9b" "31m", "csi\\u{009b}31m" },
    { "rlo\xe2\x80\xae" "x", "rlo\\u{202e}x" },
    { "latin1 \xe9 byte", "latin1 \\xe9 byte" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = byline_escape_terminal (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* Only regular files, within the limit */
static void
test_input_read (void)
{
  g_autofree char *dir = g_dir_make_tmp ("byline-input-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *file = g_build_filename (dir, "big.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize len;
  char *big = g_malloc (3 * 1024 * 1024);

  memset (big, 'a', 3 * 1024 * 1024);
  g_assert_true (g_file_set_contents (file, big, 3 * 1024 * 1024, NULL));
  g_free (big);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (byline_input_read (fifo, &contents, &len, &error));
  g_assert_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "pipe"));
  g_clear_error (&error);
  g_assert_false (byline_input_read ("/dev/null", &contents, &len, &error));
  g_assert_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  byline_input_set_max_size (2 * 1024 * 1024);
  g_assert_false (byline_input_read (file, &contents, &len, &error));
  g_assert_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "big.txt"));
  g_assert_nonnull (strstr (error->message, "2 MB"));
  g_clear_error (&error);
  byline_input_set_max_size (4 * 1024 * 1024);
  g_assert_true (byline_input_read (file, &contents, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (len, ==, 3 * 1024 * 1024);
  g_assert_cmpint (contents[len], ==, '\0');
  byline_input_set_max_size (BYLINE_INPUT_DEFAULT_MAX_SIZE);

  g_unlink (fifo);
  g_unlink (file);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/bom-dropped", test_bom_dropped);
  g_test_add_func ("/text/take-data", test_take_data);
  g_test_add_func ("/text/empty", test_empty);
  g_test_add_func ("/text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/text/overlong-and-surrogate", test_overlong_and_surrogate);
  g_test_add_func ("/text/repair", test_repair);
  g_test_add_func ("/text/binary", test_binary);
  g_test_add_func ("/text/char-offsets", test_char_offsets);
  g_test_add_func ("/text/missing-file", test_missing_file);
  g_test_add_func ("/text/directory", test_directory);
  g_test_add_func ("/input/json-shape", test_json_shape);
  g_test_add_func ("/input/json-analysis", test_json_analysis);
  g_test_add_func ("/input/escape-terminal", test_escape_terminal);
  g_test_add_func ("/input/read", test_input_read);
  return g_test_run ();
}
