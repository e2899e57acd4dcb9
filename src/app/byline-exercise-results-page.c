/* byline-exercise-results-page.c: the exercise panel's page of
 * results: a score per category, every mark and key item with its outcome
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-exercise-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-exercise-panel-private.h"

G_DEFINE_FINAL_TYPE (BylineExerciseResultsPage, byline_exercise_results_page, GTK_TYPE_WIDGET)

void
_byline_exercise_results_page_clear_results (BylineExercisePanel *self,
                                             const char          *message)
{
  g_clear_pointer (&self->check, byline_check_free);
  g_list_store_remove_all (self->scores);
  g_list_store_remove_all (self->entries);
  gtk_label_set_text (self->results_label, message);
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
      g_autofree char *words = _byline_exercise_panel_passage (self, key->mark.start,
                                                               key->mark.end);
      g_autofree char *what = _byline_exercise_panel_describe_mark (&key->mark);
      g_autofree char *why = self->lesson->show_reasons ? _byline_exercise_key_page_describe_reason (key) : NULL;

      /* Translators: in the results, the passage, what it is, and maybe why */
      expected = why != NULL ? g_strdup_printf (_("Expected: %s — %s; %s"), words, what, why)
                             : g_strdup_printf (_("Expected: %s — %s"), words, what);
    }
  else
    expected = g_strdup (_("Expected: nothing here"));
  if (entry->mark_index >= 0)
    {
      const BylineMark *mark = g_ptr_array_index (self->response->marks, entry->mark_index);
      g_autofree char *words = _byline_exercise_panel_passage (self, mark->start, mark->end);
      g_autofree char *what = _byline_exercise_panel_describe_mark (mark);

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

void
_byline_exercise_results_page_show_check (BylineExercisePanel *self)
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

static void
on_entries_activate (GtkColumnView             *view,
                     guint                      position,
                     BylineExerciseResultsPage *page)
{
  BylineExercisePanel *self = _byline_exercise_panel_of (GTK_WIDGET (page));
  g_autoptr (BylineTableRow) row = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  guint start, end;

  if (row != NULL && byline_table_row_get_span (row, &start, &end))
    _byline_exercise_panel_select_span (self, start, end);
}

static void
byline_exercise_results_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_EXERCISE_RESULTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (byline_exercise_results_page_parent_class)->dispose (object);
}

static void
byline_exercise_results_page_class_init (BylineExerciseResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_exercise_results_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-exercise-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseResultsPage, results_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseResultsPage, scores);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseResultsPage, entries);
  gtk_widget_class_bind_template_callback (widget_class, on_entries_activate);
}

static void
byline_exercise_results_page_init (BylineExerciseResultsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
