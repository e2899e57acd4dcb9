/* byline-vocabulary.h: the words of the analysis JSON contract, in one place
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-claims.h"
#include "byline-meetings.h"
#include "byline-quotes.h"
#include "byline-types.h"

G_BEGIN_DECLS

/* Every enum of the contract (DESIGN.md, "Analysis JSON") has three words:
 *
 *   _to_string ()    the JSON's word: "PERSON", "state_media", "direct"
 *   _from_string ()  back again; FALSE (and *out untouched) for a word the
 *                    contract does not have
 *   _label ()        the interface's word, translated: "Person", "state media"
 *
 * The _to_string () functions are declared and defined beside their enums
 * (byline_entity_type_to_string () in byline-types.h, byline-lexicon.c and
 * so on): each word is written once, there; the rest is here. */

gboolean    byline_entity_type_from_string    (const char          *name,
                                               BylineEntityType    *type);
const char *byline_entity_type_label          (BylineEntityType     type);

gboolean    byline_quote_kind_from_string     (const char          *name,
                                               BylineQuoteKind     *kind);
const char *byline_quote_kind_get_label       (BylineQuoteKind      kind);

gboolean    byline_attribution_from_string    (const char          *name,
                                               BylineAttribution   *attribution);
const char *byline_attribution_get_label      (BylineAttribution    attribution);

gboolean    byline_claim_kind_from_string     (const char          *name,
                                               BylineClaimKind     *kind);

gboolean    byline_meeting_status_from_string (const char          *name,
                                               BylineMeetingStatus *status);
const char *byline_meeting_status_get_label   (BylineMeetingStatus  status);
/* what stands for the sides of a meeting the article tells without naming them */
const char *byline_meeting_no_sides_label     (void);

/* The same labels, for a word read from JSON (an unknown word is shown as
 * it is; NULL as ""; a quote kind or meeting status unknown as "reported"
 * and "unknown", as the interface always showed them) */
const char *byline_quote_kind_label           (const char          *kind);
const char *byline_attribution_label          (const char          *attribution);
const char *byline_meeting_status_label       (const char          *status);
const char *byline_entity_type_label_for      (const char          *type);

G_END_DECLS
