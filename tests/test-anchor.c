/* test-anchor.c: a passage found again after its text changed
 * (byline-anchor.c), as notes and corrections in the library are
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-anchor.h"
#include "test-util.h"

static void
test_find (void)
{
  g_autoptr (BylineText) t = test_text_new ("ab cé ab cé ab");
  guint32 s = 0, e = 0;

  /* nearest occurrence wins when the context says nothing */
  g_assert_true (byline_anchor_find (t, "ab", "", "", 6, &s, &e));
  g_assert_cmpuint (s, ==, 6);
  g_assert_cmpuint (e, ==, 8);
  /* context beats distance */
  g_assert_true (byline_anchor_find (t, "ab", "", " cé ab cé", 12, &s, &e));
  g_assert_cmpuint (s, ==, 0);
  g_assert_true (byline_anchor_find (t, "cé", "ab cé ab ", "", 0, &s, &e));
  g_assert_cmpuint (s, ==, 9);
  g_assert_cmpuint (e, ==, 11);
  g_assert_false (byline_anchor_find (t, "zz", "", "", 0, &s, &e));
  g_assert_false (byline_anchor_find (t, "", "", "", 0, &s, &e));
}

/* What stands around a passage: up to BYLINE_ANCHOR_CONTEXT_CHARS code
 * points each side, fewer at the text's ends, never a cut character */
static void
test_context (void)
{
  g_autoptr (GString) long_text = g_string_new (NULL);
  const char *text = "Ministers in Tromsø agreed";
  const char *from = strstr (text, "agreed");
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  byline_anchor_context (text, strlen (text), from, from + strlen ("agreed"), &prefix, &suffix);
  g_assert_cmpstr (prefix, ==, "Ministers in Tromsø ");
  g_assert_cmpstr (suffix, ==, "");
  g_clear_pointer (&prefix, g_free);
  g_clear_pointer (&suffix, g_free);

  for (guint i = 0; i < 40; i++)
    g_string_append (long_text, "é");
  g_string_append (long_text, "X");
  for (guint i = 0; i < 40; i++)
    g_string_append (long_text, "ø");
  from = strchr (long_text->str, 'X');
  byline_anchor_context (long_text->str, long_text->len, from, from + 1, &prefix, &suffix);
  g_assert_cmpint (g_utf8_strlen (prefix, -1), ==, BYLINE_ANCHOR_CONTEXT_CHARS);
  g_assert_cmpint (g_utf8_strlen (suffix, -1), ==, BYLINE_ANCHOR_CONTEXT_CHARS);
  g_assert_true (g_utf8_validate (prefix, -1, NULL) && g_utf8_validate (suffix, -1, NULL));
}

/* Code point @n of a string, never past its end */
static void
test_byte_at (void)
{
  const char *s = "aé😀b";
  gsize len = strlen (s);

  g_assert_true (byline_anchor_byte_at (s, len, 0) == s);
  g_assert_true (byline_anchor_byte_at (s, len, 2) == s + 3);
  g_assert_true (byline_anchor_byte_at (s, len, 3) == s + 7);
  g_assert_true (byline_anchor_byte_at (s, len, 4) == s + len);
  g_assert_true (byline_anchor_byte_at (s, len, 99) == s + len);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/anchor/find", test_find);
  g_test_add_func ("/anchor/context", test_context);
  g_test_add_func ("/anchor/byte-at", test_byte_at);
  return g_test_run ();
}
