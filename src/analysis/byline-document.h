/* byline-document.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-dates.h"
#include "byline-lexicon.h"
#include "byline-text.h"
#include "byline-tokens.h"
#include "byline-types.h"

G_BEGIN_DECLS

typedef struct
{
  guint32 start;        /* bytes */
  guint32 end;
  guint   first_token;
  guint   end_token;    /* exclusive */
  guint   paragraph;
} BylineSentence;

/* What an imported page says of itself: its metadata (JSON-LD, OpenGraph,
 * meta tags) or Markdown front matter. Borrowed strings, each may be NULL. */
typedef struct
{
  const char *url;        /* canonical URL */
  const char *author;
  const char *published;  /* "2013-12-11" */
  const char *publisher;  /* the publisher's name: "Press TV" */
} BylinePageMeta;

/* The structure of an article: its lines, paragraphs, sentences and the
 * furniture around the body (headline, standfirst, credit, byline, dateline). */
typedef struct
{
  BylineText *text;
  GArray     *tokens;      /* BylineToken */
  GArray     *paragraphs;  /* BylineSpan */
  GArray     *sentences;   /* BylineSentence */
  BylineSpan  title;       /* end == 0: none */
  BylineSpan  standfirst;
  BylineSpan  credit;
  BylineSpan  byline;
  BylineSpan  dateline;    /* the line or words that date the article */
  BylineSpan  wire;        /* "WASHINGTON (Reuters) -" */
  BylineSpan  wire_place;  /* "WASHINGTON" */
  BylineSpan  wire_agency; /* "Reuters" */
  BylineDay   date;        /* the article's date; 0 fields unknown */
  guint       body_first_token;
  /* where the article comes from: the page's metadata, else the visible byline */
  char                 *url;          /* http(s) only, or NULL */
  char                 *author;       /* or NULL */
  char                 *published;    /* "2013-12-11" or NULL */
  char                 *outlet_name;  /* the publisher, or the site's outlet; or NULL */
  const BylineLexEntry *outlet;       /* the outlet lexicon's entry, or NULL */
} BylineDocument;

BylineDocument *byline_document_new        (BylineText     *text);
void            byline_document_free       (BylineDocument *self);
void            byline_document_set_page   (BylineDocument       *self,
                                            const BylinePageMeta *page);
gboolean        byline_document_is_header  (const BylineDocument *self,
                                            guint32               byte);
gboolean        byline_span_contains       (const BylineSpan *span,
                                            guint32           byte);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineDocument, byline_document_free)

G_END_DECLS
