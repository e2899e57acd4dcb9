/* test-classroom.c: lessons, answer keys, responses, scoring and the class report
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "byline-lesson.h"
#include "byline-response.h"
#include "byline-scoring.h"

/* A short article with a non-ASCII word first, so that offsets are code points */
static const char article[] =
  "Café talks\n"
  "Berg met Fuentes in Oslo on Monday. "
  "\"We agreed on a great deal,\" Anna Berg said. "
  "He said \"the fish will come back\". "
  "Officials said the deal was likely to be signed. "
  "State radio called it a blatant win.\n";

/* Where @needle starts and ends in the article, in code points */
static void
span_of (const char *needle,
         guint32    *start,
         guint32    *end)
{
  const char *p = strstr (article, needle);

  g_assert_nonnull (p);
  *start = (guint32) g_utf8_pointer_to_offset (article, p);
  *end = *start + (guint32) g_utf8_strlen (needle, -1);
}

static BylineMark
mark_at (BylineCategory category,
         const char    *needle)
{
  BylineMark m = { category, 0, 0, NULL, BYLINE_SOURCE_UNATTRIBUTED, BYLINE_SIGNAL_HEDGE };

  span_of (needle, &m.start, &m.end);
  return m;
}

/* The key: 2 quotes (one with only a pronoun for speaker), 2 claims, 1 meeting, 2 signal words */
static BylineLesson *
make_lesson (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = byline_lesson_new (article, "Café talks", "cafe.txt", "2026-03-03", &error);
  BylineMark m;

  g_assert_no_error (error);
  m = mark_at (BYLINE_CATEGORY_QUOTE, "We agreed on a great deal,");
  m.speaker = (char *) "Anna Berg";
  g_assert_nonnull (byline_lesson_add_key_item (lesson, &m, NULL, &error));
  m = mark_at (BYLINE_CATEGORY_QUOTE, "the fish will come back");
  m.speaker = (char *) "He";
  g_assert_nonnull (byline_lesson_add_key_item (lesson, &m, NULL, &error));
  m = mark_at (BYLINE_CATEGORY_CLAIM, "Officials said the deal was likely to be signed.");
  m.source = BYLINE_SOURCE_ANONYMOUS;
  g_assert_nonnull (byline_lesson_add_key_item (lesson, &m, "officials, unnamed", &error));
  m = mark_at (BYLINE_CATEGORY_CLAIM, "State radio called it a blatant win.");
  m.source = BYLINE_SOURCE_STATE_MEDIA;
  g_assert_nonnull (byline_lesson_add_key_item (lesson, &m, "run by the state", &error));
  m = mark_at (BYLINE_CATEGORY_MEETING, "Berg met Fuentes in Oslo on Monday.");
  g_assert_nonnull (byline_lesson_add_key_item (lesson, &m, NULL, &error));
  m = mark_at (BYLINE_CATEGORY_SIGNAL, "likely");
  g_assert_nonnull (byline_lesson_add_key_item (lesson, &m, NULL, &error));
  m = mark_at (BYLINE_CATEGORY_SIGNAL, "blatant");
  m.signal = BYLINE_SIGNAL_LOADED;
  g_assert_nonnull (byline_lesson_add_key_item (lesson, &m, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lesson->key->len, ==, 7);
  return g_steal_pointer (&lesson);
}

static void
add (BylineResponse *r,
     BylineMark      m)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (byline_response_add_mark (r, &m, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_score (const BylineScore *s,
              guint              expected,
              guint              marked,
              guint              matched,
              guint              right,
              double             precision,
              double             recall,
              double             f1)
{
  g_assert_cmpuint (s->expected, ==, expected);
  g_assert_cmpuint (s->marked, ==, marked);
  g_assert_cmpuint (s->matched, ==, matched);
  g_assert_cmpuint (s->right, ==, right);
  g_assert_cmpuint (s->missed, ==, expected - matched);
  g_assert_cmpuint (s->extra, ==, marked - matched);
  g_assert_cmpfloat_with_epsilon (s->precision, precision, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->recall, recall, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->f1, f1, 1e-9);
}

static const BylineKeyItem *
key_item (const BylineLesson *lesson,
          int                 index)
{
  return g_ptr_array_index (lesson->key, index);
}

/* Every item marked exactly, with the right details */
static BylineResponse *
perfect_response (const BylineLesson *lesson,
                  const char         *student)
{
  BylineResponse *r = byline_response_new (lesson, student);

  for (guint i = 0; i < lesson->key->len; i++)
    add (r, key_item (lesson, i)->mark);
  return r;
}

static void
test_exact (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (BylineResponse) r = perfect_response (lesson, "Ana");
  g_autoptr (BylineCheck) check = byline_check_new (lesson, r);

  assert_score (&check->scores[BYLINE_CATEGORY_QUOTE], 2, 2, 2, 2, 1, 1, 1);
  assert_score (&check->scores[BYLINE_CATEGORY_CLAIM], 2, 2, 2, 2, 1, 1, 1);
  assert_score (&check->scores[BYLINE_CATEGORY_MEETING], 1, 1, 1, 1, 1, 1, 1);
  assert_score (&check->scores[BYLINE_CATEGORY_SIGNAL], 2, 2, 2, 2, 1, 1, 1);
  assert_score (&check->total, 7, 7, 7, 7, 1, 1, 1);
  g_assert_cmpuint (check->entries->len, ==, 7);
  for (guint i = 0; i < check->entries->len; i++)
    {
      const BylineCheckEntry *e = &g_array_index (check->entries, BylineCheckEntry, i);

      g_assert_cmpint (e->outcome, ==, BYLINE_OUTCOME_MATCH);
      g_assert_true (e->right);
      g_assert_cmpint (e->key_index, ==, e->mark_index);
    }
}

static void
test_overlap_rule (void)
{
  /* 30 % of the shorter span: 3 of 10 matches, 2 of 10 does not */
  g_assert_true (byline_spans_match (BYLINE_CATEGORY_QUOTE, 0, 10, 7, 20));
  g_assert_false (byline_spans_match (BYLINE_CATEGORY_QUOTE, 0, 10, 8, 20));
  g_assert_true (byline_spans_match (BYLINE_CATEGORY_SIGNAL, 10, 20, 0, 13));
  g_assert_false (byline_spans_match (BYLINE_CATEGORY_MEETING, 0, 10, 10, 20));
  /* a long mark over a short quote: the shorter is the quote */
  g_assert_true (byline_spans_match (BYLINE_CATEGORY_QUOTE, 50, 60, 0, 1000));
  /* claims: half of the key item's span */
  g_assert_true (byline_spans_match (BYLINE_CATEGORY_CLAIM, 0, 10, 5, 30));
  g_assert_false (byline_spans_match (BYLINE_CATEGORY_CLAIM, 0, 10, 6, 30));
  g_assert_true (byline_spans_match (BYLINE_CATEGORY_CLAIM, 0, 10, 0, 1000));
}

static void
test_overlapping (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (BylineResponse) r = byline_response_new (lesson, "Ben");
  g_autoptr (BylineCheck) check = NULL;
  BylineMark m;

  /* the quote with its marks and the speaker's name: overlaps all of the quote */
  m = mark_at (BYLINE_CATEGORY_QUOTE, "We agreed on a great deal,\" Anna Berg");
  m.speaker = (char *) "Anna Berg";
  add (r, m);
  /* a second, smaller mark on the same quote: one to one, so an extra */
  m = mark_at (BYLINE_CATEGORY_QUOTE, "We agreed");
  m.speaker = (char *) "Anna Berg";
  add (r, m);
  /* half of the claim and a little more: found */
  m = mark_at (BYLINE_CATEGORY_CLAIM, "the deal was likely to be signed. State");
  m.source = BYLINE_SOURCE_ANONYMOUS;
  add (r, m);
  /* a signal word marked with the space after it */
  m = mark_at (BYLINE_CATEGORY_SIGNAL, "likely ");
  add (r, m);

  check = byline_check_new (lesson, r);
  assert_score (&check->scores[BYLINE_CATEGORY_QUOTE], 2, 2, 1, 1, 0.5, 0.5, 0.5);
  assert_score (&check->scores[BYLINE_CATEGORY_CLAIM], 2, 1, 1, 1, 1, 0.5, 2.0 / 3);
  assert_score (&check->scores[BYLINE_CATEGORY_SIGNAL], 2, 1, 1, 1, 1, 0.5, 2.0 / 3);
  assert_score (&check->scores[BYLINE_CATEGORY_MEETING], 1, 0, 0, 0, 0, 0, 0);
  /* the larger overlap won: mark 0 matched the quote, mark 1 is the extra */
  for (guint i = 0; i < check->entries->len; i++)
    {
      const BylineCheckEntry *e = &g_array_index (check->entries, BylineCheckEntry, i);

      if (e->outcome == BYLINE_OUTCOME_EXTRA)
        g_assert_cmpint (e->mark_index, ==, 1);
      if (e->outcome == BYLINE_OUTCOME_MATCH && e->category == BYLINE_CATEGORY_QUOTE)
        g_assert_cmpint (e->mark_index, ==, 0);
    }
}

static void
test_missed_and_extra (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (BylineResponse) empty = byline_response_new (lesson, "Cid");
  g_autoptr (BylineResponse) extras = byline_response_new (lesson, "Dee");
  g_autoptr (BylineCheck) check = byline_check_new (lesson, empty);
  g_autoptr (BylineCheck) check2 = NULL;
  BylineMark m;
  guint n_extra = 0;

  assert_score (&check->total, 7, 0, 0, 0, 0, 0, 0);
  for (guint i = 0; i < check->entries->len; i++)
    g_assert_cmpint (g_array_index (check->entries, BylineCheckEntry, i).outcome, ==, BYLINE_OUTCOME_MISS);

  /* a quote where there is none, and a claim of the wrong category over a quote */
  m = mark_at (BYLINE_CATEGORY_QUOTE, "Café talks");
  add (extras, m);
  m = mark_at (BYLINE_CATEGORY_MEETING, "the fish will come back");
  add (extras, m);
  check2 = byline_check_new (lesson, extras);
  assert_score (&check2->scores[BYLINE_CATEGORY_QUOTE], 2, 1, 0, 0, 0, 0, 0);
  assert_score (&check2->scores[BYLINE_CATEGORY_MEETING], 1, 1, 0, 0, 0, 0, 0);
  assert_score (&check2->total, 7, 2, 0, 0, 0, 0, 0);
  for (guint i = 0; i < check2->entries->len; i++)
    if (g_array_index (check2->entries, BylineCheckEntry, i).outcome == BYLINE_OUTCOME_EXTRA)
      n_extra++;
  g_assert_cmpuint (n_extra, ==, 2);
  /* in text order: the extra on the title comes first */
  g_assert_cmpint (g_array_index (check2->entries, BylineCheckEntry, 0).outcome, ==, BYLINE_OUTCOME_EXTRA);
}

static void
test_speaker (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  static const struct { const char *speaker; gboolean right; } cases[] = {
    { "Anna Berg", TRUE }, { "anna berg", TRUE }, { "Berg", TRUE }, { "Anna Berg's", TRUE },
    { "Mateo Fuentes", FALSE }, { NULL, FALSE }, { "", FALSE }, { "Ana", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (BylineResponse) r = byline_response_new (lesson, "Eve");
      g_autoptr (BylineCheck) check = NULL;
      BylineMark m = key_item (lesson, 1)->mark;   /* "We agreed…", Anna Berg */
      BylineMark pronoun = key_item (lesson, 2)->mark;   /* "the fish…", He */

      g_assert_cmpstr (key_item (lesson, 1)->mark.speaker, ==, "Anna Berg");
      g_assert_cmpstr (key_item (lesson, 2)->mark.speaker, ==, "He");
      m.speaker = (char *) cases[i].speaker;
      pronoun.speaker = (char *) "Someone Else";
      add (r, m);
      add (r, pronoun);
      check = byline_check_new (lesson, r);
      g_test_message ("speaker %s", cases[i].speaker);
      /* the pronoun's quote is not judged, so it is always right */
      assert_score (&check->scores[BYLINE_CATEGORY_QUOTE], 2, 2, 2, cases[i].right ? 2 : 1, 1, 1, 1);
    }
  g_assert_true (byline_same_person ("Zarif", "Javad Zarif"));
  g_assert_false (byline_same_person ("Lavrov", "Javad Zarif"));
  g_assert_false (byline_speaker_is_judged ("they"));
  g_assert_true (byline_speaker_is_judged ("Officials"));
}

static void
test_attribution (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (BylineResponse) r = byline_response_new (lesson, "Fay");
  g_autoptr (BylineCheck) check = NULL;
  BylineMark state = key_item (lesson, 5)->mark;   /* State radio…, state media */
  BylineMark anon = key_item (lesson, 3)->mark;    /* Officials said…, anonymous */
  BylineMark loaded = key_item (lesson, 6)->mark;  /* blatant, loaded */

  g_assert_cmpint (state.source, ==, BYLINE_SOURCE_STATE_MEDIA);
  g_assert_cmpint (anon.source, ==, BYLINE_SOURCE_ANONYMOUS);
  g_assert_cmpint (loaded.signal, ==, BYLINE_SIGNAL_LOADED);
  state.source = BYLINE_SOURCE_OTHER_MEDIA;
  loaded.signal = BYLINE_SIGNAL_HEDGE;
  add (r, state);
  add (r, anon);
  add (r, loaded);
  check = byline_check_new (lesson, r);
  assert_score (&check->scores[BYLINE_CATEGORY_CLAIM], 2, 2, 2, 1, 1, 1, 1);
  assert_score (&check->scores[BYLINE_CATEGORY_SIGNAL], 2, 1, 1, 0, 1, 0.5, 2.0 / 3);
}

static void
test_categories_off (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (BylineResponse) r = perfect_response (lesson, "Gus");
  g_autoptr (BylineCheck) check = NULL;
  g_autoptr (BylineClassReport) report = NULL;

  lesson->categories = BYLINE_CATEGORY_FLAG (BYLINE_CATEGORY_QUOTE);
  check = byline_check_new (lesson, r);
  assert_score (&check->total, 2, 2, 2, 2, 1, 1, 1);
  assert_score (&check->scores[BYLINE_CATEGORY_CLAIM], 0, 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (check->entries->len, ==, 2);
  report = byline_class_report_new (lesson);
  g_assert_cmpuint (report->items->len, ==, 2);
}

static char *
to_string (JsonNode *node)
{
  g_autoptr (JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

static void
test_round_trip (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (BylineLesson) loaded = NULL;
  g_autoptr (BylineResponse) r = NULL;
  g_autoptr (BylineResponse) r2 = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) a = NULL;
  g_autoptr (JsonNode) b = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-classroom-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "lesson.json", NULL);
  g_autofree char *rpath = g_build_filename (dir, "ana.json", NULL);
  g_autofree char *sa = NULL;
  g_autofree char *sb = NULL;
  BylineMark m;

  g_assert_no_error (error);
  g_ptr_array_add (lesson->questions, g_strdup ("Who is the source of the last claim?"));
  lesson->show_reasons = FALSE;
  lesson->categories = BYLINE_CATEGORY_FLAG (BYLINE_CATEGORY_QUOTE) | BYLINE_CATEGORY_FLAG (BYLINE_CATEGORY_CLAIM);
  g_assert_true (byline_lesson_save_file (lesson, path, &error));
  g_assert_no_error (error);
  loaded = byline_lesson_load_file (path, &error);
  g_assert_no_error (error);
  a = byline_lesson_to_json (lesson);
  b = byline_lesson_to_json (loaded);
  sa = to_string (a);
  sb = to_string (b);
  g_assert_cmpstr (sa, ==, sb);
  g_assert_cmpstr (loaded->article.text, ==, article);
  g_assert_cmpuint (loaded->article.n_chars, ==, g_utf8_strlen (article, -1));
  g_assert_cmpstr (key_item (loaded, 3)->reason, ==, "officials, unnamed");
  g_assert_false (loaded->show_reasons);

  /* a response saved and read back, then checked against the loaded lesson */
  r = byline_response_new (loaded, "Ana Å.");
  m = key_item (loaded, 1)->mark;
  add (r, m);
  byline_response_set_answer (r, 0, "State radio");
  g_assert_true (byline_response_save_file (r, rpath, &error));
  g_assert_no_error (error);
  g_assert_nonnull (r->saved);
  r2 = byline_response_load_for_lesson (rpath, lesson, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (r2->student, ==, "Ana Å.");
  g_assert_cmpuint (r2->marks->len, ==, 1);
  g_assert_cmpstr (((BylineMark *) g_ptr_array_index (r2->marks, 0))->speaker, ==, "Anna Berg");
  g_assert_cmpstr (g_ptr_array_index (r2->answers, 0), ==, "State radio");
  g_assert_cmpstr (r2->saved, ==, r->saved);
  g_assert_true (byline_response_remove_mark (r2, 0, &error));
  g_assert_false (byline_response_remove_mark (r2, 0, &error));
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_NOT_FOUND);

  g_unlink (path);
  g_unlink (rpath);
  g_rmdir (dir);
}

static const char analysis_json[] =
  "{\"schema\": \"byline.analysis/1\","
  " \"document\": {\"title\": \"Café talks\", \"dateline\": \"2026-03-03\"},"
  " \"quotes\": [{\"start\": 48, \"end\": 74, \"speaker_name\": \"Anna Berg\","
  "               \"cue\": {\"start\": 86, \"end\": 90}, \"via\": null}],"
  " \"claims\": [{\"start\": 127, \"end\": 175, \"attribution\": \"named_org\", \"source_name\": \"Ministry\","
  "               \"hedges\": [{\"start\": 155, \"end\": 161}], \"loaded\": []},"
  "              {\"start\": 176, \"end\": 212, \"attribution\": \"media\", \"reason\": \"says so\","
  "               \"hedges\": [{\"start\": 155, \"end\": 161}], \"loaded\": [{\"start\": 200, \"end\": 207}]},"
  "              {\"start\": 5000, \"end\": 5001, \"attribution\": \"anonymous\"}],"
  " \"meetings\": [{\"participants\": [{\"name\": \"Anna Berg\"}, {\"name\": \"Mateo Fuentes\"}],"
  "                 \"place\": {\"name\": \"Oslo\"}, \"date\": \"2026-03-02\","
  "                 \"evidence\": [{\"start\": 11, \"end\": 46}]}]}";

static void
test_key_from_analysis_and_editing (void)
{
  g_autoptr (JsonNode) analysis = json_from_string (analysis_json, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = NULL;
  g_autoptr (BylineLesson) again = NULL;
  g_autoptr (JsonNode) saved = NULL;
  g_autofree char *data = NULL;
  const BylineKeyItem *item;
  BylineMark m;
  guint32 s, e;

  g_assert_nonnull (analysis);
  /* the spans in analysis_json are where these words are */
  span_of ("We agreed on a great deal,", &s, &e);
  g_assert_cmpuint (s, ==, 48);
  span_of ("likely", &s, &e);
  g_assert_cmpuint (s, ==, 155);
  span_of ("blatant", &s, &e);
  g_assert_cmpuint (s, ==, 200);

  lesson = byline_lesson_new_from_analysis (article, "cafe.txt", analysis, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lesson->title, ==, "Café talks");
  g_assert_cmpstr (lesson->article.dateline, ==, "2026-03-03");
  /* the claim outside the text is dropped; the hedge told twice is one item */
  g_assert_cmpuint (byline_lesson_count_key (lesson, BYLINE_CATEGORY_QUOTE), ==, 1);
  g_assert_cmpuint (byline_lesson_count_key (lesson, BYLINE_CATEGORY_CLAIM), ==, 2);
  g_assert_cmpuint (byline_lesson_count_key (lesson, BYLINE_CATEGORY_MEETING), ==, 1);
  g_assert_cmpuint (byline_lesson_count_key (lesson, BYLINE_CATEGORY_SIGNAL), ==, 2);
  g_assert_cmpuint (lesson->key->len, ==, 6);
  /* k1… in text order: meeting, quote, claim, hedge, claim, loaded */
  item = byline_lesson_get_key_item (lesson, "k1");
  g_assert_cmpint (item->mark.category, ==, BYLINE_CATEGORY_MEETING);
  g_assert_cmpstr (item->source, ==, "Anna Berg, Mateo Fuentes");
  g_assert_cmpstr (item->reason, ==, "Oslo, 2026-03-02");
  item = byline_lesson_get_key_item (lesson, "k2");
  g_assert_cmpstr (item->mark.speaker, ==, "Anna Berg");
  g_assert_cmpstr (item->cue, ==, "said");
  item = byline_lesson_get_key_item (lesson, "k3");
  g_assert_cmpint (item->mark.source, ==, BYLINE_SOURCE_ORGANISATION);
  g_assert_cmpstr (item->source, ==, "Ministry");
  item = byline_lesson_get_key_item (lesson, "k4");
  g_assert_cmpint (item->mark.signal, ==, BYLINE_SIGNAL_HEDGE);
  g_assert_cmpstr (item->cue, ==, "likely");
  item = byline_lesson_get_key_item (lesson, "k5");
  g_assert_cmpint (item->mark.source, ==, BYLINE_SOURCE_OTHER_MEDIA);
  g_assert_cmpstr (item->reason, ==, "says so");
  item = byline_lesson_get_key_item (lesson, "k6");
  g_assert_cmpint (item->mark.signal, ==, BYLINE_SIGNAL_LOADED);
  g_assert_cmpint (item->origin, ==, BYLINE_KEY_FROM_ANALYSIS);
  g_assert_false (item->accepted);

  /* accept, fix, remove, add */
  g_assert_true (byline_lesson_accept_key_item (lesson, "k2", &error));
  g_assert_true (byline_lesson_get_key_item (lesson, "k2")->accepted);
  g_assert_false (byline_lesson_get_key_item (lesson, "k2")->edited);
  m = byline_lesson_get_key_item (lesson, "k2")->mark;
  m.speaker = (char *) "Berg";
  g_assert_true (byline_lesson_fix_key_item (lesson, "k2", &m, &error));
  item = byline_lesson_get_key_item (lesson, "k2");
  g_assert_cmpstr (item->mark.speaker, ==, "Berg");
  g_assert_true (item->edited);
  g_assert_true (byline_lesson_set_key_reason (lesson, "k2", "she says so herself", &error));
  /* taken out and put back (an Undo): the same id, in its place in the text */
  {
    guint before = lesson->key->len;
    BylineKeyItem *taken = byline_lesson_take_key_item (lesson, "k2", &error);

    g_assert_no_error (error);
    g_assert_nonnull (taken);
    g_assert_null (byline_lesson_get_key_item (lesson, "k2"));
    g_assert_cmpuint (lesson->key->len, ==, before - 1);
    byline_lesson_restore_key_item (lesson, taken);
    g_assert_cmpuint (lesson->key->len, ==, before);
    g_assert_cmpstr (byline_lesson_get_key_item (lesson, "k2")->reason, ==, "she says so herself");
    for (guint i = 1; i < lesson->key->len; i++)
      g_assert_cmpuint (((BylineKeyItem *) lesson->key->pdata[i - 1])->mark.start, <=,
                        ((BylineKeyItem *) lesson->key->pdata[i])->mark.start);
    g_assert_null (byline_lesson_take_key_item (lesson, "k99", &error));
    g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_true (byline_lesson_remove_key_item (lesson, "k6", &error));
  g_assert_null (byline_lesson_get_key_item (lesson, "k6"));
  g_assert_false (byline_lesson_remove_key_item (lesson, "k6", &error));
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_NOT_FOUND);
  g_clear_error (&error);
  m = mark_at (BYLINE_CATEGORY_QUOTE, "the fish will come back");
  item = byline_lesson_add_key_item (lesson, &m, "a teacher's item", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (item->id, ==, "k7");   /* k6 is not given again */
  g_assert_cmpint (item->origin, ==, BYLINE_KEY_FROM_TEACHER);
  g_assert_true (item->accepted);
  m.end = (guint32) g_utf8_strlen (article, -1) + 1;
  g_assert_null (byline_lesson_add_key_item (lesson, &m, NULL, &error));
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID);
  g_clear_error (&error);

  /* saved and read back, the next new item is still k8 */
  saved = byline_lesson_to_json (lesson);
  data = to_string (saved);
  g_assert_true (byline_lesson_remove_key_item (lesson, "k7", &error));
  again = byline_lesson_load_data (data, -1, "lesson.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->key->len, ==, 6);
  g_assert_cmpstr (byline_lesson_get_key_item (again, "k2")->reason, ==, "she says so herself");
  g_assert_true (byline_lesson_get_key_item (again, "k2")->edited);
  m = mark_at (BYLINE_CATEGORY_MEETING, "Café talks");
  g_assert_cmpstr (byline_lesson_add_key_item (again, &m, NULL, &error)->id, ==, "k8");

  /* not an analysis */
  {
    g_autoptr (JsonNode) bad = json_from_string ("{\"schema\": \"byline.lesson/1\"}", NULL);

    g_assert_null (byline_lesson_new_from_analysis (article, NULL, bad, &error));
    g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA);
  }
}

static void
assert_load_fails (const char *data,
                   int         code,
                   const char *words)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = byline_lesson_load_data (data, -1, "week3.json", &error);

  g_assert_null (lesson);
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "week3.json: "));
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_malformed (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (JsonNode) node = byline_lesson_to_json (lesson);
  g_autofree char *good = to_string (node);
  g_autofree char *newer = NULL;
  g_autofree char *bad_span = NULL;
  g_autoptr (GString) tampered = g_string_new (good);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineResponse) r = NULL;
  JsonObject *key0;

  assert_load_fails ("{\"schema\": ", BYLINE_CLASSROOM_ERROR_PARSE, "damaged");
  assert_load_fails ("[1, 2]", BYLINE_CLASSROOM_ERROR_SCHEMA, "not a Byline lesson");
  assert_load_fails ("{\"title\": \"x\"}", BYLINE_CLASSROOM_ERROR_SCHEMA, "byline.lesson/1");
  assert_load_fails ("{\"schema\": \"byline.response/1\"}", BYLINE_CLASSROOM_ERROR_SCHEMA, "response");
  assert_load_fails ("{\"schema\": \"byline.lesson/1\"}", BYLINE_CLASSROOM_ERROR_INVALID, "“id”");
  assert_load_fails ("{\"schema\": \"byline.lesson/1\", \"id\": \"x\", \"key\": []}",
                     BYLINE_CLASSROOM_ERROR_INVALID, "article");

  newer = g_strdup (good);
  memcpy (strstr (newer, "byline.lesson/1"), "byline.lesson/2", 15);
  assert_load_fails (newer, BYLINE_CLASSROOM_ERROR_SCHEMA, "newer");

  g_string_replace (tampered, "Oslo", "Bergen", 1);
  assert_load_fails (tampered->str, BYLINE_CLASSROOM_ERROR_INVALID, "sha256");

  key0 = json_array_get_object_element (json_object_get_array_member (json_node_get_object (node), "key"), 0);
  json_object_set_int_member (key0, "end", 100000);
  bad_span = to_string (node);
  assert_load_fails (bad_span, BYLINE_CLASSROOM_ERROR_INVALID, "key item 1");
  json_object_set_string_member (key0, "category", "rumour");
  g_free (bad_span);
  bad_span = to_string (node);
  assert_load_fails (bad_span, BYLINE_CLASSROOM_ERROR_INVALID, "rumour");

  r = byline_response_load_data ("{\"schema\": \"byline.response/1\", \"student\": \"A\", \"lesson\": \"x\","
                                 " \"article_sha256\": \"00\", \"marks\": [{\"category\": \"claim\","
                                 " \"start\": 1, \"end\": 2}]}", -1, "a.json", &error);
  g_assert_null (r);
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "a.json: mark 1: “attribution” is missing"));
  g_clear_error (&error);
  r = byline_response_load_data (good, -1, "a.json", &error);
  g_assert_null (r);
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "a lesson file"));
}

static void
test_mismatch (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) other = byline_lesson_new ("Another article entirely.\n", "Port strike", NULL, NULL, &error);
  g_autoptr (BylineLesson) same_text = byline_lesson_new (article, "Café talks", NULL, NULL, &error);
  g_autoptr (BylineResponse) r = byline_response_new (other, "Hal");
  g_autoptr (BylineResponse) r2 = byline_response_new (same_text, "Ivy");
  g_autoptr (BylineResponse) r3 = byline_response_new (lesson, "Jo");
  BylineMark far = { BYLINE_CATEGORY_MEETING, 20, 40, NULL, 0, 0 };

  g_assert_no_error (error);
  g_assert_false (byline_response_check_lesson (r, lesson, "hal.json", &error));
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_MISMATCH);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "hal.json"));
  g_assert_nonnull (strstr (error->message, "another article"));
  g_assert_nonnull (strstr (error->message, "Port strike"));
  g_assert_nonnull (strstr (error->message, "Café talks"));
  g_clear_error (&error);

  g_assert_false (byline_response_check_lesson (r2, lesson, "ivy.json", &error));
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_MISMATCH);
  g_assert_nonnull (strstr (error->message, "another lesson"));
  g_clear_error (&error);

  /* the short article's response cannot hold a mark past its end */
  g_assert_false (byline_response_add_mark (r, &far, NULL, &error));
  g_assert_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (byline_response_check_lesson (r3, lesson, "jo.json", &error));
  g_assert_no_error (error);
}

/* Three students of known quality; every figure worked out by hand */
static void
test_class_report (void)
{
  g_autoptr (BylineLesson) lesson = make_lesson ();
  g_autoptr (BylineResponse) ana = perfect_response (lesson, "Ana");
  g_autoptr (BylineResponse) ben = byline_response_new (lesson, "Ben");
  g_autoptr (BylineResponse) cid = byline_response_new (lesson, "Cid");
  g_autoptr (BylineClassReport) report = byline_class_report_new (lesson);
  g_autoptr (JsonNode) json = NULL;
  BylineMark m;
  static const struct { guint found, right; const char *found_by; } want[] = {
    { 2, 2, "Ana,Ben" },  /* meeting: Ana, Ben */
    { 2, 1, "Ana,Ben" },  /* quote "We agreed…": Ben's speaker is wrong */
    { 1, 1, "Ana" },      /* quote "the fish…" */
    { 2, 2, "Ana,Ben" },  /* claim "Officials…" */
    { 1, 1, "Ana" },      /* hedge "likely" */
    { 1, 1, "Ana" },      /* claim "State radio…" */
    { 2, 1, "Ana,Cid" },  /* loaded "blatant": Cid calls it a hedge */
  };

  /* Ben: the meeting, the first quote with the wrong speaker, the anonymous claim, one extra quote */
  m = key_item (lesson, 0)->mark;
  g_assert_cmpint (m.category, ==, BYLINE_CATEGORY_MEETING);
  add (ben, m);
  m = key_item (lesson, 1)->mark;
  m.speaker = (char *) "Mateo Fuentes";
  add (ben, m);
  add (ben, key_item (lesson, 3)->mark);
  add (ben, mark_at (BYLINE_CATEGORY_QUOTE, "Café talks"));
  /* Cid: "blatant" as a hedge, and two claims where there are none */
  m = key_item (lesson, 6)->mark;
  m.signal = BYLINE_SIGNAL_HEDGE;
  add (cid, m);
  m = mark_at (BYLINE_CATEGORY_CLAIM, "Café talks");
  add (cid, m);
  m = mark_at (BYLINE_CATEGORY_CLAIM, "Berg met Fuentes");
  add (cid, m);

  byline_class_report_add (report, lesson, ana, "ana.json");
  byline_class_report_add (report, lesson, ben, "ben.json");
  byline_class_report_add (report, lesson, cid, NULL);
  g_assert_cmpuint (report->students->len, ==, 3);
  g_assert_cmpuint (report->items->len, ==, 7);

  {
    const BylineReportStudent *b = g_ptr_array_index (report->students, 1);
    const BylineReportStudent *c = g_ptr_array_index (report->students, 2);

    g_assert_cmpstr (b->student, ==, "Ben");
    g_assert_cmpstr (b->file, ==, "ben.json");
    assert_score (&b->check->scores[BYLINE_CATEGORY_QUOTE], 2, 2, 1, 0, 0.5, 0.5, 0.5);
    assert_score (&b->check->scores[BYLINE_CATEGORY_CLAIM], 2, 1, 1, 1, 1, 0.5, 2.0 / 3);
    assert_score (&b->check->scores[BYLINE_CATEGORY_MEETING], 1, 1, 1, 1, 1, 1, 1);
    assert_score (&b->check->scores[BYLINE_CATEGORY_SIGNAL], 2, 0, 0, 0, 0, 0, 0);
    assert_score (&b->check->total, 7, 4, 3, 2, 0.75, 3.0 / 7, 2 * 0.75 * (3.0 / 7) / (0.75 + 3.0 / 7));
    g_assert_null (c->file);
    assert_score (&c->check->scores[BYLINE_CATEGORY_CLAIM], 2, 2, 0, 0, 0, 0, 0);
    assert_score (&c->check->scores[BYLINE_CATEGORY_SIGNAL], 2, 1, 1, 0, 1, 0.5, 2.0 / 3);
    assert_score (&c->check->total, 7, 3, 1, 0, 1.0 / 3, 1.0 / 7, 0.2);
  }
  /* the class: 21 expected, 7 + 4 + 3 marked, 7 + 3 + 1 matched, 7 + 2 + 0 right */
  assert_score (&report->total, 21, 14, 11, 9, 11.0 / 14, 11.0 / 21, 2 * (11.0 / 14) * (11.0 / 21) / (11.0 / 14 + 11.0 / 21));
  assert_score (&report->scores[BYLINE_CATEGORY_QUOTE], 6, 4, 3, 2, 0.75, 0.5, 0.6);

  for (guint i = 0; i < report->items->len; i++)
    {
      const BylineReportItem *item = g_ptr_array_index (report->items, i);
      g_autoptr (GString) names = g_string_new (NULL);

      g_assert_cmpint (item->key_index, ==, (int) i);
      for (guint j = 0; j < item->found_by->len; j++)
        {
          const BylineReportStudent *s =
            g_ptr_array_index (report->students, g_array_index (item->found_by, guint, j));

          g_string_append_printf (names, "%s%s", j > 0 ? "," : "", s->student);
        }
      g_assert_cmpuint (item->found_by->len, ==, want[i].found);
      g_assert_cmpuint (item->right_by->len, ==, want[i].right);
      g_assert_cmpstr (names->str, ==, want[i].found_by);
    }

  json = byline_class_report_to_json (report, lesson);
  {
    JsonObject *root = json_node_get_object (json);
    JsonArray *items = json_object_get_array_member (root, "items");
    JsonObject *klass = json_object_get_object_member (json_object_get_object_member (root, "class"), "total");

    g_assert_cmpint (json_object_get_int_member (klass, "matched"), ==, 11);
    g_assert_cmpfloat (json_object_get_double_member (klass, "precision"), ==, 0.786);
    g_assert_cmpint (json_array_get_length (items), ==, 7);
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (items, 6), "found"), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/classroom/scoring/exact", test_exact);
  g_test_add_func ("/classroom/scoring/overlap-rule", test_overlap_rule);
  g_test_add_func ("/classroom/scoring/overlapping", test_overlapping);
  g_test_add_func ("/classroom/scoring/missed-and-extra", test_missed_and_extra);
  g_test_add_func ("/classroom/scoring/speaker", test_speaker);
  g_test_add_func ("/classroom/scoring/attribution", test_attribution);
  g_test_add_func ("/classroom/scoring/categories-off", test_categories_off);
  g_test_add_func ("/classroom/files/round-trip", test_round_trip);
  g_test_add_func ("/classroom/key/analysis-and-editing", test_key_from_analysis_and_editing);
  g_test_add_func ("/classroom/files/malformed", test_malformed);
  g_test_add_func ("/classroom/files/mismatch", test_mismatch);
  g_test_add_func ("/classroom/report/three-students", test_class_report);

  return g_test_run ();
}
