/* test-util.h: what the tests share (test-util.c, test-util-store.c)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-analysis.h"

G_BEGIN_DECLS

BylineText     *test_text_new      (const char *s);
BylineAnalysis *test_analyse       (const char *s);
char           *test_read_seed     (void);
BylineAnalysis *test_analyse_seed  (void);
void            test_remove_tree   (const char *dir);
guint32         test_char_index    (const char *haystack,
                                    const char *needle);
char           *test_quote_text    (const BylineAnalysis *a,
                                    const BylineQuote    *q);
void            test_assert_no_report (const char *input,
                                       const char *words);

/* test-util-store.c: only for the tests that link the store */
#ifdef BYLINE_TEST_UTIL_STORE
#include "byline-store.h"

gint64          test_add_article   (BylineStore       *store,
                                    const char        *s,
                                    const char        *source,
                                    BylineAddOutcome  *outcome);
gint64          test_add_note      (BylineStore       *store,
                                    gint64             article,
                                    const char        *text,
                                    const char        *passage,
                                    BylineNoteKind     kind,
                                    const char        *body,
                                    const char *const *tags);
#endif

G_END_DECLS
