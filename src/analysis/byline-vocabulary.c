/* byline-vocabulary.c: the words of the analysis JSON contract, in one place
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-vocabulary"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "byline-vocabulary.h"

/* The JSON's words are the _to_string () of each enum, defined beside the
 * enum (byline_entity_type_to_string () in byline-lexicon.c,
 * byline_attribution_to_string () in byline-claims.c and so on): the
 * from_string () functions here go back through them, so each word is
 * written once. The labels, the interface's words, are here. */

typedef struct
{
  const char *context;   /* for C_ (); NULL for _ () */
  const char *label;     /* NULL: the JSON's word itself */
} Label;

static const Label entity_types[BYLINE_N_ENTITY_TYPES] = {
  [BYLINE_ENTITY_PERSON] = { NULL, N_("Person") },
  [BYLINE_ENTITY_ORG] = { NULL, N_("Organisation") },
  [BYLINE_ENTITY_PLACE] = { NULL, N_("Place") },
  [BYLINE_ENTITY_NORP] = { NULL, N_("Nationality or group") },
  [BYLINE_ENTITY_DATE] = { NULL, N_("Date") },
  [BYLINE_ENTITY_MONEY] = { NULL, N_("Money") },
  [BYLINE_ENTITY_QUANTITY] = { NULL, N_("Quantity") },
  [BYLINE_ENTITY_OTHER] = { NULL, N_("Other") },
};

static const Label quote_kinds[] = {
  [BYLINE_QUOTE_DIRECT] = { "quote kind", NC_("quote kind", "direct") },
  [BYLINE_QUOTE_PARTIAL] = { "quote kind", NC_("quote kind", "partial") },
  [BYLINE_QUOTE_INDIRECT] = { "quote kind", NC_("quote kind", "reported") },
};

static const Label attributions[BYLINE_N_ATTRIBUTIONS] = {
  [BYLINE_ATTRIBUTION_NAMED_PERSON] = { NULL, N_("named person") },
  [BYLINE_ATTRIBUTION_NAMED_ORG] = { NULL, N_("organisation") },
  [BYLINE_ATTRIBUTION_STATE_MEDIA] = { NULL, N_("state media") },
  [BYLINE_ATTRIBUTION_MEDIA] = { NULL, N_("media") },
  [BYLINE_ATTRIBUTION_ANONYMOUS] = { NULL, N_("anonymous") },
  [BYLINE_ATTRIBUTION_UNATTRIBUTED] = { NULL, N_("unattributed") },
};

static const Label claim_kinds[] = {
  [BYLINE_CLAIM_STATEMENT] = { NULL, NULL },
  [BYLINE_CLAIM_PREDICTION] = { NULL, NULL },
  [BYLINE_CLAIM_OPINION] = { NULL, NULL },
};

static const Label meeting_statuses[] = {
  [BYLINE_MEETING_UNKNOWN] = { "meeting status", NC_("meeting status", "unknown") },
  [BYLINE_MEETING_PLANNED] = { "meeting status", NC_("meeting status", "planned") },
  [BYLINE_MEETING_HAPPENED] = { "meeting status", NC_("meeting status", "happened") },
  [BYLINE_MEETING_ONGOING] = { "meeting status", NC_("meeting status", "ongoing") },
};

static const char *
label_of (const Label *l,
          const char  *word)
{
  if (l->label == NULL)
    return word;
  return l->context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, l->context, l->label) : _(l->label);
}

#define DEFINE_FROM_STRING(func, Type, to_string, table)            \
  gboolean                                                          \
  func (const char *name,                                           \
        Type       *out)                                            \
  {                                                                 \
    g_return_val_if_fail (out != NULL, FALSE);                      \
    if (name == NULL)                                               \
      return FALSE;                                                 \
    for (guint i = 0; i < G_N_ELEMENTS (table); i++)                \
      if (g_str_equal (to_string ((Type) i), name))                 \
        {                                                           \
          *out = (Type) i;                                          \
          return TRUE;                                              \
        }                                                           \
    return FALSE;                                                   \
  }

DEFINE_FROM_STRING (byline_entity_type_from_string, BylineEntityType, byline_entity_type_to_string, entity_types)
DEFINE_FROM_STRING (byline_quote_kind_from_string, BylineQuoteKind, byline_quote_kind_to_string, quote_kinds)
DEFINE_FROM_STRING (byline_attribution_from_string, BylineAttribution, byline_attribution_to_string, attributions)
DEFINE_FROM_STRING (byline_claim_kind_from_string, BylineClaimKind, byline_claim_kind_to_string, claim_kinds)
DEFINE_FROM_STRING (byline_meeting_status_from_string, BylineMeetingStatus, byline_meeting_status_to_string,
                    meeting_statuses)

const char *
byline_entity_type_label (BylineEntityType type)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (entity_types), "");
  return label_of (&entity_types[type], byline_entity_type_to_string (type));
}

const char *
byline_quote_kind_get_label (BylineQuoteKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (quote_kinds), "");
  return label_of (&quote_kinds[kind], byline_quote_kind_to_string (kind));
}

const char *
byline_attribution_get_label (BylineAttribution attribution)
{
  g_return_val_if_fail (attribution < G_N_ELEMENTS (attributions), "");
  return label_of (&attributions[attribution], byline_attribution_to_string (attribution));
}

const char *
byline_meeting_status_get_label (BylineMeetingStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (meeting_statuses), "");
  return label_of (&meeting_statuses[status], byline_meeting_status_to_string (status));
}

const char *
byline_meeting_no_sides_label (void)
{
  /* Translators: a meeting the article tells without saying who met */
  return _("Sides not named");
}

/* The same, for a word read from JSON */

const char *
byline_quote_kind_label (const char *kind)
{
  BylineQuoteKind k = BYLINE_QUOTE_INDIRECT;

  byline_quote_kind_from_string (kind, &k);
  return byline_quote_kind_get_label (k);
}

const char *
byline_attribution_label (const char *attribution)
{
  BylineAttribution a;

  if (!byline_attribution_from_string (attribution, &a))
    return attribution != NULL ? attribution : "";
  return byline_attribution_get_label (a);
}

const char *
byline_meeting_status_label (const char *status)
{
  BylineMeetingStatus s = BYLINE_MEETING_UNKNOWN;

  byline_meeting_status_from_string (status, &s);
  return byline_meeting_status_get_label (s);
}

const char *
byline_entity_type_label_for (const char *type)
{
  BylineEntityType t;

  if (!byline_entity_type_from_string (type, &t))
    return type != NULL ? type : "";
  return byline_entity_type_label (t);
}
