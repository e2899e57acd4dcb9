/* byline-corrections.c: a reader's fixes to an analysis, applied over every
 * later analysis of the same article
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-corrections"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-analysis-model.h"
#include "byline-corrections.h"

G_DEFINE_QUARK (byline-correction-error-quark, byline_correction_error)

static const char *const target_names[] = { "entity", "quote", "claim", "meeting" };
static const char *const action_names[] = { "type", "name", "speaker", "attribution", "remove" };
/* the array each target lives in, and the prefix of its reference ("q3") */
static const char *const target_arrays[] = { "entities", "quotes", "claims", "meetings" };
static const char target_prefix[] = { 'e', 'q', 'c', 'm' };

/* Helpers: the corrections find their items in a BylineAnalysisModel of the
 * analysis, and change the analysis JSON (what the library gives every
 * reader) at the same indices: the model reads each list whole, in order. */

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  x = g_utf8_casefold (a, -1);
  y = g_utf8_casefold (b, -1);
  return g_str_equal (x, y);
}

static guint
n_items (const BylineAnalysisModel *m,
         BylineCorrectionTarget     target)
{
  switch (target)
    {
    case BYLINE_TARGET_ENTITY: return m->entities->len;
    case BYLINE_TARGET_QUOTE: return m->quotes->len;
    case BYLINE_TARGET_CLAIM: return m->claims->len;
    case BYLINE_TARGET_MEETING: return m->meetings->len;
    default: g_assert_not_reached ();
    }
}

/* The span an item is found by: an entity's first mention, a meeting's first
 * piece of evidence, a quote's or claim's own words. */
static gboolean
item_span (const BylineAnalysisModel *m,
           BylineCorrectionTarget     target,
           guint                      index,
           guint32                   *start,
           guint32                   *end)
{
  const BylineCharSpan *span = NULL;

  switch (target)
    {
    case BYLINE_TARGET_ENTITY:
      {
        const BylineModelEntity *e = &g_array_index (m->entities, BylineModelEntity, index);

        if (e->mentions->len > 0)
          span = &g_array_index (e->mentions, BylineModelMention, 0).span;
      }
      break;
    case BYLINE_TARGET_MEETING:
      {
        const BylineModelMeeting *meeting = &g_array_index (m->meetings, BylineModelMeeting, index);

        if (meeting->evidence->len > 0)
          span = &g_array_index (meeting->evidence, BylineCharSpan, 0);
      }
      break;
    case BYLINE_TARGET_QUOTE:
      span = &g_array_index (m->quotes, BylineModelQuote, index).span;
      break;
    case BYLINE_TARGET_CLAIM:
      span = &g_array_index (m->claims, BylineModelClaim, index).span;
      break;
    default:
      g_assert_not_reached ();
    }
  if (span == NULL)
    return FALSE;
  *start = span->start;
  *end = span->end;
  return *end > *start;
}

static guint32
overlap (guint32 a0,
         guint32 a1,
         guint32 b0,
         guint32 b1)
{
  guint32 lo = MAX (a0, b0);
  guint32 hi = MIN (a1, b1);

  return hi > lo ? hi - lo : 0;
}

/* Does any of the entity's mentions overlap the span? */
static gboolean
mentions_overlap (const BylineModelEntity *entity,
                  guint32                  start,
                  guint32                  end)
{
  for (guint i = 0; i < entity->mentions->len; i++)
    {
      const BylineCharSpan *span = &g_array_index (entity->mentions, BylineModelMention, i).span;

      if (overlap (span->start, span->end, start, end) > 0)
        return TRUE;
    }
  return FALSE;
}

/* The index of the item a correction means, or -1 when this analysis has none */
static int
find_item (const BylineAnalysisModel *m,
           BylineCorrectionTarget     target,
           const char                *key,
           guint32                    start,
           guint32                    end)
{
  int best = -1;
  guint32 best_overlap = 0;
  guint n = n_items (m, target);

  if (target == BYLINE_TARGET_ENTITY)
    {
      for (guint i = 0; i < n; i++)
        if (same_name (g_array_index (m->entities, BylineModelEntity, i).name, key))
          return i;
      for (guint i = 0; i < n; i++)
        if (mentions_overlap (&g_array_index (m->entities, BylineModelEntity, i), start, end))
          return i;
      return -1;
    }
  for (guint i = 0; i < n; i++)
    {
      guint32 s, e, o;

      if (!item_span (m, target, i, &s, &e))
        continue;
      o = overlap (s, e, start, end);
      if (o > best_overlap)
        {
          best = i;
          best_overlap = o;
        }
    }
  return best;
}

static const BylineModelEntity *
find_entity_by_name (const BylineAnalysisModel *m,
                     const char                *name)
{
  for (guint i = 0; i < m->entities->len; i++)
    {
      const BylineModelEntity *e = &g_array_index (m->entities, BylineModelEntity, i);

      if (same_name (e->name, name))
        return e;
    }
  return NULL;
}

static JsonObject *
json_item (JsonNode   *analysis,
           const char *list,
           guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (json_node_get_object (analysis), list),
                                        index);
}

/* A reference to an entity changed: renamed (@name) or, with @name NULL,
 * unlinked; "speaker" goes with "speaker_name", "source" with
 * "source_name", "entity" with "name" */
static void
fix_reference (JsonObject *ref,
               const char *member,
               const char *name)
{
  if (name == NULL)
    {
      json_object_set_null_member (ref, member);
      return;
    }
  if (g_str_equal (member, "entity"))
    json_object_set_string_member (ref, "name", name);
  else
    {
      g_autofree char *name_member = g_strconcat (member, "_name", NULL);

      json_object_set_string_member (ref, name_member, name);
    }
}

/* Renames (or unlinks, @name NULL) everything that points at entity @id:
 * speakers, sources, voices, meetings' participants and places */
static void
fix_references (const BylineAnalysisModel *m,
                JsonNode                  *analysis,
                const char                *id,
                const char                *name)
{
  for (guint i = 0; i < m->quotes->len; i++)
    if (g_strcmp0 (g_array_index (m->quotes, BylineModelQuote, i).speaker.entity, id) == 0)
      fix_reference (json_item (analysis, "quotes", i), "speaker", name);
  for (guint i = 0; i < m->claims->len; i++)
    if (g_strcmp0 (g_array_index (m->claims, BylineModelClaim, i).source.entity, id) == 0)
      fix_reference (json_item (analysis, "claims", i), "source", name);
  if (m->signals.voices->len > 0)
    {
      JsonObject *signals = json_object_get_object_member (json_node_get_object (analysis), "signals");
      JsonArray *voices = json_object_get_array_member (signals, "voices");

      for (guint i = 0; i < m->signals.voices->len; i++)
        if (g_strcmp0 (g_array_index (m->signals.voices, BylineModelVoice, i).voice.entity, id) == 0)
          fix_reference (json_array_get_object_element (voices, i), "entity", name);
    }
  for (guint i = 0; i < m->meetings->len; i++)
    {
      const BylineModelMeeting *meeting = &g_array_index (m->meetings, BylineModelMeeting, i);
      JsonObject *o = json_item (analysis, "meetings", i);

      for (guint j = 0; j < meeting->participants->len; j++)
        if (g_strcmp0 (g_array_index (meeting->participants, BylineModelRef, j).entity, id) == 0)
          fix_reference (json_array_get_object_element (json_object_get_array_member (o, "participants"), j),
                         "entity", name);
      if (g_strcmp0 (meeting->place.entity, id) == 0)
        fix_reference (json_object_get_object_member (o, "place"), "entity", name);
    }
}

static void
apply_entity (const BylineAnalysisModel *m,
              JsonNode                  *analysis,
              const BylineCorrection    *c)
{
  int index = find_item (m, c->target, c->key, c->start, c->end);
  const char *id;
  JsonObject *entity;

  if (index < 0)
    return;
  entity = json_item (analysis, "entities", index);
  id = g_array_index (m->entities, BylineModelEntity, index).id;
  switch (c->action)
    {
    case BYLINE_FIX_TYPE:
      json_object_set_string_member (entity, "type", c->value);
      json_object_set_boolean_member (entity, "corrected", TRUE);
      break;
    case BYLINE_FIX_NAME:
      json_object_set_string_member (entity, "name", c->value);
      json_object_set_boolean_member (entity, "corrected", TRUE);
      if (id != NULL)
        fix_references (m, analysis, id, c->value);
      break;
    case BYLINE_FIX_REMOVE:
      json_array_remove_element (json_object_get_array_member (json_node_get_object (analysis), "entities"), index);
      /* what pointed at it keeps the words, not the link */
      if (id != NULL)
        fix_references (m, analysis, id, NULL);
      break;
    case BYLINE_FIX_SPEAKER:
    case BYLINE_FIX_ATTRIBUTION:
    default:
      break;
    }
}

static void
apply_item (const BylineAnalysisModel *m,
            JsonNode                  *analysis,
            const BylineCorrection    *c)
{
  int index = find_item (m, c->target, c->key, c->start, c->end);
  JsonObject *item;

  if (index < 0)
    return;
  item = json_item (analysis, target_arrays[c->target], index);
  switch (c->action)
    {
    case BYLINE_FIX_SPEAKER:
      {
        const BylineModelEntity *entity = find_entity_by_name (m, c->value);

        json_object_set_string_member (item, "speaker_name", c->value);
        if (entity != NULL && entity->id != NULL)
          json_object_set_string_member (item, "speaker", entity->id);
        else
          json_object_set_null_member (item, "speaker");
        json_object_set_boolean_member (item, "corrected", TRUE);
      }
      break;
    case BYLINE_FIX_ATTRIBUTION:
      json_object_set_string_member (item, "attribution", c->value);
      json_object_set_boolean_member (item, "corrected", TRUE);
      break;
    case BYLINE_FIX_REMOVE:
      json_array_remove_element (json_object_get_array_member (json_node_get_object (analysis),
                                                               target_arrays[c->target]), index);
      break;
    case BYLINE_FIX_TYPE:
    case BYLINE_FIX_NAME:
    default:
      break;
    }
}

/* After corrections the signals count again what the corrected items say,
 * as the analyser counts them (byline_signals_count ()). The analysis does
 * not say which claims give a figure: the count of figures with no source
 * stays the analyser's. */
static void
recount_signals (const BylineAnalysisModel *m,
                 JsonNode                  *analysis)
{
  JsonObject *signals;
  g_autofree BylineClaimFacts *claims = g_new0 (BylineClaimFacts, m->claims->len + 1);
  g_autofree BylineQuoteFacts *quotes = g_new0 (BylineQuoteFacts, m->quotes->len + 1);
  g_autoptr (JsonObject) by_attribution = json_object_new ();
  g_autoptr (JsonArray) voices = json_array_new ();
  BylineSignals counted = { { 0 } };

  if (!m->signals.present)
    return;
  signals = json_object_get_object_member (json_node_get_object (analysis), "signals");
  for (guint i = 0; i < m->claims->len; i++)
    {
      const BylineModelClaim *c = &g_array_index (m->claims, BylineModelClaim, i);
      BylineClaimFacts facts = { c->attribution, FALSE, c->hedges->len, c->loaded->len, c->agentless->len };

      claims[i] = facts;
    }
  for (guint i = 0; i < m->quotes->len; i++)
    {
      const BylineModelQuote *q = &g_array_index (m->quotes, BylineModelQuote, i);
      const BylineModelEntity *speaker = byline_analysis_model_lookup_entity (m, q->speaker.entity);
      BylineQuoteFacts facts = { NULL, speaker != NULL ? speaker->name : q->speaker.name, NULL,
                                 speaker != NULL ? speaker->id : NULL };

      /* the country the analyser gave this voice before, if any */
      for (guint v = 0; facts.name != NULL && v < m->signals.voices->len; v++)
        {
          const BylineModelVoice *old = &g_array_index (m->signals.voices, BylineModelVoice, v);

          if (facts.data != NULL ? g_strcmp0 (old->voice.entity, facts.data) == 0
                                 : same_name (old->voice.name, facts.name))
            facts.country = old->country;
        }
      quotes[i] = facts;
    }
  byline_signals_count (&counted, claims, m->claims->len, quotes, m->quotes->len);

  for (guint a = 0; a < BYLINE_N_ATTRIBUTIONS; a++)
    json_object_set_int_member (by_attribution, byline_attribution_to_string (a), counted.by_attribution[a]);
  json_object_set_object_member (signals, "claims_by_attribution", json_object_ref (by_attribution));
  for (guint v = 0; v < counted.voices->len; v++)
    {
      const BylineVoice *voice = &g_array_index (counted.voices, BylineVoice, v);
      JsonObject *o = json_object_new ();

      if (voice->data != NULL)
        json_object_set_string_member (o, "entity", voice->data);
      else
        json_object_set_null_member (o, "entity");
      json_object_set_string_member (o, "name", voice->name);
      json_object_set_int_member (o, "quotes", voice->quotes);
      if (voice->country != NULL)
        json_object_set_string_member (o, "country", voice->country);
      else
        json_object_set_null_member (o, "country");
      json_array_add_object_element (voices, o);
    }
  json_object_set_array_member (signals, "voices", json_array_ref (voices));
  json_object_set_int_member (signals, "unnamed_sources", counted.unnamed_sources);
  json_object_set_int_member (signals, "agentless_passives", counted.agentless_passives);
  json_object_set_int_member (signals, "hedged_claims", counted.hedged_claims);
  json_object_set_int_member (signals, "loaded_words", counted.loaded_words);
  byline_signals_clear (&counted);
}

/**
 * byline_corrections_apply:
 * @analysis: a byline.analysis/1 object, changed in place
 * @text: the article's text, which the analysis's offsets count in
 * @corrections: (element-type BylineCorrection): oldest first
 *
 * Applies each correction whose item this analysis still has; one whose item
 * is gone (the analyser no longer finds it) does nothing. Corrected items
 * carry "corrected": true. An analysis that does not fit @text
 * (byline_analysis_model_new ()) is left as it is.
 */
void
byline_corrections_apply (JsonNode   *analysis,
                          const char *text,
                          GPtrArray  *corrections)
{
  g_autoptr (BylineAnalysisModel) m = NULL;

  g_return_if_fail (analysis != NULL && JSON_NODE_HOLDS_OBJECT (analysis));
  g_return_if_fail (text != NULL);

  if (corrections == NULL || corrections->len == 0)
    return;
  for (guint i = 0; i < corrections->len; i++)
    {
      const BylineCorrection *c = g_ptr_array_index (corrections, i);

      /* each correction finds its item in the analysis the ones before left */
      g_clear_pointer (&m, byline_analysis_model_free);
      m = byline_analysis_model_new (analysis, text, -1, NULL);
      if (m == NULL)
        return;
      if (c->target == BYLINE_TARGET_ENTITY)
        apply_entity (m, analysis, c);
      else
        apply_item (m, analysis, c);
    }
  g_clear_pointer (&m, byline_analysis_model_free);
  m = byline_analysis_model_new (analysis, text, -1, NULL);
  if (m != NULL)
    recount_signals (m, analysis);
}

/* Making corrections */

static gboolean
check_value (BylineCorrectionAction   action,
             const char              *value,
             char                   **clean,
             GError                 **error)
{
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;
  g_autofree char *joined = NULL;

  if (action == BYLINE_FIX_REMOVE)
    return TRUE;
  if (value == NULL)
    goto empty;
  *clean = g_strstrip (g_strdup (value));
  if (**clean == '\0' || !g_utf8_validate (*clean, -1, NULL))
    goto empty;
  if (action == BYLINE_FIX_TYPE)
    {
      BylineEntityType type;

      for (char *p = *clean; *p; p++)
        *p = g_ascii_toupper (*p);
      if (byline_entity_type_from_string (*clean, &type))
        return TRUE;
      for (guint t = 0; t < BYLINE_N_ENTITY_TYPES; t++)
        g_strv_builder_add (names, byline_entity_type_to_string (t));
    }
  else if (action == BYLINE_FIX_ATTRIBUTION)
    {
      BylineAttribution attribution;

      g_strdelimit (*clean, "- ", '_');
      for (char *p = *clean; *p; p++)
        *p = g_ascii_tolower (*p);
      if (byline_attribution_from_string (*clean, &attribution))
        return TRUE;
      for (guint a = 0; a < BYLINE_N_ATTRIBUTIONS; a++)
        g_strv_builder_add (names, byline_attribution_to_string (a));
    }
  else
    return TRUE;
  list = g_strv_builder_end (names);
  joined = g_strjoinv (", ", list);
  g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID,
               /* Translators: the second %s is a list of names */
               _("“%s” is not one of: %s"), value, joined);
  return FALSE;

empty:
  g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID,
               _("the correction needs a value"));
  return FALSE;
}

/* "q3" is the third quote, "e12" the entity with that id */
static int
find_by_ref (const BylineAnalysisModel *m,
             BylineCorrectionTarget     target,
             const char                *ref)
{
  guint n = n_items (m, target);
  char *end = NULL;
  guint64 number;

  if (target == BYLINE_TARGET_ENTITY)
    {
      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (g_array_index (m->entities, BylineModelEntity, i).id, ref) == 0)
          return i;
      for (guint i = 0; i < n; i++)
        if (same_name (g_array_index (m->entities, BylineModelEntity, i).name, ref))
          return i;
      return -1;
    }

  /* qN, cN, mN: the Nth, counting from 1 */
  if (g_ascii_tolower (ref[0]) == target_prefix[target] && g_ascii_isdigit (ref[1]))
    {
      number = g_ascii_strtoull (ref + 1, &end, 10);
      if (*end == '\0' && number >= 1 && number <= n)
        return number - 1;
      return -1;
    }
  /* a character offset inside the item */
  number = g_ascii_strtoull (ref, &end, 10);
  if (end != ref && *end == '\0')
    {
      for (guint i = 0; i < n; i++)
        {
          guint32 s, e;
          if (item_span (m, target, i, &s, &e) && number >= s && number < e)
            return i;
        }
      return -1;
    }
  /* words from the item */
  {
    g_autofree char *needle = g_utf8_casefold (ref, -1);

    for (guint i = 0; i < n; i++)
      {
        BylineCharSpan span;
        g_autofree char *words = NULL;
        g_autofree char *folded = NULL;

        if (!item_span (m, target, i, &span.start, &span.end))
          continue;
        words = byline_analysis_model_dup_span (m, &span);
        folded = g_utf8_casefold (words, -1);
        if (strstr (folded, needle) != NULL)
          return i;
      }
  }
  return -1;
}

/**
 * byline_correction_new_for:
 * @analysis: the article's analysis, uncorrected or corrected
 * @text: the article's text, to find an item by its words and to keep them
 * @ref: which item: an entity's id ("e3") or name; a quote, claim or meeting
 *   by its number ("q2", "c5", "m1", from 1), a character offset inside it,
 *   or some of its words
 * @value: (nullable): the type, name, speaker or attribution; NULL to remove
 *
 * Makes the correction that the store keeps, or fails naming what is wrong.
 */
BylineCorrection *
byline_correction_new_for (JsonNode               *analysis,
                           const char             *text,
                           BylineCorrectionTarget  target,
                           const char             *ref,
                           BylineCorrectionAction  action,
                           const char             *value,
                           GError                **error)
{
  g_autoptr (BylineCorrection) c = g_new0 (BylineCorrection, 1);
  g_autoptr (BylineAnalysisModel) m = NULL;
  g_autoptr (GError) local = NULL;
  int index;
  static const guint allowed[] = {
    [BYLINE_TARGET_ENTITY] = 1 << BYLINE_FIX_TYPE | 1 << BYLINE_FIX_NAME | 1 << BYLINE_FIX_REMOVE,
    [BYLINE_TARGET_QUOTE] = 1 << BYLINE_FIX_SPEAKER | 1 << BYLINE_FIX_REMOVE,
    [BYLINE_TARGET_CLAIM] = 1 << BYLINE_FIX_ATTRIBUTION | 1 << BYLINE_FIX_REMOVE,
    [BYLINE_TARGET_MEETING] = 1 << BYLINE_FIX_REMOVE,
  };

  g_return_val_if_fail (analysis != NULL && JSON_NODE_HOLDS_OBJECT (analysis), NULL);
  g_return_val_if_fail (target <= BYLINE_TARGET_MEETING, NULL);
  g_return_val_if_fail (action <= BYLINE_FIX_REMOVE, NULL);
  g_return_val_if_fail (ref != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if ((allowed[target] & (1u << action)) == 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID,
                   /* Translators: "a quote's type cannot be corrected"; both are untranslated keywords */
                   _("a %s's %s cannot be corrected"), target_names[target], action_names[action]);
      return NULL;
    }
  if (!check_value (action, value, &c->value, error))
    return NULL;

  m = byline_analysis_model_new (analysis, text, -1, &local);
  if (m == NULL)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND,
                   /* Translators: what is wrong with the analysis follows */
                   _("the analysis does not fit the article: %s"), local->message);
      return NULL;
    }
  index = find_by_ref (m, target, ref);
  if (index < 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND,
                   /* Translators: "no quote matches “q9”" */
                   _("no %s matches “%s”"), target_names[target], ref);
      return NULL;
    }
  c->target = target;
  c->action = action;
  if (!item_span (m, target, index, &c->start, &c->end))
    c->start = c->end = 0;
  if (target == BYLINE_TARGET_ENTITY)
    c->key = g_strdup (g_array_index (m->entities, BylineModelEntity, index).name);
  else
    {
      BylineCharSpan span = { c->start, c->end };

      c->key = byline_analysis_model_dup_span (m, &span);
    }
  if (c->key == NULL)
    c->key = g_strdup ("");
  return g_steal_pointer (&c);
}

const char *
byline_correction_target_to_string (BylineCorrectionTarget target)
{
  g_return_val_if_fail (target <= BYLINE_TARGET_MEETING, NULL);
  return target_names[target];
}

const char *
byline_correction_action_to_string (BylineCorrectionAction action)
{
  g_return_val_if_fail (action <= BYLINE_FIX_REMOVE, NULL);
  return action_names[action];
}

gboolean
byline_correction_target_from_string (const char             *name,
                                      BylineCorrectionTarget *target)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (target_names); i++)
    if (g_str_equal (name, target_names[i]))
      {
        *target = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
byline_correction_action_from_string (const char             *name,
                                      BylineCorrectionAction *action)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (action_names); i++)
    if (g_str_equal (name, action_names[i]))
      {
        *action = i;
        return TRUE;
      }
  return FALSE;
}

BylineCorrection *
byline_correction_copy (const BylineCorrection *c)
{
  BylineCorrection *copy;

  g_return_val_if_fail (c != NULL, NULL);

  copy = g_memdup2 (c, sizeof *c);
  copy->key = g_strdup (c->key);
  copy->value = g_strdup (c->value);
  return copy;
}

void
byline_correction_free (BylineCorrection *c)
{
  if (c == NULL)
    return;
  g_free (c->key);
  g_free (c->value);
  g_free (c);
}
