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
#include "byline-claims.h"
#include "byline-clauses.h"
#include "byline-meetings.h"
#include "byline-text.h"
#include "byline-vocabulary.h"

G_BEGIN_DECLS

#define BYLINE_ANALYSIS_SCHEMA "byline.analysis/1"

/* Raised whenever a change makes the analyser's output differ, so that the
 * analyses a library has cached are made again. */
#define BYLINE_ANALYSER_REVISION 2

/* Who is quoted, and how often */
typedef struct
{
  const BylineEntity *entity;    /* or NULL for a name with no entity */
  const char         *name;      /* borrowed from the entity or the quote */
  guint               quotes;
  const char         *country;   /* or NULL */
  gconstpointer       data;      /* BylineQuoteFacts.data of its first quote */
} BylineVoice;

/* The media-literacy signals of an article */
typedef struct
{
  guint   by_attribution[BYLINE_N_ATTRIBUTIONS];
  GArray *voices;                 /* BylineVoice, most quoted first */
  guint   unnamed_sources;        /* claims resting on anonymous sources */
  guint   numbers_without_source; /* unattributed claims that give a figure */
  guint   agentless_passives;     /* "is believed to", with no one behind it */
  guint   hedged_claims;
  guint   loaded_words;
} BylineSignals;

/* What the signals count of a claim, and of a quote: the analyser gives
 * them from its items, the corrections from a corrected analysis, and
 * byline_signals_count () counts them, the same way for both. */
typedef struct
{
  BylineAttribution attribution;
  gboolean          has_number;   /* a figure, an amount, a quantity */
  guint             hedges;       /* how many spans of each */
  guint             loaded;
  guint             agentless;
} BylineClaimFacts;

typedef struct
{
  const BylineEntity *entity;     /* the speaker, or NULL */
  const char         *name;       /* the voice: the speaker's name, else the quote's; NULL for none */
  const char         *country;    /* or NULL */
  gconstpointer       data;       /* the caller's, kept in the voice */
} BylineQuoteFacts;

void            byline_signals_count      (BylineSignals          *signals,
                                           const BylineClaimFacts *claims,
                                           guint                   n_claims,
                                           const BylineQuoteFacts *quotes,
                                           guint                   n_quotes);
void            byline_signals_clear      (BylineSignals          *signals);

/* Everything the analyser finds in one article. */
typedef struct
{
  BylineText     *text;
  BylineDocument *document;
  GPtrArray      *entities;   /* BylineEntity */
  GArray         *mentions;   /* BylineMentionRef, in text order */
  GPtrArray      *quotes;     /* BylineQuote */
  GPtrArray      *meetings;   /* BylineMeeting */
  BylineClaims   *claims;
  BylineSignals   signals;
} BylineAnalysis;

BylineAnalysis *byline_analysis_new       (BylineText           *text);
BylineAnalysis *byline_analysis_new_with_page (BylineText           *text,
                                               const BylinePageMeta *page);
void            byline_analysis_free      (BylineAnalysis       *self);
JsonNode       *byline_analysis_to_json   (const BylineAnalysis *self);
void            byline_analysis_write_json (const BylineAnalysis *self,
                                            GString              *out);
gboolean        byline_analysis_write_json_to (const BylineAnalysis *self,
                                               BylineJsonSink        sink,
                                               gpointer              user_data);
char           *byline_analysis_to_text   (const BylineAnalysis *self);

/* Where the article comes from, for the line under its title */
char           *byline_outlet_label         (const char *name,
                                             int         state_media,
                                             const char *reason);
char           *byline_provenance_line      (JsonObject *document);
char           *byline_provenance_line_for  (const char *author,
                                             const char *outlet,
                                             int         state_media,
                                             const char *reason,
                                             const char *published);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineAnalysis, byline_analysis_free)

G_END_DECLS
