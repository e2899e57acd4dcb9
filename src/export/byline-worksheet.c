/* byline-worksheet.c: a lesson as a printable worksheet (the article with
 * numbered paragraphs, the questions, a source table to fill in) and its
 * answer key, in HTML, PDF or Markdown through the export writers
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-export-private.h"
#include "byline-worksheet.h"

#define BLANK_ROWS 8   /* rows of the source table to fill in */
#define MAX_WORDS  160 /* characters of an item's words in the answer key */

/* The paragraph (from 1) a code point offset falls in, or the next one */
static guint
paragraph_of (ExportContent         *c,
              const BylineCharIndex *index,
              guint32                start)
{
  gsize byte = byline_char_index_to_byte (index, start);

  for (guint p = 0; p < c->paragraphs->len; p++)
    {
      ExportParagraph *para = c->paragraphs->pdata[p];

      if (para->segments->len > 0
          && byte < g_array_index (para->segments, ExportSegment, para->segments->len - 1).to)
        return p + 1;
    }
  return c->paragraphs->len;
}

static void
add_text (GPtrArray  *list,
          const char *text)
{
  _byline_export_add_block (list, BLOCK_TEXT, 0, NULL, text);
}

/* What the students look for, from the lesson's categories */
static void
add_instructions (ExportContent      *c,
                  const BylineLesson *lesson)
{
  static const struct { BylineCategory category; const char *task; } tasks[] = {
    { BYLINE_CATEGORY_QUOTE, N_("Quotes: who is quoted, and are the words their own (direct), partly their own, or reported?") },
    { BYLINE_CATEGORY_CLAIM, N_("Claims: what is asserted, and on whose authority: a named person, an organisation, state media, other media, anonymous sources, or nobody?") },
    { BYLINE_CATEGORY_MEETING, N_("Meetings: who met whom, where, when, and about what?") },
    { BYLINE_CATEGORY_SIGNAL, N_("Words that hedge (“likely”, “is believed to”) or load (“blatant”, “regime”).") },
  };

  _byline_export_add_block (c->summary, BLOCK_HEADING, 2, NULL, _("What to look for"));
  add_text (c->summary, _("Read the article. The paragraphs are numbered. Mark or list:"));
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    if (byline_lesson_has_category (lesson, tasks[i].category))
      {
        g_autofree char *line = g_strdup_printf ("• %s", _(tasks[i].task));

        add_text (c->summary, line);
      }
  if (lesson->questions->len > 0)
    {
      _byline_export_add_block (c->summary, BLOCK_HEADING, 2, NULL, _("Questions"));
      for (guint i = 0; i < lesson->questions->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, (const char *) lesson->questions->pdata[i]);

          add_text (c->summary, line);
        }
    }
}

static void
add_source_table (ExportContent *c)
{
  const char *header[] = { "¶", _("Source"), _("Named or anonymous?"), _("What they claim"),
                           _("Evidence given"), NULL };
  const char *blank[] = { "\n\n", "\n\n", "\n\n", "\n\n", "\n\n", NULL };
  ExportBlock *table;

  _byline_export_add_block (c->tail, BLOCK_HEADING, 2, NULL, _("Sources"));
  add_text (c->tail, _("For each source the article relies on: who or what it is, whether it is "
                       "named, what it claims, and what evidence the article gives for it. "
                       "Note the paragraph (¶)."));
  table = _byline_export_add_block (c->tail, BLOCK_TABLE, 0, NULL, NULL);
  _byline_export_add_table_row (table, header);
  for (guint i = 0; i < BLANK_ROWS; i++)
    _byline_export_add_table_row (table, blank);
}

/* The answer for a key item: the speaker, the kind of source, the word's kind */
static char *
key_answer (const BylineKeyItem *item)
{
  const BylineMark *m = &item->mark;

  switch (m->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      return g_strdup (m->speaker != NULL ? m->speaker : _("(no speaker)"));
    case BYLINE_CATEGORY_CLAIM:
      if (item->source != NULL && *item->source != '\0')
        return g_strdup_printf ("%s: %s", byline_source_to_label (m->source), item->source);
      return g_strdup (byline_source_to_label (m->source));
    case BYLINE_CATEGORY_SIGNAL:
      return g_strdup (byline_signal_to_label (m->signal));
    case BYLINE_CATEGORY_MEETING:
    default:
      return g_strdup (item->source != NULL ? item->source : "");
    }
}

/* Why: the cue word, the source's name for a quote, the reason */
static char *
key_reason (const BylineKeyItem *item)
{
  g_autoptr (GStrvBuilder) parts = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;

  if (item->cue != NULL && *item->cue != '\0')
    {
      g_autofree char *cue = g_strdup_printf (_("cue: “%s”"), item->cue);

      g_strv_builder_add (parts, cue);
    }
  if (item->mark.category == BYLINE_CATEGORY_QUOTE && item->source != NULL && *item->source != '\0')
    {
      g_autofree char *via = g_strdup_printf (_("through %s"), item->source);

      g_strv_builder_add (parts, via);
    }
  if (item->reason != NULL && *item->reason != '\0')
    g_strv_builder_add (parts, item->reason);
  if (item->origin == BYLINE_KEY_FROM_TEACHER)
    g_strv_builder_add (parts, _("added by the teacher"));
  list = g_strv_builder_end (parts);
  return g_strjoinv ("; ", list);
}

static void
add_key_table (ExportContent      *c,
               const BylineLesson *lesson)
{
  const char *header[] = { "#", "¶", _("Kind"), _("Words"), _("Answer"), _("Why"), NULL };
  ExportBlock *table;

  _byline_export_add_block (c->summary, BLOCK_HEADING, 2, NULL, _("Answer key"));
  if (lesson->key->len == 0)
    {
      add_text (c->summary, _("The key is empty."));
      return;
    }
  table = _byline_export_add_block (c->summary, BLOCK_TABLE, 0, NULL, NULL);
  _byline_export_add_table_row (table, header);
  for (guint i = 0; i < lesson->key->len; i++)
    {
      const BylineKeyItem *item = lesson->key->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      guint para = paragraph_of (c, byline_lesson_get_char_index (lesson), item->mark.start);
      g_autofree char *paragraph = g_strdup_printf ("%u", para);
      g_autofree char *words = byline_lesson_dup_passage (lesson, item->mark.start, item->mark.end);
      const char *cut = words != NULL && g_utf8_strlen (words, -1) > MAX_WORDS
                        ? g_utf8_offset_to_pointer (words, MAX_WORDS) : NULL;
      g_autofree char *answer = key_answer (item);
      g_autofree char *why = lesson->show_reasons ? key_reason (item) : g_strdup ("");
      const char *row[] = { number, paragraph, byline_category_to_label (item->mark.category),
                            words != NULL ? words : "", answer, why, NULL };

      if (!byline_lesson_has_category (lesson, item->mark.category))
        continue;
      /* a long claim's first words are enough to find it by its paragraph */
      if (cut != NULL)
        {
          words[cut - words] = '\0';
          words = g_realloc (words, strlen (words) + sizeof "…");
          strcat (words, "…");
          row[3] = words;
        }
      _byline_export_add_table_row (table, row);
    }
}

/**
 * byline_worksheet_write:
 * @format: HTML, PDF or Markdown
 *
 * The worksheet a teacher prints for a lesson: its title, blanks for the
 * student's name and the date, what to look for and the questions, the
 * article with numbered paragraphs, and a table of sources to fill in. Or,
 * with %BYLINE_ANSWER_KEY, the key: each expected item with its paragraph,
 * its words, the answer and (when the lesson shows reasons) why.
 */
gboolean
byline_worksheet_write (const BylineLesson   *lesson,
                        BylineWorksheetKind   kind,
                        BylineExportFormat    format,
                        GOutputStream        *stream,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autoptr (BylineExportInput) input = byline_export_input_new ();
  g_autoptr (ExportContent) c = NULL;
  g_autoptr (GString) out = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (lesson != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (format == BYLINE_EXPORT_JSON)
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID,
                   _("A worksheet is made as HTML, PDF or Markdown, not JSON: the lesson file is the JSON"));
      return FALSE;
    }
  input->title = g_strdup (lesson->title != NULL ? lesson->title : lesson->article.title);
  input->text = g_strdup (lesson->article.text);
  input->sha256 = g_strdup (lesson->article.sha256);
  c = _byline_export_content_new (input);
  c->worksheet = TRUE;

  /* the heading: the lesson, its article, and blanks for the student */
  g_ptr_array_set_size (c->head, 0);
  title = kind == BYLINE_ANSWER_KEY ? g_strdup_printf (_("Answer key: %s"), input->title)
                                    : g_strdup (input->title);
  _byline_export_add_block (c->head, BLOCK_HEADING, 1, NULL, title);
  if (lesson->article.title != NULL && g_strcmp0 (lesson->article.title, input->title) != 0)
    _byline_export_add_block (c->head, BLOCK_META, 0, _("Article"), lesson->article.title);
  if (lesson->article.source != NULL)
    _byline_export_add_block (c->head, BLOCK_META, 0, _("Source"), lesson->article.source);
  if (lesson->article.dateline != NULL)
    _byline_export_add_block (c->head, BLOCK_META, 0, _("Date"), lesson->article.dateline);
  if (kind == BYLINE_WORKSHEET)
    {
      _byline_export_add_block (c->head, BLOCK_META, 0, _("Name"), "______________________________");
      _byline_export_add_block (c->head, BLOCK_META, 0, _("Class and date"), "______________________________");
      add_instructions (c, lesson);
      add_source_table (c);
    }
  else
    {
      add_key_table (c, lesson);
      /* the key stands alone: the worksheet has the article */
      g_ptr_array_set_size (c->paragraphs, 0);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (format == BYLINE_EXPORT_PDF)
    return _byline_export_pdf (c, stream, cancellable, error);
  out = g_string_new (NULL);
  if (format == BYLINE_EXPORT_MARKDOWN)
    _byline_export_markdown (c, out);
  else
    _byline_export_html (c, out);
  return g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error);
}

/* Writes to @file, replacing it only once the whole worksheet is written */
typedef struct
{
  const BylineLesson  *lesson;
  BylineWorksheetKind  kind;
  BylineExportFormat   format;
} WorksheetWrite;

static gboolean
write_worksheet (GOutputStream *stream,
                 gpointer       user_data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  WorksheetWrite *w = user_data;

  return byline_worksheet_write (w->lesson, w->kind, w->format, stream, cancellable, error);
}

gboolean
byline_worksheet_write_file (const BylineLesson   *lesson,
                             BylineWorksheetKind   kind,
                             BylineExportFormat    format,
                             GFile                *file,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) local = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    {
      WorksheetWrite w = { lesson, kind, format };

      return _byline_export_write_path (path, write_worksheet, &w, cancellable, error);
    }
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local);
  if (stream != NULL
      && byline_worksheet_write (lesson, kind, format, G_OUTPUT_STREAM (stream), cancellable, &local)
      && g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local))
    return TRUE;
  if (stream != NULL)
    {
      g_autoptr (GCancellable) drop = g_cancellable_new ();

      /* closing with a cancelled cancellable drops the half-written file */
      g_cancellable_cancel (drop);
      g_output_stream_close (G_OUTPUT_STREAM (stream), drop, NULL);
    }
  if (local->domain == BYLINE_EXPORT_ERROR)
    g_propagate_error (error, g_steal_pointer (&local));
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE, "%s: %s", name, local->message);
    }
  return FALSE;
}
