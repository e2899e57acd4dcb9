/* byline-scoring.c: responses compared with the answer key; the class report
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-scoring"

#include "config.h"

#include <string.h>

#include "byline-classroom-private.h"
#include "byline-scoring.h"

typedef struct
{
  guint32 overlap;
  guint   key;   /* index into lesson->key */
  guint   mark;  /* index into response->marks */
} Pair;

static const char *const pronouns[] = {
  "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their",
};

/* Helpers */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '_';
}

/* score.py's norm_name: NFKC, lower case, no possessive 's, punctuation
 * (but hyphens) as spaces, spaces collapsed */
static char *
norm_name (const char *s)
{
  g_autofree char *nfkc = NULL;
  g_autofree char *lower = NULL;
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  if (s == NULL || (nfkc = g_utf8_normalize (s, -1, G_NORMALIZE_NFKC)) == NULL)
    return g_string_free (out, FALSE);
  lower = g_utf8_strdown (nfkc, -1);
  for (const char *p = lower, *next; *p != '\0'; p = next)
    {
      gunichar c = g_utf8_get_char (p);

      next = g_utf8_next_char (p);
      if ((c == 0x2019 || c == '\'' || c == '`') && *next == 's'
          && (next[1] == '\0' || !is_word_char (g_utf8_get_char (next + 1))))
        {
          next++;
          continue;
        }
      if (is_word_char (c) || c == '-')
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

static double
ratio (guint a,
       guint b)
{
  return b > 0 ? (double) a / b : 0.0;
}

static void
score_finish (BylineScore *s)
{
  s->precision = ratio (s->matched, s->marked);
  s->recall = ratio (s->matched, s->expected);
  s->f1 = s->precision + s->recall > 0
          ? 2 * s->precision * s->recall / (s->precision + s->recall) : 0.0;
}

static void
score_add (BylineScore       *into,
           const BylineScore *s)
{
  into->expected += s->expected;
  into->marked += s->marked;
  into->matched += s->matched;
  into->right += s->right;
  into->missed += s->missed;
  into->extra += s->extra;
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

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *x = a;
  const Pair *y = b;

  if (x->overlap != y->overlap)
    return x->overlap > y->overlap ? -1 : 1;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->mark < y->mark ? -1 : x->mark > y->mark;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const BylineCheckEntry *x = a;
  const BylineCheckEntry *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->category != y->category)
    return (int) x->category - (int) y->category;
  return (int) x->outcome - (int) y->outcome;
}

/* Whether a matched mark gets the speaker, attribution or kind right */
static void
judge (const BylineMark *key,
       const BylineMark *mark,
       gboolean         *judged,
       gboolean         *right)
{
  switch (key->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      *judged = byline_speaker_is_judged (key->speaker);
      *right = !*judged || byline_same_person (key->speaker, mark->speaker);
      break;
    case BYLINE_CATEGORY_CLAIM:
      *judged = TRUE;
      *right = key->source == mark->source;
      break;
    case BYLINE_CATEGORY_SIGNAL:
      *judged = TRUE;
      *right = key->signal == mark->signal;
      break;
    case BYLINE_CATEGORY_MEETING:
    case BYLINE_N_CATEGORIES:
    default:
      *judged = FALSE;
      *right = TRUE;
      break;
    }
}

/* The figures are between 0 and 1; three decimals, as score.py prints them */
static double
round3 (double x)
{
  return (double) (gint64) (x * 1000 + 0.5) / 1000;
}

static void
add_score (JsonBuilder       *b,
           const char        *member,
           const BylineScore *s)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "expected");
  json_builder_add_int_value (b, s->expected);
  json_builder_set_member_name (b, "marked");
  json_builder_add_int_value (b, s->marked);
  json_builder_set_member_name (b, "matched");
  json_builder_add_int_value (b, s->matched);
  json_builder_set_member_name (b, "right");
  json_builder_add_int_value (b, s->right);
  json_builder_set_member_name (b, "missed");
  json_builder_add_int_value (b, s->missed);
  json_builder_set_member_name (b, "extra");
  json_builder_add_int_value (b, s->extra);
  json_builder_set_member_name (b, "precision");
  json_builder_add_double_value (b, round3 (s->precision));
  json_builder_set_member_name (b, "recall");
  json_builder_add_double_value (b, round3 (s->recall));
  json_builder_set_member_name (b, "f1");
  json_builder_add_double_value (b, round3 (s->f1));
  json_builder_end_object (b);
}

static void
add_scores (JsonBuilder       *b,
            guint              categories,
            const BylineScore *scores,
            const BylineScore *total)
{
  json_builder_set_member_name (b, "scores");
  json_builder_begin_object (b);
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (categories & BYLINE_CATEGORY_FLAG (c))
      add_score (b, byline_category_to_string (c), &scores[c]);
  json_builder_end_object (b);
  add_score (b, "total", total);
}

/* speaker, attribution or kind: the part of a mark that can be wrong */
static void
add_detail (JsonBuilder      *b,
            const BylineMark *mark)
{
  switch (mark->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      _byline_json_add_nullable (b, "speaker", mark->speaker);
      break;
    case BYLINE_CATEGORY_CLAIM:
      json_builder_set_member_name (b, "attribution");
      json_builder_add_string_value (b, byline_source_to_string (mark->source));
      break;
    case BYLINE_CATEGORY_SIGNAL:
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, byline_signal_to_string (mark->signal));
      break;
    case BYLINE_CATEGORY_MEETING:
    case BYLINE_N_CATEGORIES:
    default:
      break;
    }
}

static void
add_key_item (JsonBuilder         *b,
              const BylineLesson  *lesson,
              const BylineKeyItem *item,
              gboolean             reasons)
{
  g_autofree char *text = byline_lesson_dup_passage (lesson, item->mark.start, item->mark.end);

  json_builder_set_member_name (b, "key");
  json_builder_add_string_value (b, item->id);
  json_builder_set_member_name (b, "category");
  json_builder_add_string_value (b, byline_category_to_string (item->mark.category));
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, item->mark.start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, item->mark.end);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  json_builder_set_member_name (b, "expected");
  json_builder_begin_object (b);
  add_detail (b, &item->mark);
  json_builder_end_object (b);
  if (reasons)
    {
      json_builder_set_member_name (b, "reason");
      json_builder_begin_object (b);
      _byline_json_add_nullable (b, "cue", item->cue);
      _byline_json_add_nullable (b, "source", item->source);
      _byline_json_add_nullable (b, "reason", item->reason);
      json_builder_end_object (b);
    }
}

static void
report_item_free (BylineReportItem *item)
{
  g_clear_pointer (&item->found_by, g_array_unref);
  g_clear_pointer (&item->right_by, g_array_unref);
  g_free (item);
}

static void
report_student_free (BylineReportStudent *student)
{
  g_free (student->student);
  g_free (student->file);
  g_clear_pointer (&student->check, byline_check_free);
  g_free (student);
}

static void
add_names (JsonBuilder             *b,
           const char              *member,
           const BylineClassReport *self,
           GArray                  *indexes)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; i < indexes->len; i++)
    {
      const BylineReportStudent *s = g_ptr_array_index (self->students, g_array_index (indexes, guint, i));

      json_builder_add_string_value (b, s->student);
    }
  json_builder_end_array (b);
}

/* Public API */

/**
 * byline_spans_match:
 *
 * Whether a mark's span is close enough to a key item's (see the top of
 * byline-scoring.h): 30 % of the shorter span, or half the key's for claims.
 */
gboolean
byline_spans_match (BylineCategory category,
                    guint32        key_start,
                    guint32        key_end,
                    guint32        mark_start,
                    guint32        mark_end)
{
  guint64 ov = overlap (key_start, key_end, mark_start, mark_end);
  guint64 key_len = key_end > key_start ? key_end - key_start : 0;
  guint64 mark_len = mark_end > mark_start ? mark_end - mark_start : 0;

  if (ov == 0)
    return FALSE;
  if (category == BYLINE_CATEGORY_CLAIM)
    return 2 * ov >= MAX (1, key_len);
  return 10 * ov >= 3 * MAX (1, MIN (key_len, mark_len));
}

/**
 * byline_same_person:
 *
 * score.py's lenient name match: equal once normalised, one inside the
 * other, or the same last word. An empty or NULL name matches nothing.
 */
gboolean
byline_same_person (const char *a,
                    const char *b)
{
  g_autofree char *x = norm_name (a);
  g_autofree char *y = norm_name (b);
  const char *lx, *ly;

  if (*x == '\0' || *y == '\0')
    return FALSE;
  if (g_str_equal (x, y) || strstr (x, y) != NULL || strstr (y, x) != NULL)
    return TRUE;
  lx = strrchr (x, ' ');
  ly = strrchr (y, ' ');
  return g_str_equal (lx != NULL ? lx + 1 : x, ly != NULL ? ly + 1 : y);
}

/* Whether a key speaker is judged: a name, not nothing or only a pronoun */
gboolean
byline_speaker_is_judged (const char *name)
{
  g_autofree char *n = norm_name (name);

  if (*n == '\0')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (pronouns); i++)
    if (g_str_equal (n, pronouns[i]))
      return FALSE;
  return TRUE;
}

/**
 * byline_check_new:
 * @response: a response to @lesson (byline_response_check_lesson () says so)
 *
 * Compares the response's marks with the key: matches, misses and extras,
 * and the figures per category and in all.
 */
BylineCheck *
byline_check_new (const BylineLesson   *lesson,
                  const BylineResponse *response)
{
  g_autoptr (BylineCheck) self = g_new0 (BylineCheck, 1);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree int *key_match = NULL;
  g_autofree gboolean *mark_used = NULL;

  g_return_val_if_fail (lesson != NULL, NULL);
  g_return_val_if_fail (response != NULL, NULL);

  self->categories = lesson->categories;
  self->entries = g_array_new (FALSE, TRUE, sizeof (BylineCheckEntry));
  key_match = g_new (int, MAX (1, lesson->key->len));
  mark_used = g_new0 (gboolean, MAX (1, response->marks->len));

  for (guint k = 0; k < lesson->key->len; k++)
    {
      const BylineKeyItem *item = g_ptr_array_index (lesson->key, k);

      key_match[k] = -1;
      if (!byline_lesson_has_category (lesson, item->mark.category))
        continue;
      self->scores[item->mark.category].expected++;
      for (guint m = 0; m < response->marks->len; m++)
        {
          const BylineMark *mark = g_ptr_array_index (response->marks, m);
          Pair pair = { 0, k, m };

          if (mark->category != item->mark.category
              || !byline_spans_match (mark->category, item->mark.start, item->mark.end,
                                      mark->start, mark->end))
            continue;
          pair.overlap = overlap (item->mark.start, item->mark.end, mark->start, mark->end);
          g_array_append_val (pairs, pair);
        }
    }

  /* one to one, the largest overlap first */
  g_array_sort (pairs, compare_pairs);
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);

      if (key_match[p->key] < 0 && !mark_used[p->mark])
        {
          key_match[p->key] = (int) p->mark;
          mark_used[p->mark] = TRUE;
        }
    }

  for (guint k = 0; k < lesson->key->len; k++)
    {
      const BylineKeyItem *item = g_ptr_array_index (lesson->key, k);
      BylineCheckEntry e = { 0 };
      BylineScore *s = &self->scores[item->mark.category];

      if (!byline_lesson_has_category (lesson, item->mark.category))
        continue;
      e.category = item->mark.category;
      e.key_index = (int) k;
      e.mark_index = key_match[k];
      e.start = item->mark.start;
      e.end = item->mark.end;
      if (key_match[k] >= 0)
        {
          e.outcome = BYLINE_OUTCOME_MATCH;
          judge (&item->mark, g_ptr_array_index (response->marks, key_match[k]), &e.judged, &e.right);
          s->matched++;
          if (e.right)
            s->right++;
        }
      else
        {
          e.outcome = BYLINE_OUTCOME_MISS;
          s->missed++;
        }
      g_array_append_val (self->entries, e);
    }

  for (guint m = 0; m < response->marks->len; m++)
    {
      const BylineMark *mark = g_ptr_array_index (response->marks, m);
      BylineCheckEntry e = { 0 };

      if (!byline_lesson_has_category (lesson, mark->category))
        continue;
      self->scores[mark->category].marked++;
      if (mark_used[m])
        continue;
      e.outcome = BYLINE_OUTCOME_EXTRA;
      e.category = mark->category;
      e.key_index = -1;
      e.mark_index = (int) m;
      e.start = mark->start;
      e.end = mark->end;
      self->scores[mark->category].extra++;
      g_array_append_val (self->entries, e);
    }
  g_array_sort (self->entries, compare_entries);

  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    {
      score_finish (&self->scores[c]);
      score_add (&self->total, &self->scores[c]);
    }
  score_finish (&self->total);
  return g_steal_pointer (&self);
}

void
byline_check_free (BylineCheck *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->entries, g_array_unref);
  g_free (self);
}

/**
 * byline_check_to_json:
 *
 * {"student", "lesson", "scores": {category: figures}, "total": figures,
 *  "items": [{"outcome": "match"|"miss"|"extra", ...}]}; an item of the key
 * carries its reason when the lesson shows reasons.
 */
JsonNode *
byline_check_to_json (const BylineCheck    *self,
                      const BylineLesson   *lesson,
                      const BylineResponse *response)
{
  static const char *const outcomes[] = { "match", "miss", "extra" };
  g_autoptr (JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lesson != NULL, NULL);
  g_return_val_if_fail (response != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "student");
  json_builder_add_string_value (b, response->student);
  json_builder_set_member_name (b, "lesson");
  json_builder_add_string_value (b, lesson->id);
  add_scores (b, self->categories, self->scores, &self->total);
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const BylineCheckEntry *e = &g_array_index (self->entries, BylineCheckEntry, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "outcome");
      json_builder_add_string_value (b, outcomes[e->outcome]);
      if (e->key_index >= 0)
        add_key_item (b, lesson, g_ptr_array_index (lesson->key, e->key_index), lesson->show_reasons);
      if (e->mark_index >= 0)
        {
          const BylineMark *mark = g_ptr_array_index (response->marks, e->mark_index);

          if (e->key_index < 0)
            {
              g_autofree char *text = byline_lesson_dup_passage (lesson, mark->start, mark->end);

              json_builder_set_member_name (b, "category");
              json_builder_add_string_value (b, byline_category_to_string (mark->category));
              json_builder_set_member_name (b, "text");
              json_builder_add_string_value (b, text);
            }
          json_builder_set_member_name (b, "mark");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "index");
          json_builder_add_int_value (b, e->mark_index);
          json_builder_set_member_name (b, "start");
          json_builder_add_int_value (b, mark->start);
          json_builder_set_member_name (b, "end");
          json_builder_add_int_value (b, mark->end);
          add_detail (b, mark);
          json_builder_end_object (b);
        }
      if (e->outcome == BYLINE_OUTCOME_MATCH)
        {
          json_builder_set_member_name (b, "right");
          json_builder_add_boolean_value (b, e->right);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* An empty report: one row per key item of the categories the lesson uses */
BylineClassReport *
byline_class_report_new (const BylineLesson *lesson)
{
  BylineClassReport *self;

  g_return_val_if_fail (lesson != NULL, NULL);

  self = g_new0 (BylineClassReport, 1);
  self->students = g_ptr_array_new_with_free_func ((GDestroyNotify) report_student_free);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) report_item_free);
  for (guint k = 0; k < lesson->key->len; k++)
    {
      const BylineKeyItem *key = g_ptr_array_index (lesson->key, k);
      BylineReportItem *item;

      if (!byline_lesson_has_category (lesson, key->mark.category))
        continue;
      item = g_new0 (BylineReportItem, 1);
      item->key_index = (int) k;
      item->found_by = g_array_new (FALSE, FALSE, sizeof (guint));
      item->right_by = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (self->items, item);
    }
  return self;
}

/**
 * byline_class_report_add:
 * @response: a response to @lesson (byline_response_check_lesson () says so)
 * @file: (nullable): where it came from, for the report
 *
 * Adds a student's row and counts the key items they found.
 */
void
byline_class_report_add (BylineClassReport    *self,
                         const BylineLesson   *lesson,
                         const BylineResponse *response,
                         const char           *file)
{
  BylineReportStudent *student;
  guint index;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lesson != NULL);
  g_return_if_fail (response != NULL);

  student = g_new0 (BylineReportStudent, 1);
  student->student = g_strdup (response->student);
  student->file = g_strdup (file);
  student->check = byline_check_new (lesson, response);
  index = self->students->len;
  g_ptr_array_add (self->students, student);

  for (guint i = 0; i < student->check->entries->len; i++)
    {
      const BylineCheckEntry *e = &g_array_index (student->check->entries, BylineCheckEntry, i);

      if (e->outcome != BYLINE_OUTCOME_MATCH)
        continue;
      for (guint j = 0; j < self->items->len; j++)
        {
          BylineReportItem *item = g_ptr_array_index (self->items, j);

          if (item->key_index != e->key_index)
            continue;
          g_array_append_val (item->found_by, index);
          if (e->right)
            g_array_append_val (item->right_by, index);
          break;
        }
    }

  memset (&self->total, 0, sizeof self->total);
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    {
      score_add (&self->scores[c], &student->check->scores[c]);
      score_finish (&self->scores[c]);
      score_add (&self->total, &self->scores[c]);
    }
  score_finish (&self->total);
}

void
byline_class_report_free (BylineClassReport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->students, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self);
}

/**
 * byline_class_report_to_json:
 *
 * {"lesson", "title", "categories", "students": [{"student", "file", "scores",
 * "total"}], "class": {"scores", "total"}, "items": [{"key", "category",
 * "start", "end", "text", "expected", "found", "right", "found_by", "right_by"}]}
 */
JsonNode *
byline_class_report_to_json (const BylineClassReport *self,
                             const BylineLesson      *lesson)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lesson != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "lesson");
  json_builder_add_string_value (b, lesson->id);
  _byline_json_add_nullable (b, "title", lesson->title);
  json_builder_set_member_name (b, "categories");
  json_builder_begin_array (b);
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (lesson->categories & BYLINE_CATEGORY_FLAG (c))
      json_builder_add_string_value (b, byline_category_to_string (c));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "students");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->students->len; i++)
    {
      const BylineReportStudent *s = g_ptr_array_index (self->students, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "student");
      json_builder_add_string_value (b, s->student);
      _byline_json_add_nullable (b, "file", s->file);
      add_scores (b, s->check->categories, s->check->scores, &s->check->total);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "class");
  json_builder_begin_object (b);
  add_scores (b, lesson->categories, self->scores, &self->total);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->items->len; i++)
    {
      const BylineReportItem *item = g_ptr_array_index (self->items, i);

      json_builder_begin_object (b);
      add_key_item (b, lesson, g_ptr_array_index (lesson->key, item->key_index), TRUE);
      json_builder_set_member_name (b, "found");
      json_builder_add_int_value (b, item->found_by->len);
      json_builder_set_member_name (b, "right");
      json_builder_add_int_value (b, item->right_by->len);
      add_names (b, "found_by", self, item->found_by);
      add_names (b, "right_by", self, item->right_by);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
