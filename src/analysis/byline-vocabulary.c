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

/* One table a kind of word: the JSON's word, and the interface's (marked for
 * translation, with a context where the word alone is ambiguous). The JSON's
 * words are the _to_string () of the enums, which the analysers' files
 * define beside their enums; the tables here are checked against them by
 * tests/test-analysis-model.c. */

typedef struct
{
  const char *word;
  const char *context;   /* for C_ (); NULL for _ () */
  const char *label;
} Word;

static const Word entity_types[BYLINE_N_ENTITY_TYPES] = {
  [BYLINE_ENTITY_PERSON] = { "PERSON", NULL, N_("Person") },
  [BYLINE_ENTITY_ORG] = { "ORG", NULL, N_("Organisation") },
  [BYLINE_ENTITY_PLACE] = { "PLACE", NULL, N_("Place") },
  [BYLINE_ENTITY_NORP] = { "NORP", NULL, N_("Nationality or group") },
  [BYLINE_ENTITY_DATE] = { "DATE", NULL, N_("Date") },
  [BYLINE_ENTITY_MONEY] = { "MONEY", NULL, N_("Money") },
  [BYLINE_ENTITY_QUANTITY] = { "QUANTITY", NULL, N_("Quantity") },
  [BYLINE_ENTITY_OTHER] = { "OTHER", NULL, N_("Other") },
};

static const Word quote_kinds[] = {
  [BYLINE_QUOTE_DIRECT] = { "direct", "quote kind", NC_("quote kind", "direct") },
  [BYLINE_QUOTE_PARTIAL] = { "partial", "quote kind", NC_("quote kind", "partial") },
  [BYLINE_QUOTE_INDIRECT] = { "indirect", "quote kind", NC_("quote kind", "reported") },
};

static const Word attributions[BYLINE_N_ATTRIBUTIONS] = {
  [BYLINE_ATTRIBUTION_NAMED_PERSON] = { "named_person", NULL, N_("named person") },
  [BYLINE_ATTRIBUTION_NAMED_ORG] = { "named_org", NULL, N_("organisation") },
  [BYLINE_ATTRIBUTION_STATE_MEDIA] = { "state_media", NULL, N_("state media") },
  [BYLINE_ATTRIBUTION_MEDIA] = { "media", NULL, N_("media") },
  [BYLINE_ATTRIBUTION_ANONYMOUS] = { "anonymous", NULL, N_("anonymous") },
  [BYLINE_ATTRIBUTION_UNATTRIBUTED] = { "unattributed", NULL, N_("unattributed") },
};

static const Word claim_kinds[] = {
  [BYLINE_CLAIM_STATEMENT] = { "statement", NULL, NULL },
  [BYLINE_CLAIM_PREDICTION] = { "prediction", NULL, NULL },
  [BYLINE_CLAIM_OPINION] = { "opinion", NULL, NULL },
};

static const Word meeting_statuses[] = {
  [BYLINE_MEETING_UNKNOWN] = { "unknown", "meeting status", NC_("meeting status", "unknown") },
  [BYLINE_MEETING_PLANNED] = { "planned", "meeting status", NC_("meeting status", "planned") },
  [BYLINE_MEETING_HAPPENED] = { "happened", "meeting status", NC_("meeting status", "happened") },
  [BYLINE_MEETING_ONGOING] = { "ongoing", "meeting status", NC_("meeting status", "ongoing") },
};

static gboolean
find_word (const Word *words,
           guint       n,
           const char *word,
           guint      *out)
{
  if (word == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (words[i].word, word))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

static const char *
label_of (const Word *w)
{
  if (w->label == NULL)
    return w->word;
  return w->context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, w->context, w->label) : _(w->label);
}

#define DEFINE_FROM_STRING(func, Type, table)                       \
  gboolean                                                          \
  func (const char *name,                                           \
        Type       *out)                                            \
  {                                                                 \
    guint i;                                                        \
                                                                    \
    g_return_val_if_fail (out != NULL, FALSE);                      \
    if (!find_word (table, G_N_ELEMENTS (table), name, &i))         \
      return FALSE;                                                 \
    *out = (Type) i;                                                \
    return TRUE;                                                    \
  }

DEFINE_FROM_STRING (byline_entity_type_from_string, BylineEntityType, entity_types)
DEFINE_FROM_STRING (byline_quote_kind_from_string, BylineQuoteKind, quote_kinds)
DEFINE_FROM_STRING (byline_attribution_from_string, BylineAttribution, attributions)
DEFINE_FROM_STRING (byline_claim_kind_from_string, BylineClaimKind, claim_kinds)
DEFINE_FROM_STRING (byline_meeting_status_from_string, BylineMeetingStatus, meeting_statuses)

const char *
byline_entity_type_label (BylineEntityType type)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (entity_types), "");
  return label_of (&entity_types[type]);
}

const char *
byline_quote_kind_get_label (BylineQuoteKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (quote_kinds), "");
  return label_of (&quote_kinds[kind]);
}

const char *
byline_attribution_get_label (BylineAttribution attribution)
{
  g_return_val_if_fail (attribution < G_N_ELEMENTS (attributions), "");
  return label_of (&attributions[attribution]);
}

const char *
byline_meeting_status_get_label (BylineMeetingStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (meeting_statuses), "");
  return label_of (&meeting_statuses[status]);
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
