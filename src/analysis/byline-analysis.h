/* byline-analysis.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-document.h"
#include "byline-entities.h"
#include "byline-json-writer.h"
#include "byline-quotes.h"
#include "byline-text.h"

G_BEGIN_DECLS

#define BYLINE_ANALYSIS_SCHEMA "byline.analysis/1"

/* Everything the analyser finds in one article. */
typedef struct
{
  BylineText     *text;
  BylineDocument *document;
  GPtrArray      *entities;   /* BylineEntity */
  GArray         *mentions;   /* BylineMentionRef, in text order */
  GPtrArray      *quotes;     /* BylineQuote */
} BylineAnalysis;

BylineAnalysis *byline_analysis_new       (BylineText           *text);
void            byline_analysis_free      (BylineAnalysis       *self);
JsonNode       *byline_analysis_to_json   (const BylineAnalysis *self);
void            byline_analysis_write_json (const BylineAnalysis *self,
                                            GString              *out);
gboolean        byline_analysis_write_json_to (const BylineAnalysis *self,
                                               BylineJsonSink        sink,
                                               gpointer              user_data);
char           *byline_analysis_to_text   (const BylineAnalysis *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineAnalysis, byline_analysis_free)

G_END_DECLS
