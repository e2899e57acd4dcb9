/* byline-quotes.h
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

typedef enum
{
  BYLINE_QUOTE_DIRECT,    /* a quoted sentence or more */
  BYLINE_QUOTE_PARTIAL,   /* a quoted fragment in the writer's sentence */
  BYLINE_QUOTE_INDIRECT,  /* reported speech: "X said that ..." */
} BylineQuoteKind;

/* Who said what. Spans are bytes, end exclusive. */
typedef struct
{
  guint32             start;        /* the quoted words, without the marks */
  guint32             end;
  guint32             first_token;
  guint32             end_token;
  BylineQuoteKind     kind;
  const BylineEntity *speaker;      /* or NULL */
  char               *speaker_name; /* the best name there is, or NULL */
  BylineSpan          cue;          /* the reporting verb; end == 0 when none */
  const char         *connotation;  /* of the cue: "neutral", "doubting"... or NULL */
  const BylineEntity *via;          /* the outlet the words came through, or NULL */
  char               *via_name;
  guint               sentence;     /* index of the sentence holding the quote's start */
} BylineQuote;

GPtrArray  *byline_quotes_find               (const BylineDocument *doc,
                                              GPtrArray            *entities,
                                              GArray               *mentions,
                                              GArray               *clauses);
void        byline_quote_free                (BylineQuote *quote);
const char *byline_quote_kind_to_string      (BylineQuoteKind kind);
char       *byline_quote_display_words       (const char     *words,
                                              gssize          length,
                                              const char     *kind);

G_END_DECLS
