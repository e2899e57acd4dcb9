/* test-analysis-model.c: the analysis JSON read back into typed items
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-analysis-model.h"
#include "byline-input.h"
#include "test-util.h"

/* Written for this test */
static const char article[] =
  "Harbour Talks Reach a Deal\n"
  "\n"
  "OSLO, March 3, 2026 — Norwegian Foreign Minister Anna Berg met her Chilean counterpart, "
  "Mateo Fuentes, in Oslo on Monday for talks on fisheries, according to officials from both countries.\n"
  "\n"
  "“We agreed on a great deal, and we disagreed honestly on the rest,” Berg told reporters.\n"
  "\n"
  "Fuentes said the agreement is likely to be signed in Santiago in April. "
  "The deal is believed to be worth $40 million, officials said. Café owners in Ålesund welcomed it.\n";

static JsonNode *
analysis_json (const BylineAnalysis *a)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  JsonNode *node;

  byline_analysis_write_json (a, out);
  node = json_from_string (out->str, &error);
  g_assert_no_error (error);
  return node;
}

/* Every item of the analysis is in the model, with the same words */
static void
check_round_trip (const BylineAnalysis *a)
{
  g_autoptr (JsonNode) node = analysis_json (a);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineAnalysisModel) model = byline_analysis_model_new (node, a->text->data, a->text->len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_cmpstr (model->schema, ==, BYLINE_ANALYSIS_SCHEMA);
  g_assert_cmpuint (byline_analysis_model_get_n_chars (model), ==, a->text->n_chars);
  g_assert_cmpuint (model->entities->len, ==, a->entities->len);
  g_assert_cmpuint (model->quotes->len, ==, a->quotes->len);
  g_assert_cmpuint (model->meetings->len, ==, a->meetings->len);
  g_assert_cmpuint (model->claims->len, ==, a->claims->len);
  g_assert_cmpuint (model->document.paragraphs->len, ==, a->document->paragraphs->len);

  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];
      const BylineModelEntity *m = &g_array_index (model->entities, BylineModelEntity, i);

      g_assert_cmpstr (m->id, ==, e->id);
      g_assert_cmpstr (m->name, ==, e->name);
      g_assert_cmpint (m->type, ==, e->type);
      g_assert_cmpuint (m->mentions->len, ==, e->mentions->len);
      g_assert_true (byline_analysis_model_lookup_entity (model, e->id) == m);
      for (guint k = 0; k < e->mentions->len; k++)
        {
          const BylineMention *bm = &g_array_index (e->mentions, BylineMention, k);
          const BylineModelMention *mm = &g_array_index (m->mentions, BylineModelMention, k);
          g_autofree char *words = byline_analysis_model_dup_span (model, &mm->span);

          g_assert_cmpmem (words, strlen (words), a->text->data + bm->start, bm->end - bm->start);
        }
    }
  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      const BylineModelQuote *m = &g_array_index (model->quotes, BylineModelQuote, i);
      g_autofree char *words = byline_analysis_model_dup_span (model, &m->span);

      g_assert_cmpint (m->kind, ==, q->kind);
      g_assert_cmpstr (m->speaker.name, ==, q->speaker_name);
      g_assert_cmpstr (m->speaker.entity, ==, q->speaker != NULL ? q->speaker->id : NULL);
      g_assert_cmpmem (words, strlen (words), a->text->data + q->start, q->end - q->start);
    }
  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *bm = a->meetings->pdata[i];
      const BylineModelMeeting *m = &g_array_index (model->meetings, BylineModelMeeting, i);

      g_assert_cmpint (m->status, ==, bm->status);
      g_assert_cmpuint (m->participants->len, ==, bm->participants->len);
      g_assert_cmpuint (m->topics->len, ==, bm->topics->len);
    }
  for (guint i = 0; i < a->claims->len; i++)
    {
      BylineClaimView view;
      const BylineClaimView *c = &view;
      const BylineModelClaim *m = &g_array_index (model->claims, BylineModelClaim, i);
      g_autofree char *words = byline_analysis_model_dup_span (model, &m->span);

      byline_claims_view (a->claims, i, &view);
      g_assert_cmpint (m->attribution, ==, c->attribution);
      g_assert_cmpint (m->kind, ==, c->kind);
      g_assert_cmpstr (m->source.name, ==, c->source_name);
      g_assert_cmpuint (m->hedges->len, ==, c->n_hedges);
      g_assert_cmpuint (m->loaded->len, ==, c->n_loaded);
      g_assert_cmpmem (words, strlen (words), a->text->data + c->start, c->end - c->start);
    }
  g_assert_true (model->signals.present);
  for (guint k = 0; k < BYLINE_N_ATTRIBUTIONS; k++)
    g_assert_cmpuint (model->signals.by_attribution[k], ==, a->signals.by_attribution[k]);
  g_assert_cmpuint (model->signals.voices->len, ==, a->signals.voices->len);
  g_assert_cmpuint (model->signals.unnamed_sources, ==, a->signals.unnamed_sources);
  g_assert_cmpuint (model->signals.hedged_claims, ==, a->signals.hedged_claims);
  g_assert_cmpuint (model->signals.loaded_words, ==, a->signals.loaded_words);
}

static void
test_round_trip (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (article);

  g_assert_cmpuint (a->quotes->len, >, 0);
  g_assert_cmpuint (a->claims->len, >, 0);
  check_round_trip (a);
}

static void
test_round_trip_seed (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse_seed ();

  if (a != NULL)
    check_round_trip (a);
}

/* Damaged analyses are refused with an error that names the item */
static void
test_damaged (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (article);
  g_autoptr (GString) out = g_string_new (NULL);
  static const struct { const char *path; const char *json; } damage[] = {
    { "quotes.0.end", "1000000" },
    { "quotes.0.start", "-3" },
    { "quotes.0.start", "\"7\"" },
    { "claims.0.end", "4294967295" },
    { "claims", "\"none\"" },
    { "meetings", "[7, null]" },
    { "entities.0.name", "12" },
    { "entities.0.mentions.0", "{\"start\": 5}" },
    { "entities.0.mentions.0", "{\"start\": 9, \"end\": 2}" },
    { "document.paragraphs.0", "{\"start\": 0, \"end\": 99999}" },
    { "quotes", "{\"start\": 1}" },
    { "entities.0.type", "\"WIZARD\"" },
    { "quotes.0.kind", "\"shouted\"" },
    { "claims.0.attribution", "\"rumour\"" },
    { "claims.0.kind", "\"poem\"" },
  };

  byline_analysis_write_json (a, out);
  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autoptr (JsonNode) root = json_from_string (out->str, NULL);
      g_autoptr (JsonNode) value = json_from_string (damage[i].json, NULL);
      g_auto (GStrv) steps = g_strsplit (damage[i].path, ".", -1);
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineAnalysisModel) model = NULL;
      JsonNode *at = root;
      guint n = g_strv_length (steps);

      for (guint s = 0; s + 1 < n; s++)
        at = JSON_NODE_HOLDS_ARRAY (at)
             ? json_array_get_element (json_node_get_array (at), atoi (steps[s]))
             : json_object_get_member (json_node_get_object (at), steps[s]);
      g_assert_nonnull (at);
      if (JSON_NODE_HOLDS_ARRAY (at))
        {
          JsonArray *array = json_node_get_array (at);

          json_array_remove_element (array, atoi (steps[n - 1]));
          json_array_add_element (array, json_node_ref (value));
        }
      else
        json_object_set_member (json_node_get_object (at), steps[n - 1], json_node_ref (value));

      model = byline_analysis_model_new (root, a->text->data, a->text->len, &error);
      g_test_message ("%s = %s: %s", damage[i].path, damage[i].json, error != NULL ? error->message : "accepted");
      g_assert_error (error, BYLINE_ANALYSIS_MODEL_ERROR, BYLINE_ANALYSIS_MODEL_ERROR_INVALID);
      g_assert_null (model);
    }

  /* not an object at all */
  {
    g_autoptr (JsonNode) root = json_from_string ("[1, 2]", NULL);
    g_autoptr (GError) error = NULL;

    g_assert_null (byline_analysis_model_new (root, "text", -1, &error));
    g_assert_error (error, BYLINE_ANALYSIS_MODEL_ERROR, BYLINE_ANALYSIS_MODEL_ERROR_INVALID);
  }
  /* an empty object is an empty analysis */
  {
    g_autoptr (JsonNode) root = json_from_string ("{}", NULL);
    g_autoptr (GError) error = NULL;
    g_autoptr (BylineAnalysisModel) model = byline_analysis_model_new (root, "", 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (model->entities->len, ==, 0);
    g_assert_false (model->signals.present);
    g_assert_null (byline_analysis_model_dup_provenance (model));
  }
}

/* Skipping damaged items keeps the rest; absent words are the defaults */
static void
test_skip_damaged (void)
{
  static const char text[] = "Talks went well, officials said. A deal is likely soon.";
  static const char json[] =
    "{\"schema\": \"byline.analysis/1\","
    " \"entities\": [{\"id\": \"e1\", \"name\": \"officials\", \"mentions\": [{\"start\": 17, \"end\": 26}]},"
    "                {\"id\": \"e2\", \"type\": \"WIZARD\", \"mentions\": []}],"
    " \"quotes\": [{\"start\": 0, \"end\": 16}, {\"start\": 3, \"end\": 999}, 7],"
    " \"claims\": [{\"start\": 33, \"end\": 55, \"hedges\": [{\"start\": 43, \"end\": 49}]},"
    "              {\"start\": \"x\", \"end\": 2, \"attribution\": \"media\"}],"
    " \"meetings\": \"none\","
    " \"document\": {\"paragraphs\": [{\"start\": 0, \"end\": 55}, {\"start\": 0, \"end\": 5000}]}}";
  g_autoptr (JsonNode) root = json_from_string (json, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineAnalysisModel) strict = byline_analysis_model_new (root, text, -1, &error);
  g_autoptr (BylineAnalysisModel) model = NULL;
  const BylineModelClaim *claim;

  g_assert_null (strict);
  g_assert_error (error, BYLINE_ANALYSIS_MODEL_ERROR, BYLINE_ANALYSIS_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  model = byline_analysis_model_new_full (root, text, -1, BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (model->entities->len, ==, 1);
  g_assert_cmpint (g_array_index (model->entities, BylineModelEntity, 0).type, ==, BYLINE_ENTITY_OTHER);
  g_assert_cmpuint (model->quotes->len, ==, 1);
  g_assert_cmpint (g_array_index (model->quotes, BylineModelQuote, 0).kind, ==, BYLINE_QUOTE_INDIRECT);
  g_assert_cmpuint (model->meetings->len, ==, 0);
  g_assert_cmpuint (model->claims->len, ==, 1);
  claim = &g_array_index (model->claims, BylineModelClaim, 0);
  g_assert_cmpint (claim->attribution, ==, BYLINE_ATTRIBUTION_UNATTRIBUTED);
  g_assert_cmpint (claim->kind, ==, BYLINE_CLAIM_STATEMENT);
  g_assert_cmpuint (claim->hedges->len, ==, 1);
  {
    g_autofree char *hedge = byline_analysis_model_dup_span (model, &g_array_index (claim->hedges, BylineCharSpan, 0));

    g_assert_cmpstr (hedge, ==, "likely");
  }
  g_assert_cmpuint (model->document.paragraphs->len, ==, 1);

  /* still no object, still refused */
  {
    g_autoptr (JsonNode) list = json_from_string ("[]", NULL);

    g_assert_null (byline_analysis_model_new_full (list, text, -1, BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED, &error));
    g_assert_error (error, BYLINE_ANALYSIS_MODEL_ERROR, BYLINE_ANALYSIS_MODEL_ERROR_INVALID);
  }
}

/* The signals, counted the one way the analyser and the corrections share */
static void
test_signals_count (void)
{
  static const BylineClaimFacts claims[] = {
    { BYLINE_ATTRIBUTION_ANONYMOUS, FALSE, 1, 0, 0 },
    { BYLINE_ATTRIBUTION_UNATTRIBUTED, TRUE, 0, 2, 1 },
    { BYLINE_ATTRIBUTION_UNATTRIBUTED, FALSE, 0, 0, 0 },
    { BYLINE_ATTRIBUTION_NAMED_PERSON, TRUE, 2, 0, 0 },
  };
  static const BylineQuoteFacts quotes[] = {
    { NULL, "Zoe Quill", NULL, "e2" },
    { NULL, "Anna Berg", "Norway", "e1" },
    { NULL, NULL, NULL, NULL },
    { NULL, "Zoe Quill", "ignored: the first quote's", NULL },
    { NULL, "Bo Lind", NULL, NULL },
  };
  BylineSignals sig = { { 0 } };
  const BylineVoice *v;

  byline_signals_count (&sig, claims, G_N_ELEMENTS (claims), quotes, G_N_ELEMENTS (quotes));
  g_assert_cmpuint (sig.by_attribution[BYLINE_ATTRIBUTION_UNATTRIBUTED], ==, 2);
  g_assert_cmpuint (sig.by_attribution[BYLINE_ATTRIBUTION_ANONYMOUS], ==, 1);
  g_assert_cmpuint (sig.unnamed_sources, ==, 1);
  g_assert_cmpuint (sig.numbers_without_source, ==, 1);
  g_assert_cmpuint (sig.hedged_claims, ==, 2);
  g_assert_cmpuint (sig.loaded_words, ==, 2);
  g_assert_cmpuint (sig.agentless_passives, ==, 1);
  /* most quoted first, then by name */
  g_assert_cmpuint (sig.voices->len, ==, 3);
  v = &g_array_index (sig.voices, BylineVoice, 0);
  g_assert_cmpstr (v->name, ==, "Zoe Quill");
  g_assert_cmpuint (v->quotes, ==, 2);
  g_assert_cmpstr (v->data, ==, "e2");
  g_assert_null (v->country);
  v = &g_array_index (sig.voices, BylineVoice, 1);
  g_assert_cmpstr (v->name, ==, "Anna Berg");
  g_assert_cmpstr (v->country, ==, "Norway");
  g_assert_cmpstr (g_array_index (sig.voices, BylineVoice, 2).name, ==, "Bo Lind");
  byline_signals_clear (&sig);
  g_assert_null (sig.voices);
}

/* The char index against the slow walk, on text with one- to four-byte characters */
static void
test_char_index_walk (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (BylineCharIndex) index = NULL;
  g_autoptr (BylineText) as_text = NULL;
  gsize n = 0;

  for (guint i = 0; i < 5000; i++)
    g_string_append (text, i % 7 == 0 ? "é" : i % 11 == 0 ? "—" : i % 13 == 0 ? "😀" : "a");
  index = byline_char_index_new (text->str, text->len);
  as_text = byline_text_new_from_data (text->str, text->len, "test.txt", FALSE, NULL);
  g_assert_nonnull (as_text);
  g_assert_cmpuint (byline_char_index_get_n_chars (index), ==, g_utf8_strlen (text->str, -1));
  for (const char *p = text->str;; p = g_utf8_next_char (p), n++)
    {
      gsize byte = p - text->str;

      g_assert_cmpuint (byline_char_index_to_byte (index, n), ==, byte);
      g_assert_cmpuint (byline_char_index_to_char (index, byte), ==, n);
      /* the as_text's text uses the same index */
      g_assert_cmpuint (byline_text_byte_offset (as_text, n), ==, byte);
      g_assert_cmpuint (byline_text_char_offset (as_text, byte), ==, n);
      if (*p == '\0')
        break;
      /* inside a character: that character */
      if (g_utf8_next_char (p) - p > 1)
        g_assert_cmpuint (byline_char_index_to_char (index, byte + 1), ==, n);
    }
  g_assert_cmpuint (byline_char_index_to_byte (index, n + 10), ==, text->len);
  {
    g_autofree char *s = byline_char_index_dup (index, 0, 8);
    g_autofree char *empty = byline_char_index_dup (index, 9, 3);

    g_assert_cmpstr (s, ==, "éaaaaaaé");
    g_assert_cmpstr (empty, ==, "");
  }
}

/* Every word of the contract comes back as the enum it was written from */
static void
test_vocabulary (void)
{
  for (int t = 0; t < BYLINE_N_ENTITY_TYPES; t++)
    {
      BylineEntityType back;

      g_assert_true (byline_entity_type_from_string (byline_entity_type_to_string (t), &back));
      g_assert_cmpint (back, ==, t);
      g_assert_cmpstr (byline_entity_type_label (t), !=, "");
    }
  for (int k = BYLINE_QUOTE_DIRECT; k <= BYLINE_QUOTE_INDIRECT; k++)
    {
      BylineQuoteKind back;

      g_assert_true (byline_quote_kind_from_string (byline_quote_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
    }
  for (int a = 0; a < BYLINE_N_ATTRIBUTIONS; a++)
    {
      BylineAttribution back;

      g_assert_true (byline_attribution_from_string (byline_attribution_to_string (a), &back));
      g_assert_cmpint (back, ==, a);
    }
  for (int k = BYLINE_CLAIM_STATEMENT; k <= BYLINE_CLAIM_OPINION; k++)
    {
      BylineClaimKind back;

      g_assert_true (byline_claim_kind_from_string (byline_claim_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
    }
  for (int s = BYLINE_MEETING_UNKNOWN; s <= BYLINE_MEETING_ONGOING; s++)
    {
      BylineMeetingStatus back;

      g_assert_true (byline_meeting_status_from_string (byline_meeting_status_to_string (s), &back));
      g_assert_cmpint (back, ==, s);
    }
  {
    BylineEntityType t = BYLINE_ENTITY_DATE;

    g_assert_false (byline_entity_type_from_string ("person", &t));
    g_assert_false (byline_entity_type_from_string (NULL, &t));
    g_assert_cmpint (t, ==, BYLINE_ENTITY_DATE);
  }
  g_assert_cmpstr (byline_quote_kind_label ("indirect"), ==, "reported");
  g_assert_cmpstr (byline_quote_kind_label (NULL), ==, "reported");
  g_assert_cmpstr (byline_attribution_label ("state_media"), ==, "state media");
  g_assert_cmpstr (byline_attribution_label ("odd"), ==, "odd");
  g_assert_cmpstr (byline_meeting_status_label ("nonsense"), ==, "unknown");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/round-trip", test_round_trip);
  g_test_add_func ("/model/round-trip-seed", test_round_trip_seed);
  g_test_add_func ("/model/damaged", test_damaged);
  g_test_add_func ("/model/skip-damaged", test_skip_damaged);
  g_test_add_func ("/model/signals-count", test_signals_count);
  g_test_add_func ("/model/char-index", test_char_index_walk);
  g_test_add_func ("/model/vocabulary", test_vocabulary);
  return g_test_run ();
}
