/* byline-note-popover.h: the popover that writes a note on the selected passage
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_NOTE_POPOVER (byline_note_popover_get_type ())

G_DECLARE_FINAL_TYPE (BylineNotePopover, byline_note_popover, BYLINE, NOTE_POPOVER, GtkPopover)

GtkWidget *byline_note_popover_new       (void);
void       byline_note_popover_reset     (BylineNotePopover *self,
                                          guint              start,
                                          guint              end);
void       byline_note_popover_edit      (BylineNotePopover *self,
                                          gint64             note,
                                          guint              start,
                                          guint              end,
                                          const char        *body,
                                          int                kind,
                                          const char        *tags);
gint64     byline_note_popover_get_note  (BylineNotePopover *self);
guint      byline_note_popover_get_start (BylineNotePopover *self);
guint      byline_note_popover_get_end   (BylineNotePopover *self);
int        byline_note_popover_get_kind  (BylineNotePopover *self);
char      *byline_note_popover_dup_body  (BylineNotePopover *self);
char      *byline_note_popover_dup_tags  (BylineNotePopover *self);
void       byline_note_popover_set_tags  (BylineNotePopover *self,
                                          const char        *tags);
void       byline_note_popover_set_known_tags (BylineNotePopover *self,
                                               const char *const *tags);
void       byline_note_popover_complete_tag   (BylineNotePopover *self,
                                               const char        *tag);

G_END_DECLS
