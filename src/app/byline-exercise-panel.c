/* byline-exercise-panel.c: the sidebar during an exercise: the
 * lesson, the student's marks and the text's tags, the file choosers and
 * actions; each page is a widget of its own (byline-exercise-*-page.c)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-exercise-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-exercise-panel-private.h"

G_DEFINE_FINAL_TYPE (BylineExercisePanel, byline_exercise_panel, GTK_TYPE_WIDGET)

guint _byline_exercise_panel_signals[N_SIGNALS];

/* Helpers */

const char *
_byline_exercise_panel_category_name (BylineCategory category)
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
char *
_byline_exercise_panel_describe_mark (const BylineMark *mark)
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
char *
_byline_exercise_panel_passage (BylineExercisePanel *self,
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

void
_byline_exercise_panel_show_toast (BylineExercisePanel *self,
                                   AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
_byline_exercise_panel_report_error (BylineExercisePanel *self,
                                     const GError        *error)
{
  g_signal_emit (self, _byline_exercise_panel_signals[ERROR], 0, error->message);
}

void
_byline_exercise_panel_select_span (BylineExercisePanel *self,
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

void
_byline_exercise_panel_changed (BylineExercisePanel *self)
{
  if (self->check != NULL)
    _byline_exercise_results_page_clear_results (self,
                                                 _("Your marks or the key have changed since the last check: choose Check My Work again."));
  _byline_exercise_marks_page_refresh_marks (self);
  refresh_text (self);
}

/* The popover at a passage of the text */
void
_byline_exercise_panel_popup_at (BylineExercisePanel *self,
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
gboolean
_byline_exercise_panel_selection_mark (BylineExercisePanel *self,
                                       BylineMark          *mark)
{
  GtkTextIter start, end;

  if (self->buffer == NULL || !gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    {
      _byline_exercise_panel_show_toast (self,
                                         adw_toast_new (_("Select words in the article first")));
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

void
_byline_exercise_panel_show_questions (BylineExercisePanel *self)
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
          _byline_exercise_key_page_refresh_key (self);
          _byline_exercise_panel_changed (self);
        }
    }
  if (!ok)
    _byline_exercise_panel_report_error (self, error);
}

static void
undo_remove_cb (AdwToast            *toast,
                BylineExercisePanel *self)
{
  const BylineMark *mark = g_object_get_data (G_OBJECT (toast), "mark");
  g_autoptr (GError) error = NULL;

  if (!byline_exercise_panel_add_mark (self, mark, &error))
    _byline_exercise_panel_report_error (self, error);
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
        _byline_exercise_panel_show_toast (self, adw_toast_new (_("Response saved")));
      else
        _byline_exercise_panel_report_error (self, error);
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
        _byline_exercise_panel_show_toast (self, adw_toast_new (_("Lesson saved")));
      else
        _byline_exercise_panel_report_error (self, error);
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
      _byline_exercise_panel_show_toast (self, adw_toast_new (_("Choose one of your marks first")));
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
      _byline_exercise_panel_show_toast (self,
                                         adw_toast_new (_("Type your name first, so your teacher knows whose marks these are")));
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
        _byline_exercise_panel_show_toast (self,
                                           adw_toast_new (kind == BYLINE_ANSWER_KEY ? _("Answer key saved")
                                                                                          : _("Worksheet saved")));
      else
        _byline_exercise_panel_report_error (self, error);
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

/* The panel a page is in */
BylineExercisePanel *
_byline_exercise_panel_of (GtkWidget *page)
{
  return BYLINE_EXERCISE_PANEL (gtk_widget_get_ancestor (page, BYLINE_TYPE_EXERCISE_PANEL));
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
  _byline_exercise_panel_signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass),
                                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (BYLINE_TYPE_ITEM);
  g_type_ensure (BYLINE_TYPE_TABLE_ROW);
  g_type_ensure (BYLINE_TYPE_EXERCISE_MARKS_PAGE);
  g_type_ensure (BYLINE_TYPE_EXERCISE_RESULTS_PAGE);
  g_type_ensure (BYLINE_TYPE_EXERCISE_KEY_PAGE);
  g_type_ensure (BYLINE_TYPE_EXERCISE_LESSON_PAGE);
  g_type_ensure (BYLINE_TYPE_EXERCISE_ANSWERS_PAGE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-exercise-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, mode_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, questions_label);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, student_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, pages);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, marks_page);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, results_page);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, key_page);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, lesson_page);
  gtk_widget_class_bind_template_child (widget_class, BylineExercisePanel, answers_page);
  gtk_widget_class_bind_template_callback (widget_class, on_student_changed);

  gtk_widget_class_install_action (widget_class, "exercise.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "exercise.remove-mark", NULL, remove_mark_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-response", NULL, save_response_action);
  gtk_widget_class_install_action (widget_class, "exercise.open-response", NULL, open_response_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-lesson", NULL, save_lesson_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-worksheet", NULL, save_worksheet_action);
  gtk_widget_class_install_action (widget_class, "exercise.save-answer-key", NULL, save_worksheet_action);
  _byline_exercise_key_page_install_actions (widget_class);
}

static void
byline_exercise_panel_init (BylineExercisePanel *self)
{
  BylineExerciseMarksPage *marks;
  BylineExerciseResultsPage *results;
  BylineExerciseKeyPage *key;
  BylineExerciseLessonPage *lesson;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* the pages' widgets, as the panel's code reaches them */
  marks = BYLINE_EXERCISE_MARKS_PAGE (self->marks_page);
  self->marks = marks->marks;
  self->marks_selection = marks->marks_selection;
  results = BYLINE_EXERCISE_RESULTS_PAGE (self->results_page);
  self->results_label = results->results_label;
  self->scores = results->scores;
  self->entries = results->entries;
  key = BYLINE_EXERCISE_KEY_PAGE (self->key_page);
  self->key_summary = key->key_summary;
  self->key_items = key->key_items;
  self->key_selection = key->key_selection;
  lesson = BYLINE_EXERCISE_LESSON_PAGE (self->lesson_page);
  self->lesson_title_entry = lesson->lesson_title_entry;
  self->questions_view = lesson->questions_view;
  self->quote_check = lesson->quote_check;
  self->claim_check = lesson->claim_check;
  self->meeting_check = lesson->meeting_check;
  self->signal_check = lesson->signal_check;
  self->reasons_check = lesson->reasons_check;
  self->answers_box = BYLINE_EXERCISE_ANSWERS_PAGE (self->answers_page)->answers_box;
  g_signal_connect_object (gtk_text_view_get_buffer (self->questions_view), "changed",
                           G_CALLBACK (_byline_exercise_lesson_page_on_questions_changed), self, 0);
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
    _byline_exercise_answers_page_fill_answers_page (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.save-lesson", teacher);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.save-answer-key", teacher);
  _byline_exercise_lesson_page_fill_settings (self);
  _byline_exercise_panel_show_questions (self);
  _byline_exercise_key_page_refresh_key (self);
  _byline_exercise_marks_page_refresh_marks (self);
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
  if (_byline_exercise_panel_selection_mark (self, &mark))
    _byline_exercise_panel_popup_at (self, &mark, PURPOSE_MARK);
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
  _byline_exercise_panel_changed (self);
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
  _byline_exercise_panel_changed (self);
  toast = adw_toast_new (_("Mark removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "mark", g_steal_pointer (&mark),
                          (GDestroyNotify) byline_mark_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  _byline_exercise_panel_show_toast (self, toast);
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
  _byline_exercise_results_page_show_check (self);
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
  _byline_exercise_results_page_clear_results (self,
                                               _("Mark what you find, then choose Check My Work to compare your marks with the answer key."));
  _byline_exercise_answers_page_show_answers (self);
  _byline_exercise_panel_changed (self);
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
  _byline_exercise_panel_report_error (self, error);
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
