/* byline-window.c: the reading window: its template, settings,
 * narrow layout and life cycle
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

G_DEFINE_FINAL_TYPE (BylineWindow, byline_window, ADW_TYPE_APPLICATION_WINDOW)

GParamSpec *_byline_window_properties[N_PROPS];
guint _byline_window_signals[N_SIGNALS];

void
_byline_window_show_error (BylineWindow *self,
                           const char   *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

static void
on_error_bar_response (GtkInfoBar   *bar,
                       int           response,
                       BylineWindow *self)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

/* The settings: text size and spacing, which highlights show */
static void
apply_settings (BylineWindow *self)
{
  g_auto (GStrv) shown = NULL;
  g_autofree char *css = NULL;
  int size;
  double spacing;
  gboolean all;

  if (self->settings == NULL)
    return;
  size = g_settings_get_int (self->settings, "font-size");
  spacing = g_settings_get_double (self->settings, "line-spacing");
  css = g_strdup_printf (".article-view { font-size: %dpt; }", size);
  gtk_css_provider_load_from_data (self->text_css, css, -1);
  /* the gap a line spacing of 1.4 means, in pixels at this size (1 pt = 4/3 px) */
  gtk_text_view_set_pixels_inside_wrap (self->text_view, (int) ((spacing - 1.0) * size * 4 / 3 + 0.5));
  gtk_text_view_set_pixels_below_lines (self->text_view, (int) ((spacing - 1.0) * size * 4 / 3 + 0.5) + 6);

  shown = g_settings_get_strv (self->settings, "highlight-types");
  all = g_settings_get_boolean (self->settings, "show-highlights");
  for (GtkWidget *box_child = gtk_widget_get_first_child (GTK_WIDGET (self->legend)); box_child != NULL;
       box_child = gtk_widget_get_next_sibling (box_child))
    {
      GtkWidget *child = GTK_IS_FLOW_BOX_CHILD (box_child)
                         ? gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (box_child)) : box_child;
      const char *type = child != NULL ? gtk_widget_get_name (child) : "";
      gboolean on = all && g_strv_contains ((const char *const *) shown, type);

      if (!GTK_IS_TOGGLE_BUTTON (child))
        continue;
      gtk_widget_set_sensitive (child, all);
      g_signal_handlers_block_by_func (child, _byline_article_view_on_legend_toggled, self);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), on);
      g_signal_handlers_unblock_by_func (child, _byline_article_view_on_legend_toggled, self);
      _byline_article_view_show_type (self, type, on);
    }
}

static void
on_settings_changed (GSettings    *settings,
                     const char   *key,
                     BylineWindow *self)
{
  apply_settings (self);
}

static gboolean
on_close_request (GtkWindow    *window,
                  BylineWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return FALSE;
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  return FALSE;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         BylineWindow  *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;
  byline_window_open (self, g_value_get_object (value));
  return TRUE;
}

/* An article is in: the article takes the keys; a note found by a search
 * shows its passage */
static void
on_loaded_show_note (BylineWindow *self)
{
  gint64 note = self->pending_note;
  GListModel *notes = G_LIST_MODEL (self->notes);

  self->pending_note = 0;
  if (_byline_window_article_id (self) == 0)
    return;
  /* keyboard first: an article just opened takes the keys, its caret at the start */
  if (note == 0)
    {
      if (self->exercise_panel == NULL &&
          g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "article") == 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (notes, i);

      if (byline_item_get_id (item) == note)
        {
          gtk_stack_set_visible_child_name (self->sidebar_stack, "notes");
          gtk_single_selection_set_selected (self->notes_selection, i);
          _byline_sidebar_select_item (self, notes, i);
          /* by the mark: the lines above the note may not be measured yet */
          gtk_text_view_scroll_to_mark (self->text_view,
                                        gtk_text_buffer_get_insert (gtk_text_view_get_buffer (self->text_view)),
                                        0.1, TRUE, 0.0, 0.3);
          gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
          return;
        }
    }
}

/* The close buttons GTK puts in the find bar and the error bar show an icon
 * only, and a screen reader would say "GtkImage": they get a name */
static void
name_close_buttons (GtkWidget  *root,
                    const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          if (gtk_widget_get_tooltip_text (child) == NULL)
            gtk_widget_set_tooltip_text (child, name);
        }
      else
        name_close_buttons (child, name);
    }
}

/* Narrow windows: below NARROW_WIDTH the sidebar folds into a flap that a
 * header button or F9 shows, the legend goes into a popover, the text's side
 * margins shrink and the notes in the margin become markers */

#define NARROW_WIDTH 900

static void
apply_narrow (BylineWindow *self)
{
  GtkWidget *legend = GTK_WIDGET (self->legend);
  gboolean narrow = self->narrow;
  gboolean in_popover = gtk_widget_get_parent (legend) != self->legend_home;

  adw_flap_set_fold_policy (self->flap, narrow ? ADW_FLAP_FOLD_POLICY_ALWAYS
                                               : ADW_FLAP_FOLD_POLICY_NEVER);
  adw_flap_set_reveal_flap (self->flap, !narrow);
  gtk_widget_set_visible (self->sidebar_button, narrow);
  /* in the main menu too, and Ctrl+L: the header keeps room for the title */
  gtk_widget_set_visible (self->library_button, !narrow);
  gtk_widget_set_visible (self->open_button, !narrow);
  gtk_widget_set_visible (self->legend_button, narrow && self->exercise_panel == NULL);
  if (narrow != in_popover)
    {
      g_object_ref (legend);
      if (narrow)
        {
          gtk_box_remove (GTK_BOX (self->legend_home), legend);
          gtk_flow_box_set_max_children_per_line (self->legend, 1);
          gtk_popover_set_child (GTK_POPOVER (self->legend_popover), legend);
        }
      else
        {
          gtk_popover_set_child (GTK_POPOVER (self->legend_popover), NULL);
          gtk_flow_box_set_max_children_per_line (self->legend, 12);
          gtk_box_insert_child_after (GTK_BOX (self->legend_home), legend,
                                      gtk_widget_get_prev_sibling (GTK_WIDGET (self->coverage_label)));
        }
      g_object_unref (legend);
    }
  gtk_text_view_set_left_margin (self->text_view, narrow ? 12 : 48);
  gtk_text_view_set_right_margin (self->text_view, narrow ? 12 : 48);
  byline_note_margin_set_compact (BYLINE_NOTE_MARGIN (self->note_margin), narrow);
}

static gboolean
narrow_idle_cb (gpointer data)
{
  BylineWindow *self = data;
  gboolean narrow = gtk_widget_get_width (GTK_WIDGET (self)) < NARROW_WIDTH;

  self->narrow_id = 0;
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      apply_narrow (self);
    }
  return G_SOURCE_REMOVE;
}

/* A folded sidebar gets out of the way once a row has shown its passage */
void
_byline_window_hide_folded_sidebar (BylineWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* Overrides */

static void
byline_window_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  GTK_WIDGET_CLASS (byline_window_parent_class)->size_allocate (widget, width, height, baseline);
  /* not while allocating: the folding changes what everything measures */
  if ((width < NARROW_WIDTH) != self->narrow && self->narrow_id == 0)
    self->narrow_id = g_idle_add (narrow_idle_cb, self);
}

/* The library is known now: the window's article, observed */
static void
byline_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (byline_window_parent_class)->constructed (object);
  _byline_article_attach (BYLINE_WINDOW (object));
}

static void
byline_window_dispose (GObject *object)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  if (self->loaded_article != NULL)
    byline_loaded_article_cancel (self->loaded_article);
  g_clear_handle_id (&self->stall_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  if (self->text_view != NULL)
    _byline_article_view_stop_highlighting (self);
  byline_window_stop_exercise (self);
  g_clear_pointer (&self->note_popover, gtk_widget_unparent);
  g_clear_pointer (&self->article_menu, gtk_widget_unparent);
  g_clear_handle_id (&self->selection_id, g_source_remove);
  if (self->selection_popover != NULL && gtk_widget_get_parent (self->selection_popover) != NULL)
    gtk_widget_unparent (self->selection_popover);
  /* a window of the template: it is not a child, so it is destroyed here */
  if (self->speaker_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->speaker_dialog));
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_WINDOW);
  G_OBJECT_CLASS (byline_window_parent_class)->dispose (object);
}

static void
byline_window_finalize (GObject *object)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  g_clear_object (&self->loaded_article);
  g_clear_object (&self->text_css);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->pending_text, g_free);
  for (guint r = 0; r < G_N_ELEMENTS (self->pending_rows); r++)
    g_clear_pointer (&self->pending_rows[r], g_ptr_array_unref);
  g_clear_pointer (&self->type_tags, g_hash_table_unref);
  g_free (self->library);
  g_free (self->error);
  g_free (self->export_format);
  g_free (self->menu_type);
  g_clear_object (&self->export_folder);
  G_OBJECT_CLASS (byline_window_parent_class)->finalize (object);
}

static void
byline_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_string (value, self->library);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_MENU_TYPE:
      g_value_set_string (value, self->menu_type != NULL ? self->menu_type : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_free (self->library);
      self->library = g_value_dup_string (value);
      break;
    case PROP_MENU_TYPE:
      _byline_window_set_menu_type (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_window_class_init (BylineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = byline_window_constructed;
  object_class->dispose = byline_window_dispose;
  object_class->finalize = byline_window_finalize;
  object_class->get_property = byline_window_get_property;
  object_class->set_property = byline_window_set_property;
  widget_class->size_allocate = byline_window_size_allocate;

  _byline_window_properties[PROP_LIBRARY] =
    g_param_spec_string ("library", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  _byline_window_properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the context menu's "This Is a…" items: the type ticked is the name's; choosing another corrects it */
  _byline_window_properties[PROP_MENU_TYPE] =
    g_param_spec_string ("menu-type", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, _byline_window_properties);

  /* after an article is shown with all its highlights, or its loading failed */
  _byline_window_signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 0);

  g_type_ensure (BYLINE_TYPE_ITEM);
  g_type_ensure (BYLINE_TYPE_NOTE_POPOVER);
  gtk_widget_class_set_template_from_resource (widget_class, "/app/byline/Byline/ui/byline-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, quotes);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, claims);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, meetings);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, people);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, sources);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, notes);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, notes_selection);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_list_activate",
                                                G_CALLBACK (_byline_sidebar_on_list_activate));
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_legend_toggled",
                                                G_CALLBACK (_byline_article_view_on_legend_toggled));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_text_query_tooltip",
                                                G_CALLBACK (_byline_article_view_on_text_query_tooltip));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_library_search_changed",
                                                G_CALLBACK (_byline_library_page_on_library_search_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_library_activate",
                                                G_CALLBACK (_byline_library_page_on_library_activate));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_find_changed",
                                                G_CALLBACK (_byline_find_bar_on_find_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_find_next",
                                                G_CALLBACK (_byline_find_bar_on_find_next));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_find_previous",
                                                G_CALLBACK (_byline_find_bar_on_find_previous));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_find_stop",
                                                G_CALLBACK (_byline_find_bar_on_find_stop));
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, speaker_dialog);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, speaker_entry);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_speaker_response",
                                                G_CALLBACK (_byline_window_on_speaker_response));
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, find_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, library_search);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, library_items);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, entity_menu);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, library_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, library_empty);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, selection_popover);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, selection_note_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, library_scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, notes_empty);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, notes_scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, edit_note_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, delete_note_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, legend_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, legend_popover);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, analysis_sidebar);

  _byline_window_class_init_actions (widget_class);
}

static void
byline_window_init (BylineWindow *self)
{
  GtkTextBuffer *buffer;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->type_tags = g_hash_table_new (g_str_hash, g_str_equal);

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->headline_tag = gtk_text_buffer_create_tag (buffer, "headline", "scale", 1.6,
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   "pixels-below-lines", 12, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (highlight_types); i++)
    g_hash_table_insert (self->type_tags, (gpointer) highlight_types[i],
                         _byline_article_view_make_type_tag (buffer, highlight_types[i]));
  /* the words a claim hedges with and the loaded words: no background, their own underline */
  g_hash_table_insert (self->type_tags, (gpointer) "HEDGE",
                       _byline_article_view_make_type_tag (buffer, "HEDGE"));
  g_hash_table_insert (self->type_tags, (gpointer) "LOADED",
                       _byline_article_view_make_type_tag (buffer, "LOADED"));
  /* notes over everything else: a yellow marker with a dotted underline cue */
  self->note_tag = gtk_text_buffer_create_tag (buffer, "note",
                                               "background", "rgba(246,211,45,0.45)",
                                               "underline", PANGO_UNDERLINE_SINGLE,
                                               "underline-rgba", &(GdkRGBA) { 0.9, 0.6, 0.0, 1.0 },
                                               NULL);

  g_signal_connect_object (buffer, "mark-set",
                           G_CALLBACK (_byline_article_view_on_mark_set), self, 0);

  self->note_popover = byline_note_popover_new ();
  gtk_widget_set_parent (self->note_popover, GTK_WIDGET (self->text_view));
  gtk_widget_set_parent (self->selection_popover, GTK_WIDGET (self->text_view));
  g_signal_connect (self->note_popover, "save", G_CALLBACK (_byline_window_on_note_saved), self);
  self->note_margin = byline_note_margin_new (self->text_view, G_LIST_MODEL (self->notes));
  self->legend_home = gtk_widget_get_parent (GTK_WIDGET (self->legend));
  g_signal_connect_object (self->notes, "items-changed",
                           G_CALLBACK (_byline_sidebar_on_notes_changed), self, 0);
  g_signal_connect (self, "loaded", G_CALLBACK (on_loaded_show_note), NULL);
  name_close_buttons (GTK_WIDGET (self->find_bar), _("Close the find bar"));
  name_close_buttons (GTK_WIDGET (self->error_bar), _("Close the message"));
  g_signal_connect (self->note_margin, "activate-note",
                    G_CALLBACK (_byline_window_on_margin_note), self);

  self->menu_entity = -1;
  self->menu_quote = -1;
  self->speaker_quote = -1;
  gtk_text_view_set_extra_menu (self->text_view, self->entity_menu);
  self->article_menu = gtk_popover_menu_new_from_model (self->entity_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->article_menu), FALSE);
  gtk_widget_set_halign (self->article_menu, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->article_menu, "article-menu");
  gtk_widget_set_parent (self->article_menu, GTK_WIDGET (self->text_view));
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();
    GtkShortcutAction *popup = gtk_callback_action_new (_byline_article_view_article_menu_key_cb,
                                                        self, NULL);

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                                                                         gtk_keyval_trigger_new (GDK_KEY_Menu, 0)),
                                                            popup));
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.correct-speaker", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-quote", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.correct-type", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-entity", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-exercise", FALSE);
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
    /* before the view's own menu opens */
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "pressed",
                      G_CALLBACK (_byline_article_view_on_text_right_click), self);
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  }

  /* before the settings' handler: an unsaved exercise may keep the window open */
  g_signal_connect (self, "close-request", G_CALLBACK (_byline_window_on_close_exercise), self);

  /* GSettings when the schema is there (installed, or GSETTINGS_SCHEMA_DIR) */
  self->text_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->text_view)),
                                  GTK_STYLE_PROVIDER (self->text_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  self->settings = byline_settings_new ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_settings_bind (self->settings, "sidebar-page", self->sidebar_stack, "visible-child-name",
                       G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, 0);
      g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), self);
      apply_settings (self);
    }

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/* Public API */

BylineWindow *
byline_window_new (GtkApplication *application,
                   const char     *library)
{
  return g_object_new (BYLINE_TYPE_WINDOW, "application", application, "library", library, NULL);
}

gboolean
byline_window_get_loading (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  return self->loading;
}

gint64
byline_window_get_article (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);
  return _byline_window_article_id (self);
}

const char *
byline_window_get_error (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return self->error;
}

GtkTextView *
byline_window_get_text_view (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return self->text_view;
}
