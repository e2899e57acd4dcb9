/* byline-window-private.h: what the window's files share: its struct, the
 * types of a load, and the functions one room calls in another
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-input.h"
#include "byline-analysis.h"
#include "byline-analysis-model.h"
#include "byline-article.h"
#include "byline-class-overview.h"
#include "byline-exercise-panel.h"
#include "byline-export.h"
#include "byline-import.h"
#include "byline-item.h"
#include "byline-note-margin.h"
#include "byline-note-popover.h"
#include "byline-settings.h"
#include "byline-store.h"
#include "byline-window.h"

G_BEGIN_DECLS

/* Time spent at a time on text, rows and highlights: a 5 MB article has ~100 000 mentions */
#define HIGHLIGHT_BUDGET_US 15000
/* Bytes of text put into the view at a time */
#define TEXT_CHUNK 65536
/* At most this much text and this many sidebar rows at a time: GTK lays out
 * what was added before the next frame, and that takes time too */
#define TEXT_PER_FRAME (4 * TEXT_CHUNK)
#define ROWS_PER_FRAME 5000
/* A GtkListView (4.8) makes a row widget for each of the first 200 rows, shown
 * or not (GTK_LIST_VIEW_MAX_LIST_ITEMS), and building and measuring one takes
 * about half a millisecond: those rows go in a few at a time */
#define ROWS_WITH_WIDGETS 200
#define ROW_WIDGETS_PER_FRAME 12
/* an ordinary article's rows all go into its first frame */
#define FIRST_FRAME_ROW_WIDGETS 64

/* What a load brings back from its thread */
typedef struct
{
  char       *path;
  char       *pasted;   /* text from the clipboard, instead of a file */
  gboolean    pasted_html;  /* ...copied as rich text: HTML */
  gboolean    whole_page;   /* a web page with no clear article: all its text */
  char       *cut;          /* what a limit on hostile HTML left out, or NULL */
  char       *library;
  gint64      article;
  char       *title;
  char       *dateline;
  char       *text;
  JsonNode   *analysis;
  GPtrArray  *notes;    /* BylineNote */
  /* made in the thread too, so the main loop only shows them */
  GPtrArray  *quotes;   /* BylineItem */
  GPtrArray  *claims;
  GPtrArray  *meetings;
  GPtrArray  *people;
  GPtrArray  *sources;
  GArray     *marks;    /* RawSpan: highlights by kind */
  GPtrArray  *entities; /* Entity */
  GArray     *mentions; /* Mention, by start */
  char       *provenance;   /* the line under the title: author, outlet, date; or NULL */
  gboolean    state_media;  /* ...and its outlet is state media */
} Load;

/* An entity as the tooltip and the correction menu need it */
typedef struct
{
  char  *name;
  char  *type;
  char  *role;
  char  *affiliation;
  guint  n_mentions;
  guint  first_start;
  guint  first_end;
} Entity;

/* A mention, for finding the entity under the pointer */
typedef struct
{
  guint start;
  guint end;
  guint entity;  /* index in entities */
} Mention;

/* A highlight found in the thread: a kind, since tags belong to the main thread */
typedef struct
{
  guint start;
  guint end;
  guint kind;   /* an index of highlight_types[], or SPAN_HEADLINE, SPAN_NOTE */
} RawSpan;

#define SPAN_HEADLINE 100
#define SPAN_NOTE     101
#define SPAN_HEDGE    102
#define SPAN_LOADED   103

/* A highlight to apply: a tag over a span of code points */
typedef struct
{
  guint       start;
  guint       end;
  GtkTextTag *tag;
} Span;

struct _BylineWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkSpinner           *spinner;
  GtkStack             *main_stack;
  GtkTextView          *text_view;
  GtkStack             *sidebar_stack;
  GtkInfoBar           *error_bar;
  GtkLabel             *error_label;
  GtkListView          *notes_view;
  GListStore           *quotes;
  GListStore           *claims;
  GListStore           *meetings;
  GListStore           *people;
  GListStore           *sources;
  GListStore           *notes;
  GtkSingleSelection   *notes_selection;
  GtkSearchEntry       *library_search;
  GtkSearchBar         *find_bar;
  GtkFlowBox           *legend;
  GtkLabel             *coverage_label;
  GSettings            *settings;    /* NULL when the schema is not installed */
  GtkCssProvider       *text_css;
  GtkSearchEntry       *find_entry;
  GListStore           *library_items;
  AdwFlap              *flap;
  GtkWidget            *sidebar_button;
  GtkWidget            *library_button;
  GtkWidget            *open_button;
  GtkWidget            *legend_button;
  GtkWidget            *legend_popover;
  GtkWidget            *legend_home;   /* where the legend sits when the window is wide */
  gboolean              narrow;        /* the sidebar folded, the legend in a popover */
  char                 *menu_type;     /* the type of the name under the context menu, ticked there */
  GtkWidget            *selection_popover; /* Note and Copy, beside a selection made in the article */
  GtkWidget            *selection_note_button;
  GtkWidget            *article_menu;  /* the context menu, without the greyed editing items */
  guint                 selection_id;  /* the popover waits until the selection stops changing */
  GtkWidget            *library_empty;
  GtkWidget            *library_scroller;
  GtkWidget            *notes_empty;
  GtkWidget            *notes_scroller;
  GtkWidget            *edit_note_button;
  GtkWidget            *delete_note_button;
  gint64                pending_note;   /* a note found by a search: shown once its article is */
  GtkFileChooser       *export_dialog; /* while the export dialog is open */
  guint                 export_follow_id; /* keeps the name's extension on the format chosen */
  gboolean              export_preset;    /* the last folder and format wait for the dialog */
  char                 *export_format;   /* the format chosen last, and the folder */
  GFile                *export_folder;
  guint                 narrow_id;     /* an idle applying a change of width */
  GtkWidget            *analysis_sidebar;
  GtkWidget            *exercise_panel;  /* while an exercise runs, in the sidebar's place */
  GtkLabel             *provenance_label; /* under the title: where the article comes from */

  char                 *library;
  BylineLoadedArticle  *loaded_article; /* the article open: its load, entities, library */
  GPtrArray            *pending_rows[5]; /* BylineItem for quotes, claims, meetings, people, sources */
  guint                 pending_row_pos[5];
  char                 *pending_text; /* the article's text, going in a chunk a frame */
  gsize                 pending_len;
  gsize                 pending_pos;
  GArray               *spans;     /* Span, waiting to be applied */
  guint                 next_span;
  guint                 highlight_id;  /* the tick callback asking for a chunk a frame */
  guint                 chunk_id;      /* the idle putting in a chunk of text, rows, highlights */
  char                 *error;
  gboolean              loading;
  GHashTable           *type_tags; /* "PERSON" -> GtkTextTag */
  GtkTextTag           *note_tag;
  GtkTextTag           *headline_tag;
  GtkWidget            *note_popover;
  GtkWidget            *note_margin;   /* the text view's right gutter */
  GMenuModel           *entity_menu;
  int                   menu_entity; /* the entity the correction menu is for, or -1 */
  int                   menu_quote;  /* the quote under the pointer (its row), or -1 */
  AdwMessageDialog     *speaker_dialog;
  GtkEntry             *speaker_entry;
  int                   speaker_quote; /* the row the speaker dialog is for */

  /* BYLINE_BENCH: when the first frame with highlights is drawn, and the
   * longest the main loop went without running while an article loaded */
  guint                 exporting; /* exports still being written */
  gboolean              discard_confirmed; /* closing with an unsaved exercise was agreed */

  gboolean              bench;     /* a load is being timed */
  guint                 stall_id;
  gint64                last_tick;
  gint64                longest_stall;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_LOADING,
  PROP_MENU_TYPE,
  N_PROPS
};

enum {
  LOADED,
  N_SIGNALS
};

/* The entity types highlighted, each with its own cue besides colour */
static const char *const highlight_types[] = {
  "PERSON", "ORG", "PLACE", "NORP", "DATE", "MONEY", "QUANTITY",
};

extern GParamSpec *_byline_window_properties[N_PROPS];

/* The open article's id in the library (0: none), and the main thread's
 * connection to the library (NULL until _byline_article_ensure_store ()) */
static inline gint64
_byline_window_article_id (BylineWindow *self)
{
  return byline_loaded_article_get_id (self->loaded_article);
}

static inline BylineStore *
_byline_window_store (BylineWindow *self)
{
  return byline_loaded_article_get_store (self->loaded_article);
}
extern guint _byline_window_signals[N_SIGNALS];

/* byline-window.c */
void _byline_window_show_error          (BylineWindow *self,
                                         const char   *message);
void _byline_window_hide_folded_sidebar (BylineWindow *self);

/* byline-article.c */
const Entity *_byline_article_entity_at          (BylineLoadedArticle *self,
                                                  guint                offset,
                                                  int                 *index);
const Entity *_byline_article_get_entity         (BylineLoadedArticle *self,
                                                  int                  index);
void          _byline_article_load               (BylineLoadedArticle *self,
                                                  Load                *load);
void          _byline_article_attach             (BylineWindow        *self);
gboolean      _byline_article_ensure_store       (BylineWindow *self,
                                                  GError      **error);
void          _byline_article_undo_correction_cb (AdwToast *toast,
                                                  gpointer  user_data);
void          _byline_article_reset_load         (BylineWindow *self);
void          _byline_article_open_pasted        (BylineWindow *self,
                                                  const char   *text,
                                                  gboolean      html);

/* byline-article-view.c */
void        _byline_article_view_show_provenance       (BylineWindow *self,
                                                        const char   *line,
                                                        gboolean      state_media);
void        _byline_article_view_bench_start           (BylineWindow *self);
GtkTextTag *_byline_article_view_make_type_tag         (GtkTextBuffer *buffer,
                                                        const char    *type);
void        _byline_article_view_add_span              (BylineWindow *self,
                                                        guint         start,
                                                        guint         end,
                                                        GtkTextTag   *tag);
gboolean    _byline_article_view_apply_spans           (BylineWindow *self,
                                                        gint64        budget_us,
                                                        guint         row_widgets);
gboolean    _byline_article_view_apply_spans_tick      (GtkWidget     *widget,
                                                        GdkFrameClock *clock,
                                                        gpointer       data);
void        _byline_article_view_stop_highlighting     (BylineWindow *self);
void        _byline_article_view_collect_highlights    (GArray                    *marks,
                                                        const BylineAnalysisModel *model,
                                                        GPtrArray                 *notes);
void        _byline_article_view_show_type             (BylineWindow *self,
                                                        const char   *type,
                                                        gboolean      on);
void        _byline_article_view_on_legend_toggled     (GtkToggleButton *button,
                                                        BylineWindow    *self);
gboolean    _byline_article_view_on_text_query_tooltip (GtkWidget    *widget,
                                                        int           x,
                                                        int           y,
                                                        gboolean      keyboard,
                                                        GtkTooltip   *tooltip,
                                                        BylineWindow *self);
gboolean    _byline_article_view_article_menu_key_cb   (GtkWidget *widget,
                                                        GVariant  *args,
                                                        gpointer   data);
void        _byline_article_view_on_text_right_click   (GtkGestureClick *gesture,
                                                        int              n_press,
                                                        double           x,
                                                        double           y,
                                                        BylineWindow    *self);
void        _byline_article_view_on_mark_set           (GtkTextBuffer *buffer,
                                                        GtkTextIter   *location,
                                                        GtkTextMark   *mark,
                                                        BylineWindow  *self);
void        _byline_article_view_show_analysis         (BylineWindow *self,
                                                        gboolean      shown);

/* byline-sidebar.c */
BylineItem *_byline_sidebar_note_item         (const BylineNote *note);
void        _byline_sidebar_fill_quotes       (GPtrArray                 *out,
                                               const BylineAnalysisModel *model);
void        _byline_sidebar_fill_claims       (GPtrArray                 *out,
                                               const BylineAnalysisModel *model);
void        _byline_sidebar_fill_meetings     (GPtrArray                 *out,
                                               const BylineAnalysisModel *model);
void        _byline_sidebar_fill_people       (GPtrArray                 *out,
                                               const BylineAnalysisModel *model);
void        _byline_sidebar_fill_provenance   (Load                      *load,
                                               const BylineAnalysisModel *model);
void        _byline_sidebar_fill_sources      (GPtrArray                 *out,
                                               const BylineAnalysisModel *model);
void        _byline_sidebar_select_item       (BylineWindow *self,
                                               GListModel   *model,
                                               guint         position);
void        _byline_sidebar_on_list_activate  (GtkListView  *view,
                                               guint         position,
                                               BylineWindow *self);
void        _byline_sidebar_update_coverage   (BylineWindow *self);
void        _byline_sidebar_on_notes_changed  (GListModel   *notes,
                                               guint         position,
                                               guint         removed,
                                               guint         added,
                                               BylineWindow *self);

/* byline-library-page.c */
void _byline_library_page_on_library_search_changed (GtkSearchEntry *entry,
                                                     BylineWindow   *self);
void _byline_library_page_on_library_activate       (GtkListView  *view,
                                                     guint         position,
                                                     BylineWindow *self);
void _byline_library_page_show_library_action       (GtkWidget  *widget,
                                                     const char *action,
                                                     GVariant   *parameter);
void _byline_library_page_search_library_action     (GtkWidget  *widget,
                                                     const char *action,
                                                     GVariant   *parameter);

/* byline-find-bar.c */
void _byline_find_bar_on_find_changed  (GtkSearchEntry *entry,
                                        BylineWindow   *self);
void _byline_find_bar_on_find_next     (GtkSearchEntry *entry,
                                        BylineWindow   *self);
void _byline_find_bar_on_find_previous (GtkSearchEntry *entry,
                                        BylineWindow   *self);
void _byline_find_bar_on_find_stop     (GtkSearchEntry *entry,
                                        BylineWindow   *self);
void _byline_find_bar_find_action      (GtkWidget  *widget,
                                        const char *action,
                                        GVariant   *parameter);

/* byline-window-actions.c */
void _byline_window_on_note_saved       (BylineNotePopover *popover,
                                         BylineWindow      *self);
void _byline_window_show_menu_type      (BylineWindow *self);
void _byline_window_set_menu_type       (BylineWindow *self,
                                         const char   *type);
void _byline_window_on_speaker_response (AdwMessageDialog *dialog,
                                         const char       *response,
                                         BylineWindow     *self);
void _byline_window_on_margin_note      (BylineNoteMargin *margin,
                                         gint64            id,
                                         GtkWidget        *card,
                                         BylineWindow     *self);
void _byline_window_class_init_actions  (GtkWidgetClass *widget_class);

/* byline-window-exercise.c */
void     _byline_window_start_exercise_action (GtkWidget  *widget,
                                               const char *action,
                                               GVariant   *parameter);
void     _byline_window_open_lesson_action    (GtkWidget  *widget,
                                               const char *action,
                                               GVariant   *parameter);
gboolean _byline_window_on_close_exercise     (GtkWindow    *window,
                                               BylineWindow *self);
void     _byline_window_stop_exercise_action  (GtkWidget  *widget,
                                               const char *action,
                                               GVariant   *parameter);
void     _byline_window_class_overview_action (GtkWidget  *widget,
                                               const char *action,
                                               GVariant   *parameter);

/* What the tests ask and do, as a reader would */
void            byline_window_open_text          (BylineWindow *self,
                                                  const char   *text);
void            byline_window_open_article       (BylineWindow *self,
                                                  gint64        id);
void            byline_window_show_library       (BylineWindow *self,
                                                  const char   *query);
gboolean        byline_window_get_loading        (BylineWindow *self);
gint64          byline_window_get_article        (BylineWindow *self);
GListModel     *byline_window_get_page           (BylineWindow *self,
                                                  const char   *name);
GListModel     *byline_window_get_library        (BylineWindow *self);
gboolean        byline_window_activate_item      (BylineWindow *self,
                                                  const char   *page,
                                                  guint         position);
gint64          byline_window_add_note           (BylineWindow *self,
                                                  guint         start,
                                                  guint         end,
                                                  const char   *body,
                                                  int           kind,
                                                  const char   *tags,
                                                  GError      **error);
gboolean        byline_window_update_note        (BylineWindow *self,
                                                  gint64        id,
                                                  const char   *body,
                                                  int           kind,
                                                  const char   *tags,
                                                  GError      **error);
gboolean        byline_window_delete_note        (BylineWindow *self,
                                                  gint64        id);
gint64          byline_window_correct_entity     (BylineWindow *self,
                                                  guint         offset,
                                                  const char   *type,
                                                  GError      **error);
gint64          byline_window_correct_quote      (BylineWindow *self,
                                                  guint         position,
                                                  const char   *speaker,
                                                  GError      **error);
GtkTextView    *byline_window_get_text_view      (BylineWindow *self);
const char     *byline_window_get_coverage       (BylineWindow *self);
const char     *byline_window_get_error          (BylineWindow *self);
const char     *byline_window_get_provenance     (BylineWindow *self);
gboolean        byline_window_export             (BylineWindow      *self,
                                                  GFile             *file,
                                                  BylineExportFormat format,
                                                  BylineExportFlags  flags,
                                                  GError           **error);
guint           byline_window_get_exporting      (BylineWindow *self);
GtkFileChooser *byline_window_get_export_dialog  (BylineWindow *self);
gboolean        byline_window_import_notes       (BylineWindow *self,
                                                  GFile        *file,
                                                  GError      **error);
gboolean        byline_window_open_lesson        (BylineWindow *self,
                                                  GFile        *file);
void            byline_window_stop_exercise      (BylineWindow *self);
GtkWidget      *byline_window_get_exercise_panel (BylineWindow *self);

G_END_DECLS
