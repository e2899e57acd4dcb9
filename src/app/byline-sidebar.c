/* byline-sidebar.c: the sidebar's list pages (quotes, claims,
 * meetings, names, sources, notes) built from the analysis, and the coverage line
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-window-private.h"

/* The words of a span, cut to a length a sidebar row can show, marked as a
 * quote of that @kind shows them ("indirect": no marks) */
static char *
words_of (const BylineAnalysisModel *model,
          guint                      start,
          guint                      end,
          const char                *kind)
{
  g_autofree char *words = NULL;
  const char *from, *to;
  gboolean cut = FALSE;

  if (start >= end)
    return g_strdup ("");
  if (end - start > 240)
    {
      end = start + 240;
      cut = TRUE;
    }
  from = byline_char_index_pointer (model->index, start);
  to = byline_char_index_pointer (model->index, end);
  words = g_strdup_printf ("%.*s%s", (int) (to - from), from, cut ? "…" : "");
  return byline_quote_display_words (words, -1, kind);
}

static const char *
note_kind_label (BylineNoteKind kind)
{
  switch (kind)
    {
    case BYLINE_NOTE_HIGHLIGHT:
      return C_("note kind", "highlight");
    case BYLINE_NOTE_QUESTION:
      return C_("note kind", "question");
    case BYLINE_NOTE_COMMENT:
    default:
      return C_("note kind", "comment");
    }
}

BylineItem *
_byline_sidebar_note_item (const BylineNote *note)
{
  g_autofree char *tags = g_strjoinv (", ", note->tags);
  g_autofree char *passage = g_strdup_printf ("“%s”", note->exact);
  g_autofree char *subtitle = NULL;
  BylineItem *item;

  if (note->orphaned)
    subtitle = g_strdup_printf (_("%s — its passage is no longer in the text"), passage);
  else if (*tags != '\0')
    subtitle = g_strdup_printf ("%s · %s", passage, tags);
  else
    subtitle = g_strdup (passage);
  item = byline_item_new (*note->body != '\0' ? note->body : _("(no text)"), subtitle,
                          note_kind_label (note->kind), note->start, note->end);
  byline_item_set_id (item, note->id);
  byline_item_set_orphaned (item, note->orphaned);
  return item;
}

/* Building the sidebar */

void
_byline_sidebar_fill_quotes (GPtrArray                 *out,
                             const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->quotes->len; i++)
    {
      const BylineModelQuote *q = &g_array_index (model->quotes, BylineModelQuote, i);
      guint start = q->span.start, end = q->span.end;
      const char *speaker = q->speaker.name;
      g_autofree char *words = words_of (model, start, end, byline_quote_kind_to_string (q->kind));
      g_autofree char *subtitle = NULL;
      g_autoptr (BylineItem) item = NULL;

      if (q->via.name != NULL)
        /* Translators: a quotation, then the outlet it came through */
        subtitle = g_strdup_printf (_("%s — via %s"), words, q->via.name);
      else
        subtitle = g_strdup (words);
      item = byline_item_new (speaker != NULL ? speaker : _("No speaker found"), subtitle,
                              byline_quote_kind_get_label (q->kind), start, end);
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

void
_byline_sidebar_fill_claims (GPtrArray                 *out,
                             const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->claims->len; i++)
    {
      const BylineModelClaim *c = &g_array_index (model->claims, BylineModelClaim, i);
      guint start = c->span.start, end = c->span.end;
      const char *source = c->source.name;
      guint n_hedges = c->hedges->len;
      guint n_loaded = c->loaded->len;
      g_autofree char *words = words_of (model, start, end, NULL); /* the writer's sentence, its own marks kept */
      g_autoptr (GString) subtitle = g_string_new (NULL);
      g_autoptr (BylineItem) item = NULL;

      if (source != NULL)
        /* Translators: who a claim rests on */
        g_string_append_printf (subtitle, _("Source: %s"), source);
      else
        g_string_append (subtitle, _("No source given"));
      if (c->reason != NULL)
        /* Translators: why the source counts as state media, as the analysis found it */
        g_string_append_printf (subtitle, _(" — state media: %s"), c->reason);
      if (n_hedges > 0)
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, ngettext ("%u hedge", "%u hedges", n_hedges), n_hedges);
        }
      if (n_loaded > 0)
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, ngettext ("%u loaded word", "%u loaded words", n_loaded),
                                  n_loaded);
        }
      item = byline_item_new (words, subtitle->str, byline_attribution_get_label (c->attribution),
                              start, end);
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

void
_byline_sidebar_fill_meetings (GPtrArray                 *out,
                               const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->meetings->len; i++)
    {
      const BylineModelMeeting *m = &g_array_index (model->meetings, BylineModelMeeting, i);
      g_autofree char *who = byline_model_meeting_dup_sides (m);
      g_autoptr (GString) what = g_string_new (NULL);
      g_autoptr (BylineItem) item = NULL;
      BylineCharSpan first = { 0, 0 };

      if (m->evidence->len > 0)
        first = g_array_index (m->evidence, BylineCharSpan, 0);
      if (m->place.name != NULL)
        g_string_append (what, m->place.name);
      if (m->date != NULL)
        g_string_append_printf (what, "%s%s", what->len ? " · " : "", m->date);
      else if (m->time_text != NULL)
        g_string_append_printf (what, "%s%s", what->len ? " · " : "", m->time_text);
      for (guint t = 0; t < m->topics->len; t++)
        g_string_append_printf (what, "%s%s", t == 0 ? (what->len ? " · " : "") : ", ",
                                (const char *) g_ptr_array_index (m->topics, t));
      item = byline_item_new (who, what->str, byline_meeting_status_get_label (m->status),
                              first.start, first.end);
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

void
_byline_sidebar_fill_people (GPtrArray                 *out,
                             const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->entities->len; i++)
    {
      const BylineModelEntity *e = &g_array_index (model->entities, BylineModelEntity, i);
      guint n = e->mentions->len;
      BylineCharSpan first = { 0, 0 };
      g_autoptr (GString) subtitle = g_string_new (NULL);
      g_autoptr (BylineItem) item = NULL;

      if (e->type != BYLINE_ENTITY_PERSON && e->type != BYLINE_ENTITY_ORG
          && e->type != BYLINE_ENTITY_PLACE && e->type != BYLINE_ENTITY_NORP)
        continue;
      if (n > 0)
        first = g_array_index (e->mentions, BylineModelMention, 0).span;
      if (e->role != NULL)
        g_string_append (subtitle, e->role);
      if (e->affiliation != NULL)
        g_string_append_printf (subtitle, "%s%s", subtitle->len ? ", " : "", e->affiliation);
      g_string_append_printf (subtitle, "%s", subtitle->len ? " · " : "");
      g_string_append_printf (subtitle, ngettext ("%u mention", "%u mentions", n), n);
      item = byline_item_new (e->name, subtitle->str, byline_entity_type_label (e->type),
                              first.start, first.end);
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

static void add_signal (GPtrArray  *out,
                        guint       n,
                        const char *format,
                        ...) G_GNUC_PRINTF (3, 4);

/* A row for a signal found @n times; none when it is not there */
static void
add_signal (GPtrArray  *out,
            guint       n,
            const char *format,
            ...)
{
  g_autofree char *line = NULL;
  va_list args;

  if (n == 0)
    return;
  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (out, byline_item_new (line, "", C_("sources page", "signal"), 0, 0));
}

/* Where the article comes from (the analysis's document.outlet, author and
 * date, from the page's metadata): the line under the title, and the first
 * row of the sources page */
void
_byline_sidebar_fill_provenance (Load                      *load,
                                 const BylineAnalysisModel *model)
{
  const BylineModelOutlet *outlet = model->document.outlet;
  g_autofree char *about = NULL;

  load->provenance = byline_analysis_model_dup_provenance (model);
  if (outlet == NULL || outlet->name == NULL)
    return;
  if (outlet->state_media >= 0)
    {
      load->state_media = outlet->state_media;
      about = g_strdup_printf ("%s%s%s", load->state_media ? _("State media") : _("Not state media"),
                               outlet->reason != NULL ? " · " : "",
                               outlet->reason != NULL ? outlet->reason : "");
    }
  else
    about = g_strdup (_("Not in Byline's list of outlets"));
  g_ptr_array_add (load->sources, byline_item_new (outlet->name, about,
                                                   C_("sources page", "published by"), 0, 0));
}

/* The media-literacy summary: who is quoted, and what the claims rest on */
void
_byline_sidebar_fill_sources (GPtrArray                 *out,
                              const BylineAnalysisModel *model)
{
  const BylineModelSignals *sig = &model->signals;
  guint count;

  if (!sig->present)
    return;
  /* in the order of BylineAttribution: named people first, unattributed last */
  for (guint i = 0; i < BYLINE_N_ATTRIBUTIONS; i++)
    {
      guint n = sig->by_attribution[i];
      g_autofree char *what = NULL;

      if (n == 0)
        continue;
      what = g_strdup_printf (ngettext ("%u claim", "%u claims", n), n);
      g_ptr_array_add (out, byline_item_new (byline_attribution_get_label (i), what,
                                             C_("sources page", "claims"), 0, 0));
    }
  for (guint i = 0; i < sig->voices->len; i++)
    {
      const BylineModelVoice *v = &g_array_index (sig->voices, BylineModelVoice, i);
      guint n = v->quotes;
      g_autoptr (GString) about = g_string_new (v->country);

      if (about->len > 0)
        g_string_append (about, " · ");
      g_string_append_printf (about, ngettext ("quoted %u time", "quoted %u times", n), n);
      g_ptr_array_add (out, byline_item_new (v->voice.name, about->str,
                                             C_("sources page", "voice"), 0, 0));
    }
  count = sig->unnamed_sources;
  add_signal (out, count, ngettext ("%u claim rests on unnamed sources",
                                "%u claims rest on unnamed sources", count), count);
  count = sig->numbers_without_source;
  add_signal (out, count, ngettext ("%u figure is given with no source",
                                "%u figures are given with no source", count), count);
  count = sig->agentless_passives;
  add_signal (out, count, ngettext ("%u passive says no one did it (“is believed to”)",
                                "%u passives say no one did it (“is believed to”)", count), count);
  count = sig->hedged_claims;
  add_signal (out, count, ngettext ("%u claim is hedged (“likely”, “reportedly”)",
                                "%u claims are hedged (“likely”, “reportedly”)", count), count);
  count = sig->loaded_words;
  add_signal (out, count, ngettext ("%u loaded word outside quotations",
                                "%u loaded words outside quotations", count), count);
}

/* Selects an item's words in the article and scrolls to them */
void
_byline_sidebar_select_item (BylineWindow *self,
                             GListModel   *model,
                             guint         position)
{
  g_autoptr (BylineItem) item = g_list_model_get_item (model, position);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  if (item == NULL || byline_item_get_end (item) <= byline_item_get_start (item))
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, byline_item_get_start (item));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, byline_item_get_end (item));
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, TRUE, 0.0, 0.3);
}

void
_byline_sidebar_on_list_activate (GtkListView  *view,
                                  guint         position,
                                  BylineWindow *self)
{
  _byline_sidebar_select_item (self, G_LIST_MODEL (gtk_list_view_get_model (view)), position);
  _byline_window_hide_folded_sidebar (self);
}

/* Which items the selection is part of: shown beside the legend */
static void
describe_items (GString    *out,
                GListModel *model,
                guint       start,
                guint       end,
                const char *what)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (model, i);

      if (byline_item_get_end (item) <= start || byline_item_get_start (item) >= end)
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      /* Translators: "quote (direct): Anna Berg"; the kinds are translated already */
      g_string_append_printf (out, _("%s (%s): %s"), what, byline_item_get_badge (item),
                              byline_item_get_title (item));
    }
}

void
_byline_sidebar_update_coverage (BylineWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr (GString) out = g_string_new (NULL);
  GtkTextIter start, end;
  guint from, to;

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      from = gtk_text_iter_get_offset (&start);
      to = gtk_text_iter_get_offset (&end);
      describe_items (out, G_LIST_MODEL (self->quotes), from, to, C_("coverage", "quote"));
      describe_items (out, G_LIST_MODEL (self->claims), from, to, C_("coverage", "claim"));
      describe_items (out, G_LIST_MODEL (self->meetings), from, to, C_("coverage", "meeting"));
      describe_items (out, G_LIST_MODEL (self->notes), from, to, C_("coverage", "your note"));
    }
  gtk_label_set_text (self->coverage_label, out->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->coverage_label), out->len ? out->str : NULL);
}

/* The notes page with no note tells how to add one, and shows no Edit or
 * Delete that could do nothing */
void
_byline_sidebar_on_notes_changed (GListModel   *notes,
                                  guint         position,
                                  guint         removed,
                                  guint         added,
                                  BylineWindow *self)
{
  gboolean empty = g_list_model_get_n_items (notes) == 0;

  gtk_widget_set_visible (self->notes_empty, empty);
  gtk_widget_set_visible (self->notes_scroller, !empty);
  gtk_widget_set_visible (self->edit_note_button, !empty);
  gtk_widget_set_visible (self->delete_note_button, !empty);
}

/**
 * byline_window_get_page:
 * @name: "quotes", "claims", "meetings", "people" or "notes"
 *
 * Returns: (transfer none): the page's items (#BylineItem)
 */
GListModel *
byline_window_get_page (BylineWindow *self,
                        const char   *name)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  if (g_str_equal (name, "quotes"))
    return G_LIST_MODEL (self->quotes);
  if (g_str_equal (name, "claims"))
    return G_LIST_MODEL (self->claims);
  if (g_str_equal (name, "meetings"))
    return G_LIST_MODEL (self->meetings);
  if (g_str_equal (name, "people"))
    return G_LIST_MODEL (self->people);
  if (g_str_equal (name, "notes"))
    return G_LIST_MODEL (self->notes);
  if (g_str_equal (name, "sources"))
    return G_LIST_MODEL (self->sources);
  return NULL;
}

/**
 * byline_window_activate_item:
 *
 * What clicking a sidebar row does: shows that page, selects the item's words
 * in the article and scrolls to them.
 */
gboolean
byline_window_activate_item (BylineWindow *self,
                             const char   *page,
                             guint         position)
{
  GListModel *model = byline_window_get_page (self, page);

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  if (model == NULL || position >= g_list_model_get_n_items (model))
    return FALSE;
  gtk_stack_set_visible_child_name (self->sidebar_stack, page);
  _byline_sidebar_select_item (self, model, position);
  _byline_window_hide_folded_sidebar (self);
  return TRUE;
}

/* The line that says which quotes, claims, meetings and notes the selection is part of */
const char *
byline_window_get_coverage (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->coverage_label);
}
