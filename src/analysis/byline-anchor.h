/* byline-anchor.h: a passage found again after its text changed
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-text.h"

G_BEGIN_DECLS

/* How much text a note keeps on each side of its passage to find it again */
#define BYLINE_ANCHOR_CONTEXT_CHARS 32

gboolean    byline_anchor_find    (BylineText *text,
                                   const char *exact,
                                   const char *prefix,
                                   const char *suffix,
                                   guint32     start,
                                   guint32    *new_start,
                                   guint32    *new_end);
void        byline_anchor_context (const char *text,
                                   gsize       len,
                                   const char *from,
                                   const char *to,
                                   char      **prefix,
                                   char      **suffix);
const char *byline_anchor_byte_at (const char *s,
                                   gsize       len,
                                   guint32     chars);

G_END_DECLS
