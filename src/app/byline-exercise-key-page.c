/* byline-exercise-key-page.c: the exercise panel's page of the
 * answer key, for the teacher: accept, fix, remove or add items
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-exercise-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-exercise-panel-private.h"

G_DEFINE_FINAL_TYPE (BylineExerciseKeyPage, byline_exercise_key_page, GTK_TYPE_WIDGET)

/* Why an item is expected: its cue word, its source, the state-media reason */
char *
_byline_exercise_key_page_describe_reason (const BylineKeyItem *item)
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

void
_byline_exercise_key_page_refresh_key (BylineExercisePanel *self)
{
  g_list_store_remove_all (self->key_items);
  if (!self->teacher)
    return;
  for (guint i = 0; i < self->lesson->key->len; i++)
    {
      const BylineKeyItem *key = g_ptr_array_index (self->lesson->key, i);
      g_autofree char *words = _byline_exercise_panel_passage (self, key->mark.start,
                                                               key->mark.end);
      g_autofree char *what = _byline_exercise_panel_describe_mark (&key->mark);
      g_autofree char *why = _byline_exercise_key_page_describe_reason (key);
      const char *state = key->origin == BYLINE_KEY_FROM_TEACHER ? _("added by you")
                          : key->edited ? _("fixed")
                          : key->accepted ? _("accepted")
                          : _("from the analysis, not yet accepted");
      g_autofree char *subtitle = g_strdup_printf ("%s — %s%s%s", what, state,
                                                   why != NULL ? "\n" : "", why != NULL ? why : "");
      g_autofree char *badge = g_strdup_printf ("%s %s", key->id,
                                                _byline_exercise_panel_category_name (key->mark.category));
      g_autoptr (BylineItem) item = byline_item_new (words, subtitle, badge, key->mark.start, key->mark.end);

      byline_item_set_id (item, i);
      g_list_store_append (self->key_items, item);
    }
  summarise_key (self);
}

static const BylineKeyItem *
chosen_key_item (BylineExercisePanel *self)
{
  BylineItem *item = gtk_single_selection_get_selected_item (self->key_selection);
  gint64 index;

  if (item == NULL)
    {
      _byline_exercise_panel_show_toast (self,
                                         adw_toast_new (_("Choose an item of the key first")));
      return NULL;
    }
  index = byline_item_get_id (item);
  g_return_val_if_fail (index >= 0 && (guint) index < self->lesson->key->len, NULL);
  return g_ptr_array_index (self->lesson->key, index);
}

static void
on_key_activate (GtkListView           *view,
                 guint                  position,
                 BylineExerciseKeyPage *page)
{
  BylineExercisePanel *self = _byline_exercise_panel_of (GTK_WIDGET (page));
  g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->key_items), position);

  if (item != NULL)
    _byline_exercise_panel_select_span (self, byline_item_get_start (item),
                                        byline_item_get_end (item));
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
  _byline_exercise_key_page_refresh_key (self);
  _byline_exercise_panel_changed (self);
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
      _byline_exercise_panel_report_error (self, error);
      return;
    }
  _byline_exercise_key_page_refresh_key (self);
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
  _byline_exercise_panel_select_span (self, key->mark.start, key->mark.end);
  _byline_exercise_panel_popup_at (self, &key->mark, PURPOSE_FIX_KEY);
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
    _byline_exercise_panel_report_error (self, error);
}

static void
add_key_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  BylineExercisePanel *self = BYLINE_EXERCISE_PANEL (widget);
  BylineMark mark = { 0 };

  if (_byline_exercise_panel_selection_mark (self, &mark))
    _byline_exercise_panel_popup_at (self, &mark, PURPOSE_ADD_KEY);
}

/* Returns: (transfer none): for the teacher, the key (#BylineItem, id = its index) */
GListModel *
byline_exercise_panel_get_key (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return G_LIST_MODEL (self->key_items);
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
  _byline_exercise_key_page_refresh_key (self);
  _byline_exercise_panel_changed (self);
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
  _byline_exercise_key_page_refresh_key (self);
  _byline_exercise_panel_changed (self);
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
    _byline_exercise_panel_show_toast (self, toast);
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

/* The key's count per category, as the teacher reads it above the key */
const char *
byline_exercise_panel_get_key_summary (BylineExercisePanel *self)
{
  g_return_val_if_fail (BYLINE_IS_EXERCISE_PANEL (self), NULL);
  return gtk_label_get_text (self->key_summary);
}

/* The key's actions, on the panel (the buttons of this page and the
 * article's menu use them) */
void
_byline_exercise_key_page_install_actions (GtkWidgetClass *panel_class)
{
  gtk_widget_class_install_action (panel_class, "exercise.accept-key", NULL, accept_key_action);
  gtk_widget_class_install_action (panel_class, "exercise.fix-key", NULL, fix_key_action);
  gtk_widget_class_install_action (panel_class, "exercise.remove-key", NULL, remove_key_action);
  gtk_widget_class_install_action (panel_class, "exercise.add-key", NULL, add_key_action);
}

static void
byline_exercise_key_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_EXERCISE_KEY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (byline_exercise_key_page_parent_class)->dispose (object);
}

static void
byline_exercise_key_page_class_init (BylineExerciseKeyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_exercise_key_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-exercise-key-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseKeyPage, key_summary);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseKeyPage, key_items);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseKeyPage, key_selection);
  gtk_widget_class_bind_template_callback (widget_class, on_key_activate);
}

static void
byline_exercise_key_page_init (BylineExerciseKeyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
