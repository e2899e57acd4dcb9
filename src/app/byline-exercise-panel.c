/* byline-exercise-panel.c: the sidebar during an exercise: the lesson, the
 * student's marks, the comparison with the key, and for the teacher the key
 * and the lesson's settings
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-exercise-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "byline-exercise-panel.h"
#include "byline-worksheet.h"
#include "byline-item.h"
#include "byline-mark-popover.h"
#include "byline-table-row.h"

/* What the mark popover is open for */
typedef enum
{
  PURPOSE_MARK,     /* a student's mark */
  PURPOSE_ADD_KEY,  /* a key item of the teacher's own */
  PURPOSE_FIX_KEY,  /* a fix to a key item */
} Purpose;

struct _BylineExercisePanel
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkLabel           *title_label;
  GtkLabel           *mode_label;
  GtkLabel           *questions_label;
  GtkEntry           *student_entry;
  GtkStack           *pages;
  GListStore         *marks;
  GtkSingleSelection *marks_selection;
  GtkLabel           *results_label;
  GtkLabel           *key_summary;   /* the key's count per category */
  GListStore         *scores;
  GListStore         *entries;
  GtkWidget          *key_page;
  GListStore         *key_items;
  GtkSingleSelection *key_selection;
  GtkWidget          *lesson_page;
  GtkWidget          *answers_page;
  GtkBox             *answers_box;
  GtkEntry           *lesson_title_entry;
  GtkTextView        *questions_view;
  GtkCheckButton     *quote_check;
  GtkCheckButton     *claim_check;
  GtkCheckButton     *meeting_check;
  GtkCheckButton     *signal_check;
  GtkCheckButton     *reasons_check;

  GtkTextView        *text_view;   /* the window's article (weak: detach () before it goes) */
  GtkTextBuffer      *buffer;
  GtkTextTag         *mark_tags[BYLINE_N_CATEGORIES];
  GtkTextTag         *outcome_tags[3];  /* by BylineOutcome */
  GtkWidget          *popover;
  Purpose             purpose;
  char               *fix_id;

  BylineLesson       *lesson;
  BylineResponse     *response;
  BylineCheck        *check;       /* NULL until checked, and again after a change */
  gboolean            teacher;
  char               *saved_marks;   /* the marks as last saved or loaded, as JSON */
  AdwToast           *last_removed_key; /* the toast that can put back a key item (weak) */
  GPtrArray          *answer_entries;   /* GtkEntry, one per question, for a student */
  char               *saved_lesson;  /* the lesson as last saved or begun, as JSON */
  gboolean            updating;    /* filling the settings: their signals change nothing */
};

G_DEFINE_FINAL_TYPE (BylineExercisePanel, byline_exercise_panel, GTK_TYPE_WIDGET)

enum {
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static const char *
category_name (BylineCategory category)
{
  switch (category)
    {
    case BYLINE_CATEGORY_QUOTE:
      return C_("mark category", "Quote");
    case BYLINE_CATEGORY_CLAIM:
      return C_("mark category", "Claim");
    case BYLINE_CATEGORY_MEETING:
      return C_("mark category", "Meeting");
    case BYLINE_CATEGORY_SIGNAL:
      return C_("mark category", "Signal word");
    case BYLINE_N_CATEGORIES:
    default:
      g_assert_not_reached ();
    }
}

/* "quote by Anna Berg", "claim from state media", "meeting", "loaded word" */
static char *
describe_mark (const BylineMark *mark)
{
  switch (mark->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      if (mark->speaker != NULL)
        /* Translators: %s is who said it */
        return g_strdup_printf (_("quote by %s"), mark->speaker);
      return g_strdup (_("quote, no speaker given"));
    case BYLINE_CATEGORY_CLAIM:
      /* Translators: %s is a kind of source: "state media", "anonymous"… */
      return g_strdup_printf (_("claim, source: %s"), byline_source_to_label (mark->source));
    case BYLINE_CATEGORY_MEETING:
      return g_strdup (_("meeting"));
    case BYLINE_CATEGORY_SIGNAL:
      return g_strdup (byline_signal_to_label (mark->signal));
    case BYLINE_N_CATEGORIES:
    default:
      g_assert_not_reached ();
    }
}

/* The marked words, shortened for a list */
static char *
passage (BylineExercisePanel *self,
         guint                start,
         guint                end)
{
  g_autofree char *words = byline_lesson_dup_passage (self->lesson, start, end);
  glong len = words != NULL ? g_utf8_strlen (words, -1) : 0;

  if (words == NULL)
    return g_strdup ("");
  if (len > 90)
    {
      g_autofree char *head = g_utf8_substring (words, 0, 60);
      g_autofree char *tail = g_utf8_substring (words, len - 20, len);
      return g_strdup_printf ("“%s … %s”", g_strstrip (head), g_strstrip (tail));
    }
  return g_strdup_printf ("“%s”", words);
}

/* Why an item is expected: its cue word, its source, the state-media reason */
static char *
describe_reason (const BylineKeyItem *item)
{
  g_autoptr (GString) out = g_string_new (NULL);

  if (item->cue != NULL)
    /* Translators: %s is the word that gives it away: "said", "likely" */
    g_string_append_printf (out, _("cue: “%s”"), item->cue);
  if (item->source != NULL)
    {
      if (out->len > 0)
        g_string_append (out, " · ");
      /* Translators: %s is a quote's outlet, a claim's source, a meeting's participants */
      g_string_append_printf (out, _("source: %s"), item->source);
    }
  if (item->reason != NULL)
    {
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, item->reason);
    }
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
show_toast (BylineExercisePanel *self,
            AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
report_error (BylineExercisePanel *self,
              const GError        *error)
{
  g_signal_emit (self, signals[ERROR], 0, error->message);
}

static void
select_span (BylineExercisePanel *self,
             guint                start,
             guint                end)
{
  GtkTextIter a, b;

  if (self->buffer == NULL)
    return;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, end);
  gtk_text_buffer_select_range (self->buffer, &a, &b);
  if (self->text_view != NULL)
    gtk_text_view_scroll_to_iter (self->text_view, &a, 0.1, FALSE, 0, 0);
}

/* The marks in the text: by category while marking, by outcome after a check */
static void
refresh_text (BylineExercisePanel *self)
{
  GtkTextIter start, end;

  if (self->buffer == NULL)
    return;
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  for (guint i = 0; i < G_N_ELEMENTS (self->mark_tags); i++)
    gtk_text_buffer_remove_tag (self->buffer, self->mark_tags[i], &start, &end);
  for (guint i = 0; i < G_N_ELEMENTS (self->outcome_tags); i++)
    gtk_text_buffer_remove_tag (self->buffer, self->outcome_tags[i], &start, &end);

  if (self->check != NULL)
    for (guint i = 0; i < self->check->entries->len; i++)
      {
        const BylineCheckEntry *entry = &g_array_index (self->check->entries, BylineCheckEntry, i);

        gtk_text_buffer_get_iter_at_offset (self->buffer, &start, entry->start);
        gtk_text_buffer_get_iter_at_offset (self->buffer, &end, entry->end);
        gtk_text_buffer_apply_tag (self->buffer, self->outcome_tags[entry->outcome], &start, &end);
      }
  else
    for (guint i = 0; i < self->response->marks->len; i++)
      {
        const BylineMark *mark = g_ptr_array_index (self->response->marks, i);

        gtk_text_buffer_get_iter_at_offset (self->buffer, &start, mark->start);
        gtk_text_buffer_get_iter_at_offset (self->buffer, &end, mark->end);
        gtk_text_buffer_apply_tag (self->buffer, self->mark_tags[mark->category], &start, &end);
      }
}

static void
refresh_marks (BylineExercisePanel *self)
{
  g_list_store_remove_all (self->marks);
  for (guint i = 0; i < self->response->marks->len; i++)
    {
      const BylineMark *mark = g_ptr_array_index (self->response->marks, i);
      g_autofree char *words = passage (self, mark->start, mark->end);
      g_autofree char *what = describe_mark (mark);
      g_autoptr (BylineItem) item = byline_item_new (words, what, category_name (mark->category),
                                                     mark->start, mark->end);

      byline_item_set_id (item, i);
      g_list_store_append (self->marks, item);
    }
}

/* What the class will be asked to find, per category, for the teacher to judge */
static void
summarise_key (BylineExercisePanel *self)
{
  guint counts[BYLINE_N_CATEGORIES] = { 0 };
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->lesson->key->len; i++)
    {
      const BylineKeyItem *key = g_ptr_array_index (self->lesson->key, i);

      if (key->mark.category < BYLINE_N_CATEGORIES)
        counts[key->mark.category]++;
    }
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u item to find:", "%u items to find:",
                                             self->lesson->key->len),
                          self->lesson->key->len);
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    {
      /* Translators: a category of the key and how many items it has, as in "Quotes 6" */
      g_autofree char *part = g_strdup_printf (_("%s %u"), byline_category_to_label (c), counts[c]);

      g_string_append_printf (text, "%s%s", c == 0 ? " " : " · ", part);
    }
  g_string_append (text, ". ");
  g_string_append (text, _("Select words in the article to add an item of your own."));
  gtk_label_set_text (self->key_summary, text->str);
}

static void
refresh_key (BylineExercisePanel *self)
{
  g_list_store_remove_all (self->key_items);
  if (!self->teacher)
    return;
  for (guint i = 0; i < self->lesson->key->len; i++)
    {
      const BylineKeyItem *key = g_ptr_array_index (self->lesson->key, i);
      g_autofree char *words = passage (self, key->mark.start, key->mark.end);
      g_autofree char *what = describe_mark (&key->mark);
      g_autofree char *why = describe_reason (key);
      const char *state = key->origin == BYLINE_KEY_FROM_TEACHER ? _("added by you")
                          : key->edited ? _("fixed")
                          : key->accepted ? _("accepted")
                          : _("from the analysis, not yet accepted");
      g_autofree char *subtitle = g_strdup_printf ("%s — %s%s%s", what, state,
                                                   why != NULL ? "\n" : "", why != NULL ? why : "");
      g_autofree char *badge = g_strdup_printf ("%s %s", key->id, category_name (key->mark.category));
      g_autoptr (BylineItem) item = byline_item_new (words, subtitle, badge, key->mark.start, key->mark.end);

      byline_item_set_id (item, i);
      g_list_store_append (self->key_items, item);
    }
  summarise_key (self);
}

static void
clear_results (BylineExercisePanel *self,
               const char          *message)
{
  g_clear_pointer (&self->check, byline_check_free);
  g_list_store_remove_all (self->scores);
  g_list_store_remove_all (self->entries);
  gtk_label_set_text (self->results_label, message);
}

/* The marks or the key changed: an earlier comparison no longer holds */
static void
on_answer_changed (GtkEditable         *entry,
                   BylineExercisePanel *self)
{
  guint question = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "question"));

  byline_response_set_answer (self->response, question, gtk_editable_get_text (entry));
}

/* A student's page of the lesson's questions, each with a line to answer it */
static void
fill_answers_page (BylineExercisePanel *self)
{
  for (guint i = 0; i < self->lesson->questions->len; i++)
    {
      const char *question = g_ptr_array_index (self->lesson->questions, i);
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1, question);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *entry = gtk_entry_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Your answer"));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);
      g_object_set_data (G_OBJECT (entry), "question", GUINT_TO_POINTER (i));
      g_signal_connect_object (entry, "changed", G_CALLBACK (on_answer_changed), self, 0);
      gtk_box_append (self->answers_box, label);
      gtk_box_append (self->answers_box, entry);
      g_ptr_array_add (self->answer_entries, entry);
    }
  gtk_stack_page_set_visible (gtk_stack_get_page (self->pages, self->answers_page), TRUE);
}

/* The answers of a response loaded, in their lines */
static void
show_answers (BylineExercisePanel *self)
{
  for (guint i = 0; i < self->answer_entries->len; i++)
    {
      /* a copy: setting the line's text writes the answer back into the response */
      g_autofree char *answer = g_strdup (i < self->response->answers->len
                                          ? g_ptr_array_index (self->response->answers, i) : "");

      gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->answer_entries, i)), answer);
    }
}

/* What would be lost: the marks and answers (not the name or the save time), and the lesson */
static char *
marks_json (BylineExercisePanel *self)
{
  g_autoptr (JsonNode) root = byline_response_to_json (self->response);
  JsonObject *object = json_node_get_object (root);
  g_autoptr (JsonNode) work = json_node_new (JSON_NODE_OBJECT);
  JsonObject *kept = json_object_new ();

  /* the marks and the answers: not the name, not the time it was saved */
  for (guint i = 0; i < 2; i++)
    {
      const char *member = i == 0 ? "marks" : "answers";

      if (json_object_has_member (object, member))
        json_object_set_member (kept, member, json_object_dup_member (object, member));
    }
  json_node_take_object (work, kept);
  return json_to_string (work, FALSE);
}

static char *
lesson_json (BylineExercisePanel *self)
{
  g_autoptr (JsonNode) root = byline_lesson_to_json (self->lesson);

  return json_to_string (root, FALSE);
}

static void
remember_saved (BylineExercisePanel *self,
                gboolean             marks,
                gboolean             lesson)
{
  if (marks)
    {
      g_free (self->saved_marks);
      self->saved_marks = marks_json (self);
    }
  if (lesson)
    {
      g_free (self->saved_lesson);
      self->saved_lesson = lesson_json (self);
    }
}

static void
changed (BylineExercisePanel *self)
{
  if (self->check != NULL)
    clear_results (self, _("Your marks or the key have changed since the last check: choose Check My Work again."));
  refresh_marks (self);
  refresh_text (self);
}

static void
add_score_row (BylineExercisePanel *self,
               const char          *label,
               const BylineScore   *score)
{
  /* Translators: matched of expected, as in "2 of 3" */
  g_autofree char *found = g_strdup_printf (_("%u of %u"), score->matched, score->expected);
  g_autofree char *right = g_strdup_printf ("%u", score->right);
  g_autofree char *extra = g_strdup_printf ("%u", score->extra);
  g_autofree char *f1 = g_strdup_printf ("%.2f", score->f1);
  const char *cells[] = { label, found, right, extra, f1, NULL };
  g_autoptr (BylineTableRow) row = byline_table_row_new (NULL, cells);

  g_list_store_append (self->scores, row);
}

static const char *
outcome_text (const BylineCheckEntry *entry)
{
  if (entry->outcome == BYLINE_OUTCOME_MISS)
    return _("Missed");
  if (entry->outcome == BYLINE_OUTCOME_EXTRA)
    return _("Extra");
  if (!entry->judged || entry->right)
    return _("Match");
  switch (entry->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      return _("Match, other speaker");
    case BYLINE_CATEGORY_CLAIM:
      return _("Match, other source");
    case BYLINE_CATEGORY_SIGNAL:
      return _("Match, other kind");
    case BYLINE_CATEGORY_MEETING:
    case BYLINE_N_CATEGORIES:
    default:
      return _("Match");
    }
}

static const char *
outcome_icon (const BylineCheckEntry *entry)
{
  if (entry->outcome == BYLINE_OUTCOME_MISS)
    return "window-close-symbolic";
  if (entry->outcome == BYLINE_OUTCOME_EXTRA)
    return "list-add-symbolic";
  return !entry->judged || entry->right ? "emblem-ok-symbolic" : "dialog-warning-symbolic";
}

/* 0: missed or extra, 1: found but wrong, 2: right */
static guint
entry_rank (const BylineCheckEntry *entry)
{
  if (entry->outcome == BYLINE_OUTCOME_MISS || entry->outcome == BYLINE_OUTCOME_EXTRA)
    return 0;
  return !entry->judged || entry->right ? 2 : 1;
}

/* One row of the results: the outcome, the expected answer and the student's, in words */
static void
add_entry_row (BylineExercisePanel    *self,
               const BylineCheckEntry *entry)
{
  g_autofree char *expected = NULL;
  g_autofree char *yours = NULL;
  const char *cells[4];
  g_autoptr (BylineTableRow) row = NULL;

  if (entry->key_index >= 0)
    {
      const BylineKeyItem *key = g_ptr_array_index (self->lesson->key, entry->key_index);
      g_autofree char *words = passage (self, key->mark.start, key->mark.end);
      g_autofree char *what = describe_mark (&key->mark);
      g_autofree char *why = self->lesson->show_reasons ? describe_reason (key) : NULL;

      /* Translators: in the results, the passage, what it is, and maybe why */
      expected = why != NULL ? g_strdup_printf (_("Expected: %s — %s; %s"), words, what, why)
                             : g_strdup_printf (_("Expected: %s — %s"), words, what);
    }
  else
    expected = g_strdup (_("Expected: nothing here"));
  if (entry->mark_index >= 0)
    {
      const BylineMark *mark = g_ptr_array_index (self->response->marks, entry->mark_index);
      g_autofree char *words = passage (self, mark->start, mark->end);
      g_autofree char *what = describe_mark (mark);

      yours = g_strdup_printf (_("Your mark: %s — %s"), words, what);
    }
  else
    yours = g_strdup (_("Your mark: none"));
  cells[0] = outcome_text (entry);
  cells[1] = expected;
  cells[2] = yours;
  cells[3] = NULL;
  row = byline_table_row_new (outcome_icon (entry), cells);
  byline_table_row_set_span (row, entry->start, entry->end);
  g_list_store_append (self->entries, row);
}

static void
show_check (BylineExercisePanel *self)
{
  const BylineCheck *check = self->check;
  g_autofree char *summary = NULL;

  g_list_store_remove_all (self->scores);
  g_list_store_remove_all (self->entries);
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (check->categories & BYLINE_CATEGORY_FLAG (c))
      add_score_row (self, byline_category_to_label (c), &check->scores[c]);
  /* Translators: the row of a score table that adds up the categories */
  add_score_row (self, _("All"), &check->total);

  /* a marked paper: what was missed or is extra first, then what is wrong, then the rest */
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < check->entries->len; i++)
      {
        const BylineCheckEntry *entry = &g_array_index (check->entries, BylineCheckEntry, i);

        if (entry_rank (entry) == pass)
          add_entry_row (self, entry);
      }

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "You found %u of %u expected item.",
                                          "You found %u of %u expected items.",
                                          check->total.expected),
                             check->total.matched, check->total.expected);
  if (check->total.extra > 0)
    {
      g_autofree char *extras = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u mark matches nothing in the key.",
                                                              "%u marks match nothing in the key.",
                                                              check->total.extra),
                                                 check->total.extra);
      char *both = g_strconcat (summary, " ", extras, NULL);

      g_free (summary);
      summary = both;
    }
  gtk_label_set_text (self->results_label, summary);
}

/* The popover at a passage of the text */
static void
popup_at (BylineExercisePanel *self,
          const BylineMark    *mark,
          Purpose              purpose)
{
  GtkTextIter start;
  GdkRectangle rect;
  g_autofree char *words = NULL;
  int x, y;

  if (self->text_view == NULL)
    return;
  self->purpose = purpose;
  words = byline_lesson_dup_passage (self->lesson, mark->start, mark->end);
  byline_mark_popover_set_mark (BYLINE_MARK_POPOVER (self->popover), mark, words);
  if (purpose == PURPOSE_MARK)
    byline_mark_popover_set_purpose (BYLINE_MARK_POPOVER (self->popover),
                                     _("Mark the selected passage"), _("_Add Mark"));
  else if (purpose == PURPOSE_ADD_KEY)
    byline_mark_popover_set_purpose (BYLINE_MARK_POPOVER (self->popover),
                                     _("Add the selected passage to the key"), _("_Add to Key"));
  else
    byline_mark_popover_set_purpose (BYLINE_MARK_POPOVER (self->popover),
                                     _("Fix this key item"), _("_Save Fix"));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, mark->start);
  gtk_text_view_get_iter_location (self->text_view, &start, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  rect.x = x;
  rect.y = y;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* The selection as a mark of the first category the lesson uses, or FALSE */
static gboolean
selection_mark (BylineExercisePanel *self,
                BylineMark          *mark)
{
  GtkTextIter start, end;

  if (self->buffer == NULL || !gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    {
      show_toast (self, adw_toast_new (_("Select words in the article first")));
      return FALSE;
    }
  mark->start = gtk_text_iter_get_offset (&start);
  mark->end = gtk_text_iter_get_offset (&end);
  mark->category = BYLINE_CATEGORY_QUOTE;
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (byline_lesson_has_category (self->lesson, c))
      {
        mark->category = c;
        break;
      }
  return TRUE;
}

static const BylineKeyItem *
chosen_key_item (BylineExercisePanel *self)
{
  BylineItem *item = gtk_single_selection_get_selected_item (self->key_selection);
  gint64 index;

  if (item == NULL)
    {
      show_toast (self, adw_toast_new (_("Choose an item of the key first")));
      return NULL;
    }
  index = byline_item_get_id (item);
  g_return_val_if_fail (index >= 0 && (guint) index < self->lesson->key->len, NULL);
  return g_ptr_array_index (self->lesson->key, index);
}

static void
fill_settings (BylineExercisePanel *self)
{
  g_autoptr (GString) questions = g_string_new (NULL);

  self->updating = TRUE;
  gtk_label_set_text (self->title_label, self->lesson->title != NULL ? self->lesson->title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->lesson_title_entry),
                         self->lesson->title != NULL ? self->lesson->title : "");
  gtk_check_button_set_active (self->quote_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_QUOTE));
  gtk_check_button_set_active (self->claim_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_CLAIM));
  gtk_check_button_set_active (self->meeting_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_MEETING));
  gtk_check_button_set_active (self->signal_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_SIGNAL));
  gtk_check_button_set_active (self->reasons_check, self->lesson->show_reasons);
  for (guint i = 0; i < self->lesson->questions->len; i++)
    g_string_append_printf (questions, "%s\n", (const char *) g_ptr_array_index (self->lesson->questions, i));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->questions_view), questions->str, -1);
  self->updating = FALSE;
}

static void
show_questions (BylineExercisePanel *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->lesson->questions->len; i++)
    g_string_append_printf (text, "%s%u. %s", i > 0 ? "\n" : "", i + 1,
                            (const char *) g_ptr_array_index (self->lesson->questions, i));
  gtk_label_set_text (self->questions_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->questions_label), text->len > 0);
}

/* Callbacks */

static void
on_student_changed (BylineExercisePanel *self)
{
  char *student = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->student_entry))));

  g_free (self->response->student);
  self->response->student = student;
}

static void
on_lesson_title_changed (BylineExercisePanel *self)
{
  if (self->updating)
    return;
  g_free (self->lesson->title);
  self->lesson->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->lesson_title_entry)));
  gtk_label_set_text (self->title_label, self->lesson->title);
}

static void
on_questions_changed (GtkTextBuffer       *buffer,
                      BylineExercisePanel *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  g_ptr_array_set_size (self->lesson->questions, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (self->lesson->questions, g_strdup (lines[i]));
  show_questions (self);
}

static void
on_setting_toggled (BylineExercisePanel *self)
{
  GtkCheckButton *checks[BYLINE_N_CATEGORIES] = { self->quote_check, self->claim_check,
                                                  self->meeting_check, self->signal_check };
  guint categories = 0;

  if (self->updating)
    return;
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (gtk_check_button_get_active (checks[c]))
      categories |= BYLINE_CATEGORY_FLAG (c);
  if (categories == 0)
    {
      /* a lesson marks something: the last one stays on */
      self->updating = TRUE;
      gtk_check_button_set_active (checks[0], TRUE);
      self->updating = FALSE;
      categories = BYLINE_CATEGORY_FLAG (0);
    }
  self->lesson->categories = categories;
  self->lesson->show_reasons = gtk_check_button_get_active (self->reasons_check);
  changed (self);
}

static void
on_marks_activate (GtkListView         *view,
                   guint                position,
                   BylineExercisePanel *self)
{
  g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->marks), position);

  if (item != NULL)
    select_span (self, byline_item_get_start (item), byline_item_get_end (item));
}

static void
on_key_activate (GtkListView         *view,
                 guint                position,
                 BylineExercisePanel *self)
{
  g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->key_items), position);

  if (item != NULL)
    select_span (self, byline_item_get_start (item), byline_item_get_end (item));
}

static void
on_entries_activate (GtkColumnView       *view,
                     guint                position,
                     BylineExercisePanel *self)
{
  g_autoptr (BylineTableRow) row = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  guint start, end;

  if (row != NULL && byline_table_row_get_span (row, &start, &end))
    select_span (self, start, end);
}

static void
on_popover_save (BylineMarkPopover   *popover,
                 BylineExercisePanel *self)
{
  g_autoptr (BylineMark) mark = byline_mark_popover_dup_mark (popover);
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->purpose == PURPOSE_MARK)
    {
      ok = byline_exercise_panel_add_mark (self, mark, &error);
      /* the selection off the new mark, so its own highlight shows */
      if (ok && self->buffer != NULL)
        {
          GtkTextIter end;

          gtk_text_buffer_get_iter_at_offset (self->buffer, &end, mark->end);
          gtk_text_buffer_select_range (self->buffer, &end, &end);
        }
    }
  else if (self->purpose == PURPOSE_ADD_KEY)
    ok = byline_exercise_panel_add_key_item (self, mark, &error);
  else
    {
      ok = byline_lesson_fix_key_item (self->lesson, self->fix_id, mark, &error);
      if (ok)
        {
          refresh_key (self);
          changed (self);
        }
    }
  if (!ok)
    report_error (self, error);
}

static void
undo_remove_cb (AdwToast            *toast,
                BylineExercisePanel *self)
{
  const BylineMark *mark = g_object_get_data (G_OBJECT (toast), "mark");
  g_autoptr (GError) error = NULL;

  if (!byline_exercise_panel_add_mark (self, mark, &error))
    report_error (self, error);
}

static void
undo_remove_key_cb (AdwToast            *toast,
                    BylineExercisePanel *self)
{
  BylineKeyItem *item = g_object_steal_data (G_OBJECT (toast), "key-item");

  if (item == NULL)
    return;
  byline_lesson_restore_key_item (self->lesson, item);
  if (self->last_removed_key == toast)
    {
      g_object_remove_weak_pointer (G_OBJECT (toast), (gpointer *) &self->last_removed_key);
      self->last_removed_key = NULL;
    }
  adw_toast_dismiss (toast);
  refresh_key (self);
  changed (self);
}

/* File choosers */

static void
on_response_save_chosen (GtkNativeDialog     *dialog,
                         int                  response,
                         BylineExercisePanel *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (byline_exercise_panel_save_response (self, path, &error))
        show_toast (self, adw_toast_new (_("Response saved")));
      else
        report_error (self, error);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_response_open_chosen (GtkNativeDialog     *dialog,
                         int                  response,
                         BylineExercisePanel *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (path != NULL)
        byline_exercise_panel_open_response (self, path);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_lesson_save_chosen (GtkNativeDialog     *dialog,
                       int                  response,
                       BylineExercisePanel *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (byline_exercise_panel_save_lesson (self, path, &error))
        show_toast (self, adw_toast_new (_("Lesson saved")));
      else
        report_error (self, error);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static GtkFileChooserNative *
json_chooser (BylineExercisePanel  *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept)
{
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("Byline files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  return dialog;
}

/* Actions */

static void
check_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  byline_exercise_panel_check (BYLINE_EXERCISE_PANEL (widget));
}

static void
remove_mark_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  BylineItem *item = gtk_single_selection_get_selected_item (self->marks_selection);

  if (item == NULL)
    {
      show_toast (self, adw_toast_new (_("Choose one of your marks first")));
      return;
    }
  byline_exercise_panel_remove_mark (self, byline_item_get_id (item));
}

static void
save_response_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (*self->response->student == '\0')
    {
      show_toast (self, adw_toast_new (_("Type your name first, so your teacher knows whose marks these are")));
      gtk_widget_grab_focus (GTK_WIDGET (self->student_entry));
      return;
    }
  dialog = json_chooser (self, _("Save Your Response"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  /* Translators: the suggested name of a response file; %s is the student's name */
  name = g_strdup_printf (_("%s response.json"), self->response->student);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_save_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_response_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  GtkFileChooserNative *dialog;

  dialog = json_chooser (self, _("Open a Response"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_open_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_lesson_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  dialog = json_chooser (self, _("Save the Lesson"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  /* Translators: the suggested name of a lesson file; %s is the lesson's title */
  name = g_strdup_printf (_("%s lesson.json"), self->lesson->title != NULL ? self->lesson->title : "");
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), g_strstrip (name));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_lesson_save_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_worksheet_chosen (GtkNativeDialog     *dialog,
                     int                  response,
                     BylineExercisePanel *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
      g_autoptr (GFile) chosen = gtk_file_chooser_get_file (chooser);
      g_autoptr (GFile) parent = g_file_get_parent (chosen);
      g_autoptr (GFile) file = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *base = g_file_get_basename (chosen);
      g_autofree char *named = NULL;
      const char *choice = gtk_file_chooser_get_choice (chooser, "format");
      BylineExportFormat format = BYLINE_EXPORT_PDF;
      BylineWorksheetKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
      char *dot;

      if (choice != NULL)
        byline_export_format_from_string (choice, &format);
      /* the format chosen gives the name its extension */
      if ((dot = strrchr (base, '.')) != NULL)
        *dot = '\0';
      named = g_strdup_printf ("%s.%s", base, byline_export_format_get_extension (format));
      file = g_file_get_child (parent, named);
      if (byline_exercise_panel_save_worksheet (self, file, kind, format, &error))
        show_toast (self, adw_toast_new (kind == BYLINE_ANSWER_KEY ? _("Answer key saved")
                                                                   : _("Worksheet saved")));
      else
        report_error (self, error);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
save_worksheet_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  BylineWorksheetKind kind = g_str_equal (action, "exercise.save-answer-key") ? BYLINE_ANSWER_KEY
                                                                              : BYLINE_WORKSHEET;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  const char *formats[] = { "pdf", "html", NULL };
  const char *labels[] = { _("PDF, to print"), _("HTML, one file"), NULL };
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (kind == BYLINE_ANSWER_KEY ? _("Save the Answer Key")
                                                                  : _("Save a Worksheet"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "format", _("Format"), formats, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "format", "pdf");
  /* Translators: suggested file names; %s is the lesson's title */
  name = g_strdup_printf (kind == BYLINE_ANSWER_KEY ? _("%s answer key.pdf") : _("%s worksheet.pdf"),
                          self->lesson->title != NULL ? self->lesson->title : "");
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), g_strstrip (name));
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_worksheet_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
accept_key_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  const BylineKeyItem *key = chosen_key_item (self);
  guint position = gtk_single_selection_get_selected (self->key_selection);
  g_autoptr (GError) error = NULL;

  if (key == NULL)
    return;
  if (!byline_lesson_accept_key_item (self->lesson, key->id, &error))
    {
      report_error (self, error);
      return;
    }
  refresh_key (self);
  /* on to the next item: accepting is done one after the other */
  if (position + 1 < g_list_model_get_n_items (G_LIST_MODEL (self->key_items)))
    position++;
  gtk_single_selection_set_selected (self->key_selection, position);
}

static void
fix_key_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  const BylineKeyItem *key = chosen_key_item (self);

  if (key == NULL)
    return;
  g_free (self->fix_id);
  self->fix_id = g_strdup (key->id);
  select_span (self, key->mark.start, key->mark.end);
  popup_at (self, &key->mark, PURPOSE_FIX_KEY);
}

static void
remove_key_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  g_autoptr (GError) error = NULL;

  if (chosen_key_item (self) == NULL)
    return;
  if (!byline_exercise_panel_remove_key_item (self, gtk_single_selection_get_selected (self->key_selection),
                                              &error))
    report_error (self, error);
}

static void
add_key_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  BylineMark mark = { 0 };

  if (selection_mark (self, &mark))
    popup_at (self, &mark, PURPOSE_ADD_KEY);
}

/* Overrides */

static void
byline_exercise_panel_dispose (GObject *object)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (object);
  GtkWidget *child;

  if (self->last_removed_key != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->last_removed_key), (gpointer *) &self->last_removed_key);
  self->last_removed_key = NULL;

  byline_exercise_panel_detach (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_EXERCISE_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (byline_exercise_panel_parent_class)->dispose (object);
}

static void
byline_exercise_panel_finalize (GObject *object)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (object);

  g_clear_pointer (&self->check, byline_check_free);
  g_clear_pointer (&self->response, byline_response_free);
  g_clear_pointer (&self->lesson, byline_lesson_free);
  g_free (self->fix_id);
  g_free (self->saved_marks);
  g_free (self->saved_lesson);
  g_clear_pointer (&self->answer_entries, g_ptr_array_unref);
  G_OBJECT_CLASS (byline_exercise_panel_parent_class)->finalize (object);
}

static void
byline_exercise_panel_class_init (BylineExercisePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_exercise_panel_dispose;
  object_class->finalize = byline_exercise_panel_finalize;

  /* a file could not be read or written: the window shows the message */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (BYLINE_TYPE_ITEM);
  g_type_ensure (BYLINE_TYPE_TABLE_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-exercise-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, mode_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, questions_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, student_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, pages);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, marks);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, marks_selection);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, results_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, key_summary);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, scores);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, entries);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, key_page);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, key_items);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, key_selection);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, lesson_page);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, answers_page);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, answers_box);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, lesson_title_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, questions_view);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, quote_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, claim_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, meeting_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, signal_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, reasons_check);
  gtk_widget_class_bind_template_callback (widget_class, on_student_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_lesson_title_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_setting_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_marks_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_key_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entries_activate);

  gtk_widget_class_install_action (widget_class, "exercise.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "exercise.remove-mark", NULL, remove_mark_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-response", NULL, save_response_action);
  gtk_widget_class_install_action (widget_class, "exercise.open-response", NULL, open_response_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-lesson", NULL, save_lesson_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-worksheet", NULL, save_worksheet_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-answer-key", NULL, save_worksheet_action);
  gtk_widget_class_install_action (widget_class, "exercise.accept-key", NULL, accept_key_action);
  gtk_widget_class_install_action (widget_class, "exercise.fix-key", NULL, fix_key_action);
  gtk_widget_class_install_action (widget_class, "exercise.remove-key", NULL, remove_key_action);
  gtk_widget_class_install_action (widget_class, "exercise.add-key", NULL, add_key_action);
}

static void
byline_exercise_panel_init (BylineExercisePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->questions_view), "changed",
                           G_CALLBACK (on_questions_changed), self, 0);
}

/* Public API */

/**
 * byline_exercise_panel_new:
 * @text_view: the article, showing @lesson's text
 * @lesson: (transfer full): the lesson
 * @teacher: the lesson was made here, so its key may be edited and saved
 *
 * Marks are shown in @text_view with tags of their own until
 * byline_exercise_panel_detach () or the panel's end.
 */
GtkWidget *
byline_exercise_panel_new (GtkTextView  *text_view,
                           BylineLesson *lesson,
                           gboolean      teacher)
{
  BylineExercisePanel *self;
  GtkTextTagTable *table;
  struct { const char *name; const char *background; PangoUnderline underline; GdkRGBA line; } styles[] = {
    /* not the blue of the selection, which a fresh mark often sits next to */
    { "exercise-quote", "rgba(0,150,170,0.22)", PANGO_UNDERLINE_SINGLE, { 0.0, 0.45, 0.52, 1 } },
    { "exercise-claim", "rgba(145,65,172,0.20)", PANGO_UNDERLINE_DOUBLE, { 0.57, 0.25, 0.67, 1 } },
    { "exercise-meeting", "rgba(181,131,90,0.28)", PANGO_UNDERLINE_LOW, { 0.53, 0.36, 0.22, 1 } },
    { "exercise-signal", "rgba(229,165,10,0.30)", PANGO_UNDERLINE_ERROR, { 0.80, 0.50, 0.0, 1 } },
    /* after a check, by BylineOutcome: each with its own underline, never colour alone */
    { "check-match", "rgba(46,194,126,0.35)", PANGO_UNDERLINE_SINGLE, { 0.15, 0.55, 0.30, 1 } },
    { "check-miss", "rgba(224,27,36,0.07)", PANGO_UNDERLINE_ERROR, { 0.75, 0.11, 0.16, 1 } },
    { "check-extra", "rgba(229,165,10,0.35)", PANGO_UNDERLINE_DOUBLE, { 0.70, 0.45, 0.0, 1 } },
  };

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (text_view), NULL);
  g_return_val_if_fail (lesson != NULL, NULL);

  self = g_object_new (BYLINE_TYPE_EXERCISE_PANEL, NULL);
  self->lesson = lesson;
  self->teacher = teacher;
  self->response = byline_response_new (lesson, "");
  /* nothing to lose yet: a new response, the lesson as it came */
  remember_saved (self, TRUE, TRUE);
  self->text_view = text_view;
  self->buffer = g_object_ref (gtk_text_view_get_buffer (text_view));
  table = gtk_text_buffer_get_tag_table (self->buffer);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      GtkTextTag *tag = gtk_text_tag_new (styles[i].name);

      g_object_set (tag, "background", styles[i].background, "underline", styles[i].underline,
                    "underline-rgba", &styles[i].line, NULL);
      gtk_text_tag_table_add (table, tag);
      if (i < BYLINE_N_CATEGORIES)
        self->mark_tags[i] = tag;
      else
        self->outcome_tags[i - BYLINE_N_CATEGORIES] = tag;
      g_object_unref (tag);
    }
  /* a missed claim is often a whole sentence: what was found shows over it */
  gtk_text_tag_set_priority (self->outcome_tags[BYLINE_OUTCOME_MISS],
                             gtk_text_tag_get_priority (self->outcome_tags[BYLINE_OUTCOME_MATCH]));

  self->popover = byline_mark_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (text_view));
  g_signal_connect_object (self->popover, "save", G_CALLBACK (on_popover_save), self, 0);

  gtk_label_set_text (self->mode_label,
                      teacher ? _("Exercise: the analysis is hidden. Mark the article as a student would, or edit the answer key and save the lesson for your class.")
                              : _("Exercise: mark the article yourself, then check your work."));
  gtk_stack_page_set_visible (gtk_stack_get_page (self->pages, self->key_page), teacher);
  gtk_stack_page_set_visible (gtk_stack_get_page (self->pages, self->lesson_page), teacher);
  self->answer_entries = g_ptr_array_new ();
  if (!teacher && lesson->questions->len > 0)
    fill_answers_page (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.save-lesson", teacher);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.save-answer-key", teacher);
  fill_settings (self);
  show_questions (self);
  refresh_key (self);
  refresh_marks (self);
  return GTK_WIDGET (self);
}

/**
 * byline_exercise_panel_detach:
 *
 * Takes the marks and their tags out of the text and the popover off the text
 * view; the window calls it when the exercise stops. Idempotent.
 */
void
byline_exercise_panel_detach (BylineExercisePanel *self)
{
  g_return_if_fail (BYLINE_IS_EXERCISE_PANEL (self));

  if (self->popover != NULL)
    g_clear_pointer (&self->popover, gtk_widget_unparent);
  if (self->buffer != NULL)
    {
      GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

      for (guint i = 0; i < G_N_ELEMENTS (self->mark_tags); i++)
        gtk_text_tag_table_remove (table, self->mark_tags[i]);
      for (guint i = 0; i < G_N_ELEMENTS (self->outcome_tags); i++)
        gtk_text_tag_table_remove (table, self->outcome_tags[i]);
      memset (self->mark_tags, 0, sizeof self->mark_tags);
      memset (self->outcome_tags, 0, sizeof self->outcome_tags);
      g_clear_object (&self->buffer);
    }
  self->text_view = NULL;
}

const BylineLesson *
byline_exercise_panel_get_lesson (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return self->lesson;
}

const BylineResponse *
byline_exercise_panel_get_response (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return self->response;
}

gboolean
byline_exercise_panel_get_teacher (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  return self->teacher;
}

void
byline_exercise_panel_set_student (BylineExercisePanel *self,
                                   const char          *student)
{
  g_return_if_fail (BYLINE_IS_EXERCISE_PANEL (self));
  gtk_editable_set_text (GTK_EDITABLE (self->student_entry), student != NULL ? student : "");
}

/* Ctrl+M: the mark popover at the selected words */
void
byline_exercise_panel_popup_mark (BylineExercisePanel *self)
{
  BylineMark mark = { 0 };

  g_return_if_fail (BYLINE_IS_EXERCISE_PANEL (self));
  if (selection_mark (self, &mark))
    popup_at (self, &mark, PURPOSE_MARK);
}

/* What the popover's Add Mark does */
gboolean
byline_exercise_panel_add_mark (BylineExercisePanel *self,
                                const BylineMark    *mark,
                                GError             **error)
{
  guint index;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  if (!byline_response_add_mark (self->response, mark, &index, error))
    return FALSE;
  changed (self);
  gtk_stack_set_visible_child_name (self->pages, "marks");
  gtk_single_selection_set_selected (self->marks_selection, index);
  return TRUE;
}

/* Removes a mark, with a toast that can bring it back */
gboolean
byline_exercise_panel_remove_mark (BylineExercisePanel *self,
                                   guint                index)
{
  g_autoptr (BylineMark) mark = NULL;
  AdwToast *toast;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);

  if (index >= self->response->marks->len)
    return FALSE;
  mark = byline_mark_copy (g_ptr_array_index (self->response->marks, index));
  if (!byline_response_remove_mark (self->response, index, NULL))
    return FALSE;
  changed (self);
  toast = adw_toast_new (_("Mark removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "mark", g_steal_pointer (&mark),
                          (GDestroyNotify) byline_mark_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  show_toast (self, toast);
  return TRUE;
}

/**
 * byline_exercise_panel_check:
 *
 * Compares the marks with the key, shows the figures and each item, and tags
 * the text by outcome.
 *
 * Returns: (transfer none): the comparison, until the marks or the key change
 */
const BylineCheck *
byline_exercise_panel_check (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);

  g_clear_pointer (&self->check, byline_check_free);
  self->check = byline_check_new (self->lesson, self->response);
  show_check (self);
  refresh_text (self);
  gtk_stack_set_visible_child_name (self->pages, "results");
  return self->check;
}

/* Returns: (transfer none) (nullable): the last comparison, NULL when out of date */
const BylineCheck *
byline_exercise_panel_get_check (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return self->check;
}

/* Returns: (transfer none): the marks (#BylineItem, id = the mark's index) */
GListModel *
byline_exercise_panel_get_marks (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return G_LIST_MODEL (self->marks);
}

/* Returns: (transfer none): after a check, one #BylineTableRow an entry, in text order */
GListModel *
byline_exercise_panel_get_entries (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return G_LIST_MODEL (self->entries);
}

/* Returns: (transfer none): after a check, a #BylineTableRow a category, then the total */
GListModel *
byline_exercise_panel_get_scores (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return G_LIST_MODEL (self->scores);
}

/* Returns: (transfer none): for the teacher, the key (#BylineItem, id = its index) */
GListModel *
byline_exercise_panel_get_key (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return G_LIST_MODEL (self->key_items);
}

gboolean
byline_exercise_panel_save_response (BylineExercisePanel *self,
                                     const char          *path,
                                     GError             **error)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!byline_response_save_file (self->response, path, error))
    return FALSE;
  remember_saved (self, TRUE, FALSE);
  return TRUE;
}

/**
 * byline_exercise_panel_load_response:
 *
 * Goes on with a response saved before: its marks and name replace these.
 * A response to another lesson or article, or a damaged file, is refused
 * with an error naming the file, and nothing changes.
 */
gboolean
byline_exercise_panel_load_response (BylineExercisePanel *self,
                                     const char          *path,
                                     GError             **error)
{
  BylineResponse *response;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  response = byline_response_load_for_lesson (path, self->lesson, error);
  if (response == NULL)
    return FALSE;
  g_clear_pointer (&self->response, byline_response_free);
  self->response = response;
  {
    /* a copy: setting the entry's text writes the name back into the response */
    g_autofree char *student = g_strdup (response->student);

    gtk_editable_set_text (GTK_EDITABLE (self->student_entry), student);
  }
  clear_results (self, _("Mark what you find, then choose Check My Work to compare your marks with the answer key."));
  show_answers (self);
  changed (self);
  remember_saved (self, TRUE, FALSE);
  gtk_stack_set_visible_child_name (self->pages, "marks");
  return TRUE;
}

/* What Open Response… does with the file chosen: a failure is reported
 * through ::error, which the window shows in its error bar */
gboolean
byline_exercise_panel_open_response (BylineExercisePanel *self,
                                     const char          *path)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);

  if (byline_exercise_panel_load_response (self, path, &error))
    return TRUE;
  report_error (self, error);
  return FALSE;
}

gboolean
byline_exercise_panel_save_lesson (BylineExercisePanel *self,
                                   const char          *path,
                                   GError             **error)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!byline_lesson_save_file (self->lesson, path, error))
    return FALSE;
  remember_saved (self, FALSE, TRUE);
  return TRUE;
}

/* The teacher's own key item */
gboolean
byline_exercise_panel_add_key_item (BylineExercisePanel *self,
                                    const BylineMark    *mark,
                                    GError             **error)
{
  const BylineKeyItem *item;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  item = byline_lesson_add_key_item (self->lesson, mark, NULL, error);
  if (item == NULL)
    return FALSE;
  refresh_key (self);
  changed (self);
  for (guint i = 0; i < self->lesson->key->len; i++)
    if (g_ptr_array_index (self->lesson->key, i) == item)
      gtk_single_selection_set_selected (self->key_selection, i);
  gtk_stack_set_visible_child_name (self->pages, "key");
  return TRUE;
}

gboolean
byline_exercise_panel_remove_key_item (BylineExercisePanel *self,
                                       guint                position,
                                       GError             **error)
{
  const BylineKeyItem *key;
  BylineKeyItem *taken;
  g_autofree char *id = NULL;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  g_return_val_if_fail (position < self->lesson->key->len, FALSE);

  key = g_ptr_array_index (self->lesson->key, position);
  id = g_strdup (key->id);
  if ((taken = byline_lesson_take_key_item (self->lesson, id, error)) == NULL)
    return FALSE;
  refresh_key (self);
  changed (self);
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->key_items)))
    gtk_single_selection_set_selected (self->key_selection, position);
  /* Translators: %s is a key item's id, "k3" */
  {
    g_autofree char *msg = g_strdup_printf (_("%s taken out of the key"), id);
    AdwToast *toast = adw_toast_new (msg);

    adw_toast_set_button_label (toast, _("_Undo"));
    g_object_set_data_full (G_OBJECT (toast), "key-item", taken, (GDestroyNotify) byline_key_item_free);
    g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_key_cb), self, 0);
    if (self->last_removed_key != NULL)
      g_object_remove_weak_pointer (G_OBJECT (self->last_removed_key), (gpointer *) &self->last_removed_key);
    self->last_removed_key = toast;
    g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->last_removed_key);
    show_toast (self, toast);
  }
  return TRUE;
}

/* Puts back a key item taken out; FALSE when there is none to put back */
gboolean
byline_exercise_panel_undo_remove_key_item (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);

  if (self->last_removed_key == NULL)
    return FALSE;
  undo_remove_key_cb (self->last_removed_key, self);
  return TRUE;
}

/**
 * byline_exercise_panel_save_worksheet:
 * @kind: the worksheet to print, or the answer key
 * @format: %BYLINE_EXPORT_PDF, %BYLINE_EXPORT_HTML or %BYLINE_EXPORT_MARKDOWN
 *
 * Writes the lesson as it stands (the key as edited) as a worksheet or an
 * answer key, replacing @file only once it is all written.
 */
gboolean
byline_exercise_panel_save_worksheet (BylineExercisePanel  *self,
                                      GFile                *file,
                                      BylineWorksheetKind   kind,
                                      BylineExportFormat    format,
                                      GError              **error)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->lesson != NULL, FALSE);

  return byline_worksheet_write_file (self->lesson, kind, format, file, NULL, error);
}

/* Whether the marks, or (for the teacher) the lesson, changed since they
 * were last saved to a file or loaded */
gboolean
byline_exercise_panel_get_unsaved (BylineExercisePanel *self)
{
  g_autofree char *marks = NULL;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);

  marks = marks_json (self);
  if (g_strcmp0 (marks, self->saved_marks) != 0)
    return TRUE;
  if (self->teacher)
    {
      g_autofree char *lesson = lesson_json (self);

      return g_strcmp0 (lesson, self->saved_lesson) != 0;
    }
  return FALSE;
}

/* A student's answer to question @question (from 0), as the page has it */
void
byline_exercise_panel_set_answer (BylineExercisePanel *self,
                                  guint                question,
                                  const char          *answer)
{
  g_return_if_fail (BYLINE_IS_EXERCISE_PANEL (self));
  g_return_if_fail (question < self->answer_entries->len);

  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->answer_entries, question)), answer);
}

/* Shows the page @name ("marks", "results", "key", "lesson", "answers") if it is there */
gboolean
byline_exercise_panel_show_page (BylineExercisePanel *self,
                                 const char          *name)
{
  GtkWidget *page;

  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), FALSE);

  page = gtk_stack_get_child_by_name (self->pages, name);
  if (page == NULL || !gtk_stack_page_get_visible (gtk_stack_get_page (self->pages, page)))
    return FALSE;
  gtk_stack_set_visible_child (self->pages, page);
  return TRUE;
}

/* The key's count per category, as the teacher reads it above the key */
const char *
byline_exercise_panel_get_key_summary (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return gtk_label_get_text (self->key_summary);
}
