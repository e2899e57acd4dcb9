/* byline-mark-popover.c: the popover that marks the selected passage in an
 * exercise: a quote and its speaker, a claim and its source, a meeting, a
 * hedging or loaded word
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-mark-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-mark-popover.h"

struct _BylineMarkPopover
{
  GtkPopover   parent_instance;

  GtkLabel    *heading;
  GtkLabel    *passage_label;
  GtkDropDown *category_dropdown;
  GtkLabel    *speaker_label;
  GtkEntry    *speaker_entry;
  GtkLabel    *source_label;
  GtkDropDown *source_dropdown;
  GtkLabel    *signal_label;
  GtkDropDown *signal_dropdown;
  GtkButton   *save_button;

  guint        start;
  guint        end;
};

G_DEFINE_FINAL_TYPE (BylineMarkPopover, byline_mark_popover, GTK_TYPE_POPOVER)

enum {
  SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Only the fields the category has: a speaker for a quote, a source for a claim… */
static void
on_category_selected (BylineMarkPopover *self)
{
  BylineCategory category = gtk_drop_down_get_selected (self->category_dropdown);

  gtk_widget_set_visible (GTK_WIDGET (self->speaker_label), category == BYLINE_CATEGORY_QUOTE);
  gtk_widget_set_visible (GTK_WIDGET (self->speaker_entry), category == BYLINE_CATEGORY_QUOTE);
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), category == BYLINE_CATEGORY_CLAIM);
  gtk_widget_set_visible (GTK_WIDGET (self->source_dropdown), category == BYLINE_CATEGORY_CLAIM);
  gtk_widget_set_visible (GTK_WIDGET (self->signal_label), category == BYLINE_CATEGORY_SIGNAL);
  gtk_widget_set_visible (GTK_WIDGET (self->signal_dropdown), category == BYLINE_CATEGORY_SIGNAL);
}

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  BylineMarkPopover *self = BYLINE_MARK_POPOVER (widget);

  /* popped down first: the handler may show a toast or pop up another */
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[SAVE], 0);
}

static void
byline_mark_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_MARK_POPOVER);
  G_OBJECT_CLASS (byline_mark_popover_parent_class)->dispose (object);
}

static void
byline_mark_popover_class_init (BylineMarkPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_mark_popover_dispose;

  /* the student asked to add the mark: the owner reads it with dup_mark () */
  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-mark-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, heading);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, passage_label);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, speaker_label);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, speaker_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, source_label);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, signal_label);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, signal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BylineMarkPopover, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_category_selected);
  gtk_widget_class_install_action (widget_class, "mark.save", NULL, save_action);
}

static void
byline_mark_popover_init (BylineMarkPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_popover_set_default_widget (GTK_POPOVER (self), GTK_WIDGET (self->save_button));
  on_category_selected (self);
}

GtkWidget *
byline_mark_popover_new (void)
{
  return g_object_new (BYLINE_TYPE_MARK_POPOVER, NULL);
}

/**
 * byline_mark_popover_set_mark:
 * @mark: the span, and the category, speaker, source and kind to start from
 * @passage: (nullable): the marked words, shown for reference
 */
void
byline_mark_popover_set_mark (BylineMarkPopover *self,
                              const BylineMark  *mark,
                              const char        *passage)
{
  g_return_if_fail (BYLINE_IS_MARK_POPOVER (self));
  g_return_if_fail (mark != NULL);

  self->start = mark->start;
  self->end = mark->end;
  gtk_drop_down_set_selected (self->category_dropdown, mark->category);
  gtk_editable_set_text (GTK_EDITABLE (self->speaker_entry), mark->speaker != NULL ? mark->speaker : "");
  gtk_drop_down_set_selected (self->source_dropdown, mark->source);
  gtk_drop_down_set_selected (self->signal_dropdown, mark->signal);
  gtk_label_set_text (self->passage_label, passage != NULL ? passage : "");
  gtk_widget_set_visible (GTK_WIDGET (self->passage_label), passage != NULL && *passage != '\0');
  on_category_selected (self);
}

/* What the popover is for: a student's mark, a new key item, a fix to one */
void
byline_mark_popover_set_purpose (BylineMarkPopover *self,
                                 const char        *heading,
                                 const char        *button_label)
{
  g_return_if_fail (BYLINE_IS_MARK_POPOVER (self));

  gtk_label_set_text (self->heading, heading);
  gtk_button_set_label (self->save_button, button_label);
}

/* Returns: (transfer full): the mark as the fields now say */
BylineMark *
byline_mark_popover_dup_mark (BylineMarkPopover *self)
{
  BylineMark *mark;
  g_autofree char *speaker = NULL;

  g_return_val_if_fail (BYLINE_IS_MARK_POPOVER (self), NULL);

  mark = byline_mark_new (gtk_drop_down_get_selected (self->category_dropdown), self->start, self->end);
  speaker = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry))));
  if (mark->category == BYLINE_CATEGORY_QUOTE && *speaker != '\0')
    mark->speaker = g_steal_pointer (&speaker);
  mark->source = gtk_drop_down_get_selected (self->source_dropdown);
  mark->signal = gtk_drop_down_get_selected (self->signal_dropdown);
  return mark;
}
