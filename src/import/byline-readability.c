/* byline-readability.c: which part of a web page is the article
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Finding the article
 * ===================
 *
 * The way reader modes do it (Readability, Boilerpipe): text is scored where
 * it sits, and the element that gathers the most of it, with the fewest
 * links, is the article.
 *
 * 1. One walk over the body measures every element: its text (white space
 *    collapsed), the text inside links, commas, paragraphs, images, list
 *    items, inputs and embeds under it. Hidden elements, scripts, navigation
 *    and the like (byline-import.c's dropped kinds) are not measured, nor
 *    elements whose role is navigation, a menu, a dialog or complementary,
 *    nor text for screen readers only (class sr-only, visually-hidden),
 *    nor the first h1 or h2 that says what the headline says (the header
 *    line has it);
 *    nor, on the first try, elements whose class or id says they are not
 *    the article (comments, sidebars, menus, sharing, related links...)
 *    unless they also say they may be (article, content, main, body).
 * 2. Every paragraph-like block (p, pre, td, section, h2-h6, a div with no
 *    block inside, the loose text of a div) of 25 characters or more scores
 *    1 + its commas + 1 + a point per 100 characters (up to 3) and passes the
 *    score up to five ancestors: all of it to the parent, half to the
 *    grandparent, a third of a level to those above. An ancestor starts
 *    from its kind (div +5, list and form items -3, headings -5), its class
 *    and id (+25 for article, content, story...; -25 for comment, share,
 *    promo, newsletter...), and +25 for <article> or itemprop=articleBody.
 * 3. Each score is scaled by the share of its text that is not link text,
 *    and the best one wins. Its parent takes its place when three other
 *    near-best candidates sit under it too, or when the parent scores more
 *    (a split article); an only child gives way to its parent.
 * 4. Of the winner's siblings, those that score well enough, or are
 *    paragraphs of plain prose, are kept with it.
 * 5. Inside what is kept, lists, tables, forms and divs that look like
 *    boilerplate (more links than text, more images or list items than
 *    paragraphs, little text, a negative class) are dropped, as are
 *    headings with a negative class and small "share" boxes. Data tables
 *    stay.
 * 6. If what is kept has fewer than 500 characters, steps 1-5 run again
 *    without the class filter, then without class weights, then without the
 *    cleaning of step 5; the longest result wins, unless it is the first
 *    one's article (or a part of it) with less cleaned out of it: a short
 *    article stays clean. A page where no block scores at all is read
 *    whole: all its visible text.
 *
 * Every step is a pass over an array of the measured elements in document
 * order, so the finder is linear in the page.
 */

#define CHAR_THRESHOLD 500
#define N_TOP 5

enum
{
  FLAG_STRIP_UNLIKELY = 1 << 0,
  FLAG_WEIGHT_CLASSES = 1 << 1,
  FLAG_CLEAN          = 1 << 2,
};

typedef enum
{
  TAG_OTHER,
  TAG_DIV,
  TAG_P,
  TAG_PRE,
  TAG_TD,
  TAG_SECTION,
  TAG_H1,
  TAG_H2,
  TAG_HN,         /* h3-h6 */
  TAG_BLOCKQUOTE,
  TAG_LIST_ITEM,  /* address, dd, dt, li */
  TAG_LIST,       /* ol, ul, dl */
  TAG_FORM,
  TAG_FIELDSET,
  TAG_TABLE,
  TAG_TH,
  TAG_A,
  TAG_IMG,
  TAG_INPUT,
  TAG_EMBED,      /* object, embed, iframe */
  TAG_FIGURE,
  TAG_CODE,
  TAG_ARTICLE,
  TAG_BODY,
  TAG_TR,
  TAG_CAPTION,    /* caption, thead, tfoot */
} Tag;

typedef struct
{
  xmlNode *node;
  guint    parent;    /* index + 1, or 0 */
  guint    end;       /* the index after the last descendant */
  guint    text;      /* characters, white space collapsed */
  guint    links;     /* ...of them inside <a> */
  guint    commas;
  guint    loose;     /* text outside block descendants */
  guint    loose_commas;
  guint    headings;  /* text inside h1-h6 */
  guint    lists;     /* text inside ul, ol */
  guint    n_children;
  guint    n_p, n_img, n_li, n_tr, n_td, n_table, n_caption;
  double   score;
  int      weight;    /* class and id */
  guint8   tag;
  guint8   has_block;
  guint8   candidate;
  guint8   data_table;
  guint8   mark;
} Info;

typedef struct
{
  xmlNode   *top;      /* the body */
  GArray    *infos;    /* Info, document order */
  GArray    *stack;    /* guint: index + 1 of the open elements */
  GPtrArray *removed;  /* elements left out as unlikely */
  guint      flags;
  gboolean   space;    /* the last character counted was white space */
  const char *title;   /* the headline, whose heading is left out once */
} Run;

typedef struct
{
  GRegex *unlikely;
  GRegex *maybe;
  GRegex *negative;
  GRegex *positive;
  GRegex *share;
} Hints;

static gpointer
build_hints (gpointer data)
{
  Hints *h = g_new0 (Hints, 1);
  GRegexCompileFlags f = G_REGEX_CASELESS | G_REGEX_OPTIMIZE;

  h->unlikely = g_regex_new ("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap"
                             "|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies"
                             "|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental"
                             "|ad-break|agegate|pagination|pager|popup|yom-remote|cookie-banner"
                             "|newsletter-signup|(^|[\\s_-])ads?([\\s_-]|$)|adsbygoogle",
                             f, 0, NULL);
  h->maybe = g_regex_new ("and|article|body|content|main|mathjax|shadow", f, 0, NULL);
  h->negative = g_regex_new ("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
                             "|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related"
                             "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                             "|widget|newsletter|subscri|signup|advert|paywall|taboola"
                             "|recommend|trending|popular|\\bnav\\b",
                             f, 0, NULL);
  h->positive = g_regex_new ("article|body|content|entry|hentry|h-entry|main|page|pagination"
                             "|post|text|blog|story",
                             f, 0, NULL);
  h->share = g_regex_new ("(\\b|_)(share|sharedaddy)(\\b|_)", f, 0, NULL);
  return h;
}

static const Hints *
get_hints (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, build_hints, NULL);
}

static gpointer
build_tags (gpointer data)
{
  static const struct
  {
    const char *name;
    Tag         tag;
  } tags[] = {
    { "div", TAG_DIV }, { "p", TAG_P }, { "pre", TAG_PRE }, { "td", TAG_TD },
    { "section", TAG_SECTION }, { "h1", TAG_H1 }, { "h2", TAG_H2 }, { "h3", TAG_HN },
    { "h4", TAG_HN }, { "h5", TAG_HN }, { "h6", TAG_HN }, { "blockquote", TAG_BLOCKQUOTE },
    { "address", TAG_LIST_ITEM }, { "dd", TAG_LIST_ITEM }, { "dt", TAG_LIST_ITEM },
    { "li", TAG_LIST_ITEM }, { "ol", TAG_LIST }, { "ul", TAG_LIST }, { "dl", TAG_LIST },
    { "form", TAG_FORM }, { "fieldset", TAG_FIELDSET }, { "table", TAG_TABLE },
    { "th", TAG_TH }, { "a", TAG_A }, { "img", TAG_IMG }, { "input", TAG_INPUT },
    { "object", TAG_EMBED }, { "embed", TAG_EMBED }, { "iframe", TAG_EMBED },
    { "figure", TAG_FIGURE }, { "code", TAG_CODE }, { "article", TAG_ARTICLE },
    { "body", TAG_BODY }, { "tr", TAG_TR }, { "caption", TAG_CAPTION },
    { "thead", TAG_CAPTION }, { "tfoot", TAG_CAPTION },
  };
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    g_hash_table_insert (table, (gpointer) tags[i].name, GUINT_TO_POINTER (tags[i].tag));
  return table;
}

/* libxml's HTML parser writes element names in lower case */
static Tag
tag_of (xmlNode *node)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *table = g_once (&once, build_tags, NULL);

  if (node->name == NULL)
    return TAG_OTHER;
  return (Tag) GPOINTER_TO_UINT (g_hash_table_lookup (table, node->name));
}

/* Elements a div must not hold to count as a paragraph */
static gboolean
is_block_tag (Tag tag)
{
  return tag == TAG_BLOCKQUOTE || tag == TAG_LIST || tag == TAG_DIV || tag == TAG_IMG
         || tag == TAG_P || tag == TAG_PRE || tag == TAG_TABLE;
}

static gboolean
is_heading (Tag tag)
{
  return tag == TAG_H1 || tag == TAG_H2 || tag == TAG_HN;
}

static Info *
info_at (const Run *run,
         guint      index1)
{
  return index1 > 0 ? &g_array_index (run->infos, Info, index1 - 1) : NULL;
}

/* The element's index + 1 in this run, or 0 (not measured). _private may
 * still hold an index from an earlier run: it counts only if it points back. */
static guint
index_of (const Run *run,
          xmlNode   *node)
{
  guint i = GPOINTER_TO_UINT (node->_private);

  if (i == 0 || i > run->infos->len || g_array_index (run->infos, Info, i - 1).node != node)
    return 0;
  return i;
}

/* "class id" of an element, or NULL when it has neither */
static char *
class_and_id (xmlNode *node)
{
  const char *klass = _byline_html_get_attr (node, "class");
  const char *id = _byline_html_get_attr (node, "id");

  if (klass == NULL && id == NULL)
    return NULL;
  return g_strconcat (klass != NULL ? klass : "", " ", id != NULL ? id : "", NULL);
}

static int
class_weight (xmlNode *node)
{
  const Hints *h = get_hints ();
  const char *values[2] = { _byline_html_get_attr (node, "class"),
                            _byline_html_get_attr (node, "id") };
  int weight = 0;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (values[i] == NULL || values[i][0] == '\0')
        continue;
      if (g_regex_match (h->negative, values[i], 0, NULL))
        weight -= 25;
      if (g_regex_match (h->positive, values[i], 0, NULL))
        weight += 25;
    }
  return weight;
}

/* Never the article, on every try: by its role, or text only screen
 * readers see ("Continue reading the main story", "Skip to content") */
static gboolean
is_never_article (xmlNode *node)
{
  static const char *const roles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  };
  static const char *const unseen[] = {
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader",
    "skip-link", "skip-to",
  };
  const char *role = _byline_html_get_attr (node, "role");
  const char *klass = _byline_html_get_attr (node, "class");

  for (guint i = 0; role != NULL && i < G_N_ELEMENTS (roles); i++)
    if (g_ascii_strcasecmp (role, roles[i]) == 0)
      return TRUE;
  for (guint i = 0; klass != NULL && i < G_N_ELEMENTS (unseen); i++)
    if (_byline_html_contains_ci (klass, unseen[i]))
      return TRUE;
  return FALSE;
}

/* Not the article, by its class or id */
static gboolean
is_unlikely (xmlNode *node,
             Tag      tag)
{
  const Hints *h = get_hints ();
  g_autofree char *match = NULL;

  if (tag == TAG_BODY || tag == TAG_A || tag == TAG_ARTICLE)
    return FALSE;
  match = class_and_id (node);
  if (match == NULL || match[1] == '\0')
    return FALSE;
  if (_byline_html_get_attr (node, "itemprop") != NULL
      && _byline_html_contains_ci (_byline_html_get_attr (node, "itemprop"), "articleBody"))
    return FALSE;
  return g_regex_match (h->unlikely, match, 0, NULL) && !g_regex_match (h->maybe, match, 0, NULL);
}

/* Measuring */

/* The first h1 or h2 that says what the headline says: the header has it */
static gboolean
repeats_title (Run     *run,
               xmlNode *node)
{
  g_autofree char *text = NULL;

  if (run->title == NULL)
    return FALSE;
  text = (char *) xmlNodeGetContent (node);
  if (text == NULL || strlen (text) > 4 * strlen (run->title) + 64
      || _byline_html_similarity (run->title, text) <= 0.75)
    return FALSE;
  run->title = NULL;
  return TRUE;
}

static WalkAction
measure_enter (xmlNode  *node,
               gpointer  data)
{
  Run *run = data;
  guint parent = run->stack->len > 0 ? g_array_index (run->stack, guint, run->stack->len - 1) : 0;
  Info info = { 0 };
  Tag tag;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      Info *p = info_at (run, parent);
      guint chars = 0, commas = 0;

      if (p == NULL || node->content == NULL)
        return WALK_SKIP;
      for (const guchar *c = node->content; *c != '\0'; c++)
        {
          if (is_space (*c))
            {
              if (!run->space)
                chars++;
              run->space = TRUE;
              continue;
            }
          run->space = FALSE;
          if ((*c & 0xC0) != 0x80)
            chars++;
          if (*c == ',')
            commas++;
        }
      p->text += chars;
      p->commas += commas;
      p->loose += chars;
      p->loose_commas += commas;
      return WALK_SKIP;
    }
  if (node->type != XML_ELEMENT_NODE)
    return WALK_SKIP;
  tag = tag_of (node);
  if (node != run->top)
    {
      if (_byline_html_is_dropped (node, _byline_html_element_kind (node), FALSE)
          && tag != TAG_BODY)
        return WALK_SKIP;
      if ((node->properties != NULL && is_never_article (node))
          || ((run->flags & FLAG_STRIP_UNLIKELY) && is_unlikely (node, tag))
          || ((tag == TAG_H1 || tag == TAG_H2) && repeats_title (run, node)))
        {
          g_ptr_array_add (run->removed, node);
          return WALK_SKIP;
        }
    }
  if (_byline_html_element_kind (node) & (KIND_BLOCK | KIND_BR))
    run->space = TRUE;
  if (parent != 0)
    info_at (run, parent)->n_children++;
  info.node = node;
  info.parent = parent;
  info.tag = tag;
  g_array_append_val (run->infos, info);
  node->_private = GUINT_TO_POINTER (run->infos->len);
  g_array_append_val (run->stack, run->infos->len);
  return WALK_DESCEND;
}

static gboolean
is_data_table (const Info *i)
{
  const char *role = _byline_html_get_attr (i->node, "role");
  const char *datatable = _byline_html_get_attr (i->node, "datatable");
  guint cols;

  if (role != NULL && g_ascii_strcasecmp (role, "presentation") == 0)
    return FALSE;
  if (datatable != NULL && strcmp (datatable, "0") == 0)
    return FALSE;
  if (_byline_html_get_attr (i->node, "summary") != NULL || i->n_caption > 0)
    return TRUE;
  if (i->n_table > 0)
    return FALSE;
  if (i->n_tr >= 10)
    return TRUE;
  cols = i->n_tr > 0 ? i->n_td / i->n_tr : 0;
  if (i->n_tr <= 1 || cols <= 1)
    return FALSE;
  return cols > 4 || i->n_td > 10;
}

static void
measure_leave (xmlNode  *node,
               gpointer  data)
{
  Run *run = data;
  guint index1;
  Info *i, *p;

  if (node->type != XML_ELEMENT_NODE || (index1 = index_of (run, node)) == 0)
    return;
  g_array_set_size (run->stack, run->stack->len - 1);
  i = info_at (run, index1);
  i->end = run->infos->len;
  if (i->tag == TAG_A)
    i->links = i->text;
  if (is_heading ((Tag) i->tag))
    i->headings = i->text;
  if (i->tag == TAG_LIST && !_byline_html_is_name (node, "dl"))
    i->lists = i->text;
  if (i->tag == TAG_TABLE)
    i->data_table = is_data_table (i);
  if (_byline_html_element_kind (node) & KIND_BLOCK)
    run->space = TRUE;
  p = info_at (run, i->parent);
  if (p == NULL)
    return;
  p->text += i->text;
  p->links += i->links;
  p->commas += i->commas;
  p->headings += i->headings;
  p->lists += i->lists;
  p->n_p += i->n_p + (i->tag == TAG_P);
  p->n_img += i->n_img + (i->tag == TAG_IMG);
  p->n_li += i->n_li + _byline_html_is_name (node, "li");
  p->n_tr += i->n_tr + (i->tag == TAG_TR);
  p->n_td += i->n_td + (i->tag == TAG_TD || i->tag == TAG_TH);
  p->n_table += i->n_table + (i->tag == TAG_TABLE);
  p->n_caption += i->n_caption + (i->tag == TAG_CAPTION || i->tag == TAG_TH);
  if (is_block_tag ((Tag) i->tag) || i->has_block)
    p->has_block = TRUE;
  else
    {
      p->loose += i->text;
      p->loose_commas += i->commas;
    }
}

/* Scoring */

static void
init_candidate (Run  *run,
                Info *a)
{
  static const int tag_scores[] = {
    [TAG_DIV] = 5, [TAG_PRE] = 3, [TAG_TD] = 3, [TAG_BLOCKQUOTE] = 3,
    [TAG_LIST_ITEM] = -3, [TAG_LIST] = -3, [TAG_FORM] = -3,
    [TAG_H1] = -5, [TAG_H2] = -5, [TAG_HN] = -5, [TAG_TH] = -5,
  };
  const char *itemprop;

  a->candidate = TRUE;
  a->score = a->tag < G_N_ELEMENTS (tag_scores) ? tag_scores[a->tag] : 0;
  if (run->flags & FLAG_WEIGHT_CLASSES)
    a->score += a->weight;
  /* the page says so itself */
  itemprop = _byline_html_get_attr (a->node, "itemprop");
  if (a->tag == TAG_ARTICLE
      || (itemprop != NULL && _byline_html_contains_ci (itemprop, "articleBody")))
    a->score += 25;
}

static void
score_paragraph (Run   *run,
                 guint  first,
                 guint  text,
                 guint  commas)
{
  double score;
  guint level = 0;

  if (text < 25)
    return;
  score = 1 + (commas + 1) + MIN (text / 100, 3);
  for (guint a = first; a != 0 && level < 5; level++)
    {
      Info *ai = info_at (run, a);

      if (!ai->candidate)
        init_candidate (run, ai);
      ai->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      a = ai->parent;
    }
}

static double
link_density (const Info *i)
{
  return i->text > 0 ? (double) i->links / i->text : 0;
}

/* Is index1 @d under index1 @a? */
static gboolean
is_under (const Run *run,
          guint      d,
          guint      a)
{
  return d > a && d <= info_at (run, a)->end;
}

static gboolean
ends_sentence (xmlNode *node)
{
  g_autofree char *text = (char *) xmlNodeGetContent (node);
  const char *dot;

  if (text == NULL)
    return FALSE;
  g_strchomp (text);
  for (dot = strchr (text, '.'); dot != NULL; dot = strchr (dot + 1, '.'))
    if (dot[1] == '\0' || dot[1] == ' ')
      return TRUE;
  return FALSE;
}

/* Takes a dropped element's text and counts off its ancestors up to @root */
static void
subtract (Run   *run,
          guint  d,
          guint  root)
{
  const Info *di = info_at (run, d);
  guint n_p = di->n_p + (di->tag == TAG_P);
  guint n_img = di->n_img + (di->tag == TAG_IMG);
  guint n_li = di->n_li + _byline_html_is_name (di->node, "li");

  for (guint a = di->parent; a != 0 && a >= root; a = info_at (run, a)->parent)
    {
      Info *ai = info_at (run, a);

      ai->text -= MIN (ai->text, di->text);
      ai->links -= MIN (ai->links, di->links);
      ai->commas -= MIN (ai->commas, di->commas);
      ai->headings -= MIN (ai->headings, di->headings);
      ai->lists -= MIN (ai->lists, di->lists);
      ai->n_p -= MIN (ai->n_p, n_p);
      ai->n_img -= MIN (ai->n_img, n_img);
      ai->n_li -= MIN (ai->n_li, n_li);
      if (a == root)
        break;
    }
}

/* Readability's "clean conditionally": does this list, table, form or div
 * look like boilerplate? */
static gboolean
looks_like_boilerplate (const Run  *run,
                        const Info *i,
                        gboolean    in_figure)
{
  int weight = (run->flags & FLAG_WEIGHT_CLASSES) ? i->weight : 0;
  gboolean is_list;
  double ld, hd;
  int li;

  if (weight < 0)
    return TRUE;
  if (i->commas >= 10)
    return FALSE;
  is_list = i->tag == TAG_LIST || (i->text > 0 && (double) i->lists / i->text > 0.9);
  ld = link_density (i);
  hd = i->text > 0 ? (double) i->headings / i->text : 0;
  li = (int) i->n_li - 100;
  if (is_list && i->n_li > 0 && i->n_img >= i->n_li)
    return FALSE;
  return (i->n_img > 1 && (double) i->n_p / i->n_img < 0.5 && !in_figure)
         || (!is_list && li > (int) i->n_p)
         || (!is_list && hd < 0.9 && i->text < 25 && (i->n_img == 0 || i->n_img > 2) && !in_figure)
         || (!is_list && weight < 25 && ld > 0.2)
         || (weight >= 25 && ld > 0.5);
}

static void
drop (Run        *run,
      GHashTable *marks,
      guint       d,
      guint       root)
{
  g_hash_table_insert (marks, info_at (run, d)->node, GUINT_TO_POINTER (READ_DROP));
  subtract (run, d, root);
}

/* Step 5 inside one kept subtree; @round 0 takes forms, share boxes,
 * headings, tables and lists, round 1 the divs (whose link density is then
 * that of what is left) */
static void
clean (Run        *run,
       GHashTable *marks,
       guint       root,
       guint       round)
{
  const Hints *h = get_hints ();
  guint end = info_at (run, root)->end;
  guint skip_until = 0, table_until = 0, code_until = 0, figure_until = 0;

  for (guint d = root; d <= end; d++)
    {
      Info *i = info_at (run, d);
      gboolean gone = FALSE;

      if (d <= skip_until)
        continue;
      if (g_hash_table_contains (marks, i->node)
          && GPOINTER_TO_UINT (g_hash_table_lookup (marks, i->node)) == READ_DROP)
        {
          skip_until = i->end;
          continue;
        }
      if (i->tag == TAG_CODE || i->tag == TAG_PRE)
        code_until = MAX (code_until, i->end);
      if (i->tag == TAG_FIGURE)
        figure_until = MAX (figure_until, i->end);
      if (d <= table_until || d <= code_until)
        continue;
      if (i->tag == TAG_TABLE && i->data_table)
        {
          table_until = MAX (table_until, i->end);
          continue;
        }
      if (round == 0)
        {
          if ((run->flags & FLAG_CLEAN)
              && (i->tag == TAG_FORM || i->tag == TAG_FIELDSET || i->tag == TAG_TABLE
                  || i->tag == TAG_LIST)
              && !(i->tag == TAG_LIST && _byline_html_is_name (i->node, "dl")))
            gone = looks_like_boilerplate (run, i, d <= figure_until);
          else if ((run->flags & FLAG_WEIGHT_CLASSES) && (i->tag == TAG_H1 || i->tag == TAG_H2))
            gone = i->weight < 0;
          if (!gone && d != root && i->text < CHAR_THRESHOLD)
            {
              g_autofree char *match = class_and_id (i->node);

              gone = match != NULL && g_regex_match (h->share, match, 0, NULL);
            }
        }
      else if ((run->flags & FLAG_CLEAN) && i->tag == TAG_DIV)
        gone = looks_like_boilerplate (run, i, d <= figure_until);
      if (gone && d != root)
        {
          drop (run, marks, d, root);
          skip_until = i->end;
        }
    }
}

static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const Run *run = data;
  double sa = info_at (run, *(const guint *) a)->score;
  double sb = info_at (run, *(const guint *) b)->score;

  return sa < sb ? 1 : sa > sb ? -1 : 0;
}

/* One try with @run->flags: the marks it leaves and the length it keeps */
static guint
find_article (Run         *run,
              GHashTable  *marks,
              xmlNode    **top_node)
{
  g_autoptr (GArray) cands = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = run->infos->len;
  guint top, parent;
  guint kept = 0;
  double threshold;

  if (n == 0)
    return 0;
  for (guint d = 1; d <= n; d++)
    {
      Info *i = info_at (run, d);

      i->weight = (i->node->properties != NULL) ? class_weight (i->node) : 0;
    }

  /* step 2 */
  for (guint d = 1; d <= n; d++)
    {
      Info *i = info_at (run, d);

      switch (i->tag)
        {
        case TAG_P:
        case TAG_PRE:
        case TAG_TD:
        case TAG_SECTION:
        case TAG_H2:
        case TAG_HN:
          score_paragraph (run, i->parent, i->text, i->commas);
          break;
        case TAG_DIV:
          if (!i->has_block)
            score_paragraph (run, i->parent, i->text, i->commas);
          else
            score_paragraph (run, d, i->loose, i->loose_commas);
          break;
        default:
          break;
        }
    }

  /* step 3 */
  for (guint d = 1; d <= n; d++)
    {
      Info *i = info_at (run, d);

      if (!i->candidate)
        continue;
      i->score *= 1 - link_density (i);
      g_array_append_val (cands, d);
    }
  if (cands->len == 0)
    {
      top = 1;
      *top_node = NULL;
    }
  else
    {
      guint n_alt = 0;
      guint alts[N_TOP];
      double last;

      g_array_sort_with_data (cands, compare_scores, run);
      top = g_array_index (cands, guint, 0);
      for (guint k = 1; k < MIN (cands->len, N_TOP); k++)
        {
          guint c = g_array_index (cands, guint, k);

          if (info_at (run, top)->score > 0
              && info_at (run, c)->score / info_at (run, top)->score >= 0.75)
            alts[n_alt++] = c;
        }
      if (n_alt >= 3)
        for (guint p = info_at (run, top)->parent; p != 0 && info_at (run, p)->tag != TAG_BODY;
             p = info_at (run, p)->parent)
          {
            guint holding = 0;

            for (guint k = 0; k < n_alt; k++)
              holding += is_under (run, alts[k], p);
            if (holding >= 3)
              {
                top = p;
                break;
              }
          }
      if (!info_at (run, top)->candidate)
        init_candidate (run, info_at (run, top));
      last = info_at (run, top)->score;
      threshold = last / 3;
      for (guint p = info_at (run, top)->parent; p != 0 && info_at (run, p)->tag != TAG_BODY;
           p = info_at (run, p)->parent)
        {
          Info *pi = info_at (run, p);

          if (!pi->candidate)
            continue;
          if (pi->score < threshold)
            break;
          if (pi->score > last)
            {
              top = p;
              break;
            }
          last = pi->score;
        }
      for (parent = info_at (run, top)->parent;
           parent != 0 && info_at (run, parent)->tag != TAG_BODY
           && info_at (run, parent)->n_children == 1;
           parent = info_at (run, top)->parent)
        top = parent;
      *top_node = info_at (run, top)->node;
    }

  /* step 4 */
  parent = info_at (run, top)->parent;
  if (parent == 0)
    g_hash_table_insert (marks, info_at (run, top)->node, GUINT_TO_POINTER (READ_KEEP));
  else
    {
      Info *ti = info_at (run, top);
      const char *top_class = _byline_html_get_attr (ti->node, "class");
      guint pend = info_at (run, parent)->end;

      threshold = MAX (10, ti->score * 0.2);
      for (guint s = parent + 1; s <= pend; s = info_at (run, s)->end + 1)
        {
          Info *si = info_at (run, s);
          gboolean keep = s == top;

          if (!keep && si->candidate)
            {
              const char *klass = _byline_html_get_attr (si->node, "class");
              double bonus = 0;

              if (top_class != NULL && top_class[0] != '\0' && klass != NULL
                  && strcmp (klass, top_class) == 0)
                bonus = ti->score * 0.2;
              keep = si->score + bonus >= threshold;
            }
          if (!keep && si->tag == TAG_P)
            {
              double ld = link_density (si);

              keep = (si->text > 80 && ld < 0.25)
                     || (si->text < 80 && si->text > 0 && ld == 0 && ends_sentence (si->node));
            }
          if (keep)
            g_hash_table_insert (marks, si->node, GUINT_TO_POINTER (READ_KEEP));
        }
    }

  /* step 5 */
  for (guint round = 0; round < 2; round++)
    for (guint d = 1; d <= n; d++)
      {
        Info *i = info_at (run, d);

        if (GPOINTER_TO_UINT (g_hash_table_lookup (marks, i->node)) == READ_KEEP)
          {
            clean (run, marks, d, round);
            d = i->end;
          }
      }
  for (guint d = 1; d <= n; d++)
    {
      Info *i = info_at (run, d);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (marks, i->node)) == READ_KEEP)
        {
          kept += i->text;
          d = i->end;
        }
    }
  for (guint k = 0; k < run->removed->len; k++)
    g_hash_table_insert (marks, g_ptr_array_index (run->removed, k),
                         GUINT_TO_POINTER (READ_DROP | READ_UNLIKELY));
  return kept;
}

/* Is @b the article @a, or inside it? */
static gboolean
same_article (xmlNode *a,
              xmlNode *b)
{
  if (a == NULL || b == NULL)
    return FALSE;
  for (xmlNode *p = b; p != NULL; p = p->parent)
    if (p == a)
      return TRUE;
  return FALSE;
}

void
_byline_readability_run (BylineReadability *self,
                         xmlNode           *body,
                         const char        *title)
{
  static const guint tries[] = {
    FLAG_STRIP_UNLIKELY | FLAG_WEIGHT_CLASSES | FLAG_CLEAN,
    FLAG_WEIGHT_CLASSES | FLAG_CLEAN,
    FLAG_CLEAN,
    0,
  };
  g_autoptr (GArray) infos = g_array_new (FALSE, FALSE, sizeof (Info));
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) removed = g_ptr_array_new ();
  xmlNode *first_top = NULL;
  guint best = 0;

  memset (self, 0, sizeof *self);
  self->marks = g_hash_table_new (NULL, NULL);
  if (body == NULL)
    return;
  for (guint t = 0; t < G_N_ELEMENTS (tries); t++)
    {
      Run run = { body, infos, stack, removed, tries[t], TRUE, title };
      g_autoptr (GHashTable) marks = g_hash_table_new (NULL, NULL);
      xmlNode *top = NULL;
      guint kept;

      g_array_set_size (infos, 0);
      g_array_set_size (stack, 0);
      g_ptr_array_set_size (removed, 0);
      _byline_html_walk (body, measure_enter, measure_leave, &run);
      kept = find_article (&run, marks, &top);
      if (t == 0)
        first_top = top;
      /* a later try is for finding the article, not for taking back what
       * the first one cleaned out of the same article */
      if (t == 0 || (kept > best && !same_article (first_top, top)))
        {
          best = kept;
          g_hash_table_unref (self->marks);
          self->marks = g_steal_pointer (&marks);
          self->top = top != NULL ? top : body;
          self->whole_page = top == NULL || top == body;
        }
      if (kept >= CHAR_THRESHOLD)
        break;
    }
}

guint
_byline_readability_mark (const BylineReadability *self,
                          xmlNode                 *node)
{
  if (self->marks == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->marks, node));
}

void
_byline_readability_clear (BylineReadability *self)
{
  g_clear_pointer (&self->marks, g_hash_table_unref);
}
