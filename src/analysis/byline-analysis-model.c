/* byline-analysis-model.c: the analysis JSON read once into typed items
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-analysis-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-analysis-model.h"
#include "byline-input.h"
#include "byline-vocabulary.h"

/* The reader first checks the tree with byline_json_check_analysis (), the
 * same check a stored analysis passes before the library trusts it: lists of
 * objects, spans inside the text, names that are text, the contract's words.
 * After it, every member read here has the type the contract gives it, or is
 * absent or null. With BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED each item of the
 * four lists is checked on its own (byline_json_check_analysis_item ()) and
 * skipped when damaged, and a damaged span elsewhere is left out; the
 * reading is type-safe either way. */

G_DEFINE_QUARK (byline-analysis-model-error-quark, byline_analysis_model_error)

/* Reading */

typedef struct
{
  BylineAnalysisModel *model;
  GError             **error;     /* NULL when skipping damaged items */
  gboolean             lenient;
  gsize                n_chars;
} Reader;

static gboolean
refuse (Reader     *r,
        const char *where,
        guint       index,
        const char *key,
        const char *value)
{
  g_set_error (r->error, BYLINE_ANALYSIS_MODEL_ERROR, BYLINE_ANALYSIS_MODEL_ERROR_INVALID,
               /* Translators: "“kind” in quotes[3]: “shouted” is not a word of the analysis" */
               _("“%s” in %s[%u]: “%s” is not a word of the analysis"), key, where, index,
               value != NULL ? value : "null");
  return FALSE;
}

static const char *
intern (Reader     *r,
        const char *s)
{
  return s != NULL ? g_string_chunk_insert_const (r->model->strings, s) : NULL;
}

/* A string member (interned), an object, an array, a count: after the
 * check each has its type or is absent, but read type-safe all the same
 * (SKIP_DAMAGED reads before checking) */
static const char *
get_string (Reader     *r,
            JsonObject *o,
            const char *member)
{
  return intern (r, byline_json_get_string (o, member));
}

/* A count: a whole number, else 0 */
static guint
get_count (JsonObject *o,
           const char *member)
{
  gint64 v;

  if (!byline_json_get_int (o, member, &v))
    return 0;
  return (guint) CLAMP (v, 0, G_MAXUINT);
}

static gboolean
has_member (JsonObject *o,
            const char *member)
{
  return o != NULL && json_object_has_member (o, member);
}

static gboolean
is_int (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* A span: two whole numbers inside the text, the start first; FALSE (and an
 * empty span) when it is not one, which the check let through only where the
 * analysis may say nothing ("cue": null) or where damaged spans are skipped */
static gboolean
get_span (Reader         *r,
          JsonObject     *o,
          BylineCharSpan *span)
{
  JsonNode *start = o != NULL ? json_object_get_member (o, "start") : NULL;
  JsonNode *end = o != NULL ? json_object_get_member (o, "end") : NULL;
  gint64 s, e;

  span->start = span->end = 0;
  if (!is_int (start) || !is_int (end))
    return FALSE;
  s = json_node_get_int (start);
  e = json_node_get_int (end);
  if (s < 0 || e < s || (guint64) e > r->n_chars)
    return FALSE;
  span->start = (guint32) s;
  span->end = (guint32) e;
  return TRUE;
}

static GArray *
get_spans (Reader     *r,
           JsonObject *o,
           const char *member)
{
  JsonArray *a = byline_json_get_array (o, member);
  guint n = a != NULL ? json_array_get_length (a) : 0;
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (BylineCharSpan), n);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (a, i);
      BylineCharSpan span;

      if (get_span (r, JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL, &span))
        g_array_append_val (spans, span);
    }
  return spans;
}

static BylineModelRef
get_ref (Reader     *r,
         JsonObject *o)
{
  BylineModelRef ref = { get_string (r, o, "entity"), get_string (r, o, "name") };

  return ref;
}

static BylineModelOutlet *
get_outlet (Reader     *r,
            JsonObject *o)
{
  BylineModelOutlet *outlet;
  JsonNode *sm;

  if (o == NULL)
    return NULL;
  outlet = g_new0 (BylineModelOutlet, 1);
  outlet->name = get_string (r, o, "name");
  sm = json_object_get_member (o, "state_media");
  outlet->state_media = sm != NULL && JSON_NODE_HOLDS_VALUE (sm) && json_node_get_value_type (sm) == G_TYPE_BOOLEAN
                        ? json_node_get_boolean (sm) : -1;
  outlet->reason = get_string (r, o, "reason");
  outlet->ownership = get_string (r, o, "ownership");
  outlet->country = get_string (r, o, "country");
  return outlet;
}

static void
read_document (Reader     *r,
               JsonObject *o)
{
  BylineModelDocument *d = &r->model->document;
  struct { const char *member; gboolean *has; BylineCharSpan *span; } spans[] = {
    { "title_span", &d->has_title_span, &d->title_span },
    { "credit_span", &d->has_credit_span, &d->credit_span },
    { "dateline_span", &d->has_dateline_span, &d->dateline_span },
  };

  d->title = get_string (r, o, "title");
  d->standfirst = get_string (r, o, "standfirst");
  d->credit = get_string (r, o, "credit");
  d->byline = get_string (r, o, "byline");
  d->dateline = get_string (r, o, "dateline");
  d->dateline_text = get_string (r, o, "dateline_text");
  d->wire_place = get_string (r, o, "wire_place");
  d->wire_agency = get_string (r, o, "wire_agency");
  d->url = get_string (r, o, "url");
  d->author = get_string (r, o, "author");
  d->published = get_string (r, o, "published");
  d->outlet = get_outlet (r, byline_json_get_object (o, "outlet"));
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    *spans[i].has = get_span (r, byline_json_get_object (o, spans[i].member), spans[i].span);
  d->paragraphs = get_spans (r, o, "paragraphs");
  d->sentences = get_spans (r, o, "sentences");
}

static gboolean
read_entity (Reader            *r,
             JsonObject        *o,
             guint              index,
             BylineModelEntity *e)
{
  const char *type = get_string (r, o, "type");
  JsonArray *mentions = byline_json_get_array (o, "mentions");
  guint n = mentions != NULL ? json_array_get_length (mentions) : 0;

  if (type == NULL)
    e->type = BYLINE_ENTITY_OTHER;
  else if (!byline_entity_type_from_string (type, &e->type))
    return refuse (r, "entities", index, "type", type);
  e->id = get_string (r, o, "id");
  e->name = get_string (r, o, "name");
  e->role = get_string (r, o, "role");
  e->affiliation = get_string (r, o, "affiliation");
  e->canonical = get_string (r, o, "canonical");
  e->kind = get_string (r, o, "kind");
  e->country = get_string (r, o, "country");
  e->outlet = get_outlet (r, byline_json_get_object (o, "outlet"));
  e->corrected = has_member (o, "corrected");
  e->mentions = g_array_sized_new (FALSE, TRUE, sizeof (BylineModelMention), n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *m = json_array_get_object_element (mentions, i);
      BylineModelMention mention = { { 0, 0 }, get_string (r, m, "date"),
                                     get_string (r, m, "from"), get_string (r, m, "to") };

      if (get_span (r, m, &mention.span))
        g_array_append_val (e->mentions, mention);
    }
  return TRUE;
}

static gboolean
read_quote (Reader           *r,
            JsonObject       *o,
            guint             index,
            BylineModelQuote *q)
{
  const char *kind = get_string (r, o, "kind");
  JsonObject *cue = byline_json_get_object (o, "cue");

  if (kind == NULL)
    q->kind = BYLINE_QUOTE_INDIRECT;
  else if (!byline_quote_kind_from_string (kind, &q->kind))
    return refuse (r, "quotes", index, "kind", kind);
  get_span (r, o, &q->span);
  q->speaker.entity = get_string (r, o, "speaker");
  q->speaker.name = get_string (r, o, "speaker_name");
  q->has_cue = get_span (r, cue, &q->cue);
  q->connotation = get_string (r, o, "connotation");
  q->via = get_ref (r, byline_json_get_object (o, "via"));
  q->corrected = has_member (o, "corrected");
  return TRUE;
}

static gboolean
read_meeting (Reader             *r,
              JsonObject         *o,
              guint               index,
              BylineModelMeeting *m)
{
  const char *status = get_string (r, o, "status");
  JsonArray *people = byline_json_get_array (o, "participants");
  JsonArray *topics = byline_json_get_array (o, "topics");
  guint n = people != NULL ? json_array_get_length (people) : 0;

  /* a meeting the analyser could not date or place is "unknown"; a word
   * outside the contract is damage */
  if (status == NULL)
    m->status = BYLINE_MEETING_UNKNOWN;
  else if (!byline_meeting_status_from_string (status, &m->status))
    return refuse (r, "meetings", index, "status", status);
  m->participants = g_array_sized_new (FALSE, TRUE, sizeof (BylineModelRef), n);
  for (guint i = 0; i < n; i++)
    {
      BylineModelRef ref = get_ref (r, json_array_get_object_element (people, i));

      g_array_append_val (m->participants, ref);
    }
  m->place = get_ref (r, byline_json_get_object (o, "place"));
  m->date = get_string (r, o, "date");
  m->time_text = get_string (r, o, "time_text");
  m->topics = g_ptr_array_new ();
  for (guint i = 0; topics != NULL && i < json_array_get_length (topics); i++)
    {
      JsonNode *node = json_array_get_element (topics, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (m->topics, (gpointer) intern (r, json_node_get_string (node)));
    }
  m->evidence = get_spans (r, o, "evidence");
  m->corrected = has_member (o, "corrected");
  return TRUE;
}

static gboolean
read_claim (Reader           *r,
            JsonObject       *o,
            guint             index,
            BylineModelClaim *c)
{
  const char *attribution = get_string (r, o, "attribution");
  const char *kind = get_string (r, o, "kind");

  if (attribution == NULL)
    c->attribution = BYLINE_ATTRIBUTION_UNATTRIBUTED;
  else if (!byline_attribution_from_string (attribution, &c->attribution))
    return refuse (r, "claims", index, "attribution", attribution);
  if (kind == NULL)
    c->kind = BYLINE_CLAIM_STATEMENT;
  else if (!byline_claim_kind_from_string (kind, &c->kind))
    return refuse (r, "claims", index, "kind", kind);
  get_span (r, o, &c->span);
  c->source.entity = get_string (r, o, "source");
  c->source.name = get_string (r, o, "source_name");
  c->reason = get_string (r, o, "reason");
  c->hedges = get_spans (r, o, "hedges");
  c->loaded = get_spans (r, o, "loaded");
  c->agentless = get_spans (r, o, "agentless");
  c->corrected = has_member (o, "corrected");
  return TRUE;
}

static void
read_signals (Reader     *r,
              JsonObject *o)
{
  BylineModelSignals *s = &r->model->signals;
  JsonObject *by = byline_json_get_object (o, "claims_by_attribution");
  JsonArray *voices = byline_json_get_array (o, "voices");

  s->present = o != NULL;
  for (guint a = 0; a < BYLINE_N_ATTRIBUTIONS; a++)
    s->by_attribution[a] = get_count (by, byline_attribution_to_string (a));
  for (guint i = 0; voices != NULL && i < json_array_get_length (voices); i++)
    {
      JsonNode *node = json_array_get_element (voices, i);
      JsonObject *v = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      BylineModelVoice voice = { get_ref (r, v), get_count (v, "quotes"), get_string (r, v, "country") };

      g_array_append_val (s->voices, voice);
    }
  s->unnamed_sources = get_count (o, "unnamed_sources");
  s->numbers_without_source = get_count (o, "numbers_without_source");
  s->agentless_passives = get_count (o, "agentless_passives");
  s->hedged_claims = get_count (o, "hedged_claims");
  s->loaded_words = get_count (o, "loaded_words");
  s->photo_credit = get_string (r, byline_json_get_object (o, "photo_credit"), "text");
}

typedef gboolean (*ReadItem) (Reader *r, JsonObject *o, guint index, gpointer item);

static gboolean
read_items (Reader     *r,
            JsonObject *root,
            const char *member,
            GArray     *items,
            ReadItem    read)
{
  JsonArray *a = byline_json_get_array (root, member);
  guint n = a != NULL ? json_array_get_length (a) : 0;
  guint size = g_array_get_element_size (items);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (a, i);

      /* a damaged item, when they are skipped */
      if (r->lenient && !byline_json_check_analysis_item (node, member, i, r->n_chars, NULL))
        continue;
      /* a new element, zeroed */
      g_array_set_size (items, items->len + 1);
      if (!read (r, json_node_get_object (node), i, items->data + (gsize) (items->len - 1) * size))
        {
          if (!r->lenient)
            return FALSE;
          g_array_set_size (items, items->len - 1);
        }
    }
  return TRUE;
}

static void
entity_clear (BylineModelEntity *e)
{
  g_clear_pointer (&e->mentions, g_array_unref);
  g_clear_pointer (&e->outlet, g_free);
}

static void
meeting_clear (BylineModelMeeting *m)
{
  g_clear_pointer (&m->participants, g_array_unref);
  g_clear_pointer (&m->topics, g_ptr_array_unref);
  g_clear_pointer (&m->evidence, g_array_unref);
}

static void
claim_clear (BylineModelClaim *c)
{
  g_clear_pointer (&c->hedges, g_array_unref);
  g_clear_pointer (&c->loaded, g_array_unref);
  g_clear_pointer (&c->agentless, g_array_unref);
}

/**
 * byline_analysis_model_new:
 * @analysis: the analysis JSON (a JSON object)
 * @text: the article's text, which the analysis's offsets count in
 * @len: @text's length in bytes, or -1
 * @error: where to say what is wrong with the analysis
 *
 * Reads the analysis once into typed items, checked against the text.
 *
 * Returns: (transfer full): the model, or NULL with @error set
 */
BylineAnalysisModel *
byline_analysis_model_new (JsonNode    *analysis,
                           const char  *text,
                           gssize       len,
                           GError     **error)
{
  return byline_analysis_model_new_full (analysis, text, len, BYLINE_ANALYSIS_MODEL_DEFAULT, error);
}

/**
 * byline_analysis_model_new_full:
 * @flags: BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED to keep what is sound of a
 *   damaged analysis (a teacher's lesson made from one)
 *
 * Returns: (transfer full): the model, or NULL with @error set
 */
BylineAnalysisModel *
byline_analysis_model_new_full (JsonNode                  *analysis,
                                const char                *text,
                                gssize                     len,
                                BylineAnalysisModelFlags   flags,
                                GError                   **error)
{
  g_autoptr (BylineAnalysisModel) self = NULL;
  g_autoptr (GError) local = NULL;
  gboolean lenient = (flags & BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED) != 0;
  Reader r = { NULL, lenient ? NULL : error, lenient, 0 };
  JsonObject *root;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (BylineAnalysisModel, 1);
  self->text = len < 0 ? g_strdup (text) : g_strndup (text != NULL ? text : "", len);
  self->index = byline_char_index_new (self->text, len < 0 ? -1 : len);
  self->strings = g_string_chunk_new (4096);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->entities = g_array_new (FALSE, TRUE, sizeof (BylineModelEntity));
  g_array_set_clear_func (self->entities, (GDestroyNotify) entity_clear);
  self->quotes = g_array_new (FALSE, TRUE, sizeof (BylineModelQuote));
  self->meetings = g_array_new (FALSE, TRUE, sizeof (BylineModelMeeting));
  g_array_set_clear_func (self->meetings, (GDestroyNotify) meeting_clear);
  self->claims = g_array_new (FALSE, TRUE, sizeof (BylineModelClaim));
  g_array_set_clear_func (self->claims, (GDestroyNotify) claim_clear);
  self->signals.voices = g_array_new (FALSE, TRUE, sizeof (BylineModelVoice));
  r.model = self;
  r.n_chars = byline_char_index_get_n_chars (self->index);

  if (lenient && !JSON_NODE_HOLDS_OBJECT (analysis))
    {
      g_set_error_literal (error, BYLINE_ANALYSIS_MODEL_ERROR, BYLINE_ANALYSIS_MODEL_ERROR_INVALID,
                           _("an analysis must be a JSON object"));
      return NULL;
    }
  if (!lenient && !byline_json_check_analysis (analysis, r.n_chars, &local))
    {
      g_set_error_literal (error, BYLINE_ANALYSIS_MODEL_ERROR, BYLINE_ANALYSIS_MODEL_ERROR_INVALID,
                           local->message);
      return NULL;
    }
  root = json_node_get_object (analysis);

  self->schema = get_string (&r, root, "schema");
  read_document (&r, byline_json_get_object (root, "document"));
  if (!read_items (&r, root, "entities", self->entities, (ReadItem) read_entity)
      || !read_items (&r, root, "quotes", self->quotes, (ReadItem) read_quote)
      || !read_items (&r, root, "meetings", self->meetings, (ReadItem) read_meeting)
      || !read_items (&r, root, "claims", self->claims, (ReadItem) read_claim))
    return NULL;
  read_signals (&r, byline_json_get_object (root, "signals"));

  for (guint i = 0; i < self->entities->len; i++)
    {
      const BylineModelEntity *e = &g_array_index (self->entities, BylineModelEntity, i);

      if (e->id != NULL && !g_hash_table_contains (self->by_id, e->id))
        g_hash_table_insert (self->by_id, (gpointer) e->id, GUINT_TO_POINTER (i + 1));
    }
  return g_steal_pointer (&self);
}

void
byline_analysis_model_free (BylineAnalysisModel *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->document.outlet, g_free);
  g_clear_pointer (&self->document.paragraphs, g_array_unref);
  g_clear_pointer (&self->document.sentences, g_array_unref);
  g_clear_pointer (&self->entities, g_array_unref);
  g_clear_pointer (&self->quotes, g_array_unref);
  g_clear_pointer (&self->meetings, g_array_unref);
  g_clear_pointer (&self->claims, g_array_unref);
  g_clear_pointer (&self->signals.voices, g_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->index, byline_char_index_free);
  g_free (self->text);
  g_free (self);
}

const char *
byline_analysis_model_get_text (const BylineAnalysisModel *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

gsize
byline_analysis_model_get_n_chars (const BylineAnalysisModel *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return byline_char_index_get_n_chars (self->index);
}

char *
byline_analysis_model_dup_span (const BylineAnalysisModel *self,
                                const BylineCharSpan      *span)
{
  g_return_val_if_fail (self != NULL && span != NULL, NULL);
  return byline_char_index_dup (self->index, span->start, span->end);
}

const BylineModelEntity *
byline_analysis_model_lookup_entity (const BylineAnalysisModel *self,
                                     const char                *id)
{
  guint i;

  g_return_val_if_fail (self != NULL, NULL);

  if (id == NULL)
    return NULL;
  i = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, id));
  return i > 0 ? &g_array_index (self->entities, BylineModelEntity, i - 1) : NULL;
}

char *
byline_model_meeting_dup_sides (const BylineModelMeeting *m)
{
  GString *who = g_string_new (NULL);

  for (guint p = 0; p < m->participants->len; p++)
    {
      const char *name = g_array_index (m->participants, BylineModelRef, p).name;

      g_string_append_printf (who, "%s%s", who->len > 0 ? ", " : "", name != NULL ? name : "?");
    }
  if (m->participants->len == 0)
    g_string_append (who, byline_meeting_no_sides_label ());
  return g_string_free (who, FALSE);
}

char *
byline_analysis_model_dup_provenance (const BylineAnalysisModel *self)
{
  const BylineModelDocument *d;

  g_return_val_if_fail (self != NULL, NULL);

  d = &self->document;
  return byline_provenance_line_for (d->author, d->outlet != NULL ? d->outlet->name : NULL,
                                     d->outlet != NULL ? d->outlet->state_media : -1,
                                     d->outlet != NULL ? d->outlet->reason : NULL, d->published);
}
