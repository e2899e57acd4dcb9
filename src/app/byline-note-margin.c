/* byline-note-margin.c: the reader's notes beside the lines they annotate
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-note-margin"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-item.h"
#include "byline-note-margin.h"

#define MARGIN_WIDTH 200  /* px, when there are notes to show */
#define MARKER_WIDTH 28   /* px, compact: a marker per note */
#define CARD_GAP     4    /* px between two cards that would overlap */
#define CARD_INSET   6    /* px on each side of a card */

struct _BylineNoteMargin
{
  GtkWidget    parent_instance;

  GtkTextView *view;    /* unowned: the margin is its gutter */
  GListModel  *notes;   /* BylineItem, in text order */
  GPtrArray   *cards;   /* GtkButton, one per placed note, in text order */
  guint        tick;    /* a placing waiting for the next frame */
  gboolean     compact; /* markers in a narrow window, the note in their tooltip */
};

G_DEFINE_FINAL_TYPE (BylineNoteMargin, byline_note_margin, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_NOTE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_card_clicked (GtkButton        *card,
                 BylineNoteMargin *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (card), "note-id"));

  g_signal_emit (self, signals[ACTIVATE_NOTE], 0, id, card);
}

static GtkWidget *
make_card (BylineNoteMargin *self,
           BylineItem       *item)
{
  const char *body = byline_item_get_title (item);
  GtkWidget *card = gtk_button_new ();
  GtkWidget *label = gtk_label_new (body);
  g_autofree char *description = g_strdup_printf (_("Note: %s"), body);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (self->compact)
    {
      /* a marker: the note is in its tooltip and its accessible label */
      g_object_ref_sink (label);
      g_object_unref (label);
      gtk_button_set_icon_name (GTK_BUTTON (card), "document-edit-symbolic");
      gtk_widget_set_tooltip_text (card, body);
    }
  else
    {
      gtk_button_set_child (GTK_BUTTON (card), label);
      gtk_widget_set_tooltip_text (card, byline_item_get_subtitle (item));
    }
  gtk_widget_add_css_class (card, "margin-note");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, byline_item_get_subtitle (item),
                                  -1);
  g_object_set_data (G_OBJECT (card), "note-id", GSIZE_TO_POINTER ((gsize) byline_item_get_id (item)));
  g_object_set_data (G_OBJECT (card), "note-start", GUINT_TO_POINTER (byline_item_get_start (item)));
  g_signal_connect_object (card, "clicked", G_CALLBACK (on_card_clicked), self, 0);
  gtk_widget_set_parent (card, GTK_WIDGET (self));
  return card;
}

static void
remove_cards (BylineNoteMargin *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->cards, i));
  g_ptr_array_set_size (self->cards, 0);
}

static void
on_notes_changed (GListModel       *notes,
                  guint             position,
                  guint             removed,
                  guint             added,
                  BylineNoteMargin *self)
{
  guint n = g_list_model_get_n_items (notes);

  /* a handful of notes per article: building them again is simplest */
  remove_cards (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (notes, i);

      if (!byline_item_get_orphaned (item))
        g_ptr_array_add (self->cards, make_card (self, item));
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static gboolean
place_cards (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  BYLINE_NOTE_MARGIN (widget)->tick = 0;
  gtk_widget_queue_allocate (widget);
  return G_SOURCE_REMOVE;
}

/* The text scrolled, or lines were measured: the cards move at the next frame.
 * Not at once: the text view reports both while it is itself being laid out,
 * when the margin cannot ask to be laid out again. */
static void
on_scrolled (BylineNoteMargin *self)
{
  if (self->tick == 0)
    self->tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), place_cards, NULL, NULL);
}

static void
watch_adjustment (BylineNoteMargin *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));

  if (adjustment == NULL)
    return;
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_scrolled), self, G_CONNECT_SWAPPED);
  /* lines measured after the text went in move the notes below them */
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_scrolled), self, G_CONNECT_SWAPPED);
}

static void
byline_note_margin_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  BylineNoteMargin *self = BYLINE_NOTE_MARGIN (widget);

  /* the margin takes no room from the text until there is a note to show */
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->cards->len > 0)
    *minimum = *natural = self->compact ? MARKER_WIDTH : MARGIN_WIDTH;
  else
    *minimum = *natural = 0;
}

/* Each card at the height of the line its passage starts on, or just below
 * the card before it; cards out of sight are not drawn. */
static void
byline_note_margin_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  BylineNoteMargin *self = BYLINE_NOTE_MARGIN (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  guint length = (guint) gtk_text_buffer_get_char_count (buffer);
  int inset = self->compact ? 2 : CARD_INSET;
  int card_width = MAX (width - 2 * inset, 1);
  int below = G_MININT;

  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (self->cards, i);
      guint start = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (card), "note-start"));
      GtkTextIter iter;
      GdkRectangle location;
      int line_y, card_height, y;

      /* while a long article is still going in, its later notes wait */
      if (start >= length)
        {
          gtk_widget_set_child_visible (card, FALSE);
          continue;
        }
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
      gtk_text_view_get_iter_location (self->view, &iter, &location);
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_RIGHT,
                                             0, location.y, NULL, &line_y);
      gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, card_width, NULL, &card_height, NULL, NULL);
      y = below == G_MININT ? line_y : MAX (line_y, below + CARD_GAP);
      below = y + card_height;
      if (y >= height || below <= 0)
        {
          gtk_widget_set_child_visible (card, FALSE);
          continue;
        }
      gtk_widget_set_child_visible (card, TRUE);
      gtk_widget_size_allocate (card,
                                &(GtkAllocation) { inset, y, card_width, card_height },
                                -1);
    }
}

static void
byline_note_margin_dispose (GObject *object)
{
  BylineNoteMargin *self = BYLINE_NOTE_MARGIN (object);

  remove_cards (self);
  if (self->tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick);
  self->tick = 0;
  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  g_clear_object (&self->notes);
  G_OBJECT_CLASS (byline_note_margin_parent_class)->dispose (object);
}

static void
byline_note_margin_finalize (GObject *object)
{
  g_ptr_array_unref (BYLINE_NOTE_MARGIN (object)->cards);
  G_OBJECT_CLASS (byline_note_margin_parent_class)->finalize (object);
}

static void
byline_note_margin_class_init (BylineNoteMarginClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_note_margin_dispose;
  object_class->finalize = byline_note_margin_finalize;
  widget_class->measure = byline_note_margin_measure;
  widget_class->size_allocate = byline_note_margin_size_allocate;

  /**
   * BylineNoteMargin::activate-note:
   * @id: the note's id in the library
   * @card: the card the reader clicked, to point a popover at
   */
  signals[ACTIVATE_NOTE] = g_signal_new ("activate-note", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 2, G_TYPE_INT64, GTK_TYPE_WIDGET);

  gtk_widget_class_set_css_name (widget_class, "notemargin");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
byline_note_margin_init (BylineNoteMargin *self)
{
  self->cards = g_ptr_array_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your notes"),
                                  -1);
}

/**
 * byline_note_margin_new:
 * @view: the text view whose right gutter the margin becomes
 * @notes: a #GListModel of note #BylineItem, in text order
 *
 * Puts a card for every note that has a place in the text beside the line
 * where its passage starts; clicking a card emits #BylineNoteMargin::activate-note.
 */
GtkWidget *
byline_note_margin_new (GtkTextView *view,
                        GListModel  *notes)
{
  BylineNoteMargin *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (notes), NULL);

  self = g_object_new (BYLINE_TYPE_NOTE_MARGIN, NULL);
  self->view = view;
  self->notes = g_object_ref (notes);
  g_signal_connect (notes, "items-changed", G_CALLBACK (on_notes_changed), self);
  g_signal_connect_object (view, "notify::vadjustment", G_CALLBACK (watch_adjustment), self, G_CONNECT_SWAPPED);
  watch_adjustment (self);
  on_notes_changed (notes, 0, 0, 0, self);
  gtk_text_view_set_gutter (view, GTK_TEXT_WINDOW_RIGHT, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/* How many notes have a card in the margin, placed or scrolled out of sight */
guint
byline_note_margin_get_n_cards (BylineNoteMargin *self)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_MARGIN (self), 0);
  return self->cards->len;
}

/* The card of the note @id, or NULL */
GtkWidget *
byline_note_margin_get_card (BylineNoteMargin *self,
                             gint64            id)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_MARGIN (self), NULL);

  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (self->cards, i);

      if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (card), "note-id")) == id)
        return card;
    }
  return NULL;
}

/* Markers instead of cards, for a narrow window */
void
byline_note_margin_set_compact (BylineNoteMargin *self,
                                gboolean          compact)
{
  g_return_if_fail (BYLINE_IS_NOTE_MARGIN (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
  on_notes_changed (self->notes, 0, 0, 0, self);
}

gboolean
byline_note_margin_get_compact (BylineNoteMargin *self)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_MARGIN (self), FALSE);
  return self->compact;
}
