/* byline-article-view.c: the article's view: highlight tags put in
 * a chunk a frame, the tooltip, the context menu, the selection popover, the
 * line under the title
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

/* The sidebar pages filled from the analysis, in the order of pending_rows[] */
static const char *const page_names[] = { "quotes", "claims", "meetings", "people", "sources" };

static guint
offset_at_pointer (BylineWindow *self,
                   double        x,
                   double        y,
                   gboolean     *inside)
{
  GtkTextIter iter;
  int bx, by, trailing;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  *inside = gtk_text_view_get_iter_at_position (self->text_view, &iter, &trailing, bx, by);
  return gtk_text_iter_get_offset (&iter);
}

/* Shows the line under the title, or hides it; the label is made on first use */
void
_byline_article_view_show_provenance (BylineWindow *self,
                                      const char   *line,
                                      gboolean      state_media)
{
  if (self->provenance_label == NULL)
    {
      GtkWidget *scrolled = gtk_widget_get_parent (GTK_WIDGET (self->text_view));
      GtkWidget *box = scrolled != NULL ? gtk_widget_get_parent (scrolled) : NULL;
      GtkWidget *header;

      if (box == NULL || !GTK_IS_BOX (box))
        return;
      /* at the head of the article, on its background, aligned with its text:
       * the text buffer itself takes no widget without moving every offset */
      header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (header, "view");
      gtk_widget_add_css_class (header, "article-header");
      self->provenance_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_wrap (self->provenance_label, TRUE);
      gtk_label_set_xalign (self->provenance_label, 0.0);
      gtk_label_set_selectable (self->provenance_label, TRUE);
      gtk_widget_set_margin_start (GTK_WIDGET (self->provenance_label), 48);
      gtk_widget_set_margin_end (GTK_WIDGET (self->provenance_label), 48);
      gtk_widget_set_margin_top (GTK_WIDGET (self->provenance_label), 16);
      gtk_widget_add_css_class (GTK_WIDGET (self->provenance_label), "article-provenance");
      gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->provenance_label));
      gtk_box_insert_child_after (GTK_BOX (box), header, gtk_widget_get_prev_sibling (scrolled));
    }
  gtk_label_set_text (self->provenance_label, line != NULL ? line : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->provenance_label)), line != NULL);
  if (state_media)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->provenance_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->provenance_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->provenance_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->provenance_label), "dim-label");
    }
}

/* Benchmark probes (BYLINE_BENCH set): build-aux/bench-ui reads what they print */

static gboolean
stall_tick_cb (gpointer data)
{
  BylineWindow *self = data;
  gint64 now = g_get_monotonic_time ();

  self->longest_stall = MAX (self->longest_stall, now - self->last_tick);
  self->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
on_bench_after_paint (GdkFrameClock *clock,
                      BylineWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_bench_after_paint, self);
  g_clear_handle_id (&self->stall_id, g_source_remove);
  g_clear_handle_id (&self->narrow_id, g_source_remove);
  g_clear_handle_id (&self->export_follow_id, g_source_remove);
  self->bench = FALSE;
  g_print ("byline-bench: first-frame-with-highlights %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_print ("byline-bench: longest-stall-us %" G_GINT64_FORMAT "\n", self->longest_stall);
  if (g_strcmp0 (g_getenv ("BYLINE_BENCH"), "exit") == 0 && g_application_get_default () != NULL)
    g_application_quit (g_application_get_default ());
}

static void
start_stall_probe (BylineWindow *self)
{
  self->last_tick = g_get_monotonic_time ();
  self->longest_stall = 0;
  g_clear_handle_id (&self->stall_id, g_source_remove);
  self->stall_id = g_timeout_add_full (G_PRIORITY_HIGH, 1, stall_tick_cb, self, NULL);
}

/* Stalls count from the window's first frame: before it, nothing is on screen
 * to freeze, and GTK's own start-up (realising, the renderer) is not ours */
static void
on_bench_first_paint (GdkFrameClock *clock,
                      BylineWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_bench_first_paint, self);
  if (self->bench && self->stall_id == 0)
    start_stall_probe (self);
}

static void
on_bench_realize (GtkWidget    *widget,
                  BylineWindow *self)
{
  g_signal_handlers_disconnect_by_func (widget, on_bench_realize, self);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_bench_first_paint), self);
}

void
_byline_article_view_bench_start (BylineWindow *self)
{
  if (g_getenv ("BYLINE_BENCH") == NULL)
    return;
  self->bench = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_stall_probe (self);
  else if (gtk_widget_get_realized (GTK_WIDGET (self)))
    on_bench_realize (GTK_WIDGET (self), self);
  else
    g_signal_connect (self, "realize", G_CALLBACK (on_bench_realize), self);
}

/* The article is in: the next frame is the first with its highlights */
static void
bench_loaded (BylineWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (!self->bench)
    return;
  if (clock == NULL)
    {
      /* loaded before the window was realised: its first frame is the one */
      g_signal_connect (self, "realize", G_CALLBACK (bench_loaded), NULL);
      return;
    }
  g_signal_handlers_disconnect_by_func (self, bench_loaded, NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_bench_after_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (self->text_view));
}

/* Highlights */

/* Each kind's cues: a colour and, never colour alone, an underline, an
 * overline, a style or a weight (WCAG 1.4.1). A kind without a line leaves
 * the line unset, so that it does not take the line off a name inside it. */
typedef struct
{
  const char     *type;
  const char     *colour;
  PangoUnderline  underline;
  gboolean        overline;
  PangoStyle      style;
  int             weight;
} Cue;

static const Cue cues[] = {
  { "PERSON", "rgba(53,132,228,0.20)", PANGO_UNDERLINE_SINGLE, FALSE, PANGO_STYLE_NORMAL, 0 },
  { "ORG", "rgba(145,65,172,0.20)", PANGO_UNDERLINE_DOUBLE, FALSE, PANGO_STYLE_NORMAL, 0 },
  { "PLACE", "rgba(38,162,105,0.22)", PANGO_UNDERLINE_LOW, FALSE, PANGO_STYLE_NORMAL, 0 },
  /* a line above: a dotted line below reads as a spelling error */
  { "NORP", "rgba(229,165,10,0.25)", PANGO_UNDERLINE_NONE, TRUE, PANGO_STYLE_NORMAL, 0 },
  { "DATE", "rgba(255,120,0,0.20)", PANGO_UNDERLINE_NONE, FALSE, PANGO_STYLE_ITALIC, 0 },
  { "MONEY", "rgba(192,28,40,0.16)", PANGO_UNDERLINE_NONE, FALSE, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD },
  { "QUANTITY", "rgba(192,28,40,0.10)", PANGO_UNDERLINE_NONE, FALSE, PANGO_STYLE_NORMAL, PANGO_WEIGHT_SEMIBOLD },
  { "HEDGE", NULL, PANGO_UNDERLINE_LOW, FALSE, PANGO_STYLE_OBLIQUE, 0 },
  { "LOADED", NULL, PANGO_UNDERLINE_ERROR, FALSE, PANGO_STYLE_NORMAL, PANGO_WEIGHT_SEMIBOLD },
};

static const Cue *
cue_of (const char *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
    if (g_str_equal (cues[i].type, type))
      return &cues[i];
  return NULL;
}

/* Puts a kind's cues on its tag, or takes them off: a font field unset
 * forgets its value, so each is set again from the table */
static void
set_cues (GtkTextTag *tag,
          const Cue  *cue,
          gboolean    on)
{
  if (cue->colour != NULL)
    {
      if (on)
        g_object_set (tag, "background", cue->colour, NULL);
      else
        g_object_set (tag, "background-set", FALSE, NULL);
    }
  if (cue->underline != PANGO_UNDERLINE_NONE)
    {
      if (on)
        g_object_set (tag, "underline", cue->underline, NULL);
      else
        g_object_set (tag, "underline-set", FALSE, NULL);
    }
  if (cue->overline)
    {
      if (on)
        g_object_set (tag, "overline", PANGO_OVERLINE_SINGLE, NULL);
      else
        g_object_set (tag, "overline-set", FALSE, NULL);
    }
  if (cue->style != PANGO_STYLE_NORMAL)
    {
      if (on)
        g_object_set (tag, "style", cue->style, NULL);
      else
        g_object_set (tag, "style-set", FALSE, NULL);
    }
  if (cue->weight != 0)
    {
      if (on)
        g_object_set (tag, "weight", cue->weight, NULL);
      else
        g_object_set (tag, "weight-set", FALSE, NULL);
    }
}

GtkTextTag *
_byline_article_view_make_type_tag (GtkTextBuffer *buffer,
                                    const char    *type)
{
  const Cue *cue = cue_of (type);
  g_autofree char *name = NULL;
  GtkTextTag *tag;

  if (cue == NULL)
    return NULL;
  name = cue->colour != NULL ? g_strconcat ("entity-", type, NULL) : g_ascii_strdown (type, -1);
  tag = gtk_text_buffer_create_tag (buffer, name, NULL);
  if (g_str_equal (type, "HEDGE"))
    g_object_set (tag, "underline-rgba", &(GdkRGBA) { 0.45, 0.45, 0.45, 1.0 }, NULL);
  else if (g_str_equal (type, "LOADED"))
    g_object_set (tag, "underline-rgba", &(GdkRGBA) { 0.75, 0.11, 0.16, 1.0 }, NULL);
  else if (cue->overline)
    g_object_set (tag, "overline-rgba", &(GdkRGBA) { 0.55, 0.38, 0.0, 1.0 }, NULL);
  set_cues (tag, cue, TRUE);
  return tag;
}

void
_byline_article_view_add_span (BylineWindow *self,
                               guint         start,
                               guint         end,
                               GtkTextTag   *tag)
{
  Span span = { start, end, tag };

  if (tag != NULL && end > start)
    g_array_append_val (self->spans, span);
}

/* Puts in the sidebar rows, the text and its highlights, for at most
 * @budget_us and at most @row_widgets rows that will get widgets; TRUE when
 * all are in */
gboolean
_byline_article_view_apply_spans (BylineWindow *self,
                                  gint64        budget_us,
                                  guint         row_widgets)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  gint64 deadline = g_get_monotonic_time () + budget_us;

  GListStore *targets[5] = { self->quotes, self->claims, self->meetings, self->people, self->sources };
  gsize text_end = self->pending_pos + TEXT_PER_FRAME;
  gboolean rows_left = FALSE;
  guint widget_budget = row_widgets;

  /* the sidebar rows: the first ones of each page, which get widgets, a few a
   * frame, the page shown first; the rest thousands at a time */
  for (guint k = 0; k < G_N_ELEMENTS (targets); k++)
    {
      GtkWidget *shown = gtk_stack_get_visible_child (self->sidebar_stack);
      guint r = k;
      GPtrArray *rows;
      guint pos, n;

      /* the page on screen goes first */
      for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
        if (shown == gtk_stack_get_child_by_name (self->sidebar_stack, page_names[i]))
          r = k == 0 ? i : (k <= i ? k - 1 : k);
      rows = self->pending_rows[r];
      if (rows == NULL)
        continue;
      pos = self->pending_row_pos[r];
      n = rows->len - pos;
      if (pos < ROWS_WITH_WIDGETS)
        {
          n = MIN (n, MIN (widget_budget, ROWS_WITH_WIDGETS - pos));
          widget_budget -= n;
        }
      else
        n = MIN (n, ROWS_PER_FRAME);
      if (n == 0 && pos < rows->len)
        {
          rows_left = TRUE;
          continue;
        }
      g_list_store_splice (targets[r], pos, 0, rows->pdata + pos, n);
      self->pending_row_pos[r] += n;
      if (self->pending_row_pos[r] >= rows->len)
        g_clear_pointer (&self->pending_rows[r], g_ptr_array_unref);
      else
        rows_left = TRUE;
    }

  /* then the text itself, in pieces that end on a character boundary */
  while (self->pending_text != NULL)
    {
      if (self->pending_pos >= text_end)
        return FALSE;

      gsize stop = MIN (self->pending_pos + TEXT_CHUNK, self->pending_len);
      GtkTextIter end;

      while (stop < self->pending_len && (self->pending_text[stop] & 0xC0) == 0x80)
        stop--;
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, self->pending_text + self->pending_pos,
                              stop - self->pending_pos);
      self->pending_pos = stop;
      if (stop >= self->pending_len)
        g_clear_pointer (&self->pending_text, g_free);
      if (g_get_monotonic_time () > deadline)
        return FALSE;
    }
  if (rows_left)
    return FALSE;

  while (self->next_span < self->spans->len)
    {
      guint stop = MIN (self->next_span + 256, self->spans->len);

      for (; self->next_span < stop; self->next_span++)
        {
          const Span *span = &g_array_index (self->spans, Span, self->next_span);
          GtkTextIter start, end;

          gtk_text_buffer_get_iter_at_offset (buffer, &start, span->start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, span->end);
          gtk_text_buffer_apply_tag (buffer, span->tag, &start, &end);
        }
      if (g_get_monotonic_time () > deadline)
        break;
    }
  if (self->next_span < self->spans->len)
    return FALSE;

  self->loading = FALSE;
  gtk_spinner_set_spinning (self->spinner, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), _byline_window_properties[PROP_LOADING]);
  g_signal_emit (self, _byline_window_signals[LOADED], 0);
  bench_loaded (self);
  return TRUE;
}

/* A chunk once a frame, so a big article never freezes the window. Not in
 * the frame's own update: the chunk runs from an idle just after the frame,
 * so the main loop turns between the chunk and the layout and drawing of the
 * next frame, instead of doing all three at once. */
static gboolean
apply_chunk_idle (gpointer data)
{
  BylineWindow *self = data;

  self->chunk_id = 0;
  if (_byline_article_view_apply_spans (self, HIGHLIGHT_BUDGET_US, ROW_WIDGETS_PER_FRAME))
    {
      if (self->highlight_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->highlight_id);
      self->highlight_id = 0;
    }
  return G_SOURCE_REMOVE;
}

gboolean
_byline_article_view_apply_spans_tick (GtkWidget     *widget,
                                       GdkFrameClock *clock,
                                       gpointer       data)
{
  BylineWindow *self = data;

  if (self->chunk_id == 0)
    self->chunk_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_chunk_idle, self, NULL);
  return G_SOURCE_CONTINUE;
}

void
_byline_article_view_stop_highlighting (BylineWindow *self)
{
  if (self->highlight_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->highlight_id);
  self->highlight_id = 0;
  g_clear_handle_id (&self->chunk_id, g_source_remove);
}

static void
add_raw (GArray *marks,
         guint   start,
         guint   end,
         guint   kind)
{
  RawSpan span = { start, end, kind };

  if (end > start)
    g_array_append_val (marks, span);
}

void
_byline_article_view_collect_highlights (GArray                    *marks,
                                         const BylineAnalysisModel *model,
                                         GPtrArray                 *notes)
{
  if (model->document.has_title_span)
    add_raw (marks, model->document.title_span.start, model->document.title_span.end, SPAN_HEADLINE);
  for (guint i = 0; i < model->entities->len; i++)
    {
      const BylineModelEntity *e = &g_array_index (model->entities, BylineModelEntity, i);
      const char *type = byline_entity_type_to_string (e->type);
      guint kind = G_N_ELEMENTS (highlight_types);

      for (guint t = 0; t < G_N_ELEMENTS (highlight_types); t++)
        if (g_strcmp0 (type, highlight_types[t]) == 0)
          kind = t;
      for (guint m = 0; kind < G_N_ELEMENTS (highlight_types) && m < e->mentions->len; m++)
        {
          const BylineCharSpan *span = &g_array_index (e->mentions, BylineModelMention, m).span;
          add_raw (marks, span->start, span->end, kind);
        }
    }
  for (guint i = 0; i < model->claims->len; i++)
    {
      const BylineModelClaim *c = &g_array_index (model->claims, BylineModelClaim, i);

      for (guint h = 0; h < c->hedges->len; h++)
        {
          const BylineCharSpan *span = &g_array_index (c->hedges, BylineCharSpan, h);
          add_raw (marks, span->start, span->end, SPAN_HEDGE);
        }
      for (guint l = 0; l < c->loaded->len; l++)
        {
          const BylineCharSpan *span = &g_array_index (c->loaded, BylineCharSpan, l);
          add_raw (marks, span->start, span->end, SPAN_LOADED);
        }
    }
  for (guint i = 0; i < notes->len; i++)
    {
      const BylineNote *note = g_ptr_array_index (notes, i);
      if (!note->orphaned)
        add_raw (marks, note->start, note->end, SPAN_NOTE);
    }
}

void
_byline_article_view_show_type (BylineWindow *self,
                                const char   *type,
                                gboolean      on)
{
  GtkTextTag *tag = g_hash_table_lookup (self->type_tags, type);
  const Cue *cue = cue_of (type);

  if (tag != NULL && cue != NULL)
    set_cues (tag, cue, on);
}

void
_byline_article_view_on_legend_toggled (GtkToggleButton *button,
                                        BylineWindow    *self)
{
  const char *type = gtk_widget_get_name (GTK_WIDGET (button));
  gboolean on = gtk_toggle_button_get_active (button);

  _byline_article_view_show_type (self, type, on);
  /* remembered: the preferences and the next window show the same */
  if (self->settings != NULL)
    byline_settings_show_highlight (self->settings, type, on);
}

gboolean
_byline_article_view_on_text_query_tooltip (GtkWidget    *widget,
                                            int           x,
                                            int           y,
                                            gboolean      keyboard,
                                            GtkTooltip   *tooltip,
                                            BylineWindow *self)
{
  const Entity *e;
  gboolean inside = FALSE;
  guint offset;
  g_autoptr (GString) about = g_string_new (NULL);
  g_autofree char *markup = NULL;
  g_autofree char *mentions = NULL;

  if (keyboard)
    {
      GtkTextIter iter;
      gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (self->text_view), &iter,
                                        gtk_text_buffer_get_insert (gtk_text_view_get_buffer (self->text_view)));
      offset = gtk_text_iter_get_offset (&iter);
      inside = TRUE;
    }
  else
    offset = offset_at_pointer (self, x, y, &inside);
  if (!inside || (e = _byline_article_entity_at (self->loaded_article, offset, NULL)) == NULL)
    return FALSE;

  g_string_append (about, byline_entity_type_label_for (e->type));
  if (e->role != NULL)
    g_string_append_printf (about, " · %s", e->role);
  if (e->affiliation != NULL)
    g_string_append_printf (about, ", %s", e->affiliation);
  mentions = g_strdup_printf (ngettext ("%u mention in the article", "%u mentions in the article",
                                        e->n_mentions), e->n_mentions);
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s\n%s\n<small>%s</small>", e->name, about->str,
                                    mentions, _("Right-click to correct"));
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
popup_article_menu (BylineWindow       *self,
                    const GdkRectangle *at)
{
  gtk_popover_set_pointing_to (GTK_POPOVER (self->article_menu), at);
  gtk_popover_popup (GTK_POPOVER (self->article_menu));
}

/* Shift+F10 or the Menu key: the menu at the caret, for the name there */
gboolean
_byline_article_view_article_menu_key_cb (GtkWidget *widget,
                                          GVariant  *args,
                                          gpointer   data)
{
  BylineWindow *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  GdkRectangle rect;
  int index = -1, x, y;

  if (self->exercise_panel != NULL || _byline_window_article_id (self) == 0)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (_byline_article_entity_at (self->loaded_article, gtk_text_iter_get_offset (&iter),
                                 &index) == NULL)
    index = -1;
  self->menu_entity = index;
  _byline_window_show_menu_type (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.correct-type", index >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-entity", index >= 0);
  self->menu_quote = -1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.correct-speaker", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-quote", FALSE);
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  popup_article_menu (self, &(GdkRectangle) { x, y, 1, MAX (rect.height, 1) });
  return TRUE;
}

void
_byline_article_view_on_text_right_click (GtkGestureClick *gesture,
                                          int              n_press,
                                          double           x,
                                          double           y,
                                          BylineWindow    *self)
{
  gboolean inside = FALSE;
  guint offset = offset_at_pointer (self, x, y, &inside);
  int index = -1;

  /* the view's own menu follows, with the corrections for the name under the
   * pointer, or with them greyed out when there is none */
  if (!inside || _byline_article_entity_at (self->loaded_article, offset, &index) == NULL)
    index = -1;
  self->menu_entity = index;
  _byline_window_show_menu_type (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.correct-type", index >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-entity", index >= 0);

  self->menu_quote = -1;
  for (guint i = 0; inside && i < g_list_model_get_n_items (G_LIST_MODEL (self->quotes)); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->quotes), i);

      if (offset >= byline_item_get_start (item) && offset < byline_item_get_end (item))
        {
          self->menu_quote = i;
          break;
        }
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.correct-speaker", self->menu_quote >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-quote", self->menu_quote >= 0);
  /* our menu, not the view's: the view's has Cut, Paste and Undo greyed out in a text that is only read */
  if (self->exercise_panel == NULL && _byline_window_article_id (self) != 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      popup_article_menu (self, &(GdkRectangle) { (int) x, (int) y, 1, 1 });
    }
}

/* A selection made in the article, with the pointer or Shift and the arrows,
 * is offered a small popover (Note or Mark, Copy) once it stops changing. It
 * does not take the keys: the selection can still grow. */
static gboolean
show_selection_popover_cb (gpointer data)
{
  BylineWindow *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  GdkRectangle rect;
  int x, y;

  self->selection_id = 0;
  if (!gtk_widget_is_focus (GTK_WIDGET (self->text_view)) ||
      !gtk_text_buffer_get_selection_bounds (buffer, &start, &end) ||
      gtk_widget_get_visible (self->note_popover) || (_byline_window_article_id (self) == 0
                                                      && self->exercise_panel == NULL))
    return G_SOURCE_REMOVE;
  gtk_button_set_label (GTK_BUTTON (self->selection_note_button),
                        self->exercise_panel != NULL ? _("_Mark…") : _("_Note…"));
  gtk_text_view_get_iter_location (self->text_view, &end, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  /* at the edge of the view when the selection's end is scrolled out of it:
   * GTK 4.8 places no popover that points off every monitor */
  rect.x = CLAMP (x, 0, MAX (0, gtk_widget_get_width (GTK_WIDGET (self->text_view)) - 1));
  rect.y = CLAMP (y, 0, MAX (0, gtk_widget_get_height (GTK_WIDGET (self->text_view)) - 1));
  rect.width = MAX (rect.width, 1);
  rect.height = MAX (1, MIN (rect.height, gtk_widget_get_height (GTK_WIDGET (self->text_view)) - rect.y));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->selection_popover), &rect);
  /* below a selection in the upper half of the view, above one in the lower:
   * the popover stays inside the window (GTK 4.8 places none off every monitor) */
  gtk_popover_set_position (GTK_POPOVER (self->selection_popover),
                            rect.y < gtk_widget_get_height (GTK_WIDGET (self->text_view)) / 2 ? GTK_POS_BOTTOM
                                                                                                : GTK_POS_TOP);
  gtk_popover_popup (GTK_POPOVER (self->selection_popover));
  return G_SOURCE_REMOVE;
}

static void
offer_selection (BylineWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  g_clear_handle_id (&self->selection_id, g_source_remove);
  if (gtk_widget_get_visible (self->selection_popover))
    gtk_popover_popdown (GTK_POPOVER (self->selection_popover));
  /* the marks, not has-selection: that follows in the buffer's own handler */
  if (gtk_text_buffer_get_selection_bounds (buffer, NULL, NULL))
    self->selection_id = g_timeout_add (600, show_selection_popover_cb, self);
}

void
_byline_article_view_on_mark_set (GtkTextBuffer *buffer,
                                  GtkTextIter   *location,
                                  GtkTextMark   *mark,
                                  BylineWindow  *self)
{
  if (mark == gtk_text_buffer_get_insert (buffer) || mark == gtk_text_buffer_get_selection_bound (buffer))
    {
      _byline_sidebar_update_coverage (self);
      offer_selection (self);
    }
}

void
_byline_article_view_show_analysis (BylineWindow *self,
                                    gboolean      shown)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  GHashTableIter iter;
  gpointer tag;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_hash_table_iter_init (&iter, self->type_tags);
  while (g_hash_table_iter_next (&iter, NULL, &tag))
    gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  for (guint i = 0; shown && i < self->next_span; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (span->tag == self->note_tag)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, span->end);
      gtk_text_buffer_apply_tag (buffer, span->tag, &start, &end);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->legend), shown);
  gtk_widget_set_visible (self->legend_button, shown && self->narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->coverage_label), shown);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), shown);
  gtk_text_view_set_extra_menu (self->text_view, shown ? self->entity_menu : NULL);
}

/**
 * byline_window_get_provenance:
 *
 * Returns: (nullable): the line under the article's title (author, outlet,
 *   date of publication), or NULL when none is shown
 */
const char *
byline_window_get_provenance (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  if (self->provenance_label == NULL
      || !gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (self->provenance_label))))
    return NULL;
  return gtk_label_get_text (self->provenance_label);
}
