/* byline-class-overview.c: a lesson's responses side by side: each student's
 * figures, who found each item of the key; printable
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-class-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-class-overview.h"
#include "byline-lesson.h"
#include "byline-response.h"
#include "byline-scoring.h"
#include "byline-table-row.h"

/* One row of the printed tables */
typedef struct
{
  int     table;    /* -1: a line across the page (title, heading, problem); else a table */
  gboolean bold;
  char   *cells[BYLINE_TABLE_ROW_CELLS];
  double  height;
  int     page;
} PrintRow;

struct _BylineClassOverview
{
  AdwWindow          parent_instance;

  AdwWindowTitle    *window_title;
  GtkLabel          *lesson_label;
  GtkLabel          *problems_label;
  GListStore        *students;
  GListStore        *items;

  char              *lesson_path;
  BylineLesson      *lesson;
  BylineClassReport *report;
  GString           *problems;
  GArray            *print_rows;  /* PrintRow, while printing */
};

G_DEFINE_FINAL_TYPE (BylineClassOverview, byline_class_overview, ADW_TYPE_WINDOW)

/* Printed column widths, as parts of the page's width */
static const double student_columns[] = { 0.20, 0.16, 0.16, 0.16, 0.16, 0.16 };
static const double item_columns[] = { 0.50, 0.14, 0.36 };

/* Helpers */

static void
print_row_clear (gpointer data)
{
  PrintRow *row = data;

  for (guint i = 0; i < BYLINE_TABLE_ROW_CELLS; i++)
    g_free (row->cells[i]);
}

/* "2 of 3, 1 extra · F1 0.80", or a dash for a category the lesson leaves out */
static char *
score_cell (const BylineScore *score)
{
  g_autofree char *found = g_strdup_printf (_("%u of %u"), score->matched, score->expected);

  if (score->extra > 0)
    {
      g_autofree char *extra = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u extra", "%u extra",
                                                             score->extra), score->extra);
      return g_strdup_printf ("%s, %s · F1 %.2f", found, extra, score->f1);
    }
  return g_strdup_printf ("%s · F1 %.2f", found, score->f1);
}

static char *
names_of (BylineClassOverview *self,
          GArray              *indexes)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < indexes->len; i++)
    {
      const BylineReportStudent *student = g_ptr_array_index (self->report->students,
                                                              g_array_index (indexes, guint, i));
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, student->student);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
refresh (BylineClassOverview *self)
{
  g_list_store_remove_all (self->students);
  g_list_store_remove_all (self->items);
  gtk_label_set_text (self->problems_label, self->problems->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_label), self->problems->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.add-responses", self->lesson != NULL);
  if (self->lesson == NULL)
    return;

  {
    guint n = self->report->students->len;
    /* Translators: the overview's heading: a lesson's title, then how many responses */
    g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u response",
                                                             "%s: %u responses", n),
                                                self->lesson->title != NULL ? self->lesson->title : "", n);
    gtk_label_set_text (self->lesson_label, heading);
    adw_window_title_set_subtitle (self->window_title, self->lesson->title != NULL ? self->lesson->title : "");
  }

  for (guint s = 0; s < self->report->students->len; s++)
    {
      const BylineReportStudent *student = g_ptr_array_index (self->report->students, s);
      char *cells[BYLINE_TABLE_ROW_CELLS + 1] = { NULL };
      g_autoptr (BylineTableRow) row = NULL;

      cells[0] = g_strdup (*student->student != '\0' ? student->student : _("(no name)"));
      for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
        cells[1 + c] = student->check->categories & BYLINE_CATEGORY_FLAG (c)
                       ? score_cell (&student->check->scores[c]) : g_strdup ("—");
      cells[5] = score_cell (&student->check->total);
      row = byline_table_row_new (NULL, (const char *const *) cells);
      g_list_store_append (self->students, row);
      for (guint i = 0; i < BYLINE_TABLE_ROW_CELLS; i++)
        g_free (cells[i]);
    }

  for (guint i = 0; i < self->report->items->len; i++)
    {
      const BylineReportItem *item = g_ptr_array_index (self->report->items, i);
      const BylineKeyItem *key = g_ptr_array_index (self->lesson->key, item->key_index);
      g_autofree char *words = byline_lesson_dup_passage (self->lesson, key->mark.start, key->mark.end);
      g_autofree char *quoted = NULL;
      g_autofree char *found_names = names_of (self, item->found_by);
      g_autofree char *found = NULL;
      const char *cells[4];
      g_autoptr (BylineTableRow) row = NULL;
      guint n = self->report->students->len;

      if (g_utf8_strlen (words, -1) > 160)
        {
          g_autofree char *head = g_utf8_substring (words, 0, 150);
          quoted = g_strdup_printf ("%s: “%s…”", key->id, head);
        }
      else
        quoted = g_strdup_printf ("%s: “%s”", key->id, words);
      /* Translators: "found by 2 of 3: Ana, Ben" */
      found = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "found by %u of %u", "found by %u of %u", n),
                               item->found_by->len, n);
      if (item->found_by->len > 0)
        {
          char *with_names = g_strdup_printf ("%s: %s", found, found_names);
          g_free (found);
          found = with_names;
        }
      if (item->right_by->len < item->found_by->len)
        {
          g_autofree char *right_names = names_of (self, item->right_by);
          /* Translators: who of those that found it also had the speaker, source or kind right */
          char *with_right = g_strdup_printf (_("%s; all right: %s"), found,
                                              item->right_by->len > 0 ? right_names : _("nobody"));
          g_free (found);
          found = with_right;
        }
      cells[0] = quoted;
      cells[1] = byline_category_to_label (key->mark.category);
      cells[2] = found;
      cells[3] = NULL;
      row = byline_table_row_new (NULL, cells);
      byline_table_row_set_span (row, key->mark.start, key->mark.end);
      g_list_store_append (self->items, row);
    }
}

/* Printing: the same tables, drawn with Pango */

static void
add_print_row (GArray     *rows,
               int         table,
               gboolean    bold,
               const char *const *cells)
{
  PrintRow row = { table, bold, { NULL }, 0, 0 };

  for (guint i = 0; cells[i] != NULL && i < BYLINE_TABLE_ROW_CELLS; i++)
    row.cells[i] = g_strdup (cells[i]);
  g_array_append_val (rows, row);
}

static void
add_model_rows (GArray     *rows,
                int         table,
                GListModel *model,
                guint       n_columns)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (BylineTableRow) item = g_list_model_get_item (model, i);
      const char *cells[BYLINE_TABLE_ROW_CELLS + 1] = { NULL };

      for (guint c = 0; c < n_columns; c++)
        cells[c] = byline_table_row_get_cell (item, c) != NULL ? byline_table_row_get_cell (item, c) : "";
      add_print_row (rows, table, FALSE, cells);
    }
}

static const double *
columns_of (int    table,
            guint *n)
{
  if (table == 0)
    {
      *n = G_N_ELEMENTS (student_columns);
      return student_columns;
    }
  if (table == 1)
    {
      *n = G_N_ELEMENTS (item_columns);
      return item_columns;
    }
  *n = 1;
  return NULL;
}

static PangoLayout *
cell_layout (GtkPrintContext *context,
             const PrintRow  *row,
             guint            column,
             double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (row->table < 0 ? "Sans 11" : "Sans 8.5");

  if (row->bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((width - 6) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* plain text, never markup: names and passages come from files */
  pango_layout_set_text (layout, row->cells[column] != NULL ? row->cells[column] : "", -1);
  return layout;
}

static void
on_begin_print (GtkPrintOperation   *operation,
                GtkPrintContext     *context,
                BylineClassOverview *self)
{
  double width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  const char *student_heads[] = { _("Student"), byline_category_to_label (BYLINE_CATEGORY_QUOTE),
                                  byline_category_to_label (BYLINE_CATEGORY_CLAIM),
                                  byline_category_to_label (BYLINE_CATEGORY_MEETING),
                                  byline_category_to_label (BYLINE_CATEGORY_SIGNAL), _("All"), NULL };
  const char *item_heads[] = { _("Item"), _("Category"), _("Found by"), NULL };
  double y = 0;
  int page = 0;
  GArray *rows;

  g_clear_pointer (&self->print_rows, g_array_unref);
  rows = self->print_rows = g_array_new (FALSE, TRUE, sizeof (PrintRow));
  g_array_set_clear_func (rows, print_row_clear);
  add_print_row (rows, -1, TRUE, (const char *[]) { gtk_label_get_text (self->lesson_label), NULL });
  if (self->problems->len > 0)
    add_print_row (rows, -1, FALSE, (const char *[]) { self->problems->str, NULL });
  add_print_row (rows, -1, TRUE, (const char *[]) { _("Students"), NULL });
  add_print_row (rows, 0, TRUE, student_heads);
  add_model_rows (rows, 0, G_LIST_MODEL (self->students), G_N_ELEMENTS (student_columns));
  add_print_row (rows, -1, TRUE, (const char *[]) { _("Who Found Each Item"), NULL });
  add_print_row (rows, 1, TRUE, item_heads);
  add_model_rows (rows, 1, G_LIST_MODEL (self->items), G_N_ELEMENTS (item_columns));

  /* each row as high as its tallest cell; a row that does not fit starts a page */
  for (guint r = 0; r < rows->len; r++)
    {
      PrintRow *row = &g_array_index (rows, PrintRow, r);
      guint n;
      const double *columns = columns_of (row->table, &n);

      row->height = 0;
      for (guint c = 0; c < n; c++)
        {
          g_autoptr (PangoLayout) layout = cell_layout (context, row, c,
                                                        columns != NULL ? columns[c] * width : width);
          int h;

          pango_layout_get_pixel_size (layout, NULL, &h);
          row->height = MAX (row->height, h + 6);
        }
      if (row->table < 0)
        row->height += 8;
      if (y + row->height > page_height && y > 0)
        {
          page++;
          y = 0;
        }
      row->page = page;
      y += row->height;
    }
  gtk_print_operation_set_n_pages (operation, page + 1);
}

static void
on_draw_page (GtkPrintOperation   *operation,
              GtkPrintContext     *context,
              int                  page_nr,
              BylineClassOverview *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double y = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  for (guint r = 0; r < self->print_rows->len; r++)
    {
      const PrintRow *row = &g_array_index (self->print_rows, PrintRow, r);
      guint n;
      const double *columns = columns_of (row->table, &n);
      double x = 0;

      if (row->page != page_nr)
        continue;
      for (guint c = 0; c < n; c++)
        {
          double w = columns != NULL ? columns[c] * width : width;
          g_autoptr (PangoLayout) layout = cell_layout (context, row, c, w);

          cairo_move_to (cr, x + 3, y + 3 + (row->table < 0 ? 8 : 0));
          pango_cairo_show_layout (cr, layout);
          x += w;
        }
      if (row->table >= 0)
        {
          cairo_move_to (cr, 0, y + row->height);
          cairo_line_to (cr, width, y + row->height);
          cairo_stroke (cr);
        }
      y += row->height;
    }
}

static void
on_end_print (GtkPrintOperation   *operation,
              GtkPrintContext     *context,
              BylineClassOverview *self)
{
  g_clear_pointer (&self->print_rows, g_array_unref);
}

static GtkPrintOperation *
new_print_operation (BylineClassOverview *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, gtk_label_get_text (self->lesson_label));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), self, 0);
  g_signal_connect_object (operation, "end-print", G_CALLBACK (on_end_print), self, 0);
  return operation;
}

/* Callbacks and actions */

static void
on_lesson_chosen (GtkNativeDialog     *dialog,
                  int                  response,
                  BylineClassOverview *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      /* a bad lesson is listed with the problems, as a bad response is */
      if (path != NULL)
        byline_class_overview_set_lesson (self, path, NULL);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_responses_chosen (GtkNativeDialog     *dialog,
                     int                  response,
                     BylineClassOverview *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) paths = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr (GFile) file = g_list_model_get_item (files, i);
          g_autofree char *path = g_file_get_path (file);

          if (path != NULL)
            g_strv_builder_add (builder, path);
        }
      paths = g_strv_builder_end (builder);
      byline_class_overview_add_responses (self, (const char *const *) paths);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static GtkFileChooserNative *
json_chooser (BylineClassOverview *self,
              const char          *title)
{
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("Byline files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  return dialog;
}

static void
open_lesson_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineClassOverview *self = BYLINE_CLASS_OVERVIEW (widget);
  GtkFileChooserNative *dialog = json_chooser (self, _("Choose the Lesson"));

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_lesson_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
add_responses_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  BylineClassOverview *self = BYLINE_CLASS_OVERVIEW (widget);
  GtkFileChooserNative *dialog = json_chooser (self, _("Choose the Responses"));

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_responses_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  BylineClassOverview *self = BYLINE_CLASS_OVERVIEW (widget);
  g_autoptr (GtkPrintOperation) operation = new_print_operation (self);
  g_autoptr (GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_string_append_printf (self->problems, "%s%s", self->problems->len > 0 ? "\n" : "", error->message);
      refresh (self);
    }
}

/* Overrides */

static void
byline_class_overview_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_CLASS_OVERVIEW);
  G_OBJECT_CLASS (byline_class_overview_parent_class)->dispose (object);
}

static void
byline_class_overview_finalize (GObject *object)
{
  BylineClassOverview *self = BYLINE_CLASS_OVERVIEW (object);

  g_clear_pointer (&self->report, byline_class_report_free);
  g_clear_pointer (&self->lesson, byline_lesson_free);
  g_clear_pointer (&self->print_rows, g_array_unref);
  g_string_free (self->problems, TRUE);
  g_free (self->lesson_path);
  G_OBJECT_CLASS (byline_class_overview_parent_class)->finalize (object);
}

static void
byline_class_overview_class_init (BylineClassOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_class_overview_dispose;
  object_class->finalize = byline_class_overview_finalize;

  g_type_ensure (BYLINE_TYPE_TABLE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-class-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineClassOverview, window_title);
  gtk_widget_class_bind_template_child (widget_class, BylineClassOverview, lesson_label);
  gtk_widget_class_bind_template_child (widget_class, BylineClassOverview, problems_label);
  gtk_widget_class_bind_template_child (widget_class, BylineClassOverview, students);
  gtk_widget_class_bind_template_child (widget_class, BylineClassOverview, items);
  gtk_widget_class_install_action (widget_class, "overview.open-lesson", NULL, open_lesson_action);
  gtk_widget_class_install_action (widget_class, "overview.add-responses", NULL, add_responses_action);
  gtk_widget_class_install_action (widget_class, "overview.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "overview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
byline_class_overview_init (BylineClassOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->problems = g_string_new (NULL);
  refresh (self);
}

/* Public API */

BylineClassOverview *
byline_class_overview_new (GtkWindow *parent)
{
  return g_object_new (BYLINE_TYPE_CLASS_OVERVIEW, "transient-for", parent, "destroy-with-parent", TRUE, NULL);
}

/**
 * byline_class_overview_set_lesson:
 *
 * Reads the lesson the responses answer; the responses added before go.
 * A file that is not a lesson is listed with the problems, and @error set.
 */
gboolean
byline_class_overview_set_lesson (BylineClassOverview *self,
                                  const char          *path,
                                  GError             **error)
{
  g_autoptr (GError) local = NULL;
  BylineLesson *lesson;

  g_return_val_if_fail (BYLINE_IS_CLASS_OVERVIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  g_string_truncate (self->problems, 0);
  lesson = byline_lesson_load_file (path, &local);
  if (lesson == NULL)
    {
      g_string_append (self->problems, local->message);
      refresh (self);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_clear_pointer (&self->report, byline_class_report_free);
  g_clear_pointer (&self->lesson, byline_lesson_free);
  g_free (self->lesson_path);
  self->lesson_path = g_strdup (path);
  self->lesson = lesson;
  self->report = byline_class_report_new (lesson);
  refresh (self);
  return TRUE;
}

/**
 * byline_class_overview_add_responses:
 * @paths: response files
 *
 * Adds each response to the overview; a file that cannot be read, or that
 * answers another lesson, is listed with its error and the rest go on.
 *
 * Returns: how many were added
 */
guint
byline_class_overview_add_responses (BylineClassOverview *self,
                                     const char *const   *paths)
{
  guint added = 0;

  g_return_val_if_fail (BYLINE_IS_CLASS_OVERVIEW (self), 0);
  g_return_val_if_fail (self->lesson != NULL, 0);

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineResponse) response = byline_response_load_for_lesson (paths[i], self->lesson, &error);

      if (response == NULL)
        {
          g_string_append_printf (self->problems, "%s%s", self->problems->len > 0 ? "\n" : "",
                                  error->message);
          continue;
        }
      byline_class_report_add (self->report, self->lesson, response, paths[i]);
      added++;
    }
  refresh (self);
  return added;
}

/* Returns: (transfer none): a #BylineTableRow a student: name, then a cell a category, then all */
GListModel *
byline_class_overview_get_students (BylineClassOverview *self)
{
  g_return_val_if_fail (BYLINE_IS_CLASS_OVERVIEW (self), NULL);
  return G_LIST_MODEL (self->students);
}

/* Returns: (transfer none): a #BylineTableRow a key item: words, category, who found it */
GListModel *
byline_class_overview_get_items (BylineClassOverview *self)
{
  g_return_val_if_fail (BYLINE_IS_CLASS_OVERVIEW (self), NULL);
  return G_LIST_MODEL (self->items);
}

/* Returns: the files that could not be read, a line each, or "" */
const char *
byline_class_overview_get_problems (BylineClassOverview *self)
{
  g_return_val_if_fail (BYLINE_IS_CLASS_OVERVIEW (self), NULL);
  return self->problems->str;
}

/* What Print… prints, into a PDF file without a dialog */
gboolean
byline_class_overview_export_pdf (BylineClassOverview *self,
                                  const char          *path,
                                  GError             **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (BYLINE_IS_CLASS_OVERVIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  operation = new_print_operation (self);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self),
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
