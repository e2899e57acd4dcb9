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

/* A sentence that asserts something, and who stands behind it. Spans are bytes. */
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
  /* BylineSpan arrays, NULL when empty (byline_claim_spans () reads them) */
  GArray             *hedges;       /* "likely", "is believed to" */
  GArray             *loaded;       /* "blatant", "embattled" (outside quotations) */
  GArray             *agentless;    /* "is believed", "was reported" with no one behind it */
} BylineClaim;  /* 72 bytes: keep the 4-byte members in pairs */

GPtrArray  *byline_claims_find                (const BylineDocument *doc,
                                               GPtrArray            *entities,
                                               GArray               *mentions,
                                               GPtrArray            *quotes);
void        byline_claim_free                 (BylineClaim *claim);
const char *byline_attribution_to_string      (BylineAttribution attribution);
const char *byline_claim_kind_to_string       (BylineClaimKind kind);

static inline guint
byline_claim_n_spans (const GArray *spans)
{
  return spans ? spans->len : 0;
}

G_END_DECLS
