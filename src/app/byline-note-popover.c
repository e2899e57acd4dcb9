/* byline-note-popover.c: the popover that writes a note on the selected passage
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-note-popover"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-note-popover.h"

struct _BylineNotePopover
{
  GtkPopover   parent_instance;

  GtkLabel    *heading;
  GtkTextView *body_view;
  GtkDropDown *kind_dropdown;
  GtkEntry    *tags_entry;
  GtkListStore *known_tags;  /* the library's tags, for completion */

  guint        start;
  guint        end;
  gint64       note;   /* the note being edited, or 0 for a new one */
};

G_DEFINE_FINAL_TYPE (BylineNotePopover, byline_note_popover, GTK_TYPE_POPOVER)

enum {
  SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[SAVE], 0);
}

/* The tag being typed: what follows the last comma, without spaces */
static const char *
last_tag (const char *text)
{
  const char *comma = strrchr (text, ',');
  const char *p = comma != NULL ? comma + 1 : text;

  while (*p == ' ')
    p++;
  return p;
}

static gboolean
match_tag (GtkEntryCompletion *completion,
           const char         *key,
           GtkTreeIter        *iter,
           gpointer            user_data)
{
  BylineNotePopover *self = user_data;
  const char *typed = last_tag (gtk_editable_get_text (GTK_EDITABLE (self->tags_entry)));
  g_autofree char *tag = NULL;
  g_autofree char *tag_folded = NULL;
  g_autofree char *typed_folded = NULL;

  if (*typed == '\0')
    return FALSE;
  gtk_tree_model_get (GTK_TREE_MODEL (self->known_tags), iter, 0, &tag, -1);
  tag_folded = g_utf8_casefold (tag, -1);
  typed_folded = g_utf8_casefold (typed, -1);
  return g_str_has_prefix (tag_folded, typed_folded) && !g_str_equal (tag_folded, typed_folded);
}

static gboolean
on_tag_chosen (GtkEntryCompletion *completion,
               GtkTreeModel       *model,
               GtkTreeIter        *iter,
               BylineNotePopover  *self)
{
  g_autofree char *tag = NULL;

  gtk_tree_model_get (model, iter, 0, &tag, -1);
  byline_note_popover_complete_tag (self, tag);
  return TRUE;
}

static void
byline_note_popover_dispose (GObject *object)
{
  g_clear_object (&BYLINE_NOTE_POPOVER (object)->known_tags);
  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_NOTE_POPOVER);
  G_OBJECT_CLASS (byline_note_popover_parent_class)->dispose (object);
}

static void
byline_note_popover_class_init (BylineNotePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_note_popover_dispose;

  /* the reader asked to save: the window reads the fields and stores the note */
  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-note-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineNotePopover, heading);
  gtk_widget_class_bind_template_child (widget_class, BylineNotePopover, body_view);
  gtk_widget_class_bind_template_child (widget_class, BylineNotePopover, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BylineNotePopover, tags_entry);

  gtk_widget_class_install_action (widget_class, "note.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "note.save", NULL);
}

static void
byline_note_popover_init (BylineNotePopover *self)
{
  g_autoptr (GtkEntryCompletion) completion = gtk_entry_completion_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  {
    /* Ctrl+Return saves from the note's text too, which would take it as a new line */
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("note.save")));
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }

  self->known_tags = gtk_list_store_new (1, G_TYPE_STRING);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->known_tags));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, match_tag, self, NULL);
  g_signal_connect (completion, "match-selected", G_CALLBACK (on_tag_chosen), self);
  gtk_entry_set_completion (self->tags_entry, completion);
}

GtkWidget *
byline_note_popover_new (void)
{
  return g_object_new (BYLINE_TYPE_NOTE_POPOVER, NULL);
}

/* Empties the fields for a new note on the passage from @start to @end */
void
byline_note_popover_reset (BylineNotePopover *self,
                           guint              start,
                           guint              end)
{
  g_return_if_fail (BYLINE_IS_NOTE_POPOVER (self));

  self->start = start;
  self->end = end;
  self->note = 0;
  gtk_label_set_label (self->heading, _("Note on the selected passage"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), "", 0);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, 1);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* Fills the fields with a stored note, to change it: saving then updates @note */
void
byline_note_popover_edit (BylineNotePopover *self,
                          gint64             note,
                          guint              start,
                          guint              end,
                          const char        *body,
                          int                kind,
                          const char        *tags)
{
  g_return_if_fail (BYLINE_IS_NOTE_POPOVER (self));
  g_return_if_fail (note > 0);

  byline_note_popover_reset (self, start, end);
  self->note = note;
  gtk_label_set_label (self->heading, _("Edit note"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), body, -1);
  gtk_drop_down_set_selected (self->kind_dropdown, (guint) kind);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), tags != NULL ? tags : "");
}

/* The note being edited, or 0 when the popover writes a new one */
gint64
byline_note_popover_get_note (BylineNotePopover *self)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_POPOVER (self), 0);
  return self->note;
}

guint
byline_note_popover_get_start (BylineNotePopover *self)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_POPOVER (self), 0);
  return self->start;
}

guint
byline_note_popover_get_end (BylineNotePopover *self)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_POPOVER (self), 0);
  return self->end;
}

/* The kind as a BylineNoteKind: the list in the .ui is in that order */
int
byline_note_popover_get_kind (BylineNotePopover *self)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_POPOVER (self), 1);
  return (int) gtk_drop_down_get_selected (self->kind_dropdown);
}

char *
byline_note_popover_dup_body (BylineNotePopover *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (BYLINE_IS_NOTE_POPOVER (self), NULL);

  buffer = gtk_text_view_get_buffer (self->body_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

char *
byline_note_popover_dup_tags (BylineNotePopover *self)
{
  g_return_val_if_fail (BYLINE_IS_NOTE_POPOVER (self), NULL);
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tags_entry)));
}

/* The tags the library has already, offered as the reader types */
void
byline_note_popover_set_known_tags (BylineNotePopover *self,
                                    const char *const *tags)
{
  g_return_if_fail (BYLINE_IS_NOTE_POPOVER (self));

  gtk_list_store_clear (self->known_tags);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    gtk_list_store_insert_with_values (self->known_tags, NULL, -1, 0, tags[i], -1);
}

/* Puts @tag in place of the tag being typed, ready for the next one */
void
byline_note_popover_complete_tag (BylineNotePopover *self,
                                  const char        *tag)
{
  const char *text;
  g_autoptr (GString) next = NULL;

  g_return_if_fail (BYLINE_IS_NOTE_POPOVER (self));

  text = gtk_editable_get_text (GTK_EDITABLE (self->tags_entry));
  next = g_string_new_len (text, last_tag (text) - text);
  g_string_append (next, tag);
  g_string_append (next, ", ");
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), next->str);
  gtk_editable_set_position (GTK_EDITABLE (self->tags_entry), -1);
}

void
byline_note_popover_set_tags (BylineNotePopover *self,
                              const char        *tags)
{
  g_return_if_fail (BYLINE_IS_NOTE_POPOVER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), tags);
}
