/* byline-note-margin.h: the reader's notes beside the lines they annotate
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_NOTE_MARGIN (byline_note_margin_get_type ())

G_DECLARE_FINAL_TYPE (BylineNoteMargin, byline_note_margin, BYLINE, NOTE_MARGIN, GtkWidget)

GtkWidget *byline_note_margin_new         (GtkTextView      *view,
                                           GListModel       *notes);
guint      byline_note_margin_get_n_cards (BylineNoteMargin *self);
GtkWidget *byline_note_margin_get_card    (BylineNoteMargin *self,
                                           gint64            id);
void       byline_note_margin_set_compact (BylineNoteMargin *self,
                                           gboolean          compact);
gboolean   byline_note_margin_get_compact (BylineNoteMargin *self);

G_END_DECLS
