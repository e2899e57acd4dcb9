/* byline-window.c: the reading window: the article, its highlights and the sidebar
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-input.h"
#include "byline-analysis.h"
#include "byline-across-window.h"
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

/* Code point offsets to bytes without walking from the start each time */
typedef struct
{
  const char *text;
  const char *end;
  GArray     *marks;  /* byte offset of every CHAR_MARK_STEP-th character */
} CharIndex;

#define CHAR_MARK_STEP 256

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
  BylineStore          *store;     /* the main thread's connection */
  GCancellable         *cancellable;
  GPtrArray            *pending_rows[5]; /* BylineItem for quotes, claims, meetings, people, sources */
  guint                 pending_row_pos[5];
  char                 *pending_text; /* the article's text, going in a chunk a frame */
  gsize                 pending_len;
  gsize                 pending_pos;
  GArray               *spans;     /* Span, waiting to be applied */
  guint                 next_span;
  guint                 highlight_id;  /* the tick callback asking for a chunk a frame */
  guint                 chunk_id;      /* the idle putting in a chunk of text, rows, highlights */
  gint64                article;
  char                 *error;
  gboolean              loading;
  GHashTable           *type_tags; /* "PERSON" -> GtkTextTag */
  GtkTextTag           *note_tag;
  GtkTextTag           *headline_tag;
  GtkWidget            *note_popover;
  GtkWidget            *note_margin;   /* the text view's right gutter */
  GMenuModel           *entity_menu;
  GPtrArray            *entities;   /* Entity */
  GArray               *mentions;   /* Mention, by start */
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

G_DEFINE_FINAL_TYPE (BylineWindow, byline_window, ADW_TYPE_APPLICATION_WINDOW)

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

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The sidebar pages filled from the analysis, in the order of pending_rows[] */
static const char *const page_names[] = { "quotes", "claims", "meetings", "people", "sources" };

/* The entity types highlighted, each with its own cue besides colour */
static const char *const highlight_types[] = {
  "PERSON", "ORG", "PLACE", "NORP", "DATE", "MONEY", "QUANTITY",
};

/* Helpers */

static void
load_free (Load *load)
{
  g_free (load->path);
  g_free (load->pasted);
  g_free (load->cut);
  g_free (load->library);
  g_free (load->title);
  g_free (load->dateline);
  g_free (load->text);
  g_clear_pointer (&load->analysis, json_node_unref);
  g_clear_pointer (&load->notes, g_ptr_array_unref);
  g_clear_pointer (&load->quotes, g_ptr_array_unref);
  g_clear_pointer (&load->claims, g_ptr_array_unref);
  g_clear_pointer (&load->meetings, g_ptr_array_unref);
  g_clear_pointer (&load->people, g_ptr_array_unref);
  g_clear_pointer (&load->sources, g_ptr_array_unref);
  g_clear_pointer (&load->marks, g_array_unref);
  g_clear_pointer (&load->entities, g_ptr_array_unref);
  g_clear_pointer (&load->mentions, g_array_unref);
  g_free (load->provenance);
  g_free (load);
}

static const char *
member_string (JsonObject *o,
               const char *member)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static JsonArray *
member_array (JsonObject *o,
              const char *member)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static guint
member_uint (JsonObject *o,
             const char *member)
{
  return o != NULL && json_object_has_member (o, member) ? json_object_get_int_member (o, member) : 0;
}

static void
char_index_init (CharIndex  *ci,
                 const char *text)
{
  guint n = 0;

  ci->text = text;
  ci->end = text + strlen (text);
  ci->marks = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (const char *p = text; p < ci->end; p = g_utf8_next_char (p), n++)
    if (n % CHAR_MARK_STEP == 0)
      {
        gsize byte = p - text;
        g_array_append_val (ci->marks, byte);
      }
}

static void
char_index_clear (CharIndex *ci)
{
  g_clear_pointer (&ci->marks, g_array_unref);
}

static const char *
char_index_pointer (const CharIndex *ci,
                    guint            offset)
{
  guint mark = offset / CHAR_MARK_STEP;
  const char *p;

  if (mark >= ci->marks->len)
    return ci->end;
  p = ci->text + g_array_index (ci->marks, gsize, mark);
  for (guint i = mark * CHAR_MARK_STEP; i < offset && p < ci->end; i++)
    p = g_utf8_next_char (p);
  return p;
}

/* The words of a span, cut to a length a sidebar row can show, marked as a
 * quote of that @kind shows them ("indirect": no marks) */
static char *
words_of (const CharIndex *ci,
          guint            start,
          guint            end,
          const char      *kind)
{
  g_autofree char *words = NULL;
  const char *from, *to;
  gboolean cut = FALSE;

  if (start >= end)
    return g_strdup ("");
  if (end - start > 240)
    {
      end = start + 240;
      cut = TRUE;
    }
  from = char_index_pointer (ci, start);
  to = char_index_pointer (ci, end);
  words = g_strdup_printf ("%.*s%s", (int) (to - from), from, cut ? "…" : "");
  return byline_quote_display_words (words, -1, kind);
}

static const char *
import_format_label (const char *format)
{
  if (g_strcmp0 (format, "html") == 0)
    return C_("article format", "HTML");
  if (g_strcmp0 (format, "markdown") == 0)
    return C_("article format", "Markdown");
  return C_("article format", "text");
}

static const char *
entity_type_label (const char *type)
{
  static const struct { const char *key, *label; } labels[] = {
    { "PERSON", N_("Person") },
    { "ORG", N_("Organisation") },
    { "PLACE", N_("Place") },
    { "NORP", N_("Nationality or group") },
    { "DATE", N_("Date") },
    { "MONEY", N_("Money") },
    { "QUANTITY", N_("Quantity") },
    { "OTHER", N_("Other") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (type, labels[i].key) == 0)
      return _(labels[i].label);
  return type != NULL ? type : "";
}

static const char *
note_kind_label (BylineNoteKind kind)
{
  switch (kind)
    {
    case BYLINE_NOTE_HIGHLIGHT:
      return C_("note kind", "highlight");
    case BYLINE_NOTE_QUESTION:
      return C_("note kind", "question");
    case BYLINE_NOTE_COMMENT:
    default:
      return C_("note kind", "comment");
    }
}

static BylineItem *
note_item (const BylineNote *note)
{
  g_autofree char *tags = g_strjoinv (", ", note->tags);
  g_autofree char *passage = g_strdup_printf ("“%s”", note->exact);
  g_autofree char *subtitle = NULL;
  BylineItem *item;

  if (note->orphaned)
    subtitle = g_strdup_printf (_("%s — its passage is no longer in the text"), passage);
  else if (*tags != '\0')
    subtitle = g_strdup_printf ("%s · %s", passage, tags);
  else
    subtitle = g_strdup (passage);
  item = byline_item_new (*note->body != '\0' ? note->body : _("(no text)"), subtitle,
                          note_kind_label (note->kind), note->start, note->end);
  byline_item_set_id (item, note->id);
  byline_item_set_orphaned (item, note->orphaned);
  return item;
}

/* Building the sidebar */

static void
fill_quotes (GPtrArray       *out,
             JsonObject      *root,
             const CharIndex *ci)
{
  JsonArray *quotes = member_array (root, "quotes");

  for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = json_array_get_object_element (quotes, i);
      guint start = member_uint (q, "start"), end = member_uint (q, "end");
      const char *speaker = member_string (q, "speaker_name");
      JsonNode *via = json_object_get_member (q, "via");
      g_autofree char *words = words_of (ci, start, end, member_string (q, "kind"));
      g_autofree char *subtitle = NULL;
      g_autoptr (BylineItem) item = NULL;

      if (via != NULL && JSON_NODE_HOLDS_OBJECT (via)
          && member_string (json_node_get_object (via), "name") != NULL)
        /* Translators: a quotation, then the outlet it came through */
        subtitle = g_strdup_printf (_("%s — via %s"), words,
                                    member_string (json_node_get_object (via), "name"));
      else
        subtitle = g_strdup (words);
      item = byline_item_new (speaker != NULL ? speaker : _("No speaker found"), subtitle,
                              byline_quote_kind_label (member_string (q, "kind")), start, end);
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

static void
fill_claims (GPtrArray       *out,
             JsonObject      *root,
             const CharIndex *ci)
{
  JsonArray *claims = member_array (root, "claims");

  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonObject *c = json_array_get_object_element (claims, i);
      guint start = member_uint (c, "start"), end = member_uint (c, "end");
      const char *source = member_string (c, "source_name");
      JsonArray *hedges = member_array (c, "hedges");
      JsonArray *loaded = member_array (c, "loaded");
      guint n_hedges = hedges != NULL ? json_array_get_length (hedges) : 0;
      guint n_loaded = loaded != NULL ? json_array_get_length (loaded) : 0;
      g_autofree char *words = words_of (ci, start, end, NULL); /* the writer's sentence, its own marks kept */
      g_autoptr (GString) subtitle = g_string_new (NULL);
      g_autoptr (BylineItem) item = NULL;

      if (source != NULL)
        /* Translators: who a claim rests on */
        g_string_append_printf (subtitle, _("Source: %s"), source);
      else
        g_string_append (subtitle, _("No source given"));
      if (member_string (c, "reason") != NULL)
        /* Translators: why the source counts as state media, as the analysis found it */
        g_string_append_printf (subtitle, _(" — state media: %s"), member_string (c, "reason"));
      if (n_hedges > 0)
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, ngettext ("%u hedge", "%u hedges", n_hedges), n_hedges);
        }
      if (n_loaded > 0)
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, ngettext ("%u loaded word", "%u loaded words", n_loaded),
                                  n_loaded);
        }
      item = byline_item_new (words, subtitle->str,
                              byline_attribution_label (member_string (c, "attribution")), start, end);
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

static void
fill_meetings (GPtrArray  *out,
               JsonObject *root)
{
  JsonArray *meetings = member_array (root, "meetings");

  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      JsonArray *people = member_array (m, "participants");
      JsonArray *topics = member_array (m, "topics");
      JsonArray *evidence = member_array (m, "evidence");
      JsonNode *place = json_object_get_member (m, "place");
      g_autoptr (GString) who = g_string_new (NULL);
      g_autoptr (GString) what = g_string_new (NULL);
      g_autoptr (BylineItem) item = NULL;
      JsonObject *first = evidence != NULL && json_array_get_length (evidence) > 0
                            ? json_array_get_object_element (evidence, 0) : NULL;

      for (guint p = 0; people != NULL && p < json_array_get_length (people); p++)
        {
          const char *name = member_string (json_array_get_object_element (people, p), "name");
          g_string_append_printf (who, "%s%s", who->len ? ", " : "", name != NULL ? name : "?");
        }
      if (place != NULL && JSON_NODE_HOLDS_OBJECT (place)
          && member_string (json_node_get_object (place), "name") != NULL)
        g_string_append (what, member_string (json_node_get_object (place), "name"));
      if (member_string (m, "date") != NULL)
        g_string_append_printf (what, "%s%s", what->len ? " · " : "", member_string (m, "date"));
      else if (member_string (m, "time_text") != NULL)
        g_string_append_printf (what, "%s%s", what->len ? " · " : "", member_string (m, "time_text"));
      for (guint t = 0; topics != NULL && t < json_array_get_length (topics); t++)
        g_string_append_printf (what, "%s%s", t == 0 ? (what->len ? " · " : "") : ", ",
                                json_array_get_string_element (topics, t));
      item = byline_item_new (who->str, what->str, byline_meeting_status_label (member_string (m, "status")),
                              member_uint (first, "start"), member_uint (first, "end"));
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

static void
fill_people (GPtrArray  *out,
             JsonObject *root)
{
  JsonArray *entities = member_array (root, "entities");

  for (guint i = 0; entities != NULL && i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);
      const char *type = member_string (e, "type");
      JsonArray *mentions = member_array (e, "mentions");
      guint n = mentions != NULL ? json_array_get_length (mentions) : 0;
      JsonObject *first = n > 0 ? json_array_get_object_element (mentions, 0) : NULL;
      g_autoptr (GString) subtitle = g_string_new (NULL);
      g_autoptr (BylineItem) item = NULL;

      if (g_strcmp0 (type, "PERSON") != 0 && g_strcmp0 (type, "ORG") != 0
          && g_strcmp0 (type, "PLACE") != 0 && g_strcmp0 (type, "NORP") != 0)
        continue;
      if (member_string (e, "role") != NULL)
        g_string_append (subtitle, member_string (e, "role"));
      if (member_string (e, "affiliation") != NULL)
        g_string_append_printf (subtitle, "%s%s", subtitle->len ? ", " : "",
                                member_string (e, "affiliation"));
      g_string_append_printf (subtitle, "%s", subtitle->len ? " · " : "");
      g_string_append_printf (subtitle, ngettext ("%u mention", "%u mentions", n), n);
      item = byline_item_new (member_string (e, "name"), subtitle->str, entity_type_label (type),
                              member_uint (first, "start"), member_uint (first, "end"));
      g_ptr_array_add (out, g_steal_pointer (&item));
    }
}

static void
entity_free (Entity *e)
{
  g_free (e->name);
  g_free (e->type);
  g_free (e->role);
  g_free (e->affiliation);
  g_free (e);
}

static gint
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const Mention *x = a;
  const Mention *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
collect_entities (Load       *load,
                  JsonObject *root)
{
  JsonArray *entities = member_array (root, "entities");

  load->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  load->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint i = 0; entities != NULL && i < json_array_get_length (entities); i++)
    {
      JsonObject *o = json_array_get_object_element (entities, i);
      JsonArray *mentions = member_array (o, "mentions");
      Entity *e = g_new0 (Entity, 1);

      e->name = g_strdup (member_string (o, "name"));
      e->type = g_strdup (member_string (o, "type"));
      e->role = g_strdup (member_string (o, "role"));
      e->affiliation = g_strdup (member_string (o, "affiliation"));
      e->n_mentions = mentions != NULL ? json_array_get_length (mentions) : 0;
      for (guint m = 0; m < e->n_mentions; m++)
        {
          JsonObject *span = json_array_get_object_element (mentions, m);
          Mention mention = { member_uint (span, "start"), member_uint (span, "end"), load->entities->len };

          if (m == 0)
            {
              e->first_start = mention.start;
              e->first_end = mention.end;
            }
          g_array_append_val (load->mentions, mention);
        }
      g_ptr_array_add (load->entities, e);
    }
  g_array_sort (load->mentions, compare_mentions);
}

/* The entity with a mention at @offset, or NULL */
static const Entity *
entity_at (BylineWindow *self,
           guint         offset,
           int          *index)
{
  guint lo = 0, hi;

  if (self->mentions == NULL || self->mentions->len == 0)
    return NULL;
  /* the last mention that starts at or before the offset */
  hi = self->mentions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (self->mentions, Mention, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i-- > 0 && lo - i <= 4;)
    {
      const Mention *m = &g_array_index (self->mentions, Mention, i);
      if (offset >= m->start && offset < m->end)
        {
          if (index != NULL)
            *index = m->entity;
          return g_ptr_array_index (self->entities, m->entity);
        }
    }
  return NULL;
}

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

static void add_signal (GPtrArray  *out,
                        guint       n,
                        const char *format,
                        ...) G_GNUC_PRINTF (3, 4);

/* A row for a signal found @n times; none when it is not there */
static void
add_signal (GPtrArray  *out,
            guint       n,
            const char *format,
            ...)
{
  g_autofree char *line = NULL;
  va_list args;

  if (n == 0)
    return;
  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (out, byline_item_new (line, "", C_("sources page", "signal"), 0, 0));
}

/* Where the article comes from (the analysis's document.outlet, author and
 * date, from the page's metadata): the line under the title, and the first
 * row of the sources page */
static void
fill_provenance (Load       *load,
                 JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "document");
  JsonObject *doc = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonNode *outlet_node = doc != NULL ? json_object_get_member (doc, "outlet") : NULL;
  JsonObject *outlet = outlet_node != NULL && JSON_NODE_HOLDS_OBJECT (outlet_node)
                       ? json_node_get_object (outlet_node) : NULL;
  JsonNode *state = outlet != NULL ? json_object_get_member (outlet, "state_media") : NULL;
  const char *reason = outlet != NULL ? member_string (outlet, "reason") : NULL;
  g_autofree char *about = NULL;

  if (doc == NULL)
    return;
  load->provenance = byline_provenance_line (doc);
  if (outlet == NULL || member_string (outlet, "name") == NULL)
    return;
  if (state != NULL && JSON_NODE_HOLDS_VALUE (state) && json_node_get_value_type (state) == G_TYPE_BOOLEAN)
    {
      load->state_media = json_node_get_boolean (state);
      about = g_strdup_printf ("%s%s%s", load->state_media ? _("State media") : _("Not state media"),
                               reason != NULL ? " · " : "", reason != NULL ? reason : "");
    }
  else
    about = g_strdup (_("Not in Byline's list of outlets"));
  g_ptr_array_add (load->sources, byline_item_new (member_string (outlet, "name"), about,
                                                   C_("sources page", "published by"), 0, 0));
}

/* Shows the line under the title, or hides it; the label is made on first use */
static void
show_provenance (BylineWindow *self,
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

/* The media-literacy summary: who is quoted, and what the claims rest on */
static void
fill_sources (GPtrArray  *out,
              JsonObject *root)
{
  guint count;
  JsonNode *node = json_object_get_member (root, "signals");
  JsonObject *sig = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonNode *by_node = sig != NULL ? json_object_get_member (sig, "claims_by_attribution") : NULL;
  JsonObject *by = by_node != NULL && JSON_NODE_HOLDS_OBJECT (by_node) ? json_node_get_object (by_node) : NULL;
  JsonArray *voices = member_array (sig, "voices");
  static const char *const order[] = {
    "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
  };

  if (sig == NULL)
    return;
  for (guint i = 0; by != NULL && i < G_N_ELEMENTS (order); i++)
    {
      guint n = member_uint (by, order[i]);
      g_autofree char *what = NULL;

      if (n == 0)
        continue;
      what = g_strdup_printf (ngettext ("%u claim", "%u claims", n), n);
      g_ptr_array_add (out, byline_item_new (byline_attribution_label (order[i]), what,
                                             C_("sources page", "claims"), 0, 0));
    }
  for (guint i = 0; voices != NULL && i < json_array_get_length (voices); i++)
    {
      JsonObject *v = json_array_get_object_element (voices, i);
      guint n = member_uint (v, "quotes");
      g_autoptr (GString) about = g_string_new (member_string (v, "country"));

      if (about->len > 0)
        g_string_append (about, " · ");
      g_string_append_printf (about, ngettext ("quoted %u time", "quoted %u times", n), n);
      g_ptr_array_add (out, byline_item_new (member_string (v, "name"), about->str,
                                             C_("sources page", "voice"), 0, 0));
    }
  count = member_uint (sig, "unnamed_sources");
  add_signal (out, count, ngettext ("%u claim rests on unnamed sources",
                                "%u claims rest on unnamed sources", count), count);
  count = member_uint (sig, "numbers_without_source");
  add_signal (out, count, ngettext ("%u figure is given with no source",
                                "%u figures are given with no source", count), count);
  count = member_uint (sig, "agentless_passives");
  add_signal (out, count, ngettext ("%u passive says no one did it (“is believed to”)",
                                "%u passives say no one did it (“is believed to”)", count), count);
  count = member_uint (sig, "hedged_claims");
  add_signal (out, count, ngettext ("%u claim is hedged (“likely”, “reportedly”)",
                                "%u claims are hedged (“likely”, “reportedly”)", count), count);
  count = member_uint (sig, "loaded_words");
  add_signal (out, count, ngettext ("%u loaded word outside quotations",
                                "%u loaded words outside quotations", count), count);
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

static void
bench_start (BylineWindow *self)
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

static GtkTextTag *
make_type_tag (GtkTextBuffer *buffer,
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

static void
add_span (BylineWindow *self,
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
static gboolean
apply_spans (BylineWindow *self,
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  g_signal_emit (self, signals[LOADED], 0);
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
  if (apply_spans (self, HIGHLIGHT_BUDGET_US, ROW_WIDGETS_PER_FRAME))
    {
      if (self->highlight_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->highlight_id);
      self->highlight_id = 0;
    }
  return G_SOURCE_REMOVE;
}

static gboolean
apply_spans_tick (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  BylineWindow *self = data;

  if (self->chunk_id == 0)
    self->chunk_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_chunk_idle, self, NULL);
  return G_SOURCE_CONTINUE;
}

static void
stop_highlighting (BylineWindow *self)
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

static void
collect_highlights (GArray     *marks,
                    JsonObject *root,
                    GPtrArray  *notes)
{
  JsonArray *entities = member_array (root, "entities");
  JsonObject *doc = json_object_get_object_member (root, "document");
  JsonNode *title_span = doc != NULL ? json_object_get_member (doc, "title_span") : NULL;

  if (title_span != NULL && JSON_NODE_HOLDS_OBJECT (title_span))
    add_raw (marks, member_uint (json_node_get_object (title_span), "start"),
             member_uint (json_node_get_object (title_span), "end"), SPAN_HEADLINE);
  for (guint i = 0; entities != NULL && i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);
      const char *type = member_string (e, "type");
      JsonArray *mentions = member_array (e, "mentions");
      guint kind = G_N_ELEMENTS (highlight_types);

      for (guint t = 0; t < G_N_ELEMENTS (highlight_types); t++)
        if (g_strcmp0 (type, highlight_types[t]) == 0)
          kind = t;
      for (guint m = 0; kind < G_N_ELEMENTS (highlight_types) && mentions != NULL
                        && m < json_array_get_length (mentions); m++)
        {
          JsonObject *span = json_array_get_object_element (mentions, m);
          add_raw (marks, member_uint (span, "start"), member_uint (span, "end"), kind);
        }
    }
  {
    JsonArray *claims = member_array (root, "claims");

    for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
      {
        JsonObject *c = json_array_get_object_element (claims, i);
        JsonArray *hedges = member_array (c, "hedges");
        JsonArray *loaded = member_array (c, "loaded");

        for (guint h = 0; hedges != NULL && h < json_array_get_length (hedges); h++)
          {
            JsonObject *span = json_array_get_object_element (hedges, h);
            add_raw (marks, member_uint (span, "start"), member_uint (span, "end"), SPAN_HEDGE);
          }
        for (guint l = 0; loaded != NULL && l < json_array_get_length (loaded); l++)
          {
            JsonObject *span = json_array_get_object_element (loaded, l);
            add_raw (marks, member_uint (span, "start"), member_uint (span, "end"), SPAN_LOADED);
          }
      }
  }
  for (guint i = 0; i < notes->len; i++)
    {
      const BylineNote *note = g_ptr_array_index (notes, i);
      if (!note->orphaned)
        add_raw (marks, note->start, note->end, SPAN_NOTE);
    }
}

/* Loading */

static void
show_error (BylineWindow *self,
            const char   *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Load *load = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imported = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (BylineArticle) article = NULL;
  g_autofree char *source_path = NULL;

  /* a file is read and added to the library; an article of the library is read from it */
  if (load->pasted != NULL)
    {
      imported = byline_import_data (load->pasted, strlen (load->pasted), _("pasted text"),
                                     load->pasted_html ? BYLINE_IMPORT_FORMAT_HTML
                                                       : BYLINE_IMPORT_FORMAT_AUTO,
                                     TRUE, &error);
      if (imported == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  else if (load->path != NULL)
    {
      imported = byline_import_file (load->path, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
      if (imported == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  /* each thread its own connection */
  store = byline_store_open (load->library, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (imported != NULL)
    {
      BylinePageMeta page = byline_import_get_page (imported);

      load->whole_page = imported->whole_page;
      load->cut = byline_import_describe_cut (imported, NULL);
      source_path = imported->url != NULL ? g_strdup (imported->url)
                    : load->path != NULL ? g_canonicalize_filename (load->path, NULL) : NULL;
      load->article = byline_store_add_article_with_page (store, imported->text, imported->title, source_path,
                                                          byline_import_format_to_string (imported->format),
                                                          &page, NULL, &error);
    }
  if (load->article == 0
      || (article = byline_store_get_article (store, load->article, &error)) == NULL
      || (load->analysis = byline_store_dup_analysis (store, load->article, TRUE, &error)) == NULL
      || (load->notes = byline_store_list_notes (store, load->article, NULL, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  {
    JsonObject *root = json_node_get_object (load->analysis);
    CharIndex ci;

    char_index_init (&ci, article->text);
    load->quotes = g_ptr_array_new_with_free_func (g_object_unref);
    load->claims = g_ptr_array_new_with_free_func (g_object_unref);
    load->meetings = g_ptr_array_new_with_free_func (g_object_unref);
    load->people = g_ptr_array_new_with_free_func (g_object_unref);
    load->sources = g_ptr_array_new_with_free_func (g_object_unref);
    load->marks = g_array_new (FALSE, FALSE, sizeof (RawSpan));
    fill_quotes (load->quotes, root, &ci);
    fill_claims (load->claims, root, &ci);
    fill_meetings (load->meetings, root);
    fill_people (load->people, root);
    fill_provenance (load, root);
    fill_sources (load->sources, root);
    collect_highlights (load->marks, root, load->notes);
    collect_entities (load, root);
    char_index_clear (&ci);
  }
  /* a big analysis takes long to free: here, not on the main thread */
  g_clear_pointer (&load->analysis, json_node_unref);
  load->title = g_strdup (article->title);
  load->dateline = g_strdup (article->dateline);
  load->text = g_steal_pointer (&article->text);
  g_task_return_boolean (task, TRUE);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  /* the task holds the window weakly: the thread may drop its last reference
   * to the task after this ran, and that must not keep a closed window alive */
  g_autoptr (BylineWindow) self = g_weak_ref_get (user_data);
  GTask *task = G_TASK (result);
  Load *load = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  GtkTextBuffer *buffer;

  if (!g_task_propagate_boolean (task, &error))
    {
      if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->loading = FALSE;
      gtk_spinner_set_spinning (self->spinner, FALSE);
      show_error (self, error->message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      g_signal_emit (self, signals[LOADED], 0);
      return;
    }

  if (self == NULL)
    return;
  self->article = load->article;
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, "", 0);
  self->pending_len = strlen (load->text);
  self->pending_pos = 0;
  self->pending_text = g_steal_pointer (&load->text);
  gtk_window_set_title (GTK_WINDOW (self), load->title);
  adw_window_title_set_title (self->window_title, load->title);
  adw_window_title_set_subtitle (self->window_title, load->dateline != NULL ? load->dateline : "");
  show_provenance (self, load->provenance, load->state_media);
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  if (load->whole_page)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("No clear article on this page: all its text is shown")));
  /* a page cut by a limit on hostile HTML says so, in the error bar */
  if (load->cut != NULL)
    show_error (self, load->cut);

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  self->entities = g_steal_pointer (&load->entities);
  self->mentions = g_steal_pointer (&load->mentions);
  self->pending_rows[0] = g_steal_pointer (&load->quotes);
  self->pending_rows[1] = g_steal_pointer (&load->claims);
  self->pending_rows[2] = g_steal_pointer (&load->meetings);
  self->pending_rows[3] = g_steal_pointer (&load->people);
  self->pending_rows[4] = g_steal_pointer (&load->sources);
  memset (self->pending_row_pos, 0, sizeof self->pending_row_pos);
  for (guint i = 0; i < load->notes->len; i++)
    {
      g_autoptr (BylineItem) item = note_item (g_ptr_array_index (load->notes, i));
      g_list_store_append (self->notes, item);
    }

  /* an ordinary article is highlighted before its first frame; a big one a chunk a frame */
  for (guint i = 0; i < load->marks->len; i++)
    {
      const RawSpan *raw = &g_array_index (load->marks, RawSpan, i);
      GtkTextTag *tag = raw->kind == SPAN_HEADLINE ? self->headline_tag
                        : raw->kind == SPAN_NOTE ? self->note_tag
                        : raw->kind == SPAN_HEDGE ? g_hash_table_lookup (self->type_tags, "HEDGE")
                        : raw->kind == SPAN_LOADED ? g_hash_table_lookup (self->type_tags, "LOADED")
                        : g_hash_table_lookup (self->type_tags, highlight_types[raw->kind]);
      add_span (self, raw->start, raw->end, tag);
    }
  self->next_span = 0;
  /* all of an ordinary article's rows in its first frame; a big one's a few at a time */
  if (!apply_spans (self, HIGHLIGHT_BUDGET_US,
                    self->pending_len <= TEXT_PER_FRAME ? FIRST_FRAME_ROW_WIDGETS : ROW_WIDGETS_PER_FRAME))
    self->highlight_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                       apply_spans_tick, self, NULL);
}

static void
clear_article (BylineWindow *self)
{
  stop_highlighting (self);
  g_clear_pointer (&self->pending_text, g_free);
  for (guint r = 0; r < G_N_ELEMENTS (self->pending_rows); r++)
    g_clear_pointer (&self->pending_rows[r], g_ptr_array_unref);
  g_array_set_size (self->spans, 0);
  g_list_store_remove_all (self->quotes);
  g_list_store_remove_all (self->claims);
  g_list_store_remove_all (self->meetings);
  g_list_store_remove_all (self->people);
  g_list_store_remove_all (self->sources);
  g_list_store_remove_all (self->notes);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
  if (self->provenance_label != NULL)
    show_provenance (self, NULL, FALSE);
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  g_clear_pointer (&self->error, g_free);
  self->article = 0;
}

/* Notes */

static gboolean
ensure_store (BylineWindow *self,
              GError      **error)
{
  if (self->store == NULL)
    self->store = byline_store_open (self->library, error);
  return self->store != NULL;
}

static void
show_note (BylineWindow *self,
           gint64        id)
{
  g_autoptr (BylineNote) note = byline_store_get_note (self->store, id, NULL);
  g_autoptr (BylineItem) item = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  guint position = 0;

  if (note == NULL)
    return;
  item = note_item (note);
  /* in text order, as the library lists them */
  while (position < g_list_model_get_n_items (G_LIST_MODEL (self->notes)))
    {
      g_autoptr (BylineItem) other = g_list_model_get_item (G_LIST_MODEL (self->notes), position);
      if (byline_item_get_start (other) > note->start)
        break;
      position++;
    }
  g_list_store_insert (self->notes, position, item);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, note->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, note->end);
  gtk_text_buffer_apply_tag (buffer, self->note_tag, &start, &end);
}

static void
remove_note_highlight (BylineWindow *self,
                       guint         start,
                       guint         end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter from, to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, end);
  gtk_text_buffer_remove_tag (buffer, self->note_tag, &from, &to);
  /* other notes over the same words keep theirs */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (byline_item_get_end (item) > start && byline_item_get_start (item) < end)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &from, byline_item_get_start (item));
          gtk_text_buffer_get_iter_at_offset (buffer, &to, byline_item_get_end (item));
          gtk_text_buffer_apply_tag (buffer, self->note_tag, &from, &to);
        }
    }
}

/* The reader's comma-separated tags, trimmed, without empty ones */
static GStrv
split_tags (const char *tags)
{
  g_auto (GStrv) names = g_strsplit (tags != NULL ? tags : "", ",", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (*names[i] != '\0')
        g_strv_builder_add (builder, names[i]);
    }
  return g_strv_builder_end (builder);
}

/* Lists a changed note again, in place */
static void
refresh_note (BylineWindow *self,
              gint64        id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (byline_item_get_id (item) == id)
        {
          g_list_store_remove (self->notes, i);
          break;
        }
    }
  show_note (self, id);
}

static void
undo_delete_cb (AdwToast *toast,
                gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  BylineNote *note = g_object_get_data (G_OBJECT (toast), "note");
  g_autoptr (GError) error = NULL;

  if (note == NULL || self->store == NULL)
    return;
  if (!byline_store_restore_note (self->store, note, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (note->article == self->article)
    show_note (self, note->id);
}

/* Callbacks */

/* Selects an item's words in the article and scrolls to them */
static void
select_item (BylineWindow *self,
             GListModel   *model,
             guint         position)
{
  g_autoptr (BylineItem) item = g_list_model_get_item (model, position);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  if (item == NULL || byline_item_get_end (item) <= byline_item_get_start (item))
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, byline_item_get_start (item));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, byline_item_get_end (item));
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, TRUE, 0.0, 0.3);
}

static void hide_folded_sidebar (BylineWindow *self);
static void show_menu_type      (BylineWindow *self);

static void
on_list_activate (GtkListView  *view,
                  guint         position,
                  BylineWindow *self)
{
  select_item (self, G_LIST_MODEL (gtk_list_view_get_model (view)), position);
  hide_folded_sidebar (self);
}

static void
on_error_bar_response (GtkInfoBar   *bar,
                       int           response,
                       BylineWindow *self)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

static void
show_type (BylineWindow *self,
           const char   *type,
           gboolean      on)
{
  GtkTextTag *tag = g_hash_table_lookup (self->type_tags, type);
  const Cue *cue = cue_of (type);

  if (tag != NULL && cue != NULL)
    set_cues (tag, cue, on);
}

static void
on_legend_toggled (GtkToggleButton *button,
                   BylineWindow    *self)
{
  const char *type = gtk_widget_get_name (GTK_WIDGET (button));
  gboolean on = gtk_toggle_button_get_active (button);

  show_type (self, type, on);
  /* remembered: the preferences and the next window show the same */
  if (self->settings != NULL)
    byline_settings_show_highlight (self->settings, type, on);
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
      g_signal_handlers_block_by_func (child, on_legend_toggled, self);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), on);
      g_signal_handlers_unblock_by_func (child, on_legend_toggled, self);
      show_type (self, type, on);
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

static void
on_note_saved (BylineNotePopover *popover,
               BylineWindow      *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *body = byline_note_popover_dup_body (popover);
  g_autofree char *tags = byline_note_popover_dup_tags (popover);

  gint64 editing = byline_note_popover_get_note (popover);

  if (editing != 0)
    {
      if (!byline_window_update_note (self, editing, body, byline_note_popover_get_kind (popover),
                                      tags, &error))
        show_error (self, error->message);
    }
  else if (byline_window_add_note (self, byline_note_popover_get_start (popover),
                                   byline_note_popover_get_end (popover), body,
                                   byline_note_popover_get_kind (popover), tags, &error) == 0)
    show_error (self, error->message);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Note saved")));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
on_file_chosen (GtkNativeDialog *dialog,
                int              response,
                BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      byline_window_open (self, file);
    }
  g_object_unref (dialog);
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

static gboolean
on_text_query_tooltip (GtkWidget    *widget,
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
  if (!inside || (e = entity_at (self, offset, NULL)) == NULL)
    return FALSE;

  g_string_append (about, entity_type_label (e->type));
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
static gboolean
article_menu_key_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   data)
{
  BylineWindow *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  GdkRectangle rect;
  int index = -1, x, y;

  if (self->exercise_panel != NULL || self->article == 0)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (entity_at (self, gtk_text_iter_get_offset (&iter), &index) == NULL)
    index = -1;
  self->menu_entity = index;
  show_menu_type (self);
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

static void
on_text_right_click (GtkGestureClick *gesture,
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
  if (!inside || entity_at (self, offset, &index) == NULL)
    index = -1;
  self->menu_entity = index;
  show_menu_type (self);
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
  if (self->exercise_panel == NULL && self->article != 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      popup_article_menu (self, &(GdkRectangle) { (int) x, (int) y, 1, 1 });
    }
}

static void
undo_correction_cb (AdwToast *toast,
                    gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "correction"));
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || !byline_store_delete_correction (self->store, id, &error))
    {
      if (error != NULL)
        show_error (self, error->message);
      return;
    }
  if (self->article != 0)
    byline_window_open_article (self, self->article);
}

/* Which items the selection is part of: shown beside the legend */
static void
describe_items (GString    *out,
                GListModel *model,
                guint       start,
                guint       end,
                const char *what)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (model, i);

      if (byline_item_get_end (item) <= start || byline_item_get_start (item) >= end)
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      /* Translators: "quote (direct): Anna Berg"; the kinds are translated already */
      g_string_append_printf (out, _("%s (%s): %s"), what, byline_item_get_badge (item),
                              byline_item_get_title (item));
    }
}

static void
update_coverage (BylineWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr (GString) out = g_string_new (NULL);
  GtkTextIter start, end;
  guint from, to;

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      from = gtk_text_iter_get_offset (&start);
      to = gtk_text_iter_get_offset (&end);
      describe_items (out, G_LIST_MODEL (self->quotes), from, to, C_("coverage", "quote"));
      describe_items (out, G_LIST_MODEL (self->claims), from, to, C_("coverage", "claim"));
      describe_items (out, G_LIST_MODEL (self->meetings), from, to, C_("coverage", "meeting"));
      describe_items (out, G_LIST_MODEL (self->notes), from, to, C_("coverage", "your note"));
    }
  gtk_label_set_text (self->coverage_label, out->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->coverage_label), out->len ? out->str : NULL);
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
      gtk_widget_get_visible (self->note_popover) || (self->article == 0 && self->exercise_panel == NULL))
    return G_SOURCE_REMOVE;
  gtk_button_set_label (GTK_BUTTON (self->selection_note_button),
                        self->exercise_panel != NULL ? _("_Mark…") : _("_Note…"));
  gtk_text_view_get_iter_location (self->text_view, &end, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  rect.x = x;
  rect.y = y;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->selection_popover), &rect);
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

static void
on_mark_set (GtkTextBuffer *buffer,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             BylineWindow  *self)
{
  if (mark == gtk_text_buffer_get_insert (buffer) || mark == gtk_text_buffer_get_selection_bound (buffer))
    {
      update_coverage (self);
      offer_selection (self);
    }
}

/* The library page */

static char *
plain_snippet (const char *snippet)
{
  GString *out = g_string_new (NULL);

  for (const char *p = snippet; p != NULL && *p; p++)
    {
      if (*p == BYLINE_STORE_MATCH_OPEN[0] || *p == BYLINE_STORE_MATCH_CLOSE[0])
        continue;
      g_string_append_c (out, *p == '\n' ? ' ' : *p);
    }
  return g_string_free (out, FALSE);
}

/* The library with nothing to list says why: no articles yet, or no hits */
static void
show_library_state (BylineWindow *self,
                    const char   *query)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->library_items)) == 0;
  AdwStatusPage *page = ADW_STATUS_PAGE (self->library_empty);

  gtk_widget_set_visible (self->library_empty, empty);
  gtk_widget_set_visible (self->library_scroller, !empty);
  if (!empty)
    return;
  if (query != NULL && *query != '\0')
    {
      g_autofree char *description = g_strdup_printf (_("Nothing in your articles or notes matches “%s”. Try fewer or other words."), query);

      adw_status_page_set_icon_name (page, "edit-find-symbolic");
      adw_status_page_set_title (page, _("No Results"));
      adw_status_page_set_description (page, description);
    }
  else
    {
      adw_status_page_set_icon_name (page, "view-list-symbolic");
      adw_status_page_set_title (page, _("No Articles Yet"));
      adw_status_page_set_description (page, _("The articles you open are kept here with your notes. Open one with Ctrl+O or paste one with Ctrl+V."));
    }
}

static void
fill_library (BylineWindow *self,
              const char   *query)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (!ensure_store (self, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (query == NULL || *query == '\0')
    {
      g_autoptr (GPtrArray) articles = byline_store_list_articles (self->store, NULL, &error);

      for (guint i = 0; articles != NULL && i < articles->len; i++)
        {
          const BylineArticle *a = articles->pdata[i];
          g_autofree char *tags = g_strjoinv (", ", a->tags);
          g_autoptr (GString) about = g_string_new (a->dateline != NULL ? a->dateline : "");
          BylineItem *item;

          g_string_append_printf (about, "%s", about->len ? " · " : "");
          g_string_append_printf (about, ngettext ("%u note", "%u notes", a->n_notes), a->n_notes);
          if (*tags != '\0')
            g_string_append_printf (about, " · %s", tags);
          item = byline_item_new (a->title, about->str, import_format_label (a->format), 0, 0);
          byline_item_set_id (item, a->id);
          g_ptr_array_add (rows, item);
        }
    }
  else
    {
      g_autoptr (GPtrArray) hits = byline_store_search (self->store, query, 100, &error);

      for (guint i = 0; hits != NULL && i < hits->len; i++)
        {
          const BylineSearchHit *h = hits->pdata[i];
          g_autofree char *snippet = plain_snippet (h->snippet);
          BylineItem *item = byline_item_new (h->title, snippet,
                                              h->kind == BYLINE_HIT_NOTE ? C_("search hit", "note")
                                                                         : C_("search hit", "article"),
                                              0, 0);
          byline_item_set_id (item, h->article);
          if (h->kind == BYLINE_HIT_NOTE)
            g_object_set_data_full (G_OBJECT (item), "note", g_memdup2 (&h->note, sizeof h->note), g_free);
          g_ptr_array_add (rows, item);
        }
    }
  if (error != NULL)
    show_error (self, error->message);
  g_list_store_splice (self->library_items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->library_items)),
                       rows->pdata, rows->len);
  show_library_state (self, query);
}

static void
on_library_search_changed (GtkSearchEntry *entry,
                           BylineWindow   *self)
{
  fill_library (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_library_activate (GtkListView  *view,
                     guint         position,
                     BylineWindow *self)
{
  g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->library_items), position);

  if (item != NULL && byline_item_get_id (item) > 0)
    {
      const gint64 *note = g_object_get_data (G_OBJECT (item), "note");

      byline_window_open_article (self, byline_item_get_id (item));
      /* after the open: opening forgets the note an earlier search asked for */
      self->pending_note = note != NULL ? *note : 0;
    }
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  /* a second press goes back to the article */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "library") == 0 && self->article != 0)
    gtk_stack_set_visible_child_name (self->main_stack, "article");
  else
    byline_window_show_library (self, NULL);
}

static void
search_library_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  byline_window_show_library (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->library_search));
}

/* Find in the article */

static void
find_from (BylineWindow *self,
           gboolean      forward,
           gboolean      skip_current)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
  GtkTextIter from, sel_start, sel_end, match_start, match_end;
  gboolean found;
  GtkTextSearchFlags flags = GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_VISIBLE_ONLY;

  if (*needle == '\0')
    return;
  if (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end))
    from = forward ? (skip_current ? sel_end : sel_start) : sel_start;
  else
    gtk_text_buffer_get_iter_at_mark (buffer, &from, gtk_text_buffer_get_insert (buffer));
  found = forward ? gtk_text_iter_forward_search (&from, needle, flags, &match_start, &match_end, NULL)
                  : gtk_text_iter_backward_search (&from, needle, flags, &match_start, &match_end, NULL);
  if (!found)
    {
      /* wrap around */
      if (forward)
        gtk_text_buffer_get_start_iter (buffer, &from);
      else
        gtk_text_buffer_get_end_iter (buffer, &from);
      found = forward ? gtk_text_iter_forward_search (&from, needle, flags, &match_start, &match_end, NULL)
                      : gtk_text_iter_backward_search (&from, needle, flags, &match_start, &match_end, NULL);
    }
  if (found)
    {
      gtk_text_buffer_select_range (buffer, &match_start, &match_end);
      gtk_text_view_scroll_to_iter (self->text_view, &match_start, 0.1, TRUE, 0.0, 0.3);
      gtk_widget_remove_css_class (GTK_WIDGET (self->find_entry), "error");
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->find_entry), "error");
}

static void
on_find_changed (GtkSearchEntry *entry,
                 BylineWindow   *self)
{
  find_from (self, TRUE, FALSE);
}

static void
on_find_next (GtkSearchEntry *entry,
              BylineWindow   *self)
{
  find_from (self, TRUE, TRUE);
}

static void
on_find_previous (GtkSearchEntry *entry,
                  BylineWindow   *self)
{
  find_from (self, FALSE, TRUE);
}

static void
on_find_stop (GtkSearchEntry *entry,
              BylineWindow   *self)
{
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
find_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  if (self->article == 0)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}

/* Paste: an article copied from a browser or a document */

static void open_pasted (BylineWindow *self,
                         const char   *text,
                         gboolean      html);

static void
paste_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (BylineWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("There is no text to paste")));
      return;
    }
  byline_window_open_text (self, text);
}

/* Rich text from a browser: its HTML goes through the reader-mode import,
 * as a saved page does; if it cannot be read, the plain text */
static void
paste_html_spliced_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (BylineWindow) self = user_data;
  GMemoryOutputStream *out = G_MEMORY_OUTPUT_STREAM (source);
  const guchar *data = g_memory_output_stream_get_data (out);
  g_autofree char *html = NULL;
  gsize len = 0;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (out), result, NULL) >= 0)
    len = g_memory_output_stream_get_data_size (out);
  /* UTF-16 on some systems (with its byte order mark), else UTF-8 */
  if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    html = g_convert ((const char *) data, len, "UTF-8", "UTF-16", NULL, NULL, NULL);
  else if (len > 0 && memchr (data, '\0', len) == NULL)
    html = g_strndup ((const char *) data, len);
  if (html == NULL || *g_strstrip (html) == '\0')
    {
      gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                     paste_done_cb, g_object_ref (self));
      return;
    }
  open_pasted (self, html, TRUE);
}

static void
paste_html_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (BylineWindow) self = user_data;
  g_autoptr (GInputStream) in = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL,
                                                          NULL);
  g_autoptr (GOutputStream) out = NULL;

  if (in == NULL)
    {
      gdk_clipboard_read_text_async (GDK_CLIPBOARD (source), NULL, paste_done_cb,
                                     g_object_ref (self));
      return;
    }
  out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (out, in,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE
                                  | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, paste_html_spliced_cb,
                                g_object_ref (self));
}

static void
paste_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  static const char *html_types[] = { "text/html", NULL };

  if (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"))
    gdk_clipboard_read_async (clipboard, html_types, G_PRIORITY_DEFAULT, NULL, paste_html_cb,
                              g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_done_cb, g_object_ref (self));
}

static void
saved_correction_toast (BylineWindow *self,
                        gint64        id)
{
  AdwToast *toast = adw_toast_new (_("Correction saved"));

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "correction", GSIZE_TO_POINTER (id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_correction_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Actions */

/* F6: between the article and the sidebar page shown, for keyboard users */
static void
cycle_focus_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *page = gtk_stack_get_visible_child (self->sidebar_stack);

  if (focus != NULL && page != NULL && gtk_widget_is_ancestor (focus, page))
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  else if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}


static void
correct_entity_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  const char *type = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;
  const Entity *e;
  gint64 id;

  if (self->menu_entity < 0 || self->entities == NULL || (guint) self->menu_entity >= self->entities->len)
    return;
  e = g_ptr_array_index (self->entities, self->menu_entity);
  id = byline_window_correct_entity (self, e->first_start, type, &error);
  if (id == 0)
    {
      show_error (self, error->message);
      return;
    }
  saved_correction_toast (self, id);
}

/* The menu ticks the type of the name it was opened on */
static void
show_menu_type (BylineWindow *self)
{
  const Entity *e = self->menu_entity >= 0 && self->entities != NULL &&
                    (guint) self->menu_entity < self->entities->len
                    ? g_ptr_array_index (self->entities, self->menu_entity) : NULL;

  g_free (self->menu_type);
  self->menu_type = g_strdup (e != NULL && e->type != NULL ? e->type : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENU_TYPE]);
}

/* A type chosen in the menu: the name under it is corrected to it */
static void
set_menu_type (BylineWindow *self,
               const char   *type)
{
  if (type == NULL || g_strcmp0 (type, self->menu_type) == 0)
    return;
  g_free (self->menu_type);
  self->menu_type = g_strdup (type);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENU_TYPE]);
  if (*type != '\0')
    {
      g_autoptr (GVariant) parameter = g_variant_ref_sink (g_variant_new_string (type));

      correct_entity_action (GTK_WIDGET (self), "win.correct-type", parameter);
    }
}

static void
on_speaker_response (AdwMessageDialog *dialog,
                     const char       *response,
                     BylineWindow     *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *speaker = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry))));
  gint64 id;

  if (!g_str_equal (response, "save") || *speaker == '\0' || self->speaker_quote < 0)
    return;
  id = byline_window_correct_quote (self, self->speaker_quote, speaker, &error);
  if (id == 0)
    show_error (self, error->message);
  else
    saved_correction_toast (self, id);
}

static void
correct_speaker_action (GtkWidget  *widget,
                        const char *action,
                        GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (BylineItem) item = NULL;

  if (self->menu_quote < 0)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (self->quotes), self->menu_quote);
  if (item == NULL)
    return;
  self->speaker_quote = self->menu_quote;
  adw_message_dialog_set_body (self->speaker_dialog, byline_item_get_subtitle (item));
  gtk_editable_set_text (GTK_EDITABLE (self->speaker_entry), byline_item_get_title (item));
  gtk_window_set_transient_for (GTK_WINDOW (self->speaker_dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self->speaker_dialog));
}

static void
remove_quote_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (self->menu_quote < 0)
    return;
  id = byline_window_correct_quote (self, self->menu_quote, NULL, &error);
  if (id == 0)
    show_error (self, error->message);
  else
    saved_correction_toast (self, id);
}

/* Export and import of notes */

typedef struct
{
  BylineWindow *window;  /* owned while the export runs */
  GFile        *file;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->window);
  g_object_unref (export->file);
  g_free (export);
}

static void
open_exported_cb (AdwToast *toast,
                  gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Export *export = user_data;
  BylineWindow *self = export->window;
  g_autoptr (GError) error = NULL;

  self->exporting--;
  if (!byline_export_write_file_finish (result, &error))
    show_error (self, error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (export->file);
      g_autofree char *title = g_strdup_printf (_("Exported to %s"), name);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (export->file), g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  export_free (export);
}

/* The file name a title gives: no slashes, not too long */
static char *
export_file_name (const char         *title,
                  BylineExportFormat  format)
{
  g_autoptr (GString) name = g_string_new (NULL);

  for (const char *p = title != NULL && *title != '\0' ? title : "article";
       *p != '\0' && name->len < 80; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || g_unichar_iscntrl (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_string_append_printf (name, ".%s", byline_export_format_get_extension (format));
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The file chooser tells nobody when a choice changes, and GTK 4.8's
 * GtkFileChooserNative reports a choice only after the response: while the
 * dialog GTK shows (no portal) is open, the name's extension is brought in
 * line with the format chosen in it a few times a second */
static GtkFileChooser *
shown_export_chooser (BylineWindow *self)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (self))
      return GTK_FILE_CHOOSER (l->data);
  return NULL;
}

/* GTK 4.8's dialog does not take a choice set before it is shown either: the
 * format used last is selected in its drop-down of formats */
static GtkDropDown *
find_format_drop_down (GtkWidget *root)
{
  const char *const *options = g_object_get_data (G_OBJECT (root), "options");

  if (GTK_IS_DROP_DOWN (root) && options != NULL && g_strv_contains (options, "pdf"))
    return GTK_DROP_DOWN (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_format_drop_down (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
preselect_export_format (BylineWindow   *self,
                         GtkFileChooser *chooser)
{
  GtkDropDown *formats = find_format_drop_down (GTK_WIDGET (chooser));
  const char *const *options = formats != NULL ? g_object_get_data (G_OBJECT (formats), "options") : NULL;

  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    if (g_strcmp0 (options[i], self->export_format) == 0)
      gtk_drop_down_set_selected (formats, i);
}

static gboolean
follow_export_format_cb (gpointer data)
{
  BylineWindow *self = data;
  GtkFileChooser *chooser = shown_export_chooser (self);
  const char *choice = chooser != NULL ? gtk_file_chooser_get_choice (chooser, "format") : NULL;
  g_autofree char *name = chooser != NULL ? gtk_file_chooser_get_current_name (chooser) : NULL;
  BylineExportFormat format, named_as;
  const char *dot;

  if (chooser != NULL && self->export_preset)
    {
      /* once it is up: the folder and the format used last */
      self->export_preset = FALSE;
      if (self->export_format != NULL)
        preselect_export_format (self, chooser);
      if (self->export_folder != NULL && name != NULL)
        {
          gtk_file_chooser_set_current_folder (chooser, self->export_folder, NULL);
          gtk_file_chooser_set_current_name (chooser, name);
        }
      choice = gtk_file_chooser_get_choice (chooser, "format");
    }
  if (choice == NULL || name == NULL || !byline_export_format_from_string (choice, &format))
    return G_SOURCE_CONTINUE;
  dot = strrchr (name, '.');
  if (dot != NULL && byline_export_format_from_string (dot + 1, &named_as) && named_as != format)
    {
      g_autofree char *renamed = g_strdup_printf ("%.*s.%s", (int) (dot - name), name,
                                                  byline_export_format_get_extension (format));

      gtk_file_chooser_set_current_name (chooser, renamed);
    }
  return G_SOURCE_CONTINUE;
}

static void
follow_export_format (BylineWindow   *self,
                      GtkFileChooser *dialog)
{
  self->export_dialog = dialog;
  self->export_preset = TRUE;
  if (self->export_follow_id == 0)
    self->export_follow_id = g_timeout_add (200, follow_export_format_cb, self);
}

static void
forget_export_dialog (BylineWindow *self)
{
  self->export_dialog = NULL;
  g_clear_handle_id (&self->export_follow_id, g_source_remove);
}

static void
on_export_chosen (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);

  forget_export_dialog (self);
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) chosen = gtk_file_chooser_get_file (chooser);
      g_autoptr (GFile) file = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *base = g_file_get_basename (chosen);
      const char *dot = strrchr (base, '.');
      const char *choice = gtk_file_chooser_get_choice (chooser, "format");
      BylineExportFormat format, named_as;
      BylineExportFlags flags = BYLINE_EXPORT_FLAGS_NONE;
      gboolean has_extension = dot != NULL && byline_export_format_from_string (dot + 1, &named_as);

      /* the format chosen (else the name's extension) wins, and the name gets its extension */
      if (choice == NULL || !byline_export_format_from_string (choice, &format))
        format = has_extension ? named_as : BYLINE_EXPORT_HTML;
      if (has_extension && named_as == format)
        file = g_object_ref (chosen);
      else
        {
          g_autoptr (GFile) parent = g_file_get_parent (chosen);
          g_autofree char *stem = has_extension ? g_strndup (base, dot - base) : g_strdup (base);
          g_autofree char *named = g_strdup_printf ("%s.%s", stem, byline_export_format_get_extension (format));

          file = g_file_get_child (parent, named);
        }
      if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, "notes-only"), "true") == 0)
        flags |= BYLINE_EXPORT_NOTES_ONLY;
      if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, "no-article"), "true") == 0)
        flags |= BYLINE_EXPORT_NO_ARTICLE;
      g_set_object (&self->export_folder, NULL);
      self->export_folder = g_file_get_parent (file);
      g_free (self->export_format);
      self->export_format = g_strdup (byline_export_format_get_extension (format));
      if (!byline_window_export (self, file, format, flags, &error))
        show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  const char *formats[] = { "html", "md", "json", "pdf", NULL };
  const char *format_labels[] = { _("HTML, one file"), _("Markdown"),
                                  _("JSON with W3C Web Annotations"), _("PDF"), NULL };
  g_autofree char *name = NULL;
  BylineExportFormat format;

  if (self->article == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Open an article first, then export it")));
      return;
    }
  dialog = gtk_file_chooser_native_new (_("Export an Annotated Summary"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "format", _("Format"),
                               formats, format_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "format", "html");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "notes-only",
                               _("Only the notes, no summary of the analysis"), NULL, NULL);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "no-article",
                               _("Leave out the article's text"), NULL, NULL);
  if (self->export_format == NULL || !byline_export_format_from_string (self->export_format, &format))
    format = BYLINE_EXPORT_HTML;
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "format",
                               byline_export_format_get_extension (format));
  name = export_file_name (gtk_window_get_title (GTK_WINDOW (self)), format);
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), self->export_folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  follow_export_format (self, GTK_FILE_CHOOSER (dialog));
}

static void
on_import_chosen (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      if (!byline_window_import_notes (self, file, &error))
        show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
import_notes_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) json = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Notes"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Byline exports and W3C annotations (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_filter_add_suffix (json, "jsonld");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) articles = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open an Article"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (articles, _("Articles (text, HTML, Markdown)"));
  gtk_file_filter_add_mime_type (articles, "text/plain");
  gtk_file_filter_add_mime_type (articles, "text/html");
  gtk_file_filter_add_mime_type (articles, "text/markdown");
  gtk_file_filter_add_suffix (articles, "md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), articles);
  g_signal_connect (dialog, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The library's tags, for the note popover to complete */
static void
offer_known_tags (BylineWindow *self)
{
  g_autoptr (GPtrArray) tags = NULL;
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;

  if (!ensure_store (self, NULL))
    return;
  tags = byline_store_list_tags (self->store, NULL);
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    g_strv_builder_add (names, ((BylineTagCount *) tags->pdata[i])->name);
  list = g_strv_builder_end (names);
  byline_note_popover_set_known_tags (BYLINE_NOTE_POPOVER (self->note_popover),
                                      (const char *const *) list);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  GdkRectangle rect;
  int x, y;

  g_clear_handle_id (&self->selection_id, g_source_remove);
  gtk_popover_popdown (GTK_POPOVER (self->selection_popover));
  /* during an exercise Ctrl+M marks the passage instead */
  if (self->exercise_panel != NULL)
    {
      byline_exercise_panel_popup_mark (BYLINE_EXERCISE_PANEL (self->exercise_panel));
      return;
    }
  if (self->article == 0)
    return;
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Select a passage first, then add a note")));
      return;
    }
  gtk_text_view_get_iter_location (self->text_view, &start, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  rect.x = x;
  rect.y = y;
  byline_note_popover_reset (BYLINE_NOTE_POPOVER (self->note_popover),
                             gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end));
  offer_known_tags (self);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->note_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->note_popover));
}

/* The note to edit: the one chosen on the Notes page when the page has the
 * focus, else the one under the cursor in the text */
static gint64
note_at_hand (BylineWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GListModel *notes = G_LIST_MODEL (self->notes);
  BylineItem *chosen = gtk_single_selection_get_selected_item (self->notes_selection);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkTextIter cursor;
  guint offset;

  if (chosen != NULL && focus != NULL
      && (focus == GTK_WIDGET (self->notes_view)
          || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->notes_view))))
    return byline_item_get_id (chosen);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  offset = (guint) gtk_text_iter_get_offset (&cursor);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (notes, i);

      if (!byline_item_get_orphaned (item)
          && byline_item_get_start (item) <= offset && offset <= byline_item_get_end (item))
        return byline_item_get_id (item);
    }
  return chosen != NULL ? byline_item_get_id (chosen) : 0;
}

/* Opens the note popover on a stored note, pointing at @anchor or else at its passage */
static void
edit_note (BylineWindow *self,
           gint64        id,
           GtkWidget    *anchor)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineNote) note = NULL;
  g_autofree char *tags = NULL;
  GdkRectangle rect = { 0, 0, 1, 1 };
  graphene_rect_t bounds;

  if (!ensure_store (self, &error) || (note = byline_store_get_note (self->store, id, &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }
  tags = g_strjoinv (", ", note->tags);
  byline_note_popover_edit (BYLINE_NOTE_POPOVER (self->note_popover), note->id, note->start,
                            note->end, note->body, note->kind, tags);
  offer_known_tags (self);
  if (anchor != NULL && gtk_widget_compute_bounds (anchor, GTK_WIDGET (self->text_view), &bounds))
    rect = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                            (int) bounds.size.width, (int) bounds.size.height };
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
      GtkTextIter start;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) note->start);
      gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, FALSE, 0, 0);
      gtk_text_view_get_iter_location (self->text_view, &start, &rect);
      gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                             rect.x, rect.y, &rect.x, &rect.y);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->note_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->note_popover));
}

static void
edit_note_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  gint64 id = note_at_hand (self);

  if (id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Put the cursor in a note, or choose one on the Notes page")));
      return;
    }
  edit_note (self, id, byline_note_margin_get_card (BYLINE_NOTE_MARGIN (self->note_margin), id));
}

static void
on_margin_note (BylineNoteMargin *margin,
                gint64            id,
                GtkWidget        *card,
                BylineWindow     *self)
{
  edit_note (self, id, card);
}

/* The shortcuts window, built the first time it is asked for, then kept */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/app/byline/Byline/ui/help-overlay.ui");

      /* as the window's help overlay it shows the keys set for each action */
      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

static void
delete_note_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  BylineItem *item = gtk_single_selection_get_selected_item (self->notes_selection);

  if (item != NULL)
    byline_window_delete_note (self, byline_item_get_id (item));
}

/* Exercises: byline-exercise-panel.c does the work; the window hides its own
 * analysis (highlights, sidebar, legend, tooltips) while one runs */

static void
on_exercise_error (BylineExercisePanel *panel,
                   const char          *message,
                   BylineWindow        *self)
{
  show_error (self, message);
}

static void
show_analysis (BylineWindow *self,
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

/* The panel in the sidebar's place, no wider than a sidebar: its long
 * labels would otherwise ask the flap for most of the window */
static GtkWidget *
exercise_pane (GtkWidget *panel)
{
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 460);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 460);
  adw_clamp_set_child (ADW_CLAMP (clamp), panel);
  gtk_widget_add_css_class (clamp, "sidebar-pane");
  return clamp;
}

static void
begin_exercise (BylineWindow *self,
                BylineLesson *lesson,
                gboolean      teacher)
{
  self->exercise_panel = g_object_ref_sink (byline_exercise_panel_new (self->text_view, lesson, teacher));
  g_signal_connect_object (self->exercise_panel, "error", G_CALLBACK (on_exercise_error), self, 0);
  show_analysis (self, FALSE);
  g_object_ref (self->analysis_sidebar);
  adw_flap_set_flap (self->flap, exercise_pane (self->exercise_panel));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-exercise", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-exercise", FALSE);
}

static void
start_exercise_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (JsonNode) analysis = NULL;
  BylineLesson *lesson = NULL;

  if (self->exercise_panel != NULL)
    return;
  if (self->article == 0 || self->loading)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Open an article first, then start an exercise on it")));
      return;
    }
  if (!ensure_store (self, &error)
      || (article = byline_store_get_article (self->store, self->article, &error)) == NULL
      || (analysis = byline_store_dup_analysis (self->store, self->article, TRUE, &error)) == NULL
      || (lesson = byline_lesson_new_from_analysis (article->text, article->source, analysis, &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }
  begin_exercise (self, lesson, TRUE);
}

static void
on_lesson_chosen (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      byline_window_open_lesson (self, file);
    }
  g_object_unref (dialog);
}

static void
open_lesson_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) lessons = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open a Lesson"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (lessons, _("Lessons (JSON)"));
  gtk_file_filter_add_mime_type (lessons, "application/json");
  gtk_file_filter_add_suffix (lessons, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), lessons);
  g_signal_connect (dialog, "response", G_CALLBACK (on_lesson_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     BylineWindow     *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "closing")))
    {
      self->discard_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else
    byline_window_stop_exercise (self);
}

/* TRUE when nothing unsaved would be lost; else asks, and the answer acts */
static gboolean
confirm_discard (BylineWindow *self,
                 gboolean      closing)
{
  AdwMessageDialog *dialog;

  if (self->exercise_panel == NULL || self->discard_confirmed
      || !byline_exercise_panel_get_unsaved (BYLINE_EXERCISE_PANEL (self->exercise_panel)))
    return TRUE;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       closing ? _("Close without saving?")
                                                               : _("Stop without saving?"),
                                                       _("The marks, or the changes to the answer key, "
                                                         "are not saved in a file. Save the response or "
                                                         "the lesson first to keep them.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "closing", GINT_TO_POINTER (closing));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static gboolean
on_close_exercise (GtkWindow    *window,
                   BylineWindow *self)
{
  return !confirm_discard (self, TRUE);
}

static void
stop_exercise_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  if (confirm_discard (self, FALSE))
    byline_window_stop_exercise (self);
}

/* Across articles (byline-across-window.c) */
static void
across_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (byline_across_window_new (GTK_WINDOW (self), self->library)));
}

static void
class_overview_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (byline_class_overview_new (GTK_WINDOW (widget))));
}

/* Overrides */

/* The notes page with no note tells how to add one, and shows no Edit or
 * Delete that could do nothing */
static void
on_notes_changed (GListModel   *notes,
                  guint         position,
                  guint         removed,
                  guint         added,
                  BylineWindow *self)
{
  gboolean empty = g_list_model_get_n_items (notes) == 0;

  gtk_widget_set_visible (self->notes_empty, empty);
  gtk_widget_set_visible (self->notes_scroller, !empty);
  gtk_widget_set_visible (self->edit_note_button, !empty);
  gtk_widget_set_visible (self->delete_note_button, !empty);
}

/* An article is in: the article takes the keys; a note found by a search
 * shows its passage */
static void
on_loaded_show_note (BylineWindow *self)
{
  gint64 note = self->pending_note;
  GListModel *notes = G_LIST_MODEL (self->notes);

  self->pending_note = 0;
  if (self->article == 0)
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
          select_item (self, notes, i);
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

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
  if (adw_flap_get_reveal_flap (self->flap))
    gtk_widget_child_focus (adw_flap_get_flap (self->flap), GTK_DIR_TAB_FORWARD);
}

/* A folded sidebar gets out of the way once a row has shown its passage */
static void
hide_folded_sidebar (BylineWindow *self)
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

static void
byline_window_dispose (GObject *object)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->stall_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  if (self->text_view != NULL)
    stop_highlighting (self);
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

  g_clear_object (&self->cancellable);
  g_clear_object (&self->text_css);
  g_clear_pointer (&self->store, byline_store_close);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->pending_text, g_free);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
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
      set_menu_type (self, g_value_get_string (value));
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

  object_class->dispose = byline_window_dispose;
  object_class->finalize = byline_window_finalize;
  object_class->get_property = byline_window_get_property;
  object_class->set_property = byline_window_set_property;
  widget_class->size_allocate = byline_window_size_allocate;

  properties[PROP_LIBRARY] = g_param_spec_string ("library", NULL, NULL, NULL,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the context menu's "This Is a…" items: the type ticked is the name's; choosing another corrects it */
  properties[PROP_MENU_TYPE] = g_param_spec_string ("menu-type", NULL, NULL, "",
                                                    G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                    G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* after an article is shown with all its highlights, or its loading failed */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

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
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response);
  gtk_widget_class_bind_template_callback (widget_class, on_legend_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_text_query_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, on_library_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_library_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_find_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_find_next);
  gtk_widget_class_bind_template_callback (widget_class, on_find_previous);
  gtk_widget_class_bind_template_callback (widget_class, on_find_stop);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, speaker_dialog);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, speaker_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_speaker_response);
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

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "win.delete-note", NULL, delete_note_action);
  gtk_widget_class_install_action (widget_class, "win.edit-note", NULL, edit_note_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.import-notes", NULL, import_notes_action);
  gtk_widget_class_install_property_action (widget_class, "win.correct-type", "menu-type");
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.cycle-focus", NULL, cycle_focus_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.cycle-focus", NULL);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.search-library", NULL, search_library_action);
  gtk_widget_class_install_action (widget_class, "win.remove-entity", NULL, correct_entity_action);
  gtk_widget_class_install_action (widget_class, "win.correct-speaker", NULL, correct_speaker_action);
  gtk_widget_class_install_action (widget_class, "win.remove-quote", NULL, remove_quote_action);
  gtk_widget_class_install_action (widget_class, "win.start-exercise", NULL, start_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", NULL, open_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.stop-exercise", NULL, stop_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.class-overview", NULL, class_overview_action);
  gtk_widget_class_install_action (widget_class, "win.across", NULL, across_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.add-note", NULL);
  /* a binding of the window, so a text field or the article takes Ctrl+V first:
   * it pastes an article when nothing else wants it, as in the empty window */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste-article", NULL);
}

static void
byline_window_init (BylineWindow *self)
{
  GtkTextBuffer *buffer;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->type_tags = g_hash_table_new (g_str_hash, g_str_equal);

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->headline_tag = gtk_text_buffer_create_tag (buffer, "headline", "scale", 1.6,
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   "pixels-below-lines", 12, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (highlight_types); i++)
    g_hash_table_insert (self->type_tags, (gpointer) highlight_types[i],
                         make_type_tag (buffer, highlight_types[i]));
  /* the words a claim hedges with and the loaded words: no background, their own underline */
  g_hash_table_insert (self->type_tags, (gpointer) "HEDGE", make_type_tag (buffer, "HEDGE"));
  g_hash_table_insert (self->type_tags, (gpointer) "LOADED", make_type_tag (buffer, "LOADED"));
  /* notes over everything else: a yellow marker with a dotted underline cue */
  self->note_tag = gtk_text_buffer_create_tag (buffer, "note",
                                               "background", "rgba(246,211,45,0.45)",
                                               "underline", PANGO_UNDERLINE_SINGLE,
                                               "underline-rgba", &(GdkRGBA) { 0.9, 0.6, 0.0, 1.0 },
                                               NULL);

  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (on_mark_set), self, 0);

  self->note_popover = byline_note_popover_new ();
  gtk_widget_set_parent (self->note_popover, GTK_WIDGET (self->text_view));
  gtk_widget_set_parent (self->selection_popover, GTK_WIDGET (self->text_view));
  g_signal_connect (self->note_popover, "save", G_CALLBACK (on_note_saved), self);
  self->note_margin = byline_note_margin_new (self->text_view, G_LIST_MODEL (self->notes));
  self->legend_home = gtk_widget_get_parent (GTK_WIDGET (self->legend));
  g_signal_connect_object (self->notes, "items-changed", G_CALLBACK (on_notes_changed), self, 0);
  g_signal_connect (self, "loaded", G_CALLBACK (on_loaded_show_note), NULL);
  name_close_buttons (GTK_WIDGET (self->find_bar), _("Close the find bar"));
  name_close_buttons (GTK_WIDGET (self->error_bar), _("Close the message"));
  g_signal_connect (self->note_margin, "activate-note", G_CALLBACK (on_margin_note), self);

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
    GtkShortcutAction *popup = gtk_callback_action_new (article_menu_key_cb, self, NULL);

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
    g_signal_connect (click, "pressed", G_CALLBACK (on_text_right_click), self);
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  }

  /* before the settings' handler: an unsaved exercise may keep the window open */
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_exercise), self);

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

/**
 * byline_window_open:
 *
 * Reads, imports and analyses the article off the main thread, then shows it
 * with its notes; the highlights go on in idle chunks. Opening another
 * article cancels the work for this one. Emits ::loaded at the end.
 */
static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
start_load (BylineWindow *self,
            Load         *load)
{
  g_autoptr (GTask) task = NULL;
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  self->loading = TRUE;
  gtk_spinner_set_spinning (self->spinner, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  bench_start (self);
  task = g_task_new (NULL, self->cancellable, load_done_cb, weak);
  g_weak_ref_init (weak, self);
  g_task_set_source_tag (task, start_load);
  g_object_set_data_full (G_OBJECT (task), "byline-window", weak, free_weak_ref);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_thread);
}

static void
reset_load (BylineWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  byline_window_stop_exercise (self);
  clear_article (self);
}

void
byline_window_open (BylineWindow *self,
                    GFile        *file)
{
  Load *load;

  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  reset_load (self);
  load = g_new0 (Load, 1);
  load->path = g_file_get_path (file);
  load->library = g_strdup (self->library);
  if (load->path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      /* Translators: %s is a URI */
      g_autofree char *msg = g_strdup_printf (_("%s: only local files can be opened"), uri);
      load_free (load);
      show_error (self, msg);
      return;
    }
  start_load (self, load);
}

/**
 * byline_window_open_text:
 * @text: an article as text, HTML or Markdown (pasted)
 *
 * Like byline_window_open (), for text that is not in a file.
 */
void
byline_window_open_text (BylineWindow *self,
                         const char   *text)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  open_pasted (self, text, FALSE);
}

static void
open_pasted (BylineWindow *self,
             const char   *text,
             gboolean      html)
{
  Load *load;

  reset_load (self);
  load = g_new0 (Load, 1);
  load->pasted = g_strdup (text);
  load->pasted_html = html;
  load->library = g_strdup (self->library);
  start_load (self, load);
}

/**
 * byline_window_open_article:
 * @id: an article in the library
 *
 * Like byline_window_open (), for an article already in the library.
 */
void
byline_window_open_article (BylineWindow *self,
                            gint64        id)
{
  Load *load;

  g_return_if_fail (BYLINE_IS_WINDOW (self));

  reset_load (self);
  load = g_new0 (Load, 1);
  load->article = id;
  load->library = g_strdup (self->library);
  start_load (self, load);
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
  return self->article;
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

/**
 * byline_window_get_page:
 * @name: "quotes", "claims", "meetings", "people" or "notes"
 *
 * Returns: (transfer none): the page's items (#BylineItem)
 */
GListModel *
byline_window_get_page (BylineWindow *self,
                        const char   *name)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  if (g_str_equal (name, "quotes"))
    return G_LIST_MODEL (self->quotes);
  if (g_str_equal (name, "claims"))
    return G_LIST_MODEL (self->claims);
  if (g_str_equal (name, "meetings"))
    return G_LIST_MODEL (self->meetings);
  if (g_str_equal (name, "people"))
    return G_LIST_MODEL (self->people);
  if (g_str_equal (name, "notes"))
    return G_LIST_MODEL (self->notes);
  if (g_str_equal (name, "sources"))
    return G_LIST_MODEL (self->sources);
  return NULL;
}

/**
 * byline_window_activate_item:
 *
 * What clicking a sidebar row does: shows that page, selects the item's words
 * in the article and scrolls to them.
 */
gboolean
byline_window_activate_item (BylineWindow *self,
                             const char   *page,
                             guint         position)
{
  GListModel *model = byline_window_get_page (self, page);

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  if (model == NULL || position >= g_list_model_get_n_items (model))
    return FALSE;
  gtk_stack_set_visible_child_name (self->sidebar_stack, page);
  select_item (self, model, position);
  hide_folded_sidebar (self);
  return TRUE;
}

/**
 * byline_window_add_note:
 * @kind: a #BylineNoteKind
 * @tags: (nullable): comma-separated tag names
 *
 * Saves a note on the open article; it is on disk when this returns.
 */
gint64
byline_window_add_note (BylineWindow *self,
                        guint         start,
                        guint         end,
                        const char   *body,
                        int           kind,
                        const char   *tags,
                        GError      **error)
{
  g_auto (GStrv) clean = NULL;
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);

  if (self->article == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, _("No article is open"));
      return 0;
    }
  if (!ensure_store (self, error))
    return 0;
  clean = split_tags (tags);
  id = byline_store_add_note (self->store, self->article, start, end, body,
                              CLAMP (kind, BYLINE_NOTE_HIGHLIGHT, BYLINE_NOTE_QUESTION),
                              (const char *const *) clean, error);
  if (id != 0)
    show_note (self, id);
  return id;
}

static void
undo_update_cb (AdwToast *toast,
                gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  BylineNote *before = g_object_get_data (G_OBJECT (toast), "note");
  g_autoptr (GError) error = NULL;

  if (before == NULL || !ensure_store (self, &error)
      || !byline_store_update_note (self->store, before->id, before->body, before->kind,
                                    (const char *const *) before->tags, &error))
    {
      if (error != NULL)
        show_error (self, error->message);
      return;
    }
  if (before->article == self->article)
    refresh_note (self, before->id);
}

/**
 * byline_window_update_note:
 * @kind: a #BylineNoteKind
 * @tags: (nullable): comma-separated tag names
 *
 * Changes a note's text, kind and tags, with a toast that can undo it; the
 * change is on disk when this returns.
 */
gboolean
byline_window_update_note (BylineWindow *self,
                           gint64        id,
                           const char   *body,
                           int           kind,
                           const char   *tags,
                           GError      **error)
{
  g_autoptr (BylineNote) before = NULL;
  g_auto (GStrv) clean = NULL;
  AdwToast *toast;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  if (!ensure_store (self, error) || (before = byline_store_get_note (self->store, id, error)) == NULL)
    return FALSE;
  clean = split_tags (tags);
  if (!byline_store_update_note (self->store, id, body,
                                 CLAMP (kind, BYLINE_NOTE_HIGHLIGHT, BYLINE_NOTE_QUESTION),
                                 (const char *const *) clean, error))
    return FALSE;
  refresh_note (self, id);

  toast = adw_toast_new (_("Note changed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "note", g_steal_pointer (&before),
                          (GDestroyNotify) byline_note_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_update_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

/**
 * byline_window_delete_note:
 *
 * Deletes a note, with a toast that can undo it.
 */
gboolean
byline_window_delete_note (BylineWindow *self,
                           gint64        id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineNote) note = NULL;
  AdwToast *toast;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  if (!ensure_store (self, &error)
      || (note = byline_store_get_note (self->store, id, &error)) == NULL
      || !byline_store_delete_note (self->store, id, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (byline_item_get_id (item) == id)
        {
          g_list_store_remove (self->notes, i);
          break;
        }
    }
  remove_note_highlight (self, note->start, note->end);

  toast = adw_toast_new (_("Note deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "note", g_steal_pointer (&note),
                          (GDestroyNotify) byline_note_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

/**
 * byline_window_correct_entity:
 * @offset: a character inside a mention of the entity
 * @type: (nullable): its right type ("ORG"...), or NULL: it is not an entity
 *
 * Stores the correction for this article and opens it again, so that every
 * later analysis of it shows the entity as corrected.
 *
 * Returns: the correction's id, or 0 with @error set
 */
gint64
byline_window_correct_entity (BylineWindow *self,
                              guint         offset,
                              const char   *type,
                              GError      **error)
{
  const Entity *e;
  BylineCorrection c = { 0 };
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);

  e = entity_at (self, offset, NULL);
  if (e == NULL || self->article == 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND,
                   _("There is no person, place or other entity there to correct"));
      return 0;
    }
  if (!ensure_store (self, error))
    return 0;
  c.article = self->article;
  c.target = BYLINE_TARGET_ENTITY;
  c.action = type != NULL ? BYLINE_FIX_TYPE : BYLINE_FIX_REMOVE;
  c.key = e->name;
  c.start = e->first_start;
  c.end = e->first_end;
  c.value = (char *) type;
  id = byline_store_add_correction (self->store, &c, error);
  if (id != 0)
    byline_window_open_article (self, self->article);
  return id;
}

/**
 * byline_window_show_library:
 * @query: (nullable): what to search for, or NULL for every article
 *
 * Shows the library: every article, newest first, or the articles and notes
 * that match @query, best first. Activating a row opens its article.
 */
void
byline_window_show_library (BylineWindow *self,
                            const char   *query)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));

  if (query != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->library_search), query);
  fill_library (self, gtk_editable_get_text (GTK_EDITABLE (self->library_search)));
  gtk_stack_set_visible_child_name (self->main_stack, "library");
}

/* Returns: (transfer none): the rows of the library page (#BylineItem, id = article) */
GListModel *
byline_window_get_library (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->library_items);
}

/* The line that says which quotes, claims, meetings and notes the selection is part of */
const char *
byline_window_get_coverage (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->coverage_label);
}

/**
 * byline_window_correct_quote:
 * @position: the quote's row on the Quotes page
 * @speaker: (nullable): who said it, or NULL: it is not a quotation
 *
 * Stores the correction for this article and opens it again.
 *
 * Returns: the correction's id, or 0 with @error set
 */
gint64
byline_window_correct_quote (BylineWindow *self,
                             guint         position,
                             const char   *speaker,
                             GError      **error)
{
  g_autoptr (BylineItem) item = NULL;
  g_autofree char *words = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  BylineCorrection c = { 0 };
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);

  item = g_list_model_get_item (G_LIST_MODEL (self->quotes), position);
  if (item == NULL || self->article == 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND,
                   _("There is no quotation there to correct"));
      return 0;
    }
  if (!ensure_store (self, error))
    return 0;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, byline_item_get_start (item));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, byline_item_get_end (item));
  words = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  c.article = self->article;
  c.target = BYLINE_TARGET_QUOTE;
  c.action = speaker != NULL ? BYLINE_FIX_SPEAKER : BYLINE_FIX_REMOVE;
  c.key = words;
  c.start = byline_item_get_start (item);
  c.end = byline_item_get_end (item);
  c.value = (char *) speaker;
  id = byline_store_add_correction (self->store, &c, error);
  if (id != 0)
    byline_window_open_article (self, self->article);
  return id;
}

/**
 * byline_window_export:
 * @flags: #BylineExportFlags
 *
 * Writes an annotated summary of the open article (its analysis with the
 * reader's corrections, and the notes) to @file, off the main thread; a toast
 * says when it is there, the error banner if it could not be written.
 * Returns FALSE at once when no article is open or the library fails.
 */
gboolean
byline_window_export (BylineWindow       *self,
                      GFile              *file,
                      BylineExportFormat  format,
                      BylineExportFlags   flags,
                      GError            **error)
{
  g_autoptr (BylineExportInput) input = NULL;
  Export *export;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->article == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, _("No article is open"));
      return FALSE;
    }
  if (!ensure_store (self, error)
      || (input = byline_export_input_new_from_store (self->store, self->article, error)) == NULL)
    return FALSE;
  input->flags = flags;
  if (self->settings != NULL)
    {
      g_autofree char *reader = g_strstrip (g_settings_get_string (self->settings, "reader-name"));

      if (*reader != '\0')
        input->reader = g_steal_pointer (&reader);
    }
  export = g_new0 (Export, 1);
  export->window = g_object_ref (self);
  export->file = g_object_ref (file);
  self->exporting++;
  byline_export_write_file_async (input, format, file, NULL, export_done_cb, export);
  return TRUE;
}

/* Exports still being written */
guint
byline_window_get_exporting (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);
  return self->exporting;
}

/**
 * byline_window_import_notes:
 *
 * Brings notes from a Byline JSON export or W3C Web Annotations into the
 * library, placed by their quoted passages; notes already there are not
 * added twice. The notes' article opens if nothing is open, or shows them
 * if it is the open one; a toast says how many came in.
 */
gboolean
byline_window_import_notes (BylineWindow  *self,
                            GFile         *file,
                            GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  g_autofree char *message = NULL;
  g_autoptr (BylineAnnotations) annotations = NULL;
  BylineNoteImportCounts counts = { 0 };
  gsize length;
  gint64 article = 0;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  /* a local file is read within the input bounds (no FIFO, no device, the size limit) */
  if (g_file_is_native (file))
    {
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL || !byline_input_read (path, &data, &length, error))
        {
          if (path == NULL)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s: not a local file"), name);
          return FALSE;
        }
    }
  else if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return FALSE;
  if ((annotations = byline_annotations_parse (data, (gssize) length, name, error)) == NULL
      || !ensure_store (self, error)
      || !byline_annotations_import (annotations, self->store, name, &article, &counts, error))
    return FALSE;
  if (article == self->article || self->article == 0)
    byline_window_open_article (self, article);
  /* Translators: the three numbers are notes added, notes already there, notes whose passage is gone */
  message = g_strdup_printf (_("Notes imported: %u new, %u already there, %u whose passage is gone"),
                             counts.added, counts.duplicates, counts.orphaned);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  return TRUE;
}

/**
 * byline_window_open_lesson:
 * @file: a lesson file ("byline.lesson/1")
 *
 * A student's exercise: the lesson's own article, with no highlights and no
 * analysis, and the exercise panel. A file that is not a lesson is reported
 * in the error bar, naming it, and the window stays as it was.
 *
 * Returns: whether the lesson opened
 */
gboolean
byline_window_open_lesson (BylineWindow *self,
                           GFile        *file)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  BylineLesson *lesson;
  const char *title;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *msg = g_strdup_printf (_("%s: only local files can be opened"), uri);
      show_error (self, msg);
      return FALSE;
    }
  if ((lesson = byline_lesson_load_file (path, &error)) == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  reset_load (self);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), lesson->article.text, -1);
  title = lesson->title != NULL ? lesson->title : lesson->article.title != NULL ? lesson->article.title : "";
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Exercise"));
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  begin_exercise (self, lesson, FALSE);
  return TRUE;
}

/**
 * byline_window_stop_exercise:
 *
 * Ends the exercise: the article's highlights and sidebar come back; a
 * lesson's article that is not in the library goes with it.
 */
void
byline_window_stop_exercise (BylineWindow *self)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));

  if (self->exercise_panel == NULL)
    return;
  byline_exercise_panel_detach (BYLINE_EXERCISE_PANEL (self->exercise_panel));
  adw_flap_set_flap (self->flap, self->analysis_sidebar);
  g_object_unref (self->analysis_sidebar);
  g_clear_object (&self->exercise_panel);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-exercise", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-exercise", TRUE);
  show_analysis (self, self->article != 0);
  if (self->article == 0)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
      gtk_window_set_title (GTK_WINDOW (self), "Byline");
      adw_window_title_set_title (self->window_title, "Byline");
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
    }
}

/* Returns: (transfer none) (nullable): the exercise panel while an exercise runs */
GtkWidget *
byline_window_get_exercise_panel (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return self->exercise_panel;
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

/* The export dialog while it is open, or NULL: for the tests */
GtkFileChooser *
byline_window_get_export_dialog (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return self->export_dialog;
}

/**
 * byline_window_show_start:
 *
 * What a window opened with no file shows: the library when it holds
 * articles, else the page that tells how to open one.
 */
void
byline_window_show_start (BylineWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = NULL;

  g_return_if_fail (BYLINE_IS_WINDOW (self));

  if (self->article != 0 || self->loading || !ensure_store (self, &error))
    return;
  articles = byline_store_list_articles (self->store, NULL, &error);
  if (articles != NULL && articles->len > 0)
    byline_window_show_library (self, NULL);
}
