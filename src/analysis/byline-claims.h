/* byline-claims.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-document.h"
#include "byline-entities.h"
#include "byline-quotes.h"

G_BEGIN_DECLS

/* On whose authority a claim rests */
typedef enum
{
  BYLINE_ATTRIBUTION_NAMED_PERSON,
  BYLINE_ATTRIBUTION_NAMED_ORG,
  BYLINE_ATTRIBUTION_STATE_MEDIA,
  BYLINE_ATTRIBUTION_MEDIA,
  BYLINE_ATTRIBUTION_ANONYMOUS,
  BYLINE_ATTRIBUTION_UNATTRIBUTED,
  BYLINE_N_ATTRIBUTIONS
} BylineAttribution;

typedef enum
{
  BYLINE_CLAIM_STATEMENT,
  BYLINE_CLAIM_PREDICTION,
  BYLINE_CLAIM_OPINION,
} BylineClaimKind;

/* A sentence that asserts something, and who stands behind it, as the
 * finder builds it. Spans are bytes. */
typedef struct
{
  guint32             start;
  guint32             end;
  guint               sentence;
  BylineAttribution   attribution;
  const BylineEntity *source;       /* or NULL */
  char               *source_name;  /* "officials from both countries", or NULL */
  const char         *reason;       /* why the source is state media, or NULL */
  BylineClaimKind     kind;
  gboolean            has_number;   /* a figure, an amount, a quantity */
  /* BylineSpan arrays, NULL when empty */
  GArray             *hedges;       /* "likely", "is believed to" */
  GArray             *loaded;       /* "blatant", "embattled" (outside quotations) */
  GArray             *agentless;    /* "is believed", "was reported" with no one behind it */
} BylineClaim;  /* 72 bytes: keep the 4-byte members in pairs */

/* Why a claim's source is state media, as a row keeps it */
typedef enum
{
  BYLINE_CLAIM_REASON_NONE,
  BYLINE_CLAIM_REASON_IN_WORDS,  /* the article itself calls the source state media */
  BYLINE_CLAIM_REASON_SOURCE,    /* the source's lexicon entry says why */
  BYLINE_CLAIM_REASON_OTHER,     /* another: in the BylineClaims' other_reasons */
} BylineClaimReason;

/* A claim as it is kept: 28 bytes, its names and spans in its BylineClaims
 * (byline_claims_view () reads it back as a BylineClaimView) */
typedef struct
{
  guint32 start;
  guint32 end;
  guint32 sentence;
  guint8  attribution;  /* BylineAttribution */
  guint8  kind;         /* BylineClaimKind */
  guint8  has_number;
  guint8  reason;       /* BylineClaimReason */
  guint32 source;       /* 1 + the source's index in the entities, or 0 */
  guint32 source_name;  /* its offset in the names, or 0: none */
  guint32 run;          /* 1 + the index of its spans' run, or 0: no span */
} BylineClaimRow;

/* Where a claim's spans are: its hedges, then its loaded words, then its
 * agentless passives, from first on */
typedef struct
{
  guint32 first;
  guint32 n_hedges;
  guint32 n_loaded;
  guint32 n_agentless;
} BylineClaimRun;

/* The claims of an article, in text order */
typedef struct
{
  BylineClaimRow *rows;
  guint           len;
  GArray         *spans;     /* BylineSpan, by runs */
  GArray         *runs;      /* BylineClaimRun */
  GString        *names;     /* the source names and reasons, each ended by a NUL; 0 is none */
  GPtrArray      *entities;  /* a reference: what a row's source indexes */
  GHashTable     *other_reasons; /* a row's index -> its reason's offset in the names, or NULL */
} BylineClaims;

/* One claim read back from its BylineClaims: borrowed pointers */
typedef struct
{
  guint32             start;
  guint32             end;
  guint               sentence;
  BylineAttribution   attribution;
  BylineClaimKind     kind;
  gboolean            has_number;
  const BylineEntity *source;       /* or NULL */
  const char         *source_name;  /* or NULL */
  const char         *reason;       /* or NULL */
  const BylineSpan   *hedges;
  const BylineSpan   *loaded;
  const BylineSpan   *agentless;
  guint               n_hedges;
  guint               n_loaded;
  guint               n_agentless;
} BylineClaimView;

BylineClaims *byline_claims_find              (const BylineDocument *doc,
                                               GPtrArray            *entities,
                                               GArray               *mentions,
                                               GPtrArray            *quotes);
void        byline_claims_free                (BylineClaims *claims);
void        byline_claims_view                (const BylineClaims *claims,
                                               guint               index,
                                               BylineClaimView    *view);
void        byline_claim_free                 (BylineClaim *claim);
const char *byline_attribution_to_string      (BylineAttribution attribution);
const char *byline_claim_kind_to_string       (BylineClaimKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineClaims, byline_claims_free)

G_END_DECLS
