/* byline-cli-batch.c: `byline-cli analyze` over many files and folders
 *
 * Every file is analysed on one of --jobs threads; the analyses go to standard
 * output as JSON Lines in the order the files were given (a folder's files in
 * the order of their names), one line a file: {"path": ..., "analysis": ...}.
 * A file that cannot be read gives an error line on standard error and the
 * others go on; the exit status says that some failed.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "byline-analysis.h"
#include "byline-cli.h"
#include "byline-cli-private.h"

/* how far the threads may run ahead of the file being written: in files a
 * job, and in bytes of analyses waiting to be written (so that a few huge
 * articles do not pile up) */
#define WINDOW_PER_JOB 16
#define WINDOW_BYTES ((gsize) 64 * 1024 * 1024)
/* the progress line is redrawn at most this often, in microseconds */
#define PROGRESS_EVERY (250 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  char    *path;
  gint64   size;     /* from stat, for the progress line; 0 when unknown */
  GString *line;     /* the JSON line, when done and read */
  char    *error;    /* why not, when done and not read */
  char    *warning;  /* read with repairs */
  gboolean done;
} BatchItem;

typedef struct
{
  BatchItem          *items;
  guint               n_items;
  guint               next;     /* the next file a thread takes */
  guint               written;  /* the files written so far */
  guint               window;
  gsize               pending;  /* bytes of the lines done and not yet written */
  guint               idle;     /* the threads waiting for room in the window */
  BylineImportFormat  format;
  gboolean            repair;
  GMutex              lock;
  GCond               head;     /* the file to write next is done */
  GCond               room;     /* the window moved on */
} Batch;

/* The folders' files that are articles: what the importer reads by name */
static gboolean
is_article_name (const char *name)
{
  static const char *exts[] = { ".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown" };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (name[0] == '.')
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (exts); i++)
    if (g_str_has_suffix (lower, exts[i]))
      return TRUE;
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Adds the article files under @dir to @paths, sorted by name, folders
 * recursively; a folder that cannot be listed is an error item */
static void
add_folder (GPtrArray  *paths,
            GPtrArray  *errors,
            const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) d = g_dir_open (dir, 0, &error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    {
      g_ptr_array_add (paths, g_strdup (dir));
      g_ptr_array_add (errors, g_strdup_printf ("%s: %s", dir, error->message));
      return;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, n, NULL);

      if (n[0] == '.')
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        add_folder (paths, errors, path);
      else if (is_article_name (n))
        {
          g_ptr_array_add (paths, g_steal_pointer (&path));
          g_ptr_array_add (errors, NULL);
        }
    }
}

/* JSON string of a file name, valid UTF-8 whatever the name's bytes */
static void
append_json_path (GString    *out,
                  const char *path)
{
  g_autofree char *utf8 = g_filename_display_name (path);

  g_string_append_c (out, '"');
  for (const char *p = utf8; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

/* The analysis on one line: the writer's line breaks are between items only
 * (a break inside a string is written \n), so dropping them keeps the JSON */
static gboolean
append_one_line (const char *data,
                 gsize       len,
                 gpointer    user_data)
{
  GString *line = user_data;
  const char *end = data + len;

  while (data < end)
    {
      const char *nl = memchr (data, '\n', end - data);
      const char *stop = nl != NULL ? nl : end;

      g_string_append_len (line, data, stop - data);
      data = stop + (nl != NULL);
    }
  return TRUE;
}

static void
analyse_item (Batch     *batch,
              BatchItem *item)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imported = NULL;
  g_autoptr (BylineAnalysis) analysis = NULL;

  imported = byline_import_file (item->path, batch->format, batch->repair, &error);
  if (imported == NULL || imported->text == NULL)
    {
      item->error = g_strdup (error != NULL ? error->message : item->path);
      return;
    }
  if (byline_text_get_n_repairs (imported->text) > 0)
    item->warning = g_strdup_printf (
        ngettext ("%s: replaced %lu invalid byte sequence",
                  "%s: replaced %lu invalid byte sequences",
                  byline_text_get_n_repairs (imported->text)),
        item->path, (unsigned long) byline_text_get_n_repairs (imported->text));
  analysis = byline_analysis_new (imported->text);
  item->line = g_string_sized_new (imported->text->len * 2 + 256);
  g_string_append (item->line, "{\"path\":");
  append_json_path (item->line, item->path);
  g_string_append (item->line, ",\"analysis\":");
  byline_analysis_write_json_to (analysis, append_one_line, item->line);
  g_string_append (item->line, "}\n");
}

static gpointer
batch_worker (gpointer data)
{
  Batch *batch = data;

  for (;;)
    {
      BatchItem *item;

      g_mutex_lock (&batch->lock);
      while (batch->next < batch->n_items
             && (batch->next >= batch->written + batch->window
                 || (batch->pending > WINDOW_BYTES && batch->next > batch->written)))
        {
          batch->idle++;
          g_cond_wait (&batch->room, &batch->lock);
          batch->idle--;
        }
      if (batch->next >= batch->n_items)
        {
          g_mutex_unlock (&batch->lock);
          return NULL;
        }
      item = &batch->items[batch->next++];
      g_mutex_unlock (&batch->lock);

      /* an item that failed before (a folder that would not open) is done */
      if (item->error == NULL)
        analyse_item (batch, item);

      g_mutex_lock (&batch->lock);
      item->done = TRUE;
      if (item->line != NULL)
        batch->pending += item->line->len;
      /* only the writer waits on this, and only for the file it writes next */
      if (item == &batch->items[batch->written])
        g_cond_signal (&batch->head);
      g_mutex_unlock (&batch->lock);
    }
}

/* "3 / 10 files, 1.2 MB, 4.5 MB/s, 2 s left" on one line of the terminal */
static void
show_progress (guint   done,
               guint   n,
               gint64  bytes_done,
               gint64  bytes_total,
               gint64  started)
{
  double secs = (g_get_monotonic_time () - started) / 1e6;
  double rate = secs > 0 ? bytes_done / secs : 0;
  double left = rate > 0 ? (bytes_total - bytes_done) / rate : 0;

  /* Translators: the progress line of analyze over many files: done and
   * total files, megabytes done, megabytes a second, seconds left */
  fprintf (stderr, _("\r%u / %u files, %.1f MB, %.1f MB/s, %.0f s left "),
           done, n, bytes_done / 1e6, rate / 1e6, MAX (left, 0));
  fflush (stderr);
}

static void
clear_progress (void)
{
  fprintf (stderr, "\r\033[K");
  fflush (stderr);
}

/**
 * _byline_cli_analyze_batch:
 * @inputs: files, folders and - for standard input
 * @jobs: threads; 0 for one a processor
 *
 * Returns: BYLINE_CLI_OK, or BYLINE_CLI_BAD_INPUT when a file could not be
 * read or standard output failed
 */
int
_byline_cli_analyze_batch (char               **inputs,
                           guint                n_inputs,
                           BylineImportFormat   format,
                           gboolean             repair,
                           int                  jobs)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) threads = g_ptr_array_new ();
  gboolean progress = isatty (fileno (stderr));
  gboolean failed = FALSE;
  gboolean write_failed = FALSE;
  gint64 bytes_total = 0, bytes_done = 0;
  gint64 started = g_get_monotonic_time ();
  gint64 shown = 0;
  Batch batch = { 0, };

  for (guint i = 0; i < n_inputs; i++)
    {
      if (!g_str_equal (inputs[i], "-") && g_file_test (inputs[i], G_FILE_TEST_IS_DIR))
        add_folder (paths, errors, inputs[i]);
      else
        {
          g_ptr_array_add (paths, g_strdup (inputs[i]));
          g_ptr_array_add (errors, NULL);
        }
    }

  if (jobs <= 0)
    jobs = (int) g_get_num_processors ();
  jobs = CLAMP (jobs, 1, (int) MAX (paths->len, 1));
  batch.n_items = paths->len;
  batch.items = g_new0 (BatchItem, MAX (paths->len, 1));
  batch.window = (guint) jobs * WINDOW_PER_JOB;
  batch.format = format;
  batch.repair = repair;
  g_mutex_init (&batch.lock);
  g_cond_init (&batch.head);
  g_cond_init (&batch.room);
  for (guint i = 0; i < paths->len; i++)
    {
      GStatBuf st;

      batch.items[i].path = g_ptr_array_index (paths, i);
      batch.items[i].error = g_steal_pointer (&errors->pdata[i]);
      if (progress && g_stat (batch.items[i].path, &st) == 0)
        batch.items[i].size = st.st_size;
      bytes_total += batch.items[i].size;
    }

  for (int j = 0; j < jobs && paths->len > 0; j++)
    g_ptr_array_add (threads, g_thread_new ("byline-analyze", batch_worker, &batch));

  for (guint i = 0; i < batch.n_items; i++)
    {
      BatchItem *item = &batch.items[i];
      gsize written_len;

      g_mutex_lock (&batch.lock);
      while (!item->done)
        {
          if (progress)
            g_cond_wait_until (&batch.head, &batch.lock, g_get_monotonic_time () + PROGRESS_EVERY);
          else
            g_cond_wait (&batch.head, &batch.lock);
          if (progress && g_get_monotonic_time () - shown >= PROGRESS_EVERY)
            {
              show_progress (i, batch.n_items, bytes_done, bytes_total, started);
              shown = g_get_monotonic_time ();
            }
        }
      g_mutex_unlock (&batch.lock);

      if (progress && (item->error != NULL || item->warning != NULL))
        clear_progress ();
      if (item->warning != NULL)
        _byline_cli_print_error (item->warning);
      if (item->error != NULL)
        {
          _byline_cli_print_error (item->error);
          failed = TRUE;
        }
      else if (!write_failed && item->line != NULL
               && fwrite (item->line->str, 1, item->line->len, stdout) != item->line->len)
        write_failed = TRUE;
      bytes_done += item->size;
      written_len = item->line != NULL ? item->line->len : 0;
      if (item->line != NULL)
        g_string_free (item->line, TRUE);
      g_free (item->error);
      g_free (item->warning);
      item->line = NULL;
      item->error = item->warning = NULL;

      g_mutex_lock (&batch.lock);
      batch.written = i + 1;
      batch.pending -= written_len;
      if (batch.idle > 0)
        g_cond_broadcast (&batch.room);
      g_mutex_unlock (&batch.lock);
    }

  for (guint j = 0; j < threads->len; j++)
    g_thread_join (g_ptr_array_index (threads, j));
  if (progress && batch.n_items > 0)
    clear_progress ();
  g_mutex_clear (&batch.lock);
  g_cond_clear (&batch.head);
  g_cond_clear (&batch.room);
  g_free (batch.items);

  if (write_failed || fflush (stdout) != 0)
    {
      _byline_cli_print_error (_("standard output: write failed"));
      return BYLINE_CLI_BAD_INPUT;
    }
  return failed ? BYLINE_CLI_BAD_INPUT : BYLINE_CLI_OK;
}
