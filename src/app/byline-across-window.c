/* byline-across-window.c: the library across its articles: people, a
 * timeline, who met whom, and two reports side by side
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Four pages over the store's cross-article views (byline-people.h): a
 * person's page, the timeline, the meetings network (a drawing and a list of
 * its links) and two articles compared. Every row is a BylineTableRow whose
 * span and article (cell 5) say where it is; activating a row opens that
 * article at that passage in the reading window. The views are read again
 * whenever the window comes to the front, so it follows the library. */

#define G_LOG_DOMAIN "byline-across"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "byline-across-window.h"
#include "byline-analysis.h"
#include "byline-export-across.h"
#include "byline-people.h"
#include "byline-store.h"
#include "byline-table-row.h"
#include "byline-window-private.h"

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

G_DEFINE_FINAL_TYPE (BylineAcrossWindow, byline_across_window, ADW_TYPE_WINDOW)

static const char *const kinds[] = { NULL, "article", "meeting", "claim" };

/* Helpers */

static const char *
str (JsonObject *o,
     const char *member)
{
  JsonNode *n = o != NULL ? json_object_get_member (o, member) : NULL;

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
         ? json_node_get_string (n) : NULL;
}

static gint64
num (JsonObject *o,
     const char *member)
{
  JsonNode *n = o != NULL ? json_object_get_member (o, member) : NULL;

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) ? json_node_get_int (n) : 0;
}

static JsonArray *
arr (JsonObject *o,
     const char *member)
{
  JsonNode *n = o != NULL ? json_object_get_member (o, member) : NULL;

  return n != NULL && JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
}

static JsonObject *
obj_at (JsonArray *a,
        guint      i)
{
  JsonNode *n = a != NULL && i < json_array_get_length (a) ? json_array_get_element (a, i) : NULL;

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static JsonObject *
obj (JsonObject *o,
     const char *member)
{
  JsonNode *n = o != NULL ? json_object_get_member (o, member) : NULL;

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static char *
join (JsonArray  *a,
      const char *separator)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);

      if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
        g_string_append_printf (out, "%s%s", out->len > 0 ? separator : "", json_node_get_string (n));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A row; @article 0 when it is about no article, @start < 0 when about no passage */
static void
add_row (GListStore *store,
         const char *c0,
         const char *c1,
         const char *c2,
         const char *c3,
         gint64      article,
         gint64      start,
         gint64      end)
{
  g_autofree char *id = article > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, article) : g_strdup ("");
  const char *cells[] = { c0 ? c0 : "", c1 ? c1 : "", c2 ? c2 : "", c3 ? c3 : "", "", id, NULL };
  g_autoptr (BylineTableRow) row = byline_table_row_new (NULL, cells);

  if (article > 0 && start >= 0)
    byline_table_row_set_span (row, (guint) start, (guint) MAX (end, start));
  g_list_store_append (store, row);
}

static void
show_problem (BylineAcrossWindow *self,
              const GError       *error)
{
  gtk_label_set_text (self->problem_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), error != NULL);
}

static gboolean
ensure_store (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    {
      g_autofree char *path = self->library != NULL ? g_strdup (self->library) : byline_store_default_path ();

      self->store = byline_store_open (path, &error);
    }
  show_problem (self, error);
  return self->store != NULL;
}

static const char *
type_label (const char *type)
{
  if (g_strcmp0 (type, "PERSON") == 0)
    return _("person");
  if (g_strcmp0 (type, "ORG") == 0)
    return _("organisation");
  if (g_strcmp0 (type, "PLACE") == 0)
    return _("place");
  if (g_strcmp0 (type, "NORP") == 0)
    return _("group");
  return type != NULL && *type != '\0' ? type : _("country or group");
}

/* People */

static void
refresh_people (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) list = NULL;
  JsonArray *array;

  g_list_store_remove_all (self->people);
  if (!ensure_store (self))
    return;
  list = byline_store_list_people (self->store, NULL, NULL, &error);
  if (list == NULL)
    {
      show_problem (self, error);
      return;
    }
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *p = obj_at (array, i);
      g_autofree char *articles = g_strdup_printf ("%d", (int) num (p, "articles"));

      add_row (self->people, str (p, "name"), type_label (str (p, "type")), articles, NULL, 0, -1, -1);
    }
  /* the person shown stays chosen */
  for (guint i = 0; self->person != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->people)); i++)
    {
      g_autoptr (BylineTableRow) row = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (g_strcmp0 (byline_table_row_get_cell (row, 0), self->person) == 0)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->people_view)), i);
          break;
        }
    }
}

static void
show_person (BylineAcrossWindow *self,
             const char         *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autofree char *variants = NULL;
  g_autofree char *summary = NULL;
  JsonObject *p;
  JsonArray *list;

  g_list_store_remove_all (self->person_rows);
  if (name == NULL || !ensure_store (self))
    return;
  node = byline_store_get_person (self->store, name, &error);
  if (node == NULL)
    {
      show_problem (self, error);
      return;
    }
  g_free (self->person);
  self->person = g_strdup (name);
  p = json_node_get_object (node);
  variants = join (arr (p, "variants"), ", ");
  gtk_label_set_text (self->person_title, str (p, "name"));
  {
    JsonArray *spellings = arr (p, "variants");
    g_autoptr (GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; spellings != NULL && i < json_array_get_length (spellings); i++)
      g_ptr_array_add (names, (gpointer) json_array_get_string_element (spellings, i));
    g_ptr_array_add (names, NULL);
    gtk_string_list_splice (self->variants, 0, g_list_model_get_n_items (G_LIST_MODEL (self->variants)),
                            (const char *const *) names->pdata);
    gtk_widget_set_sensitive (self->person_tools, TRUE);
  }
  summary = g_strdup_printf (_("Written as %s. In %d articles: a named source in %d, only mentioned in %d; "
                               "%d mentions, %d quotes, %u meetings."),
                             variants, (int) num (p, "articles"), (int) num (p, "source_in"),
                             (int) num (p, "mentioned_in"), (int) num (p, "mentions"),
                             (int) num (p, "quote_count"),
                             arr (p, "meetings") != NULL ? json_array_get_length (arr (p, "meetings")) : 0);
  gtk_label_set_text (self->person_summary, summary);

  list = arr (p, "roles");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *r = obj_at (list, i);
      const char *title = str (r, "role"), *affiliation = str (r, "affiliation");
      g_autofree char *role = title != NULL && affiliation != NULL ? g_strdup_printf ("%s, %s", title, affiliation)
                              : g_strdup (title != NULL ? title : affiliation);

      add_row (self->person_rows, str (r, "date"), C_("person page", "role"), role, str (r, "title"),
               num (r, "article"), 0, 0);
    }
  list = arr (p, "quotes");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *q = obj_at (list, i);
      g_autofree char *text = str (q, "via") != NULL
        ? g_strdup_printf (_("“%s” (%s, via %s)"), str (q, "text"), byline_quote_kind_label (str (q, "kind")), str (q, "via"))
        : g_strdup_printf (_("“%s” (%s)"), str (q, "text"), byline_quote_kind_label (str (q, "kind")));

      add_row (self->person_rows, str (q, "date"), C_("person page", "quote"), text, str (q, "title"),
               num (q, "article"), num (q, "start"), num (q, "end"));
    }
  list = arr (p, "meetings");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *m = obj_at (list, i);
      g_autofree char *with = join (arr (m, "with"), ", ");
      g_autofree char *text = str (m, "place") != NULL
        ? g_strdup_printf (_("with %s, in %s (%s)"), with, str (m, "place"), byline_meeting_status_label (str (m, "status")))
        : g_strdup_printf (_("with %s (%s)"), with, byline_meeting_status_label (str (m, "status")));

      add_row (self->person_rows, str (m, "date"), C_("person page", "meeting"), text, str (m, "title"),
               num (m, "article"), num (m, "start"), num (m, "end"));
    }
}

static void
on_people_selected (GtkSelectionModel  *selection,
                    guint               position,
                    guint               n_items,
                    BylineAcrossWindow *self)
{
  GObject *item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

  if (item != NULL)
    show_person (self, byline_table_row_get_cell (BYLINE_TABLE_ROW (item), 0));
}

/* Timeline */

static const char *
entry_text (GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return text != NULL && *text != '\0' ? text : NULL;
}

static void
refresh_timeline (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) events = NULL;
  g_autofree char *status = NULL;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  gint64 open_article;
  JsonArray *array;

  g_list_store_remove_all (self->events);
  if (!ensure_store (self))
    return;
  /* the open article's own timeline, or the library's */
  open_article = self->parent != NULL && gtk_check_button_get_active (self->open_article_check)
                 ? byline_window_get_article (BYLINE_WINDOW (self->parent)) : 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_entry), open_article == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->country_entry), open_article == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->tag_entry), open_article == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_dropdown), open_article == 0);
  if (open_article > 0)
    events = byline_store_article_timeline (self->store, open_article, &error);
  else
    events = byline_store_timeline (self->store, entry_text (self->tag_entry), entry_text (self->person_entry),
                                    entry_text (self->country_entry),
                                    kind < G_N_ELEMENTS (kinds) ? kinds[kind] : NULL, &error);
  if (events == NULL)
    {
      /* a name no one has is an empty timeline, not a fault */
      gtk_label_set_text (self->timeline_status, error->message);
      return;
    }
  array = json_node_get_array (events);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *e = obj_at (array, i);
      const char *k = str (e, "kind");
      JsonArray *also = arr (e, "also_in");
      guint n_also = also != NULL ? json_array_get_length (also) : 0;
      g_autofree char *label = NULL;
      const char *what = g_strcmp0 (k, "meeting") == 0 ? C_("timeline", "meeting")
                         : g_strcmp0 (k, "claim") == 0 ? C_("timeline", "claim") : C_("timeline", "article");

      if (g_strcmp0 (k, "meeting") == 0)
        {
          g_autofree char *more = n_also > 0
            ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "; reported by %u more article",
                                            "; reported by %u more articles", n_also), n_also)
            : g_strdup ("");

          label = g_strdup_printf ("%s (%s)%s", str (e, "label"), byline_meeting_status_label (str (e, "status")), more);
        }
      else
        label = g_strdup (str (e, "label"));
      add_row (self->events, str (e, "date"), what, label, str (e, "title"), num (e, "article"),
               num (e, "start"), num (e, "end"));
    }
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", json_array_get_length (array)),
                            json_array_get_length (array));
  gtk_label_set_text (self->timeline_status, status);
}

static void
on_filter_changed (BylineAcrossWindow *self)
{
  refresh_timeline (self);
}

/* Who met whom */

static JsonObject *
graph_node (BylineAcrossWindow *self,
            const char         *id)
{
  JsonArray *nodes = arr (json_node_get_object (self->graph), "nodes");

  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    if (g_strcmp0 (str (obj_at (nodes, i), "id"), id) == 0)
      return obj_at (nodes, i);
  return NULL;
}

static void
refresh_network (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->links_view));
  guint selected = gtk_single_selection_get_selected (selection);
  JsonArray *links;

  g_list_store_remove_all (self->links);
  g_list_store_remove_all (self->link_meetings);
  g_clear_pointer (&self->graph, json_node_unref);
  if (!ensure_store (self))
    return;
  self->graph = byline_store_meetings_graph (self->store, NULL, &error);
  if (self->graph == NULL)
    {
      show_problem (self, error);
      return;
    }
  links = arr (json_node_get_object (self->graph), "links");
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *l = obj_at (links, i);
      g_autofree char *count = g_strdup_printf ("%d", (int) num (l, "count"));
      g_autofree char *dates = g_strcmp0 (str (l, "first"), str (l, "last")) == 0
        ? g_strdup (str (l, "first") ? str (l, "first") : "")
        : g_strdup_printf ("%s – %s", str (l, "first") ? str (l, "first") : "?", str (l, "last") ? str (l, "last") : "?");

      add_row (self->links, str (graph_node (self, str (l, "source")), "name"),
               str (graph_node (self, str (l, "target")), "name"), count, dates, 0, -1, -1);
    }
  /* the link chosen before stays chosen */
  if (selected != GTK_INVALID_LIST_POSITION && selected < g_list_model_get_n_items (G_LIST_MODEL (self->links)))
    gtk_single_selection_set_selected (selection, selected);
  gtk_widget_queue_draw (GTK_WIDGET (self->network_area));
}

static void
show_link (BylineAcrossWindow *self,
           guint               position)
{
  JsonObject *l = obj_at (arr (json_node_get_object (self->graph), "links"), position);
  JsonArray *meetings = arr (l, "meetings");

  g_list_store_remove_all (self->link_meetings);
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = obj_at (meetings, i);
      g_autofree char *where = g_strdup_printf ("%s (%s)", str (m, "place") ? str (m, "place") : "—",
                                                byline_meeting_status_label (str (m, "status")));

      add_row (self->link_meetings, str (m, "date"), where, str (m, "evidence"), str (m, "title"),
               num (m, "article"), num (m, "start"), num (m, "end"));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->network_area));
}

static void
on_link_selected (GtkSelectionModel  *selection,
                  guint               position,
                  guint               n_items,
                  BylineAcrossWindow *self)
{
  guint selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));

  if (selected != GTK_INVALID_LIST_POSITION && self->graph != NULL)
    show_link (self, selected);
}

/* The network on a circle: people and countries as dots, a line for each
 * link as thick as its meetings are many; the chosen link in the accent
 * colour, with its two names in bold */
static void
draw_network (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  BylineAcrossWindow *self = data;
  JsonArray *nodes, *links;
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->links_view));
  guint selected = gtk_single_selection_get_selected (selection);
  JsonObject *chosen;
  g_autoptr (GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;
  double cx = width / 2.0, cy = height / 2.0, radius = MIN (width, height) / 2.0 - 40;
  GdkRGBA fg;
  PangoLayout *layout;

  if (self->graph == NULL)
    return;
  nodes = arr (json_node_get_object (self->graph), "nodes");
  links = arr (json_node_get_object (self->graph), "links");
  n = nodes != NULL ? json_array_get_length (nodes) : 0;
  if (n == 0 || radius < 10)
    return;
  chosen = selected != GTK_INVALID_LIST_POSITION ? obj_at (links, selected) : NULL;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (index, (gpointer) str (obj_at (nodes, i), "id"), GUINT_TO_POINTER (i));

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *l = obj_at (links, i);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index, str (l, "source")));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (index, str (l, "target")));
      double ta = 2 * G_PI * a / n - G_PI / 2, tb = 2 * G_PI * b / n - G_PI / 2;

      if (l == chosen)
        cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 1.0);
      else
        cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.35);
      cairo_set_line_width (cr, MIN (1.0 + 1.5 * (num (l, "count") - 1), 8.0) + (l == chosen ? 1.5 : 0));
      cairo_move_to (cr, cx + radius * cos (ta), cy + radius * sin (ta));
      cairo_line_to (cr, cx + radius * cos (tb), cy + radius * sin (tb));
      cairo_stroke (cr);
    }

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *node = obj_at (nodes, i);
      double t = 2 * G_PI * i / n - G_PI / 2;
      double x = cx + radius * cos (t), y = cy + radius * sin (t);
      gboolean in_chosen = chosen != NULL && (g_strcmp0 (str (chosen, "source"), str (node, "id")) == 0
                                              || g_strcmp0 (str (chosen, "target"), str (node, "id")) == 0);
      double r = 3 + MIN (num (node, "meetings"), 10);
      int tw, th;
      PangoAttrList *attrs = pango_attr_list_new ();

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1.0);
      if (g_strcmp0 (str (node, "type"), "PERSON") == 0)
        cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      else
        cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);   /* countries and organisations: squares */
      cairo_fill (cr);
      if (in_chosen)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      pango_layout_set_text (layout, str (node, "name"), -1);
      pango_layout_get_pixel_size (layout, &tw, &th);
      cairo_move_to (cr, cos (t) >= 0 ? x + r + 4 : x - r - 4 - tw, y - th / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
  g_object_unref (layout);
}

/* Side by side */

static void
fill_articles (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->article_titles));
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  if (!ensure_store (self))
    return;
  articles = byline_store_list_articles (self->store, NULL, &error);
  if (articles == NULL)
    {
      show_problem (self, error);
      return;
    }
  g_array_set_size (self->article_ids, 0);
  /* oldest first, so that ids keep their places as articles come */
  for (guint i = articles->len; i > 0; i--)
    {
      BylineArticle *a = g_ptr_array_index (articles, i - 1);

      g_array_append_val (self->article_ids, a->id);
      g_ptr_array_add (titles, a->dateline != NULL ? g_strdup_printf ("%s (%s)", a->title, a->dateline)
                                                   : g_strdup (a->title));
    }
  g_ptr_array_add (titles, NULL);
  self->filling = TRUE;
  gtk_string_list_splice (self->article_titles, 0, n_old, (const char *const *) titles->pdata);
  self->filling = FALSE;
}

static char *
describe_meeting (JsonObject *m)
{
  if (m == NULL)
    return g_strdup (_("not reported"));
  return g_strdup_printf ("%s, %s (%s): %s", str (m, "date") ? str (m, "date") : _("no date"),
                          str (m, "place") ? str (m, "place") : "—",
                          byline_meeting_status_label (str (m, "status")), str (m, "evidence"));
}

static char *
describe_claim (JsonObject *c)
{
  if (c == NULL)
    return g_strdup ("—");
  if (str (c, "source") != NULL)
    return g_strdup_printf (_("%s (%s: %s)"), str (c, "text"), byline_attribution_label (str (c, "attribution")),
                            str (c, "source"));
  return g_strdup_printf (_("%s (%s)"), str (c, "text"), byline_attribution_label (str (c, "attribution")));
}

static const char *const attributions[] = {
  "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
};

static void
refresh_compare (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  guint a = gtk_drop_down_get_selected (self->article_a);
  guint b = gtk_drop_down_get_selected (self->article_b);
  JsonObject *root, *sa, *sb;
  JsonArray *list, *qa, *qb;
  gint64 ida, idb;

  g_list_store_remove_all (self->compare_rows);
  g_clear_pointer (&self->comparison, json_node_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "across.export-comparison", FALSE);
  if (self->filling || a >= self->article_ids->len || b >= self->article_ids->len || a == b
      || !ensure_store (self))
    return;
  ida = g_array_index (self->article_ids, gint64, a);
  idb = g_array_index (self->article_ids, gint64, b);
  node = byline_store_compare (self->store, ida, idb, &error);
  if (node == NULL)
    {
      show_problem (self, error);
      return;
    }
  self->comparison = json_node_ref (node);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "across.export-comparison", TRUE);
  root = json_node_get_object (node);
  sa = obj_at (arr (root, "articles"), 0);
  sb = obj_at (arr (root, "articles"), 1);

  add_row (self->compare_rows, _("Outlet"), str (sa, "outlet"), str (sb, "outlet"), NULL, 0, -1, -1);
  add_row (self->compare_rows, _("Dateline"), str (sa, "dateline"), str (sb, "dateline"), NULL, 0, -1, -1);
  for (guint i = 0; i < G_N_ELEMENTS (attributions); i++)
    {
      g_autofree char *label = g_strdup_printf (_("Claims resting on: %s"), byline_attribution_label (attributions[i]));
      g_autofree char *na = g_strdup_printf ("%d", (int) num (obj (sa, "claims_by_attribution"), attributions[i]));
      g_autofree char *nb = g_strdup_printf ("%d", (int) num (obj (sb, "claims_by_attribution"), attributions[i]));

      add_row (self->compare_rows, label, na, nb, NULL, 0, -1, -1);
    }
  {
    g_autofree char *la = join (arr (sa, "loaded_words"), ", ");
    g_autofree char *lb = join (arr (sb, "loaded_words"), ", ");

    add_row (self->compare_rows, _("Loaded words"), *la ? la : "—", *lb ? lb : "—", NULL, 0, -1, -1);
  }
  /* who each quotes, side by side */
  qa = arr (sa, "quotes");
  qb = arr (sb, "quotes");
  for (guint i = 0; i < MAX (qa ? json_array_get_length (qa) : 0, qb ? json_array_get_length (qb) : 0); i++)
    {
      JsonObject *x = obj_at (qa, i), *y = obj_at (qb, i);
      g_autofree char *tx = x ? g_strdup_printf ("%s: “%s”", str (x, "speaker"), str (x, "text")) : g_strdup ("");
      g_autofree char *ty = y ? g_strdup_printf ("%s: “%s”", str (y, "speaker"), str (y, "text")) : g_strdup ("");

      add_row (self->compare_rows, i == 0 ? _("Quotes") : "", tx, ty, NULL, x ? ida : idb,
               x ? num (x, "start") : num (y, "start"), x ? num (x, "end") : num (y, "end"));
    }
  list = arr (root, "meetings");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *m = obj_at (list, i);
      JsonObject *ma = obj (m, "a"), *mb = obj (m, "b");
      g_autofree char *people = join (arr (m, "people"), ", ");
      g_autofree char *label = g_strdup_printf (_("Meeting: %s"), people);
      g_autofree char *da = describe_meeting (ma);
      g_autofree char *db = describe_meeting (mb);

      add_row (self->compare_rows, label, da, db, NULL, ma ? ida : idb, num (ma ? ma : mb, "start"),
               num (ma ? ma : mb, "end"));
    }
  list = arr (root, "claims");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *c = obj_at (list, i);
      JsonObject *ca = obj (c, "a"), *cb = obj (c, "b");
      g_autofree char *da = describe_claim (ca);
      g_autofree char *db = describe_claim (cb);
      const char *label = ca && cb ? _("Both report") : ca ? _("Only A reports") : _("Only B reports");

      add_row (self->compare_rows, label, da, db, NULL, ca ? ida : idb, num (ca ? ca : cb, "start"),
               num (ca ? ca : cb, "end"));
    }
  {
    JsonArray *only = arr (root, "only_people");
    g_autofree char *oa = only ? join (json_array_get_array_element (only, 0), ", ") : g_strdup ("");
    g_autofree char *ob = only && json_array_get_length (only) > 1
                          ? join (json_array_get_array_element (only, 1), ", ") : g_strdup ("");

    add_row (self->compare_rows, _("Named by one only"), oa, ob, NULL, 0, -1, -1);
  }
}

static void
on_article_chosen (BylineAcrossWindow *self)
{
  refresh_compare (self);
}

/* Writes the comparison shown to @file, its format by the name's ending
 * (.html, .json, .pdf; else Markdown) */
static gboolean
export_comparison (BylineAcrossWindow *self,
                   GFile              *file,
                   GError            **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);
  BylineExportFormat format = BYLINE_EXPORT_MARKDOWN;
  g_autoptr (GBytes) bytes = NULL;

  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    format = BYLINE_EXPORT_HTML;
  else if (g_str_has_suffix (lower, ".json"))
    format = BYLINE_EXPORT_JSON;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = BYLINE_EXPORT_PDF;
  bytes = byline_export_comparison (self->comparison, format, error);
  return bytes != NULL
         && g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                     FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
on_export_response (GtkNativeDialog    *dialog,
                    int                 response,
                    BylineAcrossWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->comparison != NULL)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      export_comparison (self, file, &error);
      show_problem (self, error);
    }
  g_clear_object (&self->export_dialog);
}

static void
export_comparison_action (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (widget);

  if (self->comparison == NULL || self->export_dialog != NULL)
    return;
  self->export_dialog = gtk_file_chooser_native_new (_("Export the Comparison"), GTK_WINDOW (self),
                                                     GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: a file name; its ending (.md, .html, .json, .pdf) chooses the format */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_dialog), _("comparison.md"));
  g_signal_connect (self->export_dialog, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_dialog));
}

/* The reader's merge and split of entries */

static void
after_merge_or_split (BylineAcrossWindow *self,
                      const char         *show,
                      GError             *error)
{
  show_problem (self, error);
  if (error != NULL)
    return;
  g_free (self->person);
  self->person = g_strdup (show);
  byline_across_window_refresh (self);
}

static void
merge_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (widget);
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->merge_entry));
  g_autofree char *into = g_strdup (self->person);
  g_autoptr (GError) error = NULL;

  if (into == NULL || from == NULL || *from == '\0' || !ensure_store (self))
    return;
  byline_store_merge_people (self->store, from, into, &error);
  if (error == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->merge_entry), "");
  after_merge_or_split (self, into, error);
}

static void
split_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (widget);
  GObject *item = gtk_drop_down_get_selected_item (self->variant_dropdown);
  g_autofree char *name = g_strdup (self->person);
  g_autofree char *variant = item != NULL ? g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item))) : NULL;
  g_autoptr (GError) error = NULL;

  if (name == NULL || variant == NULL || !ensure_store (self))
    return;
  byline_store_split_person (self->store, name, variant, &error);
  /* the spelling split off is shown: the reader sees where it went */
  after_merge_or_split (self, variant, error);
}

/* Opening an article at a passage in the reading window */

static void
select_pending (BylineAcrossWindow *self)
{
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (self->parent == NULL || self->pending == 0 || byline_window_get_loading (BYLINE_WINDOW (self->parent))
      || byline_window_get_article (BYLINE_WINDOW (self->parent)) != self->pending)
    return;
  view = byline_window_get_text_view (BYLINE_WINDOW (self->parent));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, self->pending_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, self->pending_end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (view, &start, 0.1, TRUE, 0.0, 0.3);
  self->pending = 0;
  gtk_window_present (self->parent);
}

static void
on_parent_loading (GObject            *parent,
                   GParamSpec         *pspec,
                   BylineAcrossWindow *self)
{
  select_pending (self);
  /* another article is open: its own timeline follows it */
  if (!byline_window_get_loading (BYLINE_WINDOW (parent)) && gtk_check_button_get_active (self->open_article_check))
    refresh_timeline (self);
}

static gboolean
open_row (BylineAcrossWindow *self,
          GListStore         *store,
          guint               position)
{
  g_autoptr (BylineTableRow) row = g_list_model_get_item (G_LIST_MODEL (store), position);
  const char *id;
  guint start, end;
  guint64 article;

  if (row == NULL || self->parent == NULL)
    return FALSE;
  id = byline_table_row_get_cell (row, 5);
  if (!byline_table_row_get_span (row, &start, &end) || id == NULL
      || !g_ascii_string_to_unsigned (id, 10, 1, G_MAXINT64, &article, NULL))
    return FALSE;
  self->pending = (gint64) article;
  self->pending_start = start;
  self->pending_end = end;
  if (byline_window_get_article (BYLINE_WINDOW (self->parent)) == self->pending
      && !byline_window_get_loading (BYLINE_WINDOW (self->parent)))
    select_pending (self);
  else
    byline_window_open_article (BYLINE_WINDOW (self->parent), self->pending);
  return TRUE;
}

static void
on_row_activate (GtkColumnView      *view,
                 guint               position,
                 BylineAcrossWindow *self)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  GListStore *store = G_LIST_STORE (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));

  open_row (self, store, position);
}

/* Back at the front: read again only if the library changed meanwhile
 * (an article added, corrected or removed, in this program or another), so
 * that what was chosen and scrolled to stays */
static void
on_active_changed (BylineAcrossWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->store != NULL
      && byline_store_get_data_version (self->store) != self->data_version)
    byline_across_window_refresh (self);
}

/* Overrides */

static void
byline_across_window_dispose (GObject *object)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (object);

  if (self->export_dialog != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_dialog));
  g_clear_object (&self->export_dialog);
  if (self->parent != NULL)
    {
      g_clear_signal_handler (&self->loading_handler, self->parent);
      g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
      self->parent = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_ACROSS_WINDOW);
  G_OBJECT_CLASS (byline_across_window_parent_class)->dispose (object);
}

static void
byline_across_window_finalize (GObject *object)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (object);

  g_clear_pointer (&self->store, byline_store_close);
  g_clear_pointer (&self->graph, json_node_unref);
  g_clear_pointer (&self->comparison, json_node_unref);
  g_clear_pointer (&self->article_ids, g_array_unref);
  g_free (self->library);
  g_free (self->person);
  G_OBJECT_CLASS (byline_across_window_parent_class)->finalize (object);
}

static void
byline_across_window_class_init (BylineAcrossWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_across_window_dispose;
  object_class->finalize = byline_across_window_finalize;

  g_type_ensure (BYLINE_TYPE_TABLE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/app/byline/Byline/ui/byline-across-window.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, BylineAcrossWindow, name)
  CHILD (stack);
  CHILD (problem_label);
  CHILD (people_view);
  CHILD (people);
  CHILD (person_title);
  CHILD (person_summary);
  CHILD (person_tools);
  CHILD (merge_entry);
  CHILD (variant_dropdown);
  CHILD (variants);
  CHILD (person_view);
  CHILD (person_rows);
  CHILD (person_entry);
  CHILD (country_entry);
  CHILD (tag_entry);
  CHILD (kind_dropdown);
  CHILD (open_article_check);
  CHILD (timeline_status);
  CHILD (timeline_view);
  CHILD (events);
  CHILD (network_area);
  CHILD (links_view);
  CHILD (links);
  CHILD (link_meetings_view);
  CHILD (link_meetings);
  CHILD (article_a);
  CHILD (article_b);
  CHILD (article_titles);
  CHILD (compare_view);
  CHILD (compare_rows);
#undef CHILD
  gtk_widget_class_install_action (widget_class, "across.export-comparison", NULL, export_comparison_action);
  gtk_widget_class_install_action (widget_class, "across.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "across.split", NULL, split_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
byline_across_window_init (BylineAcrossWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->article_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_drop_down_set_model (self->article_b, G_LIST_MODEL (self->article_titles));
  gtk_drawing_area_set_draw_func (self->network_area, draw_network, self, NULL);

  g_signal_connect (gtk_column_view_get_model (self->people_view), "selection-changed",
                    G_CALLBACK (on_people_selected), self);
  g_signal_connect (gtk_column_view_get_model (self->links_view), "selection-changed",
                    G_CALLBACK (on_link_selected), self);
  g_signal_connect (self->person_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect (self->timeline_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect (self->link_meetings_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect (self->compare_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect_swapped (self->person_entry, "search-changed", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->country_entry, "search-changed", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->tag_entry, "search-changed", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->open_article_check, "toggled", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->article_a, "notify::selected", G_CALLBACK (on_article_chosen), self);
  g_signal_connect_swapped (self->article_b, "notify::selected", G_CALLBACK (on_article_chosen), self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
}

/* Public API */

/**
 * byline_across_window_new:
 * @parent: (nullable): the reading window, where activated rows open
 * @library: (nullable): the library's path; NULL for the default one
 */
BylineAcrossWindow *
byline_across_window_new (GtkWindow  *parent,
                          const char *library)
{
  BylineAcrossWindow *self = g_object_new (BYLINE_TYPE_ACROSS_WINDOW, "transient-for", parent,
                                           "destroy-with-parent", TRUE, NULL);

  self->library = g_strdup (library);
  if (parent != NULL && BYLINE_IS_WINDOW (parent))
    {
      self->parent = parent;
      g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
      self->loading_handler = g_signal_connect (parent, "notify::loading", G_CALLBACK (on_parent_loading), self);
    }
  byline_across_window_refresh (self);
  return self;
}

/* Reads every view again from the library, keeping what was chosen */
void
byline_across_window_refresh (BylineAcrossWindow *self)
{
  guint a, b;
  g_autofree char *person = NULL;

  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));

  a = gtk_drop_down_get_selected (self->article_a);
  b = gtk_drop_down_get_selected (self->article_b);
  person = g_strdup (self->person);
  refresh_people (self);
  if (person != NULL)
    show_person (self, person);
  refresh_timeline (self);
  refresh_network (self);
  fill_articles (self);
  if (a == GTK_INVALID_LIST_POSITION || a >= self->article_ids->len)
    a = 0;
  if (b == GTK_INVALID_LIST_POSITION || b >= self->article_ids->len || b == a)
    b = a == 0 ? 1 : 0;
  byline_across_window_compare (self, a, b);
  if (self->store != NULL)
    self->data_version = byline_store_get_data_version (self->store);
}

/* "people", "timeline", "network" or "compare" */
void
byline_across_window_show_page (BylineAcrossWindow *self,
                                const char         *page)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_stack_set_visible_child_name (self->stack, page);
}

/**
 * byline_across_window_get_model:
 * @name: "people", "person", "timeline", "links", "link-meetings" or "compare"
 *
 * Returns: (transfer none): the rows of that view (for tests)
 */
GListModel *
byline_across_window_get_model (BylineAcrossWindow *self,
                                const char         *name)
{
  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), NULL);

  if (g_str_equal (name, "people"))
    return G_LIST_MODEL (self->people);
  if (g_str_equal (name, "person"))
    return G_LIST_MODEL (self->person_rows);
  if (g_str_equal (name, "timeline"))
    return G_LIST_MODEL (self->events);
  if (g_str_equal (name, "links"))
    return G_LIST_MODEL (self->links);
  if (g_str_equal (name, "link-meetings"))
    return G_LIST_MODEL (self->link_meetings);
  if (g_str_equal (name, "compare"))
    return G_LIST_MODEL (self->compare_rows);
  return NULL;
}

static GtkColumnView *
view_named (BylineAcrossWindow *self,
            const char         *name)
{
  if (g_str_equal (name, "people"))
    return self->people_view;
  if (g_str_equal (name, "person"))
    return self->person_view;
  if (g_str_equal (name, "timeline"))
    return self->timeline_view;
  if (g_str_equal (name, "links"))
    return self->links_view;
  if (g_str_equal (name, "link-meetings"))
    return self->link_meetings_view;
  if (g_str_equal (name, "compare"))
    return self->compare_view;
  return NULL;
}

/* Selects a row, as a click does: a person shows their page, a link its meetings */
gboolean
byline_across_window_select (BylineAcrossWindow *self,
                             const char         *name,
                             guint               position)
{
  GtkColumnView *view;

  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), FALSE);
  view = view_named (self, name);
  if (view == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))))
    return FALSE;
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), position);
  return TRUE;
}

/* Activates a row, as a double click or Enter does: opens its article at its passage */
gboolean
byline_across_window_activate (BylineAcrossWindow *self,
                               const char         *name,
                               guint               position)
{
  GListModel *model;

  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), FALSE);
  model = byline_across_window_get_model (self, name);
  return model != NULL && open_row (self, G_LIST_STORE (model), position);
}

/* The timeline's filters; @kind: 0 every kind, 1 articles, 2 meetings, 3 claims */
void
byline_across_window_set_filter (BylineAcrossWindow *self,
                                 const char         *person,
                                 const char         *country,
                                 guint               kind)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->person_entry), person != NULL ? person : "");
  gtk_editable_set_text (GTK_EDITABLE (self->country_entry), country != NULL ? country : "");
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  refresh_timeline (self);
}

/* As the person page's Merge and Split Off buttons do (for tests) */
void
byline_across_window_merge (BylineAcrossWindow *self,
                            const char         *from)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->merge_entry), from);
  gtk_widget_activate_action (GTK_WIDGET (self), "across.merge", NULL);
}

void
byline_across_window_split (BylineAcrossWindow *self,
                            guint               variant)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_drop_down_set_selected (self->variant_dropdown, variant);
  gtk_widget_activate_action (GTK_WIDGET (self), "across.split", NULL);
}

/* Saves the comparison shown, as the export button does (for tests) */
gboolean
byline_across_window_export_comparison (BylineAcrossWindow *self,
                                        GFile              *file,
                                        GError            **error)
{
  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), FALSE);
  if (self->comparison == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("choose two different articles to compare"));
      return FALSE;
    }
  return export_comparison (self, file, error);
}

/* The timeline of the article open in the reading window (TRUE), or the library's */
void
byline_across_window_set_open_article_only (BylineAcrossWindow *self,
                                            gboolean            only)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_check_button_set_active (self->open_article_check, only);
}

/* Compares the articles at positions @a and @b of the drop-downs (oldest first) */
void
byline_across_window_compare (BylineAcrossWindow *self,
                              guint               a,
                              guint               b)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->article_a, a);
  gtk_drop_down_set_selected (self->article_b, b);
  self->filling = FALSE;
  refresh_compare (self);
}
