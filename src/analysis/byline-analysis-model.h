/* byline-analysis-model.h: the analysis JSON read once into typed items
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-text.h"
#include "byline-vocabulary.h"

G_BEGIN_DECLS

/* Every layer above the analyser (the window's sidebars, the exports, the
 * CLI's `library show`, the classroom, the corrections) reads an analysis
 * through this model instead of walking the JSON by hand:
 *
 *   g_autoptr (BylineAnalysisModel) model =
 *     byline_analysis_model_new (analysis_node, text, -1, &error);
 *
 *   for (guint i = 0; i < model->quotes->len; i++)
 *     {
 *       const BylineModelQuote *q = &g_array_index (model->quotes, BylineModelQuote, i);
 *       g_autofree char *words = byline_analysis_model_dup_span (model, &q->span);
 *       ...
 *     }
 *
 * The reader checks what every consumer relies on, as a stored analysis is
 * checked today (byline_json_check_analysis ()): lists hold objects, every
 * span is two whole numbers inside the text with the start first, names are
 * text, and the contract's words (entity types, quote kinds, attributions,
 * claim kinds, meeting statuses) are words it has. Anything else is refused
 * with BYLINE_ANALYSIS_MODEL_ERROR_INVALID, naming the item (or, with
 * BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED, the damaged item is skipped). A member
 * the contract calls optional may be absent; then its field is NULL, 0 or an
 * empty array; an absent word is the default one (entity type OTHER, quote
 * kind indirect, attribution unattributed, claim kind statement, meeting
 * status unknown).
 *
 * Spans are code point offsets (the JSON's own numbers, GtkTextIter's);
 * the model's char index turns them into bytes of the text.
 *
 * Memory: the model owns everything it points to. Strings live in one
 * string chunk; items are plain structs in GArrays. Fields are read-only.
 *
 * What stands for what, for a reader that walked the JSON by hand:
 *   CharIndex, CharMap, g_utf8_substring ()   model->index, byline_char_index_pointer (),
 *                                              byline_analysis_model_dup_span ()
 *   member_string (q, "speaker_name")         q->speaker.name
 *   member_string (q, "kind") and its label   q->kind, byline_quote_kind_get_label ()
 *   entity_type_label (type)                  byline_entity_type_label (e->type)
 *   byline_provenance_line (document)         byline_analysis_model_dup_provenance ()
 *   "rgba(53,132,228,0.20)" and the like      byline_palette_get () (src/export/byline-palette.h),
 *                                              byline_colour_to_css (), byline_colour_to_doubles () */

#define BYLINE_ANALYSIS_MODEL_ERROR (byline_analysis_model_error_quark ())

typedef enum
{
  BYLINE_ANALYSIS_MODEL_ERROR_INVALID,   /* not an analysis, or a damaged one */
} BylineAnalysisModelError;

/* BylineCharIndex, code points <-> bytes: in byline-text.h */

/* A span of code points, end exclusive */
typedef struct
{
  guint32 start;
  guint32 end;
} BylineCharSpan;

/* An entity (or none) and the name shown for it: a speaker, a source, a
 * meeting's participant or place, a quote's "via". */
typedef struct
{
  const char *entity;   /* id ("e3") or NULL */
  const char *name;     /* or NULL */
} BylineModelRef;

/* A publisher: the document's outlet, or an entity that is one */
typedef struct
{
  const char *name;         /* NULL for an entity's outlet: the entity's name */
  int         state_media;  /* TRUE, FALSE, or -1 when the lexicon does not know it */
  const char *reason;
  const char *ownership;
  const char *country;
} BylineModelOutlet;

typedef struct
{
  BylineCharSpan span;
  const char    *date;      /* a DATE mention resolved to a day: "2013-12-09", or NULL */
  const char    *from;      /* ... or to a range */
  const char    *to;
} BylineModelMention;

typedef struct
{
  const char        *id;           /* "e3" */
  BylineEntityType   type;
  const char        *name;
  const char        *role;         /* or NULL */
  const char        *affiliation;  /* or NULL */
  const char        *canonical;    /* the lexicon's name, when it differs */
  const char        *kind;         /* the lexicon's subkind: "city", or NULL */
  const char        *country;      /* or NULL */
  BylineModelOutlet *outlet;       /* when the entity is a publisher, or NULL */
  GArray            *mentions;     /* BylineModelMention, in text order */
  gboolean           corrected;    /* a reader's correction changed it */
} BylineModelEntity;

typedef struct
{
  BylineCharSpan   span;           /* the quoted words, without the marks */
  BylineQuoteKind  kind;
  BylineModelRef   speaker;        /* speaker.name: always the best name there is */
  gboolean         has_cue;
  BylineCharSpan   cue;            /* "said", when has_cue */
  const char      *connotation;    /* "claimed", "admitted", or NULL */
  BylineModelRef   via;            /* the outlet the words came through; name NULL when none */
  gboolean         corrected;
} BylineModelQuote;

typedef struct
{
  GArray              *participants;  /* BylineModelRef */
  BylineModelRef       place;         /* name NULL when none */
  const char          *date;          /* "2013-12-09", or NULL */
  const char          *time_text;     /* "Wednesday", or NULL */
  BylineMeetingStatus  status;
  GPtrArray           *topics;        /* const char *, borrowed */
  GArray              *evidence;      /* BylineCharSpan */
  gboolean             corrected;
} BylineModelMeeting;

typedef struct
{
  BylineCharSpan     span;
  BylineAttribution  attribution;
  BylineModelRef     source;
  const char        *reason;      /* or NULL */
  GArray            *hedges;      /* BylineCharSpan */
  GArray            *loaded;      /* BylineCharSpan */
  GArray            *agentless;   /* BylineCharSpan */
  BylineClaimKind    kind;
  gboolean           corrected;
} BylineModelClaim;

typedef struct
{
  BylineModelRef voice;     /* who */
  guint          quotes;    /* how often quoted */
  const char    *country;   /* or NULL */
} BylineModelVoice;

/* The media-literacy signals, as the analysis gives them */
typedef struct
{
  gboolean    present;                  /* FALSE: the analysis has no "signals" */
  guint       by_attribution[BYLINE_N_ATTRIBUTIONS];
  GArray     *voices;                   /* BylineModelVoice, most quoted first */
  guint       unnamed_sources;
  guint       numbers_without_source;
  guint       agentless_passives;
  guint       hedged_claims;
  guint       loaded_words;
  const char *photo_credit;             /* or NULL */
} BylineModelSignals;

typedef struct
{
  const char        *title;          /* each NULL when absent */
  const char        *standfirst;
  const char        *credit;
  const char        *byline;
  const char        *dateline;       /* ISO date: "2013-12-11" */
  const char        *dateline_text;
  const char        *wire_place;
  const char        *wire_agency;
  const char        *url;
  const char        *author;
  const char        *published;
  BylineModelOutlet *outlet;         /* or NULL */
  gboolean           has_title_span;
  BylineCharSpan     title_span;
  gboolean           has_credit_span;
  BylineCharSpan     credit_span;
  gboolean           has_dateline_span;
  BylineCharSpan     dateline_span;
  GArray            *paragraphs;     /* BylineCharSpan */
  GArray            *sentences;      /* BylineCharSpan */
} BylineModelDocument;

typedef struct
{
  /*< public, read-only >*/
  const char          *schema;       /* "byline.analysis/1", or NULL */
  BylineModelDocument  document;
  GArray              *entities;     /* BylineModelEntity */
  GArray              *quotes;       /* BylineModelQuote */
  GArray              *meetings;     /* BylineModelMeeting */
  GArray              *claims;       /* BylineModelClaim */
  BylineModelSignals   signals;
  BylineCharIndex     *index;        /* over the article's text */
  /*< private >*/
  GStringChunk        *strings;
  GHashTable          *by_id;        /* entity id -> index + 1 */
  char                *text;
} BylineAnalysisModel;

/* How byline_analysis_model_new_full () takes a damaged analysis */
typedef enum
{
  BYLINE_ANALYSIS_MODEL_DEFAULT      = 0,       /* refuse it */
  BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED = 1 << 0,  /* skip each damaged item and span, keep the rest */
} BylineAnalysisModelFlags;

GQuark               byline_analysis_model_error_quark (void);

/* @analysis: the JSON of an analysis (byline-cli analyze --format json, or the
 * library's); @text: the article's text, @len bytes or -1 (NUL-terminated):
 * the model keeps a copy. Returns NULL and sets @error when the analysis is
 * not one or does not fit the text. */
BylineAnalysisModel *byline_analysis_model_new       (JsonNode                  *analysis,
                                                      const char                *text,
                                                      gssize                     len,
                                                      GError                   **error);
/* The same, with @flags; with BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED only an
 * analysis that is no JSON object is refused */
BylineAnalysisModel *byline_analysis_model_new_full  (JsonNode                  *analysis,
                                                      const char                *text,
                                                      gssize                     len,
                                                      BylineAnalysisModelFlags   flags,
                                                      GError                   **error);
void                 byline_analysis_model_free      (BylineAnalysisModel       *self);

/* The article's text, and its length in code points */
const char          *byline_analysis_model_get_text    (const BylineAnalysisModel *self);
gsize                byline_analysis_model_get_n_chars (const BylineAnalysisModel *self);

/* The words of a span, as they are in the text */
char                *byline_analysis_model_dup_span  (const BylineAnalysisModel *self,
                                                      const BylineCharSpan      *span);

/* An entity by its id ("e3"), or NULL */
const BylineModelEntity *
                     byline_analysis_model_lookup_entity (const BylineAnalysisModel *self,
                                                          const char                *id);

/* The line under an article's title: "By Jane Doe · Press TV — state media:
 * … · published 2013-12-11", or NULL when the document says nothing of it */
char                *byline_analysis_model_dup_provenance (const BylineAnalysisModel *self);

/* The sides of a meeting as the sidebar and the exports show them: "A, B"
 * ("?" for a side with no name), or "Sides not named" */
char                *byline_model_meeting_dup_sides (const BylineModelMeeting *m);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineAnalysisModel, byline_analysis_model_free)

G_END_DECLS
