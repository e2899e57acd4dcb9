/* byline-clauses.h: the clause reader: where each sentence's main clause starts,
 * who its subject is, and whom the article is about
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-document.h"
#include "byline-entities.h"

G_BEGIN_DECLS

/* What the clause reader needs of an analysis: the text, its tokens, the entities
 * and their mentions in text order. The finders keep one in their context. */
typedef struct
{
  const BylineDocument *doc;
  const char           *text;
  const BylineToken    *toks;
  guint                 n;
  GPtrArray            *entities;
  GArray               *mentions;
} BylineClauseReader;

/* One sentence's clause structure. Tokens are indices into the document's
 * tokens. 28 bytes, not 32: packed to 4-byte alignment, as there is one a
 * sentence while the quotes are found. Do not take the address of a member. */
typedef struct __attribute__ ((packed, aligned (4)))
{
  guint32             main_start;    /* the main clause: past a fronted phrase or an opening quotation */
  guint32             fronted_comma; /* the comma that ends a fronted phrase ("During his talks with X,"), or 0 */
  const BylineEntity *subject;       /* the person the main clause's subject names, or NULL */
  const BylineEntity *topic;         /* the person the sentences before were about, or NULL */
  guint32             topic_sentence;/* the sentence that named the topic as its subject */
} BylineClause;

G_STATIC_ASSERT (sizeof (BylineClause) == 28);

void                byline_clause_reader_init      (BylineClauseReader   *reader,
                                                    const BylineDocument *doc,
                                                    GPtrArray            *entities,
                                                    GArray               *mentions);
GArray             *byline_clauses_read            (const BylineClauseReader *reader);

gboolean            byline_clauses_governed        (const BylineClauseReader *reader,
                                                    guint                     first);
guint               byline_clauses_fronted_comma   (const BylineClauseReader *reader,
                                                    guint                     lo,
                                                    guint                     hi);
const BylineEntity *byline_clauses_described_person (const BylineClauseReader *reader,
                                                    guint                     i,
                                                    guint                     hi,
                                                    guint                    *end);
gboolean            byline_clauses_heads           (const char               *role,
                                                    gboolean                  state);
gboolean            byline_clauses_title_fits      (const char               *role,
                                                    const char               *description);
const BylineEntity *byline_clauses_subject_at      (const BylineClauseReader *reader,
                                                    const BylineEntity       *topic,
                                                    guint                     k,
                                                    guint                     hi);

G_END_DECLS
