/* test-util-store.c: what the tests of the store and its users share:
 * articles and notes added, asserting that they were (test-util.h)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-util.h"

/* Adds @s as a plain-text article from @source; its id */
gint64
test_add_article (BylineStore      *store,
                  const char       *s,
                  const char       *source,
                  BylineAddOutcome *outcome)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = test_text_new (s);
  gint64 id = byline_store_add_article (store, t, NULL, source, "text", NULL, outcome, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Adds a note on the first occurrence of @passage in @text, the article's
 * text; its id */
gint64
test_add_note (BylineStore       *store,
               gint64             article,
               const char        *text,
               const char        *passage,
               BylineNoteKind     kind,
               const char        *body,
               const char *const *tags)
{
  g_autoptr (GError) error = NULL;
  guint32 start = test_char_index (text, passage);
  gint64 id = byline_store_add_note (store, article, start, start + g_utf8_strlen (passage, -1),
                                     body, kind, tags, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}
