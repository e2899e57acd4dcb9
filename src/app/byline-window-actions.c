/* byline-window-actions.c: the window's actions: open, paste,
 * notes, corrections, export, help; the list of actions and their keys
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-across-window.h"
#include "byline-window-private.h"

void
_byline_window_on_note_saved (BylineNotePopover *popover,
                              BylineWindow      *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *body = byline_note_popover_dup_body (popover);
  g_autofree char *tags = byline_note_popover_dup_tags (popover);

  gint64 editing = byline_note_popover_get_note (popover);

  if (editing != 0)
    {
      if (!byline_window_update_note (self, editing, body, byline_note_popover_get_kind (popover),
                                      tags, &error))
        _byline_window_show_error (self, error->message);
    }
  else if (byline_window_add_note (self, byline_note_popover_get_start (popover),
                                   byline_note_popover_get_end (popover), body,
                                   byline_note_popover_get_kind (popover), tags, &error) == 0)
    _byline_window_show_error (self, error->message);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Note saved")));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
on_file_chosen (GtkNativeDialog *dialog,
                int              response,
                BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      byline_window_open (self, file);
    }
  g_object_unref (dialog);
}

/* Paste: an article copied from a browser or a document */

static void
paste_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (BylineWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("There is no text to paste")));
      return;
    }
  byline_window_open_text (self, text);
}

/* Rich text from a browser: its HTML goes through the reader-mode import,
 * as a saved page does; if it cannot be read, the plain text */
static void
paste_html_spliced_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (BylineWindow) self = user_data;
  GMemoryOutputStream *out = G_MEMORY_OUTPUT_STREAM (source);
  const guchar *data = g_memory_output_stream_get_data (out);
  g_autofree char *html = NULL;
  gsize len = 0;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (out), result, NULL) >= 0)
    len = g_memory_output_stream_get_data_size (out);
  /* UTF-16 on some systems (with its byte order mark), else UTF-8 */
  if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    html = g_convert ((const char *) data, len, "UTF-8", "UTF-16", NULL, NULL, NULL);
  else if (len > 0 && memchr (data, '\0', len) == NULL)
    html = g_strndup ((const char *) data, len);
  if (html == NULL || *g_strstrip (html) == '\0')
    {
      gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                     paste_done_cb, g_object_ref (self));
      return;
    }
  _byline_article_open_pasted (self, html, TRUE);
}

static void
paste_html_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (BylineWindow) self = user_data;
  g_autoptr (GInputStream) in = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL,
                                                          NULL);
  g_autoptr (GOutputStream) out = NULL;

  if (in == NULL)
    {
      gdk_clipboard_read_text_async (GDK_CLIPBOARD (source), NULL, paste_done_cb,
                                     g_object_ref (self));
      return;
    }
  out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (out, in,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE
                                  | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, paste_html_spliced_cb,
                                g_object_ref (self));
}

static void
paste_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  static const char *html_types[] = { "text/html", NULL };

  if (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"))
    gdk_clipboard_read_async (clipboard, html_types, G_PRIORITY_DEFAULT, NULL, paste_html_cb,
                              g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_done_cb, g_object_ref (self));
}

static void
saved_correction_toast (BylineWindow *self,
                        gint64        id)
{
  AdwToast *toast = adw_toast_new (_("Correction saved"));

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "correction", GSIZE_TO_POINTER (id));
  g_signal_connect_object (toast, "button-clicked",
                           G_CALLBACK (_byline_article_undo_correction_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Actions */

/* F6: between the article and the sidebar page shown, for keyboard users */
static void
cycle_focus_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *page = gtk_stack_get_visible_child (self->sidebar_stack);

  if (focus != NULL && page != NULL && gtk_widget_is_ancestor (focus, page))
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  else if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}


static void
correct_entity_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  const char *type = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;
  const Entity *e;
  gint64 id;

  e = _byline_article_get_entity (self->loaded_article, self->menu_entity);
  if (e == NULL)
    return;
  id = byline_window_correct_entity (self, e->first_start, type, &error);
  if (id == 0)
    {
      _byline_window_show_error (self, error->message);
      return;
    }
  saved_correction_toast (self, id);
}

/* The menu ticks the type of the name it was opened on */
void
_byline_window_show_menu_type (BylineWindow *self)
{
  const Entity *e = _byline_article_get_entity (self->loaded_article, self->menu_entity);

  g_free (self->menu_type);
  self->menu_type = g_strdup (e != NULL && e->type != NULL ? e->type : "");
  g_object_notify_by_pspec (G_OBJECT (self), _byline_window_properties[PROP_MENU_TYPE]);
}

/* A type chosen in the menu: the name under it is corrected to it */
void
_byline_window_set_menu_type (BylineWindow *self,
                              const char   *type)
{
  if (type == NULL || g_strcmp0 (type, self->menu_type) == 0)
    return;
  g_free (self->menu_type);
  self->menu_type = g_strdup (type);
  g_object_notify_by_pspec (G_OBJECT (self), _byline_window_properties[PROP_MENU_TYPE]);
  if (*type != '\0')
    {
      g_autoptr (GVariant) parameter = g_variant_ref_sink (g_variant_new_string (type));

      correct_entity_action (GTK_WIDGET (self), "win.correct-type", parameter);
    }
}

void
_byline_window_on_speaker_response (AdwMessageDialog *dialog,
                                    const char       *response,
                                    BylineWindow     *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *speaker = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry))));
  gint64 id;

  if (!g_str_equal (response, "save") || *speaker == '\0' || self->speaker_quote < 0)
    return;
  id = byline_window_correct_quote (self, self->speaker_quote, speaker, &error);
  if (id == 0)
    _byline_window_show_error (self, error->message);
  else
    saved_correction_toast (self, id);
}

static void
correct_speaker_action (GtkWidget  *widget,
                        const char *action,
                        GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (BylineItem) item = NULL;

  if (self->menu_quote < 0)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (self->quotes), self->menu_quote);
  if (item == NULL)
    return;
  self->speaker_quote = self->menu_quote;
  adw_message_dialog_set_body (self->speaker_dialog, byline_item_get_subtitle (item));
  gtk_editable_set_text (GTK_EDITABLE (self->speaker_entry), byline_item_get_title (item));
  gtk_window_set_transient_for (GTK_WINDOW (self->speaker_dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self->speaker_dialog));
}

static void
remove_quote_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (self->menu_quote < 0)
    return;
  id = byline_window_correct_quote (self, self->menu_quote, NULL, &error);
  if (id == 0)
    _byline_window_show_error (self, error->message);
  else
    saved_correction_toast (self, id);
}

/* Export and import of notes */

typedef struct
{
  BylineWindow *window;  /* owned while the export runs */
  GFile        *file;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->window);
  g_object_unref (export->file);
  g_free (export);
}

static void
open_exported_cb (AdwToast *toast,
                  gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Export *export = user_data;
  BylineWindow *self = export->window;
  g_autoptr (GError) error = NULL;

  self->exporting--;
  if (!byline_export_write_file_finish (result, &error))
    _byline_window_show_error (self, error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (export->file);
      g_autofree char *title = g_strdup_printf (_("Exported to %s"), name);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (export->file), g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  export_free (export);
}

/* The file name a title gives: no slashes, not too long */
static char *
export_file_name (const char         *title,
                  BylineExportFormat  format)
{
  g_autoptr (GString) name = g_string_new (NULL);

  for (const char *p = title != NULL && *title != '\0' ? title : "article";
       *p != '\0' && name->len < 80; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || g_unichar_iscntrl (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_string_append_printf (name, ".%s", byline_export_format_get_extension (format));
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The file chooser tells nobody when a choice changes, and GTK 4.8's
 * GtkFileChooserNative reports a choice only after the response: while the
 * dialog GTK shows (no portal) is open, the name's extension is brought in
 * line with the format chosen in it a few times a second */
static GtkFileChooser *
shown_export_chooser (BylineWindow *self)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (self))
      return GTK_FILE_CHOOSER (l->data);
  return NULL;
}

/* GTK 4.8's dialog does not take a choice set before it is shown either: the
 * format used last is selected in its drop-down of formats */
static GtkDropDown *
find_format_drop_down (GtkWidget *root)
{
  const char *const *options = g_object_get_data (G_OBJECT (root), "options");

  if (GTK_IS_DROP_DOWN (root) && options != NULL && g_strv_contains (options, "pdf"))
    return GTK_DROP_DOWN (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_format_drop_down (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
preselect_export_format (BylineWindow   *self,
                         GtkFileChooser *chooser)
{
  GtkDropDown *formats = find_format_drop_down (GTK_WIDGET (chooser));
  const char *const *options = formats != NULL ? g_object_get_data (G_OBJECT (formats), "options") : NULL;

  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    if (g_strcmp0 (options[i], self->export_format) == 0)
      gtk_drop_down_set_selected (formats, i);
}

static gboolean
follow_export_format_cb (gpointer data)
{
  BylineWindow *self = data;
  GtkFileChooser *chooser = shown_export_chooser (self);
  const char *choice = chooser != NULL ? gtk_file_chooser_get_choice (chooser, "format") : NULL;
  g_autofree char *name = chooser != NULL ? gtk_file_chooser_get_current_name (chooser) : NULL;
  BylineExportFormat format, named_as;
  const char *dot;

  if (chooser != NULL && self->export_preset)
    {
      /* once it is up: the folder and the format used last */
      self->export_preset = FALSE;
      if (self->export_format != NULL)
        preselect_export_format (self, chooser);
      if (self->export_folder != NULL && name != NULL)
        {
          gtk_file_chooser_set_current_folder (chooser, self->export_folder, NULL);
          gtk_file_chooser_set_current_name (chooser, name);
        }
      choice = gtk_file_chooser_get_choice (chooser, "format");
    }
  if (choice == NULL || name == NULL || !byline_export_format_from_string (choice, &format))
    return G_SOURCE_CONTINUE;
  dot = strrchr (name, '.');
  if (dot != NULL && byline_export_format_from_string (dot + 1, &named_as) && named_as != format)
    {
      g_autofree char *renamed = g_strdup_printf ("%.*s.%s", (int) (dot - name), name,
                                                  byline_export_format_get_extension (format));

      gtk_file_chooser_set_current_name (chooser, renamed);
    }
  return G_SOURCE_CONTINUE;
}

static void
follow_export_format (BylineWindow   *self,
                      GtkFileChooser *dialog)
{
  self->export_dialog = dialog;
  self->export_preset = TRUE;
  if (self->export_follow_id == 0)
    self->export_follow_id = g_timeout_add (200, follow_export_format_cb, self);
}

static void
forget_export_dialog (BylineWindow *self)
{
  self->export_dialog = NULL;
  g_clear_handle_id (&self->export_follow_id, g_source_remove);
}

static void
on_export_chosen (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);

  forget_export_dialog (self);
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) chosen = gtk_file_chooser_get_file (chooser);
      g_autoptr (GFile) file = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *base = g_file_get_basename (chosen);
      const char *dot = strrchr (base, '.');
      const char *choice = gtk_file_chooser_get_choice (chooser, "format");
      BylineExportFormat format, named_as;
      BylineExportFlags flags = BYLINE_EXPORT_FLAGS_NONE;
      gboolean has_extension = dot != NULL && byline_export_format_from_string (dot + 1, &named_as);

      /* the format chosen (else the name's extension) wins, and the name gets its extension */
      if (choice == NULL || !byline_export_format_from_string (choice, &format))
        format = has_extension ? named_as : BYLINE_EXPORT_HTML;
      if (has_extension && named_as == format)
        file = g_object_ref (chosen);
      else
        {
          g_autoptr (GFile) parent = g_file_get_parent (chosen);
          g_autofree char *stem = has_extension ? g_strndup (base, dot - base) : g_strdup (base);
          g_autofree char *named = g_strdup_printf ("%s.%s", stem, byline_export_format_get_extension (format));

          file = g_file_get_child (parent, named);
        }
      if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, "notes-only"), "true") == 0)
        flags |= BYLINE_EXPORT_NOTES_ONLY;
      if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, "no-article"), "true") == 0)
        flags |= BYLINE_EXPORT_NO_ARTICLE;
      g_set_object (&self->export_folder, NULL);
      self->export_folder = g_file_get_parent (file);
      g_free (self->export_format);
      self->export_format = g_strdup (byline_export_format_get_extension (format));
      if (!byline_window_export (self, file, format, flags, &error))
        _byline_window_show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  const char *formats[] = { "html", "md", "json", "pdf", NULL };
  const char *format_labels[] = { _("HTML, one file"), _("Markdown"),
                                  _("JSON with W3C Web Annotations"), _("PDF"), NULL };
  g_autofree char *name = NULL;
  BylineExportFormat format;

  if (_byline_window_article_id (self) == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Open an article first, then export it")));
      return;
    }
  dialog = gtk_file_chooser_native_new (_("Export an Annotated Summary"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "format", _("Format"),
                               formats, format_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "format", "html");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "notes-only",
                               _("Only the notes, no summary of the analysis"), NULL, NULL);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "no-article",
                               _("Leave out the article's text"), NULL, NULL);
  if (self->export_format == NULL || !byline_export_format_from_string (self->export_format, &format))
    format = BYLINE_EXPORT_HTML;
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "format",
                               byline_export_format_get_extension (format));
  name = export_file_name (gtk_window_get_title (GTK_WINDOW (self)), format);
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), self->export_folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  follow_export_format (self, GTK_FILE_CHOOSER (dialog));
}

static void
on_import_chosen (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      if (!byline_window_import_notes (self, file, &error))
        _byline_window_show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
import_notes_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) json = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Notes"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Byline exports and W3C annotations (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_filter_add_suffix (json, "jsonld");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) articles = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open an Article"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (articles, _("Articles (text, HTML, Markdown)"));
  gtk_file_filter_add_mime_type (articles, "text/plain");
  gtk_file_filter_add_mime_type (articles, "text/html");
  gtk_file_filter_add_mime_type (articles, "text/markdown");
  gtk_file_filter_add_suffix (articles, "md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), articles);
  g_signal_connect (dialog, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The library's tags, for the note popover to complete */
static void
offer_known_tags (BylineWindow *self)
{
  g_autoptr (GPtrArray) tags = NULL;
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;

  if (!_byline_article_ensure_store (self, NULL))
    return;
  tags = byline_store_list_tags (_byline_window_store (self), NULL);
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    g_strv_builder_add (names, ((BylineTagCount *) tags->pdata[i])->name);
  list = g_strv_builder_end (names);
  byline_note_popover_set_known_tags (BYLINE_NOTE_POPOVER (self->note_popover),
                                      (const char *const *) list);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  GdkRectangle rect;
  int x, y;

  g_clear_handle_id (&self->selection_id, g_source_remove);
  gtk_popover_popdown (GTK_POPOVER (self->selection_popover));
  /* during an exercise Ctrl+M marks the passage instead */
  if (self->exercise_panel != NULL)
    {
      byline_exercise_panel_popup_mark (BYLINE_EXERCISE_PANEL (self->exercise_panel));
      return;
    }
  if (_byline_window_article_id (self) == 0)
    return;
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Select a passage first, then add a note")));
      return;
    }
  gtk_text_view_get_iter_location (self->text_view, &start, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  rect.x = x;
  rect.y = y;
  byline_note_popover_reset (BYLINE_NOTE_POPOVER (self->note_popover),
                             gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end));
  offer_known_tags (self);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->note_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->note_popover));
}

/* The note to edit: the one chosen on the Notes page when the page has the
 * focus, else the one under the cursor in the text */
static gint64
note_at_hand (BylineWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GListModel *notes = G_LIST_MODEL (self->notes);
  BylineItem *chosen = gtk_single_selection_get_selected_item (self->notes_selection);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkTextIter cursor;
  guint offset;

  if (chosen != NULL && focus != NULL
      && (focus == GTK_WIDGET (self->notes_view)
          || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->notes_view))))
    return byline_item_get_id (chosen);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  offset = (guint) gtk_text_iter_get_offset (&cursor);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (notes, i);

      if (!byline_item_get_orphaned (item)
          && byline_item_get_start (item) <= offset && offset <= byline_item_get_end (item))
        return byline_item_get_id (item);
    }
  return chosen != NULL ? byline_item_get_id (chosen) : 0;
}

/* Opens the note popover on a stored note, pointing at @anchor or else at its passage */
static void
edit_note (BylineWindow *self,
           gint64        id,
           GtkWidget    *anchor)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineNote) note = NULL;
  g_autofree char *tags = NULL;
  GdkRectangle rect = { 0, 0, 1, 1 };
  graphene_rect_t bounds;

  if (!_byline_article_ensure_store (self, &error)
      || (note = byline_store_get_note (_byline_window_store (self), id, &error)) == NULL)
    {
      _byline_window_show_error (self, error->message);
      return;
    }
  tags = g_strjoinv (", ", note->tags);
  byline_note_popover_edit (BYLINE_NOTE_POPOVER (self->note_popover), note->id, note->start,
                            note->end, note->body, note->kind, tags);
  offer_known_tags (self);
  if (anchor != NULL && gtk_widget_compute_bounds (anchor, GTK_WIDGET (self->text_view), &bounds))
    rect = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                            (int) bounds.size.width, (int) bounds.size.height };
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
      GtkTextIter start;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) note->start);
      gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, FALSE, 0, 0);
      gtk_text_view_get_iter_location (self->text_view, &start, &rect);
      gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                             rect.x, rect.y, &rect.x, &rect.y);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->note_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->note_popover));
}

static void
edit_note_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  gint64 id = note_at_hand (self);

  if (id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Put the cursor in a note, or choose one on the Notes page")));
      return;
    }
  edit_note (self, id, byline_note_margin_get_card (BYLINE_NOTE_MARGIN (self->note_margin), id));
}

void
_byline_window_on_margin_note (BylineNoteMargin *margin,
                               gint64            id,
                               GtkWidget        *card,
                               BylineWindow     *self)
{
  edit_note (self, id, card);
}

/* The shortcuts window, built the first time it is asked for, then kept */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/app/byline/Byline/ui/help-overlay.ui");

      /* as the window's help overlay it shows the keys set for each action */
      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

static void
delete_note_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  BylineItem *item = gtk_single_selection_get_selected_item (self->notes_selection);

  if (item != NULL)
    byline_window_delete_note (self, byline_item_get_id (item));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
  if (adw_flap_get_reveal_flap (self->flap))
    gtk_widget_child_focus (adw_flap_get_flap (self->flap), GTK_DIR_TAB_FORWARD);
}

/**
 * byline_window_export:
 * @flags: #BylineExportFlags
 *
 * Writes an annotated summary of the open article (its analysis with the
 * reader's corrections, and the notes) to @file, off the main thread; a toast
 * says when it is there, the error banner if it could not be written.
 * Returns FALSE at once when no article is open or the library fails.
 */
gboolean
byline_window_export (BylineWindow       *self,
                      GFile              *file,
                      BylineExportFormat  format,
                      BylineExportFlags   flags,
                      GError            **error)
{
  g_autoptr (BylineExportInput) input = NULL;
  Export *export;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (_byline_window_article_id (self) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, _("No article is open"));
      return FALSE;
    }
  if (!_byline_article_ensure_store (self, error)
      || (input = byline_export_input_new_from_store (_byline_window_store (self),
                                                      _byline_window_article_id (self), error)) == NULL)
    return FALSE;
  input->flags = flags;
  if (self->settings != NULL)
    {
      g_autofree char *reader = g_strstrip (g_settings_get_string (self->settings, "reader-name"));

      if (*reader != '\0')
        input->reader = g_steal_pointer (&reader);
    }
  export = g_new0 (Export, 1);
  export->window = g_object_ref (self);
  export->file = g_object_ref (file);
  self->exporting++;
  byline_export_write_file_async (input, format, file, NULL, export_done_cb, export);
  return TRUE;
}

/* Exports still being written */
guint
byline_window_get_exporting (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);
  return self->exporting;
}

/* The export dialog while it is open, or NULL: for the tests */
GtkFileChooser *
byline_window_get_export_dialog (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return self->export_dialog;
}

/* The window's actions and their keys: a new one goes here */
/* Across articles (byline-across-window.c): people, the timeline, who met whom,
 * two reports side by side */
static void
across_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (byline_across_window_new (GTK_WINDOW (self), self->library)));
}

void
_byline_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "win.delete-note", NULL, delete_note_action);
  gtk_widget_class_install_action (widget_class, "win.edit-note", NULL, edit_note_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.import-notes", NULL, import_notes_action);
  gtk_widget_class_install_property_action (widget_class, "win.correct-type", "menu-type");
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL,
                                   _byline_library_page_show_library_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, _byline_find_bar_find_action);
  gtk_widget_class_install_action (widget_class, "win.cycle-focus", NULL, cycle_focus_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.cycle-focus", NULL);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.search-library", NULL,
                                   _byline_library_page_search_library_action);
  gtk_widget_class_install_action (widget_class, "win.remove-entity", NULL, correct_entity_action);
  gtk_widget_class_install_action (widget_class, "win.correct-speaker", NULL, correct_speaker_action);
  gtk_widget_class_install_action (widget_class, "win.remove-quote", NULL, remove_quote_action);
  gtk_widget_class_install_action (widget_class, "win.start-exercise", NULL,
                                   _byline_window_start_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", NULL,
                                   _byline_window_open_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.stop-exercise", NULL,
                                   _byline_window_stop_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.class-overview", NULL,
                                   _byline_window_class_overview_action);
  gtk_widget_class_install_action (widget_class, "win.across", NULL, across_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.add-note", NULL);
  /* a binding of the window, so a text field or the article takes Ctrl+V first:
   * it pastes an article when nothing else wants it, as in the empty window */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste-article", NULL);
}
