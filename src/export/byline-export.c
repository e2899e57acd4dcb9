/* byline-export.c: the export interface (formats, input, writing) and the
 * labels every writer shares; the content they lay out is made in
 * byline-export-content.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-dates.h"
#include "byline-export.h"
#include "byline-export-private.h"
#include "byline-palette.h"

G_DEFINE_QUARK (byline-export-error-quark, byline_export_error)

static const struct
{
  const char *name, *extension, *mime_type;
} formats[] = {
  [BYLINE_EXPORT_MARKDOWN] = { "md", "md", "text/markdown" },
  [BYLINE_EXPORT_HTML] = { "html", "html", "text/html" },
  [BYLINE_EXPORT_JSON] = { "json", "json", "application/json" },
  [BYLINE_EXPORT_PDF] = { "pdf", "pdf", "application/pdf" },
};

/* Labels */

const char *
_byline_export_span_class (SpanKind kind)
{
  /* the same kinds in the same order: the entity types, then the rest */
  G_STATIC_ASSERT ((int) N_SPAN_KINDS == (int) BYLINE_N_HIGHLIGHTS);
  G_STATIC_ASSERT ((int) SPAN_QUANTITY == (int) BYLINE_ENTITY_QUANTITY);

  return byline_palette_get ((BylineHighlight) kind)->name;
}

const char *
_byline_export_span_label (SpanKind kind)
{
  switch (kind)
    {
    case SPAN_PERSON: return _("Person");
    case SPAN_ORG: return _("Organisation");
    case SPAN_PLACE: return _("Place");
    case SPAN_NORP: return _("Nationality or group");
    case SPAN_DATE: return _("Date");
    case SPAN_MONEY: return _("Money");
    case SPAN_QUANTITY: return _("Quantity");
    case SPAN_QUOTE: return _("Quotation");
    case SPAN_HEDGE: return _("Hedge");
    case SPAN_LOADED: return _("Loaded word");
    case SPAN_NOTE: return _("Note");
    case N_SPAN_KINDS:
    default: break;
    }
  g_assert_not_reached ();
}

const char *
_byline_export_kind_label (BylineNoteKind kind)
{
  switch (kind)
    {
    case BYLINE_NOTE_HIGHLIGHT: return C_("note kind", "highlight");
    case BYLINE_NOTE_QUESTION: return C_("note kind", "question");
    case BYLINE_NOTE_COMMENT:
    default: return C_("note kind", "comment");
    }
}

char *
_byline_export_note_tags (const BylineNote *note)
{
  return note->tags != NULL ? g_strjoinv (", ", note->tags) : g_strdup ("");
}

/* Public API: formats */

const char *
byline_export_format_to_string (BylineExportFormat format)
{
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, NULL);
  return formats[format].name;
}

/**
 * byline_export_format_from_string:
 * @name: "md" (or "markdown"), "html", "json" or "pdf"
 *
 * Returns: FALSE when @name is no format
 */
gboolean
byline_export_format_from_string (const char         *name,
                                  BylineExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "markdown") == 0)
    {
      *format = BYLINE_EXPORT_MARKDOWN;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = (BylineExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
byline_export_format_get_extension (BylineExportFormat format)
{
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, NULL);
  return formats[format].extension;
}

const char *
byline_export_format_get_mime_type (BylineExportFormat format)
{
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, NULL);
  return formats[format].mime_type;
}

gboolean
byline_export_format_is_binary (BylineExportFormat format)
{
  return format == BYLINE_EXPORT_PDF;
}

/* Public API: input */

static void
input_clear (BylineExportInput *input)
{
  g_free (input->title);
  g_free (input->source);
  g_free (input->dateline);
  g_free (input->sha256);
  g_free (input->reader);
  g_free (input->text);
  g_clear_pointer (&input->analysis, json_node_unref);
  g_clear_pointer (&input->notes, g_ptr_array_unref);
}

/**
 * byline_export_input_new:
 *
 * An empty input, for the caller to fill; its fields are freed with it.
 */
BylineExportInput *
byline_export_input_new (void)
{
  BylineExportInput *input = g_atomic_rc_box_new0 (BylineExportInput);

  input->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_note_free);
  return input;
}

BylineExportInput *
byline_export_input_ref (BylineExportInput *input)
{
  g_return_val_if_fail (input != NULL, NULL);
  return g_atomic_rc_box_acquire (input);
}

void
byline_export_input_unref (BylineExportInput *input)
{
  g_return_if_fail (input != NULL);
  g_atomic_rc_box_release_full (input, (GDestroyNotify) input_clear);
}

/* A source that is a path in no UTF-8 (a file system's bytes): its file:
 * URI, which is ASCII, else its valid part; exports are UTF-8 throughout */
static char *
utf8_source (char *source)
{
  char *uri;

  if (source == NULL || g_utf8_validate (source, -1, NULL))
    return source;
  uri = g_path_is_absolute (source) ? g_filename_to_uri (source, NULL, NULL) : NULL;
  if (uri == NULL)
    uri = g_utf8_make_valid (source, -1);
  g_free (source);
  return uri;
}

/**
 * byline_export_input_new_from_store:
 *
 * An article of the library with its analysis (the reader's corrections
 * applied) and its notes. Call it where the store is used; the input can
 * then go to another thread.
 */
BylineExportInput *
byline_export_input_new_from_store (BylineStore *store,
                                    gint64       article,
                                    GError     **error)
{
  g_autoptr (BylineExportInput) input = byline_export_input_new ();
  g_autoptr (BylineArticle) a = NULL;
  g_autoptr (GPtrArray) notes = NULL;

  g_return_val_if_fail (store != NULL, NULL);

  a = byline_store_get_article (store, article, error);
  if (a == NULL)
    return NULL;
  input->analysis = byline_store_dup_analysis (store, article, TRUE, error);
  if (input->analysis == NULL)
    return NULL;
  notes = byline_store_list_notes (store, article, NULL, error);
  if (notes == NULL)
    return NULL;
  g_ptr_array_extend_and_steal (input->notes, g_steal_pointer (&notes));
  input->title = g_steal_pointer (&a->title);
  input->source = utf8_source (g_steal_pointer (&a->source));
  input->dateline = g_steal_pointer (&a->dateline);
  input->sha256 = g_steal_pointer (&a->sha256);
  input->text = g_steal_pointer (&a->text);
  return g_steal_pointer (&input);
}

/**
 * byline_export_input_new_from_text:
 * @title: (nullable): else the headline the analysis finds
 * @source: (nullable): the path or URL the text came from
 *
 * A text that is not in the library, analysed now; it has no notes.
 */
BylineExportInput *
byline_export_input_new_from_text (BylineText *text,
                                   const char *title,
                                   const char *source)
{
  return byline_export_input_new_from_page (text, title, source, NULL);
}

/**
 * byline_export_input_new_from_page:
 * @page: (nullable): what the imported page said of itself
 *
 * As byline_export_input_new_from_text (), for a text imported from a page
 * whose URL, author, date and publisher the analysis then shows.
 */
BylineExportInput *
byline_export_input_new_from_page (BylineText           *text,
                                   const char           *title,
                                   const char           *source,
                                   const BylinePageMeta *page)
{
  BylineExportInput *input = byline_export_input_new ();
  g_autoptr (BylineAnalysis) analysis = NULL;
  g_autoptr (GString) json = g_string_new (NULL);
  const BylineDocument *doc;

  g_return_val_if_fail (text != NULL, NULL);

  analysis = byline_analysis_new_with_page (text, page);
  doc = analysis->document;
  byline_analysis_write_json (analysis, json);
  input->analysis = json_from_string (json->str, NULL);
  input->text = g_strndup (text->data, text->len);
  input->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->data, text->len);
  input->source = utf8_source (g_strdup (source));
  if (title != NULL)
    input->title = g_strdup (title);
  else if (doc->title.end > doc->title.start)
    input->title = g_strndup (text->data + doc->title.start, doc->title.end - doc->title.start);
  if (byline_day_valid (&doc->date))
    input->dateline = byline_day_to_iso (&doc->date);
  return input;
}

/* Public API: writing */

/**
 * byline_export_write:
 * @stream: where the export goes; left open
 *
 * Writes @input in @format. Blocks: call it in a thread (see
 * byline_export_write_file_async ()) for a window.
 */
gboolean
byline_export_write (BylineExportInput  *input,
                     BylineExportFormat  format,
                     GOutputStream      *stream,
                     GCancellable       *cancellable,
                     GError            **error)
{
  g_autoptr (ExportContent) content = NULL;
  g_autoptr (GString) out = NULL;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  content = _byline_export_content_new (input);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (format == BYLINE_EXPORT_PDF)
    return _byline_export_pdf (content, stream, cancellable, error);

  out = g_string_new (NULL);
  if (format == BYLINE_EXPORT_MARKDOWN)
    _byline_export_markdown (content, out);
  else if (format == BYLINE_EXPORT_HTML)
    _byline_export_html (content, out);
  else
    _byline_export_json (content, out);
  return g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error);
}

/* The file a write to @path lands in: a symbolic link's target (followed
 * to the end, dangling or not), else @path itself */
static char *
write_target (const char *path)
{
  g_autofree char *target = g_strdup (path);

  for (int hops = 0; hops < 40 && g_file_test (target, G_FILE_TEST_IS_SYMLINK); hops++)
    {
      g_autofree char *link = g_file_read_link (target, NULL);
      g_autofree char *dir = NULL;

      if (link == NULL)
        break;
      if (g_path_is_absolute (link))
        {
          g_free (target);
          target = g_steal_pointer (&link);
          continue;
        }
      dir = g_path_get_dirname (target);
      g_free (target);
      target = g_build_filename (dir, link, NULL);
    }
  return g_steal_pointer (&target);
}

/**
 * _byline_export_write_path:
 * @path: a local file
 * @write: writes the whole file to the stream it is given
 *
 * Writes to a temporary file beside the target, flushes it to disk and
 * renames it over the target, so the target is either the old file or the
 * whole new one, a new file included; the temporary file never stays. A
 * symbolic link is written through: its target is replaced, not the link.
 */
gboolean
_byline_export_write_path (const char          *path,
                           BylineExportWriteFunc write,
                           gpointer              user_data,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_autofree char *target = write_target (path);
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp = g_build_filename (dir, tmp_name, NULL);
  g_autoptr (GOutputStream) stream = NULL;
  g_autoptr (GError) local = NULL;
  GStatBuf st;
  gboolean replacing;
  int fd;

  /* a new file gets the usual mode (0666 less the umask), a replaced one its own */
  replacing = g_stat (target, &st) == 0;
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (&local, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s",
                   g_strerror (saved_errno));
    }
  else
    {
      g_autoptr (GFile) tmp_file = g_file_new_for_path (tmp);
      gboolean ok;

      /* the stream writes, @fd stays open to flush the file to disk */
      stream = G_OUTPUT_STREAM (g_file_append_to (tmp_file, G_FILE_CREATE_NONE, cancellable, &local));
      ok = stream != NULL
           && write (stream, user_data, cancellable, &local)
           && g_output_stream_close (stream, cancellable, &local);
      if (ok && fsync (fd) != 0)
        {
          int saved_errno = errno;
          g_set_error (&local, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s",
                       g_strerror (saved_errno));
          ok = FALSE;
        }
      close (fd);
      if (ok && replacing)
        g_chmod (tmp, st.st_mode & 07777);
      if (ok && g_rename (tmp, target) != 0)
        {
          int saved_errno = errno;
          g_set_error (&local, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s",
                       g_strerror (saved_errno));
          ok = FALSE;
        }
      if (ok)
        return TRUE;
      g_unlink (tmp);
    }

  if ((local->domain == G_IO_ERROR && local->code == G_IO_ERROR_CANCELLED)
      || local->domain == BYLINE_EXPORT_ERROR)
    g_propagate_error (error, g_steal_pointer (&local));
  else
    g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE, "%s: %s", path, local->message);
  return FALSE;
}

typedef struct
{
  BylineExportInput  *input;
  BylineExportFormat  format;
} ExportWrite;

static gboolean
write_export (GOutputStream *stream,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  ExportWrite *w = user_data;

  return byline_export_write (w->input, w->format, stream, cancellable, error);
}

/**
 * byline_export_write_file:
 *
 * Writes the export to @file, replacing it only when the whole export is
 * written: a failed or cancelled export leaves an older file as it was, and
 * no file at all where there was none. A symbolic link is written through.
 */
gboolean
byline_export_write_file (BylineExportInput  *input,
                          BylineExportFormat  format,
                          GFile              *file,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) local = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    {
      ExportWrite w = { input, format };

      return _byline_export_write_path (path, write_export, &w, cancellable, error);
    }

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local);
  if (stream != NULL
      && byline_export_write (input, format, G_OUTPUT_STREAM (stream), cancellable, &local)
      && g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local))
    return TRUE;

  if (stream != NULL)
    {
      /* closing with a cancelled cancellable drops the half-written file */
      g_autoptr (GCancellable) drop = g_cancellable_new ();

      g_cancellable_cancel (drop);
      g_output_stream_close (G_OUTPUT_STREAM (stream), drop, NULL);
    }
  if (local->domain == G_IO_ERROR && local->code == G_IO_ERROR_CANCELLED)
    g_propagate_error (error, g_steal_pointer (&local));
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE, "%s: %s", name, local->message);
    }
  return FALSE;
}

typedef struct
{
  BylineExportInput  *input;
  BylineExportFormat  format;
  GFile              *file;
} WriteTask;

static void
write_task_free (WriteTask *w)
{
  byline_export_input_unref (w->input);
  g_object_unref (w->file);
  g_free (w);
}

static void
write_file_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  WriteTask *w = data;
  GError *error = NULL;

  if (byline_export_write_file (w->input, w->format, w->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * byline_export_write_file_async:
 *
 * byline_export_write_file () in a thread. @input is held, not copied: do not
 * change it until @callback runs.
 */
void
byline_export_write_file_async (BylineExportInput   *input,
                                BylineExportFormat   format,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  WriteTask *w;

  g_return_if_fail (input != NULL);
  g_return_if_fail (G_IS_FILE (file));

  w = g_new0 (WriteTask, 1);
  w->input = byline_export_input_ref (input);
  w->format = format;
  w->file = g_object_ref (file);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_export_write_file_async);
  g_task_set_task_data (task, w, (GDestroyNotify) write_task_free);
  g_task_run_in_thread (task, write_file_thread);
}

gboolean
byline_export_write_file_finish (GAsyncResult *result,
                                 GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
