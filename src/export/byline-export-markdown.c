/* byline-export-markdown.c: the annotated summary as Markdown
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

/* Appends @len bytes of @s (all of it when -1) as Markdown text: every
 * character that could start markup (emphasis, links, images, code, headings,
 * tables, HTML) is backslash-escaped or, for < > &, written as an entity, and
 * line breaks become spaces, so nothing in it is read as markup. */
static void
append_escaped (GString    *out,
                const char *s,
                gssize      len)
{
  const char *end = s + (len < 0 ? (gssize) strlen (s) : len);
  gboolean line_start = out->len == 0 || out->str[out->len - 1] == '\n';

  for (const char *p = s; p < end; p++)
    {
      char ch = *p;

      switch (ch)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '\r':
        case '\n':
        case '\t':
          g_string_append_c (out, ' ');
          break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '(': case ')':
        case '#': case '!': case '|': case '~':
          g_string_append_c (out, '\\');
          g_string_append_c (out, ch);
          break;
        case '-': case '+': case '=': case '.':
          /* a list marker, setext underline or thematic break only at a line's start;
           * '.' after a digit ("1." is a list). With [ ] ( ) < > escaped no link or
           * autolink can form, "javascript:" included. */
          if (line_start || (ch == '.' && p > s && g_ascii_isdigit (p[-1])))
            g_string_append_c (out, '\\');
          g_string_append_c (out, ch);
          break;
        default:
          g_string_append_c (out, ch);
          break;
        }
      line_start = FALSE;
    }
}

static void
append_blocks (GString   *out,
               GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      ExportBlock *b = blocks->pdata[i];

      switch (b->kind)
        {
        case BLOCK_HEADING:
          for (guint l = 0; l < b->level; l++)
            g_string_append_c (out, '#');
          g_string_append_c (out, ' ');
          append_escaped (out, b->text, -1);
          g_string_append (out, "\n\n");
          break;
        case BLOCK_META:
          g_string_append (out, "**");
          append_escaped (out, b->label, -1);
          g_string_append (out, ":** ");
          append_escaped (out, b->text, -1);
          /* a hard line break keeps the metadata on its own lines */
          g_string_append (out, i + 1 < blocks->len && ((ExportBlock *) blocks->pdata[i + 1])->kind == BLOCK_META
                                ? "  \n" : "\n\n");
          break;
        case BLOCK_TEXT:
          append_escaped (out, b->text, -1);
          g_string_append (out, "\n\n");
          break;
        case BLOCK_ITEM:
          g_string_append (out, "- ");
          append_escaped (out, b->text, -1);
          if (b->detail != NULL && *b->detail != '\0')
            {
              g_string_append (out, "  \n  *");
              append_escaped (out, b->detail, -1);
              g_string_append_c (out, '*');
            }
          g_string_append_c (out, '\n');
          if (i + 1 >= blocks->len || ((ExportBlock *) blocks->pdata[i + 1])->kind != BLOCK_ITEM)
            g_string_append_c (out, '\n');
          break;
        case BLOCK_TABLE:
          for (guint r = 0; r < b->rows->len; r++)
            {
              GStrv row = b->rows->pdata[r];

              g_string_append_c (out, '|');
              for (guint c = 0; row[c] != NULL; c++)
                {
                  g_string_append_c (out, ' ');
                  append_escaped (out, row[c], -1);
                  g_string_append (out, " |");
                }
              g_string_append_c (out, '\n');
              if (r == 0)
                {
                  g_string_append_c (out, '|');
                  for (guint c = 0; row[c] != NULL; c++)
                    g_string_append (out, " --- |");
                  g_string_append_c (out, '\n');
                }
            }
          g_string_append_c (out, '\n');
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
append_note (GString    *out,
             ExportNote *n)
{
  g_autofree char *tags = _byline_export_note_tags (n->note);

  g_string_append_printf (out, "%u. **", n->number);
  append_escaped (out, _byline_export_kind_label (n->note->kind), -1);
  g_string_append (out, "** “");
  append_escaped (out, n->passage, -1);
  g_string_append (out, "”");
  if (n->orphaned)
    {
      g_string_append (out, " *");
      append_escaped (out, _("(its passage is no longer in the text)"), -1);
      g_string_append_c (out, '*');
    }
  g_string_append_c (out, '\n');
  if (n->note->body != NULL && *n->note->body != '\0')
    {
      g_autofree char *body = g_strdup (n->note->body);
      g_auto (GStrv) lines = g_strsplit (g_strstrip (body), "\n", -1);

      /* each line of the note quoted under it */
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_string_append (out, "   > ");
          append_escaped (out, lines[l], -1);
          g_string_append_c (out, '\n');
        }
    }
  if (*tags != '\0')
    {
      g_string_append (out, "   *");
      append_escaped (out, _("Tags:"), -1);
      g_string_append (out, "* ");
      append_escaped (out, tags, -1);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

void
_byline_export_markdown (ExportContent *c,
                         GString       *out)
{
  append_blocks (out, c->head);
  append_blocks (out, c->summary);

  if (c->paragraphs->len > 0)
    {
      g_string_append (out, "## ");
      append_escaped (out, _("Article"), -1);
      g_string_append (out, "\n\n");
      for (guint p = 0; p < c->paragraphs->len; p++)
        {
          ExportParagraph *para = c->paragraphs->pdata[p];
          gboolean in_note = FALSE;

          if (c->worksheet)
            g_string_append_printf (out, "**%u** ", p + 1);

          for (guint s = 0; s < para->segments->len; s++)
            {
              ExportSegment *seg = &g_array_index (para->segments, ExportSegment, s);
              gboolean note = (seg->kinds & (1u << SPAN_NOTE)) != 0;

              if (seg->mark > 0)
                {
                  if (in_note)
                    g_string_append (out, "**");
                  in_note = FALSE;
                  g_string_append_printf (out, "<sup>%u</sup>", seg->mark);
                  continue;
                }
              /* a noted passage is bold; the emphasis closes at the note's mark */
              if (note && !in_note)
                g_string_append (out, "**");
              else if (!note && in_note)
                g_string_append (out, "**");
              in_note = note;
              append_escaped (out, c->input->text + seg->from, seg->to - seg->from);
            }
          if (in_note)
            g_string_append (out, "**");
          g_string_append (out, "\n\n");
        }
    }

  append_blocks (out, c->tail);
  if (c->worksheet)
    {
      while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
        g_string_truncate (out, out->len - 1);
      return;
    }
  g_string_append (out, "## ");
  append_escaped (out, _("Notes"), -1);
  g_string_append (out, "\n\n");
  if (c->notes->len == 0)
    {
      append_escaped (out, _("No notes."), -1);
      g_string_append (out, "\n\n");
    }
  for (guint i = 0; i < c->notes->len; i++)
    append_note (out, c->notes->pdata[i]);
  /* one newline at the end */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}
