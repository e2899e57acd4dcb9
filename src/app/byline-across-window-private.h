/* byline-across-window-private.h: what the across window's files share:
 * its struct, the JSON readers of the store's views, the helpers of the
 * shell (byline-across-window.c) and each page's entry points
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-across-window.h"
#include "byline-analysis.h"
#include "byline-input.h"
#include "byline-people.h"
#include "byline-store.h"
#include "byline-table-row.h"
#include "byline-window-private.h"

G_BEGIN_DECLS

struct _BylineAcrossWindow
{
  AdwWindow       parent_instance;

  GtkStack       *stack;
  GtkLabel       *problem_label;
  GtkColumnView  *people_view;
  GListStore     *people;
  GtkLabel       *person_title;
  GtkLabel       *person_summary;
  GtkWidget      *person_tools;
  GtkEntry       *merge_entry;
  GtkDropDown    *variant_dropdown;
  GtkStringList  *variants;
  GtkColumnView  *person_view;
  GListStore     *person_rows;
  GtkSearchEntry *person_entry;
  GtkSearchEntry *country_entry;
  GtkSearchEntry *tag_entry;
  GtkDropDown    *kind_dropdown;
  GtkCheckButton *open_article_check;
  GtkLabel       *timeline_status;
  GtkColumnView  *timeline_view;
  GListStore     *events;
  GtkDrawingArea *network_area;
  GtkColumnView  *links_view;
  GListStore     *links;
  GtkColumnView  *link_meetings_view;
  GListStore     *link_meetings;
  GtkDropDown    *article_a;
  GtkDropDown    *article_b;
  GtkStringList  *article_titles;
  GtkColumnView  *compare_view;
  GListStore     *compare_rows;

  BylineStore    *store;
  char           *library;
  GtkWindow      *parent;          /* weak */
  JsonNode       *graph;
  GArray         *article_ids;     /* gint64, as the two drop-downs list them */
  char           *person;          /* the person shown */
  gint64          data_version;    /* the library's, when the views were read */
  gint64          pending;         /* an article asked of the reading window */
  guint           pending_start;
  guint           pending_end;
  gulong          loading_handler;
  gboolean        filling;         /* the drop-downs are being filled */
  JsonNode       *comparison;      /* the one shown */
  GtkFileChooserNative *export_dialog;
};

/* JSON readers that take what is there (byline_json_get_* (), byline-input.h) */

static inline JsonObject *
obj (JsonObject *o,
     const char *member)
{
  return byline_json_get_object (o, member);
}

/* The shell (byline-across-window.c) */
char     *_byline_across_window_join         (JsonArray          *a,
                                              const char         *separator);
/* A row; @article 0 when it is about no article, @start < 0 when about no passage */
void      _byline_across_window_add_row      (GListStore         *store,
                                              const char         *c0,
                                              const char         *c1,
                                              const char         *c2,
                                              const char         *c3,
                                              gint64              article,
                                              gint64              start,
                                              gint64              end);
void      _byline_across_window_show_problem (BylineAcrossWindow *self,
                                              const GError       *error);
gboolean  _byline_across_window_ensure_store (BylineAcrossWindow *self);

/* People (byline-across-window-people.c) */
void      _byline_across_window_refresh_people     (BylineAcrossWindow *self);
void      _byline_across_window_show_person        (BylineAcrossWindow *self,
                                                    const char         *name);
void      _byline_across_window_on_people_selected (GtkSelectionModel  *selection,
                                                    guint               position,
                                                    guint               n_items,
                                                    BylineAcrossWindow *self);
void      _byline_across_window_merge_action       (GtkWidget          *widget,
                                                    const char         *action,
                                                    GVariant           *parameter);
void      _byline_across_window_split_action       (GtkWidget          *widget,
                                                    const char         *action,
                                                    GVariant           *parameter);

/* Timeline (byline-across-window-timeline.c) */
void      _byline_across_window_refresh_timeline   (BylineAcrossWindow *self);
void      _byline_across_window_on_filter_changed  (BylineAcrossWindow *self);

/* Who met whom (byline-across-window-network.c) */
void      _byline_across_window_refresh_network    (BylineAcrossWindow *self);
void      _byline_across_window_on_link_selected   (GtkSelectionModel  *selection,
                                                    guint               position,
                                                    guint               n_items,
                                                    BylineAcrossWindow *self);
void      _byline_across_window_draw_network       (GtkDrawingArea     *area,
                                                    cairo_t            *cr,
                                                    int                 width,
                                                    int                 height,
                                                    gpointer            data);

/* Side by side (byline-across-window-compare.c) */
void      _byline_across_window_fill_articles      (BylineAcrossWindow *self);
void      _byline_across_window_refresh_compare    (BylineAcrossWindow *self);
void      _byline_across_window_on_article_chosen  (BylineAcrossWindow *self);
gboolean  _byline_across_window_export_comparison  (BylineAcrossWindow *self,
                                                    GFile              *file,
                                                    GError            **error);
void      _byline_across_window_export_comparison_action (GtkWidget  *widget,
                                                          const char *action,
                                                          GVariant   *parameter);

G_END_DECLS
