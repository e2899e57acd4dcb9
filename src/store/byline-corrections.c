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

#include "byline-corrections.h"

G_DEFINE_QUARK (byline-correction-error-quark, byline_correction_error)

static const char *const target_names[] = { "entity", "quote", "claim", "meeting" };
static const char *const action_names[] = { "type", "name", "speaker", "attribution", "remove" };
static const char *const entity_types[] = {
  "PERSON", "ORG", "PLACE", "NORP", "DATE", "MONEY", "QUANTITY", "OTHER",
};
static const char *const attributions[] = {
  "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
};
/* the array each target lives in, and the prefix of its reference ("q3") */
static const char *const target_arrays[] = { "entities", "quotes", "claims", "meetings" };
static const char target_prefix[] = { 'e', 'q', 'c', 'm' };

/* Helpers */

static JsonArray *
get_array (JsonNode   *analysis,
           const char *member)
{
  JsonObject *root = json_node_get_object (analysis);
  JsonNode *node = root != NULL ? json_object_get_member (root, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

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

/* The span an item is found by: an entity's first mention, a meeting's first
 * piece of evidence, a quote's or claim's own words. */
static gboolean
item_span (JsonObject             *item,
           BylineCorrectionTarget  target,
           guint32                *start,
           guint32                *end)
{
  JsonObject *span = item;

  if (target == BYLINE_TARGET_ENTITY || target == BYLINE_TARGET_MEETING)
    {
      const char *member = target == BYLINE_TARGET_ENTITY ? "mentions" : "evidence";
      JsonNode *node = json_object_get_member (item, member);
      JsonArray *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      if (array == NULL || json_array_get_length (array) == 0)
        return FALSE;
      span = json_array_get_object_element (array, 0);
    }
  if (span == NULL || !json_object_has_member (span, "start") || !json_object_has_member (span, "end"))
    return FALSE;
  *start = json_object_get_int_member (span, "start");
  *end = json_object_get_int_member (span, "end");
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
mentions_overlap (JsonObject *entity,
                  guint32     start,
                  guint32     end)
{
  JsonNode *node = json_object_get_member (entity, "mentions");
  JsonArray *mentions = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  for (guint i = 0; mentions != NULL && i < json_array_get_length (mentions); i++)
    {
      JsonObject *m = json_array_get_object_element (mentions, i);

      if (m != NULL && overlap (json_object_get_int_member (m, "start"),
                                json_object_get_int_member (m, "end"), start, end) > 0)
        return TRUE;
    }
  return FALSE;
}

/* The index of the item a correction means, or -1 when this analysis has none */
static int
find_item (JsonArray              *array,
           BylineCorrectionTarget  target,
           const char             *key,
           guint32                 start,
           guint32                 end)
{
  int best = -1;
  guint32 best_overlap = 0;
  guint n = array != NULL ? json_array_get_length (array) : 0;

  if (target == BYLINE_TARGET_ENTITY)
    {
      for (guint i = 0; i < n; i++)
        if (same_name (get_string (json_array_get_object_element (array, i), "name"), key))
          return i;
      for (guint i = 0; i < n; i++)
        if (mentions_overlap (json_array_get_object_element (array, i), start, end))
          return i;
      return -1;
    }
  for (guint i = 0; i < n; i++)
    {
      guint32 s, e, o;

      if (!item_span (json_array_get_object_element (array, i), target, &s, &e))
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

static JsonObject *
find_entity_by_name (JsonNode   *analysis,
                     const char *name)
{
  JsonArray *entities = get_array (analysis, "entities");

  for (guint i = 0; entities != NULL && i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);

      if (same_name (get_string (e, "name"), name))
        return e;
    }
  return NULL;
}

/* Calls @fix on every object that points at entity @id through @member */
static void
each_reference (JsonArray  *array,
                const char *member,
                const char *id,
                void      (*fix) (JsonObject *ref, const char *member, gpointer data),
                gpointer    data)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (o != NULL && g_strcmp0 (get_string (o, member), id) == 0)
        fix (o, member, data);
    }
}

static void
rename_reference (JsonObject *ref,
                  const char *member,
                  gpointer    data)
{
  /* "speaker" goes with "speaker_name", "source" with "source_name", "entity" with "name" */
  g_autofree char *name_member = g_str_equal (member, "entity") ? g_strdup ("name")
                                                                : g_strconcat (member, "_name", NULL);

  json_object_set_string_member (ref, name_member, data);
}

static void
unlink_reference (JsonObject *ref,
                  const char *member,
                  gpointer    data)
{
  json_object_set_null_member (ref, member);
}

/* The objects inside meetings that name an entity: participants and places */
static void
each_meeting_reference (JsonNode   *analysis,
                        const char *id,
                        void      (*fix) (JsonObject *ref, const char *member, gpointer data),
                        gpointer    data)
{
  JsonArray *meetings = get_array (analysis, "meetings");

  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      JsonNode *participants = json_object_get_member (m, "participants");
      JsonNode *place = json_object_get_member (m, "place");

      if (participants != NULL && JSON_NODE_HOLDS_ARRAY (participants))
        each_reference (json_node_get_array (participants), "entity", id, fix, data);
      if (place != NULL && JSON_NODE_HOLDS_OBJECT (place)
          && g_strcmp0 (get_string (json_node_get_object (place), "entity"), id) == 0)
        fix (json_node_get_object (place), "entity", data);
    }
}

static JsonArray *
get_signal_array (JsonNode   *analysis,
                  const char *member)
{
  JsonObject *root = json_node_get_object (analysis);
  JsonNode *signals = json_object_get_member (root, "signals");
  JsonNode *node;

  if (signals == NULL || !JSON_NODE_HOLDS_OBJECT (signals))
    return NULL;
  node = json_object_get_member (json_node_get_object (signals), member);
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
apply_entity (JsonNode               *analysis,
              const BylineCorrection *c)
{
  JsonArray *entities = get_array (analysis, "entities");
  int index = find_item (entities, c->target, c->key, c->start, c->end);
  JsonObject *entity;
  g_autofree char *id = NULL;

  if (index < 0)
    return;
  entity = json_array_get_object_element (entities, index);
  id = g_strdup (get_string (entity, "id"));
  switch (c->action)
    {
    case BYLINE_FIX_TYPE:
      json_object_set_string_member (entity, "type", c->value);
      json_object_set_boolean_member (entity, "corrected", TRUE);
      break;
    case BYLINE_FIX_NAME:
      json_object_set_string_member (entity, "name", c->value);
      json_object_set_boolean_member (entity, "corrected", TRUE);
      if (id == NULL)
        break;
      each_reference (get_array (analysis, "quotes"), "speaker", id, rename_reference, c->value);
      each_reference (get_array (analysis, "claims"), "source", id, rename_reference, c->value);
      each_reference (get_signal_array (analysis, "voices"), "entity", id, rename_reference,
                      c->value);
      each_meeting_reference (analysis, id, rename_reference, c->value);
      break;
    case BYLINE_FIX_REMOVE:
      json_array_remove_element (entities, index);
      if (id == NULL)
        break;
      /* what pointed at it keeps the words, not the link */
      each_reference (get_array (analysis, "quotes"), "speaker", id, unlink_reference, NULL);
      each_reference (get_array (analysis, "claims"), "source", id, unlink_reference, NULL);
      each_reference (get_signal_array (analysis, "voices"), "entity", id, unlink_reference, NULL);
      each_meeting_reference (analysis, id, unlink_reference, NULL);
      break;
    case BYLINE_FIX_SPEAKER:
    case BYLINE_FIX_ATTRIBUTION:
    default:
      break;
    }
}

static void
apply_item (JsonNode               *analysis,
            const BylineCorrection *c)
{
  JsonArray *array = get_array (analysis, target_arrays[c->target]);
  int index = find_item (array, c->target, c->key, c->start, c->end);
  JsonObject *item;

  if (index < 0)
    return;
  item = json_array_get_object_element (array, index);
  switch (c->action)
    {
    case BYLINE_FIX_SPEAKER:
      {
        JsonObject *entity = find_entity_by_name (analysis, c->value);

        json_object_set_string_member (item, "speaker_name", c->value);
        if (entity != NULL && get_string (entity, "id") != NULL)
          json_object_set_string_member (item, "speaker", get_string (entity, "id"));
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
      json_array_remove_element (array, index);
      break;
    case BYLINE_FIX_TYPE:
    case BYLINE_FIX_NAME:
    default:
      break;
    }
}

typedef struct
{
  char  *entity;
  char  *name;
  char  *country;
  gint64 quotes;
} Voice;

static void
voice_clear (Voice *v)
{
  g_free (v->entity);
  g_free (v->name);
  g_free (v->country);
}

static gint
compare_voices (gconstpointer a,
                gconstpointer b)
{
  const Voice *x = a;
  const Voice *y = b;

  return x->quotes != y->quotes ? (x->quotes > y->quotes ? -1 : 1) : 0;
}

/* After corrections the signals count again what the corrected items say */
static void
recount_signals (JsonNode *analysis)
{
  JsonObject *root = json_node_get_object (analysis);
  JsonNode *signals_node = json_object_get_member (root, "signals");
  JsonObject *signals;
  JsonArray *claims = get_array (analysis, "claims");
  JsonArray *quotes = get_array (analysis, "quotes");
  JsonArray *old_voices = get_signal_array (analysis, "voices");
  g_autoptr (JsonObject) by_attribution = json_object_new ();
  g_autoptr (GArray) voices = g_array_new (FALSE, TRUE, sizeof (Voice));
  g_autoptr (JsonArray) voices_json = json_array_new ();

  if (signals_node == NULL || !JSON_NODE_HOLDS_OBJECT (signals_node))
    return;
  signals = json_node_get_object (signals_node);
  g_array_set_clear_func (voices, (GDestroyNotify) voice_clear);

  for (guint a = 0; a < G_N_ELEMENTS (attributions); a++)
    json_object_set_int_member (by_attribution, attributions[a], 0);
  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      const char *a = get_string (json_array_get_object_element (claims, i), "attribution");

      if (a != NULL && json_object_has_member (by_attribution, a))
        json_object_set_int_member (by_attribution, a,
                                    json_object_get_int_member (by_attribution, a) + 1);
    }
  json_object_set_object_member (signals, "claims_by_attribution",
                                 json_object_ref (by_attribution));

  for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = json_array_get_object_element (quotes, i);
      const char *entity = get_string (q, "speaker");
      const char *name = get_string (q, "speaker_name");
      guint v;

      if (entity == NULL && name == NULL)
        continue;
      for (v = 0; v < voices->len; v++)
        {
          Voice *voice = &g_array_index (voices, Voice, v);
          if (entity != NULL ? g_strcmp0 (voice->entity, entity) == 0
                             : voice->entity == NULL && same_name (voice->name, name))
            break;
        }
      if (v == voices->len)
        {
          Voice voice = { g_strdup (entity), g_strdup (name), NULL, 0 };

          /* the country the analyser gave this voice before, if any */
          for (guint o = 0; old_voices != NULL && o < json_array_get_length (old_voices); o++)
            {
              JsonObject *ov = json_array_get_object_element (old_voices, o);
              if ((entity != NULL && g_strcmp0 (get_string (ov, "entity"), entity) == 0)
                  || (entity == NULL && same_name (get_string (ov, "name"), name)))
                voice.country = g_strdup (get_string (ov, "country"));
            }
          g_array_append_val (voices, voice);
        }
      g_array_index (voices, Voice, v).quotes++;
    }
  g_array_sort (voices, compare_voices);
  for (guint v = 0; v < voices->len; v++)
    {
      Voice *voice = &g_array_index (voices, Voice, v);
      JsonObject *o = json_object_new ();

      if (voice->entity != NULL)
        json_object_set_string_member (o, "entity", voice->entity);
      else
        json_object_set_null_member (o, "entity");
      json_object_set_string_member (o, "name", voice->name);
      json_object_set_int_member (o, "quotes", voice->quotes);
      if (voice->country != NULL)
        json_object_set_string_member (o, "country", voice->country);
      else
        json_object_set_null_member (o, "country");
      json_array_add_object_element (voices_json, o);
    }
  json_object_set_array_member (signals, "voices", json_array_ref (voices_json));
}

/**
 * byline_corrections_apply:
 * @analysis: a byline.analysis/1 object, changed in place
 * @corrections: (element-type BylineCorrection): oldest first
 *
 * Applies each correction whose item this analysis still has; one whose item
 * is gone (the analyser no longer finds it) does nothing. Corrected items
 * carry "corrected": true.
 */
void
byline_corrections_apply (JsonNode  *analysis,
                          GPtrArray *corrections)
{
  g_return_if_fail (analysis != NULL && JSON_NODE_HOLDS_OBJECT (analysis));

  if (corrections == NULL || corrections->len == 0)
    return;
  for (guint i = 0; i < corrections->len; i++)
    {
      const BylineCorrection *c = g_ptr_array_index (corrections, i);

      if (c->target == BYLINE_TARGET_ENTITY)
        apply_entity (analysis, c);
      else
        apply_item (analysis, c);
    }
  recount_signals (analysis);
}

/* Making corrections */

static gboolean
check_value (BylineCorrectionAction   action,
             const char              *value,
             char                   **clean,
             GError                 **error)
{
  const char *const *names = NULL;
  guint n = 0;

  if (action == BYLINE_FIX_REMOVE)
    return TRUE;
  if (value == NULL)
    goto empty;
  *clean = g_strstrip (g_strdup (value));
  if (**clean == '\0' || !g_utf8_validate (*clean, -1, NULL))
    goto empty;
  if (action == BYLINE_FIX_TYPE)
    {
      names = entity_types;
      n = G_N_ELEMENTS (entity_types);
      for (char *p = *clean; *p; p++)
        *p = g_ascii_toupper (*p);
    }
  else if (action == BYLINE_FIX_ATTRIBUTION)
    {
      names = attributions;
      n = G_N_ELEMENTS (attributions);
      g_strdelimit (*clean, "- ", '_');
      for (char *p = *clean; *p; p++)
        *p = g_ascii_tolower (*p);
    }
  if (names != NULL)
    {
      g_autofree char *list = NULL;

      for (guint i = 0; i < n; i++)
        if (g_str_equal (*clean, names[i]))
          return TRUE;
      list = g_strjoinv (", ", (char **) names);
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID,
                   /* Translators: the second %s is a list of names */
                   _("“%s” is not one of: %s"), value, list);
      return FALSE;
    }
  return TRUE;

empty:
  g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID,
               _("the correction needs a value"));
  return FALSE;
}

/* "q3" is the third quote, "e12" the entity with that id */
static int
find_by_ref (JsonArray              *array,
             BylineCorrectionTarget  target,
             const char             *text,
             const char             *ref)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;
  char *end = NULL;
  guint64 number;

  if (target == BYLINE_TARGET_ENTITY)
    {
      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (get_string (json_array_get_object_element (array, i), "id"), ref) == 0)
          return i;
      for (guint i = 0; i < n; i++)
        if (same_name (get_string (json_array_get_object_element (array, i), "name"), ref))
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
          if (item_span (json_array_get_object_element (array, i), target, &s, &e)
              && number >= s && number < e)
            return i;
        }
      return -1;
    }
  /* words from the item */
  if (text != NULL)
    {
      g_autofree char *needle = g_utf8_casefold (ref, -1);

      for (guint i = 0; i < n; i++)
        {
          guint32 s, e;
          g_autofree char *words = NULL;
          g_autofree char *folded = NULL;

          if (!item_span (json_array_get_object_element (array, i), target, &s, &e))
            continue;
          words = g_utf8_substring (text, s, e);
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
  JsonArray *array;
  JsonObject *item;
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

  if ((allowed[target] & (1u << action)) == 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID,
                   /* Translators: "a quote's type cannot be corrected"; both are untranslated keywords */
                   _("a %s's %s cannot be corrected"), target_names[target], action_names[action]);
      return NULL;
    }
  if (!check_value (action, value, &c->value, error))
    return NULL;

  array = get_array (analysis, target_arrays[target]);
  index = find_by_ref (array, target, text, ref);
  if (index < 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND,
                   /* Translators: "no quote matches “q9”" */
                   _("no %s matches “%s”"), target_names[target], ref);
      return NULL;
    }
  item = json_array_get_object_element (array, index);
  c->target = target;
  c->action = action;
  if (!item_span (item, target, &c->start, &c->end))
    c->start = c->end = 0;
  if (target == BYLINE_TARGET_ENTITY)
    c->key = g_strdup (get_string (item, "name"));
  else if (text != NULL)
    c->key = g_utf8_substring (text, c->start, c->end);
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
