/* byline-quotes.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-quotes"

#include "config.h"

#include <string.h>

#include "byline-clauses.h"
#include "byline-lexicon.h"
#include "byline-quotes.h"
#include "byline-scan-private.h"

#define MAX_DEPTH 2          /* a single-quoted quote inside a double-quoted one */
#define CUE_WINDOW 24        /* tokens between a quote and its reporting verb */
#define CLAUSE_WINDOW 48     /* tokens back from a verb to its subject */
#define DOUBLE_APOSTROPHE 0x2033  /* stands for '' opening a quotation */
#define LOOKBACK 600         /* tokens back to the person or study a description stands for */

typedef enum
{
  MARK_DOUBLE,
  MARK_SINGLE,
  MARK_LOW,      /* „ */
  MARK_GUILLEMET,
} MarkKind;

typedef struct
{
  guint    open;         /* token of the opening mark */
  guint    close;        /* token of the closing mark, or the first token after the span */
  gboolean closed;       /* FALSE: cut at the end of a paragraph */
  gboolean continued;    /* the quotation goes on in the next paragraph */
  gboolean continuation; /* this span continues the previous one */
} MarkSpan;

typedef struct
{
  const BylineDocument *doc;
  const BylineLexicon  *lex;
  const char           *text;
  const BylineToken    *toks;
  guint                 n;
  GArray               *mentions;
  GPtrArray            *quotes;
  guint8               *in_quote;  /* 1 for tokens inside quote marks */
  /* who spoke last, for "he said" and "the statement said" */
  const BylineEntity   *last_person;
  guint                 last_person_sentence;
  const BylineEntity   *last_speaker;
  guint                 last_speaker_sentence;
  const BylineQuote    *previous;
  const char           *last_speaker_country;
  GHashTable           *labels;    /* transcript labels ("smith") -> paragraphs they open */
  guint                 line_start; /* the last transcript line's tokens */
  guint                 line_end;
  GArray               *clauses;    /* BylineClause, one per sentence, or NULL */
  guint                *next_according; /* the next "according to" at or after each token, or n */
} Ctx;

/* Speaker found for a cue */
typedef struct
{
  const BylineEntity *entity;
  char               *name;
  guint               cue_first;
  guint               cue_end;
  gboolean            found;
  const char         *country;  /* "Russia's Foreign Ministry": RU */
} Speaker;

const char *
byline_quote_kind_to_string (BylineQuoteKind kind)
{
  switch (kind)
    {
    case BYLINE_QUOTE_DIRECT:
      return "direct";
    case BYLINE_QUOTE_PARTIAL:
      return "partial";
    case BYLINE_QUOTE_INDIRECT:
    default:
      return "indirect";
    }
}

static gboolean
is_opening_mark (gunichar ch)
{
  return ch == '"' || ch == '\'' || ch == 0x201C || ch == 0x2018 || ch == 0x201E || ch == 0x201F || ch == 0x00AB
         || ch == 0x2039 || ch == 0xFF02;
}

static gboolean
is_closing_mark (gunichar ch)
{
  return ch == '"' || ch == '\'' || ch == 0x201D || ch == 0x2019 || ch == 0x201C || ch == 0x00BB || ch == 0x203A
         || ch == 0xFF02;
}

/**
 * byline_quote_display_words:
 * @words: a quote's words, as its span holds them
 * @length: their length in bytes, or -1
 * @kind: the analysis JSON's kind: "direct", "partial" or "indirect"; NULL for
 *   a sentence of the writer's (a claim), shown as the article has it
 *
 * How the window and the exports show a quote: a direct or partial quote
 * between one pair of quote marks (marks the span already holds at its ends
 * are not doubled), reported speech without marks, for its words are the
 * writer's. Line breaks become spaces.
 *
 * Returns: (transfer full): the words to show
 */
char *
byline_quote_display_words (const char *words,
                            gssize      length,
                            const char *kind)
{
  g_autofree char *copy = length < 0 ? g_strdup (words != NULL ? words : "") : g_strndup (words, length);
  char *from = g_strstrip (copy);
  gboolean quoted = g_strcmp0 (kind, "direct") == 0 || g_strcmp0 (kind, "partial") == 0;

  g_strdelimit (from, "\t\r\n", ' ');
  if (!quoted)
    return g_strdup (from);
  /* marks at both ends, as many pairs as there are: "“\"We still insist\"”" */
  for (;;)
    {
      gsize len = strlen (from);
      const char *last;
      gunichar first_ch, last_ch;

      if (len < 2 || !g_utf8_validate (from, len, NULL))
        break;
      last = g_utf8_prev_char (from + len);
      first_ch = g_utf8_get_char (from);
      last_ch = g_utf8_get_char (last);
      if (last == from || !is_opening_mark (first_ch) || !is_closing_mark (last_ch))
        break;
      /* an apostrophe at one end is part of a word: "the parents'" */
      if ((first_ch == '\'') != (last_ch == '\''))
        break;
      *(char *) last = '\0';
      from = g_strstrip (g_utf8_next_char (from));
    }
  /* a double mark left at one end only, the other half of a pair the span cut */
  {
    guint marks = 0;
    gsize len;

    for (const char *p = from; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar ch = g_utf8_get_char (p);
        marks += ch == '"' || ch == 0x201C || ch == 0x201D;
      }
    len = strlen (from);
    if (marks == 1 && len > 0 && (*from == '"' || g_utf8_get_char (from) == 0x201C))
      from = g_utf8_next_char (from);
    else if (marks == 1 && len > 0)
      {
        char *last = g_utf8_prev_char (from + len);
        gunichar ch = g_utf8_get_char (last);
        if (ch == '"' || ch == 0x201D)
          *last = '\0';
      }
  }
  return g_strdup_printf ("“%s”", from);
}

void
byline_quote_free (BylineQuote *q)
{
  if (q == NULL)
    return;
  g_free (q->speaker_name);
  g_free (q->via_name);
  g_free (q);
}

static gunichar
first_char (const Ctx *c, guint i)
{
  return byline_token_first_char (c->text, &c->toks[i]);
}

static gboolean
is_char (const Ctx *c, guint i, gunichar ch)
{
  return _byline_scan_is_char (c->text, c->toks, c->n, i, ch);
}

static gboolean
is_word (const Ctx *c, guint i)
{
  return i < c->n && (c->toks[i].kind == BYLINE_TOKEN_WORD || c->toks[i].kind == BYLINE_TOKEN_NUMBER);
}

static gboolean
has (const Ctx *c, guint i, guint32 cls)
{
  return i < c->n && (c->toks[i].cls & cls) != 0;
}

static guint
sentence_of (const Ctx *c, guint token)
{
  GArray *s = c->doc->sentences;
  guint lo = 0, hi = s->len;

  /* the last sentence starting at or before token */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (s, BylineSentence, mid).first_token <= token)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? lo - 1 : 0;
}

static const BylineSentence *
sentence (const Ctx *c, guint index)
{
  return &g_array_index (c->doc->sentences, BylineSentence, index);
}

static gboolean
is_determiner (const Ctx *c, guint i)
{
  static const char *const words[] = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "opening", "closing", "such", "of", "in", "on", "to", "for", "with", "by", "from", "whose", "any",
    "no", "some", "recent", "earlier", "latest", "public", "press", NULL,
  };

  for (int k = 0; words[k]; k++)
    if (byline_token_is (c->text, &c->toks[i], words[k]))
      return TRUE;
  return FALSE;
}

/* A reporting phrase: "made clear", "pointed out", "was quoted as saying" */
static guint
reporting_phrase (const Ctx *c, guint i)
{
  guint kinds = 0;
  guint len;

  if (i >= c->n || !(c->toks[i].cls & BYLINE_WORD_REPORT_START))
    return 0;
  len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, i, &kinds);

  if (len > 1 && (kinds & BYLINE_CUE_REPORTING) && !byline_token_is (c->text, &c->toks[i], "according"))
    return len;
  return 0;
}

/* A reporting verb used as a verb: "said", "told"; not "opening remarks", "the claims" */
static gboolean
is_speech (const Ctx *c, guint i)
{
  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  if ((c->toks[i].flags & BYLINE_TOKEN_CAP) && !(c->toks[i].flags & BYLINE_TOKEN_SENT_START))
    return FALSE;
  if (!has (c, i, BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION) || byline_token_is (c->text, &c->toks[i], "according"))
    return FALSE;
  if (i > 0 && (byline_token_is (c->text, &c->toks[i - 1], "would") || byline_token_is (c->text, &c->toks[i - 1], "to")
                || byline_token_is (c->text, &c->toks[i - 1], "could")))
    return FALSE;
  return i == 0 || !is_determiner (c, i - 1);
}

static const char *const prepositions[] = {
  "in", "at", "to", "from", "with", "of", "for", "on", "by", "about", "near", "into", "after",
  "before", "during", "between", "among", "against", "over", "across", "toward", "towards",
  "visiting", "met", "meet", "meeting", "and", "than", NULL,
};

/* "in Pyongyang", "with Tan Sri Mokhzani": a name governed by a preposition
 * is not the subject of the clause */
static gboolean
governed (const Ctx *c, guint first)
{
  guint k = first;

  /* over titles and honorifics: "with Tan Sri Mokhzani", "of the Saudi Gazette";
   * not over another name: "Governor of Washington Chris Gregoire" */
  while (k > 0 && k + 4 > first && ((c->toks[k - 1].flags & BYLINE_TOKEN_CAP) || byline_token_is (c->text, &c->toks[k - 1], "the")
                                    || c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE)
         && byline_mentions_at (c->mentions, k - 1) == NULL)
    k--;
  if (k == 0)
    return FALSE;
  for (int w = 0; prepositions[w]; w++)
    if (byline_token_is (c->text, &c->toks[k - 1], prepositions[w]))
      return TRUE;
  /* the object of a verb: "met her counterpart", "thanked Yıldırım" */
  return c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
         && k >= 2 && byline_token_len (&c->toks[k - 1]) > 3 && c->text[c->toks[k - 1].end - 1] == 'd'
         && c->text[c->toks[k - 1].end - 2] == 'e';
}

static gboolean
is_pronoun_person (const Ctx *c, guint i)
{
  return i < c->n && (byline_token_is (c->text, &c->toks[i], "he") || byline_token_is (c->text, &c->toks[i], "she"));
}

static gboolean
is_pronoun_group (const Ctx *c, guint i)
{
  return i < c->n && (byline_token_is (c->text, &c->toks[i], "they") || byline_token_is (c->text, &c->toks[i], "it"));
}

/* Quote marks */

static int
mark_kind (gunichar ch)
{
  switch (ch)
    {
    case '"': case 0x201C: case 0x201D: case 0x201F: case 0xFF02:
      return MARK_DOUBLE;
    case '\'': case 0x2018: case 0x2019: case 0x201B:
      return MARK_SINGLE;
    case 0x201E:
      return MARK_LOW;
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
      return MARK_GUILLEMET;
    default:
      return -1;
    }
}

/* Can the mark at i open a quotation? */
static gboolean
can_open (const Ctx *c, guint i)
{
  gunichar ch = first_char (c, i);

  if (ch == 0x201D || ch == 0x2019 || ch == 0x00BB || ch == 0x203A)
    return FALSE;
  /* an opening mark stands before a word, with nothing in between (French
   * guillemets take a space) */
  if (i + 1 >= c->n || ((c->toks[i + 1].flags & BYLINE_TOKEN_SPACE) && ch != 0x00AB && ch != 0x2039))
    return FALSE;
  if (ch == '\'' || ch == 0x2018)
    return i == 0 || (c->toks[i].flags & BYLINE_TOKEN_SPACE) || c->toks[i - 1].kind == BYLINE_TOKEN_PUNCT;
  return TRUE;
}

static gboolean
can_close (const Ctx *c, guint i, int kind, gunichar opener)
{
  gunichar ch = first_char (c, i);

  if (mark_kind (ch) != kind && !(kind == MARK_LOW && (ch == 0x201C || ch == '"')))
    return FALSE;
  if (ch == 0x201C && opener != 0x201E)
    return FALSE;
  if (ch == 0x2018 || ch == 0x00AB || ch == 0x2039)
    return FALSE;
  /* a closing mark follows a word or punctuation, with nothing in between */
  if (c->toks[i].flags & BYLINE_TOKEN_SPACE)
    return ch != '"' && ch != '\'' ? TRUE : (i + 1 >= c->n || (c->toks[i + 1].flags & BYLINE_TOKEN_SPACE)
                                             || c->toks[i + 1].kind == BYLINE_TOKEN_PUNCT);
  return TRUE;
}

/* Does the paragraph starting at token i go on with a quotation left open,
 * ending it with a closing mark of that kind before any opening one? */
static gboolean
continues_unmarked (const Ctx *c, guint i, int kind)
{
  for (guint k = i; k < c->n; k++)
    {
      if (k > i && (c->toks[k].flags & BYLINE_TOKEN_PARA))
        return FALSE;
      if ((c->toks[k].flags & BYLINE_TOKEN_QUOTE) && mark_kind (first_char (c, k)) == kind)
        /* closing: attached to the word before, and no word attached after */
        return k > i && !(c->toks[k].flags & BYLINE_TOKEN_SPACE)
               && (k + 1 >= c->n || (c->toks[k + 1].flags & BYLINE_TOKEN_SPACE)
                   || c->toks[k + 1].kind == BYLINE_TOKEN_PUNCT);
    }
  return FALSE;
}

/* Pairs the quote marks of the text: straight and curly, single inside double,
 * „low-high“ and «guillemets»; a quotation over several paragraphs (an
 * opening mark at each, a closing one at the end only); unbalanced marks end
 * at the paragraph, never run away. */
static GArray *
pair_marks (Ctx *c)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (MarkSpan));
  struct { guint token; int kind; gunichar ch; } stack[MAX_DEPTH];
  guint depth = 0;
  gboolean pending_continuation = FALSE;

  for (guint i = 0; i < c->n; i++)
    {
      const BylineToken *t = &c->toks[i];
      int kind;

      if ((t->flags & BYLINE_TOKEN_PARA) && depth > 0)
        {
          /* the paragraph ended inside a quotation */
          MarkSpan s = { stack[0].token, i, FALSE, FALSE, pending_continuation };
          gboolean reopens = (t->flags & BYLINE_TOKEN_QUOTE) && mark_kind (first_char (c, i)) == stack[0].kind
                             && can_open (c, i);
          int open_kind = stack[0].kind;

          s.continued = reopens;
          depth = 0;
          /* a sloppier layout: the next paragraph goes on with no opening mark and
           * ends the quotation with a closing one */
          if (!reopens && continues_unmarked (c, i, open_kind))
            {
              s.continued = TRUE;
              g_array_append_val (spans, s);
              stack[0].token = i - 1;   /* the quotation goes on from the paragraph's first word */
              stack[0].kind = open_kind;
              stack[0].ch = '"';
              depth = 1;
              pending_continuation = TRUE;
              continue;
            }
          g_array_append_val (spans, s);
          pending_continuation = reopens;
        }
      else if (t->flags & BYLINE_TOKEN_PARA)
        pending_continuation = FALSE;

      if (!(t->flags & BYLINE_TOKEN_QUOTE))
        continue;
      kind = mark_kind (first_char (c, i));
      if (kind < 0)
        continue;

      /* two apostrophes for a double mark, as some presses write: ''We agree,'' */
      if (first_char (c, i) == '\'' && is_char (c, i + 1, '\'') && !(c->toks[i + 1].flags & BYLINE_TOKEN_SPACE))
        {
          gboolean word_after = i + 2 < c->n && !(c->toks[i + 2].flags & BYLINE_TOKEN_SPACE)
                                && c->toks[i + 2].kind != BYLINE_TOKEN_PUNCT;
          gboolean word_before = i > 0 && !(t->flags & BYLINE_TOKEN_SPACE) && !(t->flags & BYLINE_TOKEN_PARA);

          if (depth > 0 && stack[depth - 1].ch == DOUBLE_APOSTROPHE && word_before && !word_after)
            {
              if (depth == 1)
                {
                  MarkSpan s = { stack[0].token, i, TRUE, FALSE, pending_continuation };
                  g_array_append_val (spans, s);
                  pending_continuation = FALSE;
                }
              depth--;
            }
          else if (word_after && depth < MAX_DEPTH)
            {
              stack[depth].token = i;
              stack[depth].kind = MARK_DOUBLE;
              stack[depth].ch = DOUBLE_APOSTROPHE;
              depth++;
            }
          i++;
          continue;
        }

      /* a closing mark for an open quotation */
      if (depth > 0)
        {
          gboolean closed = FALSE;

          for (guint d = depth; d > 0; d--)
            if (stack[d - 1].kind == kind || (stack[d - 1].kind == MARK_LOW && kind == MARK_DOUBLE))
              {
                if (can_close (c, i, stack[d - 1].kind, stack[d - 1].ch)
                    && !(can_open (c, i) && d == depth && i > 0 && (c->toks[i].flags & BYLINE_TOKEN_SPACE)
                         && stack[d - 1].kind != kind))
                  {
                    if (d == 1)
                      {
                        MarkSpan s = { stack[0].token, i, TRUE, FALSE, pending_continuation };
                        g_array_append_val (spans, s);
                        pending_continuation = FALSE;
                      }
                    depth = d - 1;
                    closed = TRUE;
                  }
                break;
              }
          if (closed)
            continue;
        }
      if (can_open (c, i) && depth < MAX_DEPTH)
        {
          stack[depth].token = i;
          stack[depth].kind = kind;
          stack[depth].ch = first_char (c, i);
          depth++;
        }
    }
  if (depth > 0)
    {
      MarkSpan s = { stack[0].token, c->n, FALSE, FALSE, pending_continuation };
      g_array_append_val (spans, s);
    }
  return spans;
}

/* Names and mentions */

static char *
span_text (const Ctx *c, guint first, guint end)
{
  return _byline_scan_text (c->text, c->toks, first, end);
}

static void
speaker_clear (Speaker *s)
{
  g_clear_pointer (&s->name, g_free);
  s->entity = NULL;
  s->found = FALSE;
}

static void
speaker_set_entity (Speaker *s, const BylineEntity *e)
{
  g_free (s->name);
  s->country = NULL;
  s->entity = e;
  s->name = g_strdup (e->name);
  s->found = TRUE;
}

static gboolean
is_speaker_type (const BylineEntity *e)
{
  return e->type == BYLINE_ENTITY_PERSON || e->type == BYLINE_ENTITY_ORG || e->type == BYLINE_ENTITY_PLACE;
}

static void
remember (Ctx *c, const BylineQuote *q, const char *country)
{
  c->previous = q;
  if (q->speaker == NULL)
    return;
  if (q->speaker != c->last_speaker || country != NULL)
    c->last_speaker_country = country;
  c->last_speaker = q->speaker;
  c->last_speaker_sentence = q->sentence;
  if (q->speaker->type == BYLINE_ENTITY_PERSON)
    {
      c->last_person = q->speaker;
      c->last_person_sentence = q->sentence;
    }
}

/* "he" and "she": the last person quoted, or the last person named before */
static const BylineEntity *
resolve_person_pronoun (const Ctx *c, guint at)
{
  guint here = sentence_of (c, at);
  guint k;

  /* the subject of the sentence before, when it is someone else than the
   * last person quoted: "Rice met Pak. She said ..."; the clause reader finds it
   * past a title, a fronted phrase or a possessor, and keeps it over a sentence
   * about something else */
  if (c->clauses != NULL && here < c->clauses->len)
    {
      const BylineClause *cl = &g_array_index (c->clauses, BylineClause, here);

      if (cl->topic != NULL && cl->topic_sentence + 1 == here
          && byline_entity_may_be (cl->topic, c->text, &c->toks[at]))
        return cl->topic;
    }
  if (here > 0)
    {
      const BylineSentence *ps = sentence (c, here - 1);
      const BylineMentionRef *r = ps->first_token < at ? byline_mentions_at (c->mentions, ps->first_token) : NULL;

      if (r != NULL && r->first_token == ps->first_token && r->entity->type == BYLINE_ENTITY_PERSON
          && !c->in_quote[r->first_token] && !governed (c, r->first_token)
          && byline_entity_may_be (r->entity, c->text, &c->toks[at]))
        return r->entity;
    }
  if (c->last_person != NULL && here - MIN (here, c->last_person_sentence) <= 4
      && byline_entity_may_be (c->last_person, c->text, &c->toks[at]))
    return c->last_person;
  /* the nearest person mentioned before, outside quotations */
  k = byline_mentions_lower_bound (c->mentions, at);
  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k - 1);
      k--;
      if (r->entity->type == BYLINE_ENTITY_PERSON && !c->in_quote[r->first_token]
          && byline_entity_may_be (r->entity, c->text, &c->toks[at]))
        return r->entity;
      if (sentence_of (c, r->first_token) + 6 < here)
        break;
    }
  return c->last_person;
}

/* "the company", "the agency", "the museum": a head word of organisation names,
 * written in lower case, stands for a body named before */
static gboolean
is_org_noun (const Ctx *c, guint k)
{
  return c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
         && (c->toks[k].cls & (BYLINE_WORD_ORG_HEAD | BYLINE_WORD_FACILITY));
}

/* the organisation named last before token @at, outside quotations, within a few
 * sentences: "the museum" is the one with Museum in its name, else the nearest body */
static const BylineEntity *
org_named_before (const Ctx *c, guint at, guint noun)
{
  g_autofree char *word = span_text (c, noun, noun + 1);
  g_autofree char *head = g_utf8_strdown (word, -1);
  const BylineEntity *nearest = NULL;
  guint here = sentence_of (c, at);
  guint k = byline_mentions_lower_bound (c->mentions, at);

  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);

      if (sentence_of (c, r->first_token) + 4 < here)
        break;
      if (c->in_quote[r->first_token] || byline_span_contains (&c->doc->wire, r->start)
          || r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_DATE)
        continue;
      {
        g_autofree char *name = g_utf8_strdown (r->entity->name, -1);
        if (strstr (name, head) != NULL)
          return r->entity;
      }
      if (nearest == NULL && r->entity->type == BYLINE_ENTITY_ORG)
        nearest = r->entity;
    }
  /* "the company said" is the company named last; "the ministry said" is a
   * ministry, not the broadcaster named last */
  if (g_str_equal (head, "ministry") || g_str_equal (head, "embassy") || g_str_equal (head, "government")
      || g_str_equal (head, "department") || g_str_equal (head, "office") || g_str_equal (head, "court")
      || g_str_equal (head, "parliament") || g_str_equal (head, "army") || g_str_equal (head, "police"))
    return NULL;
  return nearest;
}

static const char *const study_words[] = { "report", "study", "survey", "review", "inquiry", "audit", "poll", NULL };

static gboolean
is_study_word (const char *word)
{
  for (int w = 0; study_words[w]; w++)
    if (g_ascii_strcasecmp (word, study_words[w]) == 0)
      return TRUE;
  return FALSE;
}

/* Does the mention name a study, report or survey: by its name ("the Nutrition
 * Study", whatever type the entity was given), or by the head word after it ("the
 * National Nutrition | Study"; capitalised, when @cap) */
static gboolean
names_study (const Ctx *c, const BylineMentionRef *r, gboolean cap)
{
  const char *last;

  if (c->in_quote[r->first_token] || r->entity->type == BYLINE_ENTITY_DATE)
    return FALSE;
  last = strrchr (r->entity->name, ' ');
  if (last != NULL && is_study_word (last + 1))
    return TRUE;
  if (r->entity->type == BYLINE_ENTITY_PERSON)
    return FALSE;
  if (r->end_token < c->n && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD
      && (!cap || (c->toks[r->end_token].flags & BYLINE_TOKEN_CAP)))
    {
      g_autofree char *head = span_text (c, r->end_token, r->end_token + 1);
      return is_study_word (head);
    }
  return FALSE;
}

/* "the report says", "the study found": a report, study or survey named before
 * ("the National Nutrition Study"), within a few paragraphs */
static const BylineEntity *
study_named_before (const Ctx *c, guint at, guint noun)
{
  g_autofree char *word = span_text (c, noun, noun + 1);
  guint here = sentence_of (c, at);
  guint k = byline_mentions_lower_bound (c->mentions, at);

  /* "the authors" of the study */
  if (!is_study_word (word) && g_ascii_strcasecmp (word, "authors") != 0)
    return NULL;
  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);

      if (sentence_of (c, r->first_token) + 8 < here || r->first_token + LOOKBACK < at)
        break;
      if (names_study (c, r, FALSE))
        return r->entity;
    }
  /* a lede may name the study just after: "The report's authors say ... The
   * results of the National Nutrition Study ..." */
  for (k = byline_mentions_lower_bound (c->mentions, at); k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (sentence_of (c, r->first_token) > here + 2 || r->first_token > at + 2 * CLAUSE_WINDOW)
        break;
      if (names_study (c, r, TRUE))
        return r->entity;
    }
  return NULL;
}

/* "the U.S. envoy": a country's name used as its adjective, before a person's role */
static gboolean
country_before_role (const Ctx *c, const BylineMentionRef *r, guint limit)
{
  const BylineLexEntry *lex = r->entity->lex;

  return r->entity->type == BYLINE_ENTITY_PLACE && lex != NULL && lex->country_name != NULL
         && g_strcmp0 (lex->name, lex->country_name) == 0 && r->end_token < limit
         && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD && !(c->toks[r->end_token].flags & BYLINE_TOKEN_CAP)
         && (c->toks[r->end_token].cls & BYLINE_WORD_ROLE);
}

/* Whether a person of @affiliation may be the one of the nationality or
 * country @r names: "the Turkish president", "the U.S. envoy" */
static gboolean
same_country (const BylineMentionRef *r, const char *affiliation)
{
  if (affiliation == NULL)
    return FALSE;
  if (r->entity->type == BYLINE_ENTITY_NORP)
    return g_strcmp0 (r->entity->affiliation, affiliation) == 0;
  return r->entity->lex != NULL && (g_strcmp0 (r->entity->lex->country_name, affiliation) == 0
                                    || g_strcmp0 (r->entity->lex->name, affiliation) == 0
                                    || g_strcmp0 (r->entity->name, affiliation) == 0);
}

/* "the envoy" is the ambassador; "the leader" a president or prime minister */
static gboolean
role_fits (const char *their, const char *role)
{
  static const struct { const char *word; const char *fits[5]; } synonyms[] = {
    { "envoy", { "ambassador", "envoy", "representative", NULL } },
    { "diplomat", { "ambassador", "envoy", "minister", "diplomat", NULL } },
    { "leader", { "president", "prime minister", "premier", "chairman", "leader" } },
  };

  /* "the official", "the politician": anyone who holds an office */
  if (strstr (their, role) != NULL || g_str_equal (role, "official") || g_str_equal (role, "officer")
      || g_str_equal (role, "politician"))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (synonyms); k++)
    if (g_str_equal (role, synonyms[k].word))
      for (guint f = 0; f < G_N_ELEMENTS (synonyms[k].fits) && synonyms[k].fits[f] != NULL; f++)
        if (strstr (their, synonyms[k].fits[f]) != NULL)
          return TRUE;
  return FALSE;
}

/* "the statement", "the Turkish president", "the ministry", "the Russian side" */
static gboolean
definite_description (const Ctx *c, guint i, guint limit, guint *end)
{
  guint k = i;
  gboolean noun = FALSE;

  if (!(byline_token_is (c->text, &c->toks[i], "the")))
    return FALSE;
  for (k = i + 1; k < limit && k < i + 5; k++)
    {
      const BylineToken *t = &c->toks[k];

      if (t->kind != BYLINE_TOKEN_WORD)
        break;
      /* "the Foreign Ministry", "the Norwegian Foreign Ministry": a name after
       * all, found at its first word; "the U.S. envoy" is a description */
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

        if (r != NULL && r->first_token == k && country_before_role (c, r, limit))
          {
            k = r->end_token - 1;
            continue;
          }
        if (r != NULL && r->entity->type != BYLINE_ENTITY_NORP)
          return FALSE;
      }
      if (has (c, k, BYLINE_WORD_ROLE) || byline_token_is (c->text, t, "statement")
          || byline_token_is (c->text, t, "side") || byline_token_is (c->text, t, "ministry")
          || byline_token_is (c->text, t, "government") || byline_token_is (c->text, t, "report")
          || byline_token_is (c->text, t, "study") || byline_token_is (c->text, t, "survey")
          || byline_token_is (c->text, t, "authors")
          || byline_token_is (c->text, t, "communique") || byline_token_is (c->text, t, "embassy")
          || is_org_noun (c, k))
        {
          noun = TRUE;
          *end = k + 1;
          continue;
        }
      if (noun)
        break;
    }
  return noun;
}

static const BylineEntity *
person_with_role (const Ctx *c, guint first, guint end, GPtrArray *entities)
{
  /* the role word is the last word of the description */
  g_autofree char *word = span_text (c, end - 1, end);
  g_autofree char *role = g_ascii_strdown (word, -1);
  const BylineEntity *found = NULL;
  guint n = 0;

  /* the person named last before it with that role: "the minister" after
   * "Foreign Minister X" rather than a prime minister named earlier */
  {
    guint here = sentence_of (c, first);
    guint k = byline_mentions_lower_bound (c->mentions, first);

    while (k > 0)
      {
        const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);
        const BylineEntity *e = r->entity;

        if (sentence_of (c, r->first_token) + 8 < here || r->first_token + LOOKBACK < first)
          break;
        if (e->type != BYLINE_ENTITY_PERSON || e->role == NULL || c->in_quote[r->first_token])
          continue;
        {
          g_autofree char *their = g_ascii_strdown (e->role, -1);
          gboolean ok = role_fits (their, role);

          for (guint t = first + 1; ok && t + 1 < end; t++)
            {
              const BylineMentionRef *nat = byline_mentions_at (c->mentions, t);
              /* "the Turkish president", "the U.S. envoy": the country must be the person's */
              if (nat && (nat->entity->type == BYLINE_ENTITY_NORP || nat->entity->type == BYLINE_ENTITY_PLACE)
                  && !same_country (nat, e->affiliation))
                ok = FALSE;
            }
          if (ok)
            return e;
        }
      }
  }

  /* anyone with that role named around it, a few hundred mentions either side */
  guint at = byline_mentions_lower_bound (c->mentions, first);
  guint from = at > 400 ? at - 400 : 0, to = MIN (c->mentions->len, at + 400);

  (void) entities;
  for (guint k = from; k < to; k++)
    {
      const BylineEntity *e = g_array_index (c->mentions, BylineMentionRef, k).entity;
      g_autofree char *their = NULL;

      if (e == found || e->type != BYLINE_ENTITY_PERSON || e->role == NULL)
        continue;
      their = g_ascii_strdown (e->role, -1);
      if (strstr (their, role) != NULL)
        {
          /* a nationality in the description must agree: "the Turkish president" */
          gboolean ok = TRUE;
          for (guint t = first + 1; t + 1 < end; t++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, t);
              if (r && r->entity->type == BYLINE_ENTITY_NORP && e->affiliation
                  && g_strcmp0 (r->entity->affiliation, e->affiliation) != 0)
                ok = FALSE;
            }
          if (ok)
            {
              found = e;
              n++;
            }
        }
    }
  return n >= 1 ? found : NULL;
}

/* Does the entity's name hold the noun at token k: "ministry" in "Foreign Ministry"? */
static gboolean
names_noun (const BylineEntity *e, const Ctx *c, guint k)
{
  g_autofree char *noun = g_ascii_strdown (c->text + c->toks[k].start, byline_token_len (&c->toks[k]));
  g_autofree char *name = g_ascii_strdown (e->name, -1);

  return strstr (name, noun) != NULL;
}

static gboolean is_aux (const Ctx *c, guint i);

/* "claimed the figures were false": a short noun group, then its verb; a
 * clause, not the object "claimed the seat" */
static gboolean
subject_then_aux (const Ctx *c, guint k, guint hi)
{
  for (guint w = k + 1; w < hi && w < k + 6; w++)
    {
      if (c->toks[w].kind != BYLINE_TOKEN_WORD)
        return FALSE;
      if (is_aux (c, w))
        return w > k + 1;
      /* "the plan would": a noun that also names the future is still a noun */
      if (c->toks[w].cls & (BYLINE_WORD_PAST | BYLINE_WORD_STOPWORD))
        return FALSE;
    }
  return FALSE;
}

/* Who is at token i? An entity, a pronoun, a definite description, a group. */
/* the last word of "familiar with", "close to", "briefed on", "knowledge of" */
static gboolean
is_preposition (const Ctx *c, guint i)
{
  return byline_token_is (c->text, &c->toks[i], "with") || byline_token_is (c->text, &c->toks[i], "to")
         || byline_token_is (c->text, &c->toks[i], "on") || byline_token_is (c->text, &c->toks[i], "of");
}

/* The person who is the subject of one of the two sentences before token @at:
 * "X received him. ... the official said" is X */
static const BylineEntity *
recent_subject (const Ctx *c, guint at)
{
  guint here = sentence_of (c, at);

  for (guint back = 1; back <= 2 && back <= here; back++)
    {
      const BylineSentence *ps = sentence (c, here - back);
      guint k = byline_mentions_lower_bound (c->mentions, ps->first_token);

      for (; k < c->mentions->len; k++)
        {
          const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

          /* a subject stands near its sentence's start */
          if (r->first_token >= ps->end_token || r->first_token >= ps->first_token + CLAUSE_WINDOW)
            break;
          if (r->entity->type != BYLINE_ENTITY_PERSON || c->in_quote[r->first_token])
            continue;
          if (!governed (c, r->first_token))
            return r->entity;
        }
    }
  return NULL;
}

static gboolean
speaker_at (Ctx *c, guint i, guint limit, GPtrArray *entities, Speaker *out, guint *end)
{
  const BylineMentionRef *r;

  /* "SINGAPORE (Reuters) -": the agency of the dateline is no speaker */
  if (i < c->n && byline_span_contains (&c->doc->wire, c->toks[i].start))
    return FALSE;
  r = byline_mentions_at (c->mentions, i);
  /* "Foreign Minister Claire Thibodeau said": a title before the name */
  if (r == NULL)
    {
      gboolean role = FALSE;
      guint j;

      for (j = i; j < limit && j < i + 5 && byline_mentions_at (c->mentions, j) == NULL
                  && c->toks[j].kind == BYLINE_TOKEN_WORD && (c->toks[j].flags & BYLINE_TOKEN_CAP); j++)
        role = role || (c->toks[j].cls & BYLINE_WORD_ROLE);
      if (role && j < limit && byline_mentions_at (c->mentions, j) != NULL
          && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON)
        r = byline_mentions_at (c->mentions, j);
    }

  /* "said European Council President Charles Martel", "Hamas political chief X": a
   * body, then a title, then the person who holds it */
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_PLACE)
      && r->end_token < limit && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD)
    {
      gboolean role = FALSE;
      guint j;

      for (j = r->end_token; j < limit && j < r->end_token + 4 && byline_mentions_at (c->mentions, j) == NULL
                             && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
        role = role || (c->toks[j].cls & BYLINE_WORD_ROLE);
      if (role && j < limit && byline_mentions_at (c->mentions, j) != NULL
          && byline_mentions_at (c->mentions, j)->first_token == j
          && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON)
        r = byline_mentions_at (c->mentions, j);
    }
  /* "Berg's spokesman, Erik Dahl, said": the one who speaks for a person is the
   * name in apposition; "Berg's spokesman said", the spokesman, unnamed */
  if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON && r->end_token + 1 < limit
      && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      guint j = r->end_token + 1;

      while (j < limit && j < r->end_token + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD
             && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL)
        j++;
      if (j > r->end_token + 1 && (c->toks[j - 1].cls & BYLINE_WORD_ROLE))
        {
          const BylineMentionRef *named = byline_mentions_at (c->mentions, j < limit && is_char (c, j, ',') ? j + 1 : j);

          if (named != NULL && named->entity->type == BYLINE_ENTITY_PERSON && named->first_token <= j + 1)
            r = named;
          else
            {
              g_free (out->name);
              out->name = span_text (c, r->first_token, j);
              out->entity = NULL;
              out->found = TRUE;
              *end = j;
              return TRUE;
            }
        }
    }
  /* "Singapore's Ministry of Foreign Affairs said": the body, not the country */
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_NORP)
      && r->end_token + 1 < limit && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      const BylineMentionRef *body = byline_mentions_at (c->mentions, r->end_token + 1);

      if (body != NULL && body->first_token == r->end_token + 1
          && (body->entity->type == BYLINE_ENTITY_ORG || body->entity->type == BYLINE_ENTITY_PERSON))
        r = body;
    }
  if (r != NULL && is_speaker_type (r->entity))
    {
      const char *country = NULL;

      /* "Russia's Foreign Ministry": a body of that country */
      if (r->first_token >= 2 && c->toks[r->first_token - 1].kind == BYLINE_TOKEN_POSSESSIVE)
        {
          const BylineMentionRef *p = byline_mentions_at (c->mentions, r->first_token - 2);
          if (p && p->entity->type == BYLINE_ENTITY_PLACE && p->entity->lex)
            country = p->entity->lex->country;
        }
      /* "Moscow said" after "Russia's Foreign Ministry said": the same ministry */
      if (r->entity->type == BYLINE_ENTITY_PLACE && r->entity->lex && r->entity->lex->country
          && c->last_speaker != NULL && c->last_speaker->type == BYLINE_ENTITY_ORG
          && g_strcmp0 (c->last_speaker_country, r->entity->lex->country) == 0)
        {
          speaker_set_entity (out, c->last_speaker);
          out->country = c->last_speaker_country;
        }
      else
        {
          speaker_set_entity (out, r->entity);
          out->country = country;
        }
      *end = r->end_token;
      return TRUE;
    }
  if (is_pronoun_person (c, i))
    {
      const BylineEntity *e = resolve_person_pronoun (c, i);
      if (e != NULL)
        speaker_set_entity (out, e);
      else
        {
          g_free (out->name);
          out->name = NULL;
          out->entity = NULL;
          out->found = TRUE;
        }
      *end = i + 1;
      return TRUE;
    }
  if (is_pronoun_group (c, i))
    {
      if (c->last_speaker != NULL && c->last_speaker->type != BYLINE_ENTITY_PERSON)
        speaker_set_entity (out, c->last_speaker);
      else
        return FALSE;
      *end = i + 1;
      return TRUE;
    }
  /* "The president's spokesman, Marco Diaz, said", "A spokeswoman for the
   * party, Maria Lopez, said": the name in apposition */
  if (is_word (c, i) && (byline_token_is (c->text, &c->toks[i], "the") || byline_token_is (c->text, &c->toks[i], "a")
                         || byline_token_is (c->text, &c->toks[i], "an")))
    for (guint j = i + 1, role = 0; j + 1 < limit && j < i + 12; j++)
      {
        const BylineMentionRef *named;
        const BylineMentionRef *here = byline_mentions_at (c->mentions, j);

        if (here != NULL && here->entity->type == BYLINE_ENTITY_PERSON)
          break;
        if (c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE || c->toks[j].kind == BYLINE_TOKEN_WORD)
          {
            if (here == NULL && has (c, j, BYLINE_WORD_ROLE))
              role++;
            continue;
          }
        if (!is_char (c, j, ',') || role == 0)
          break;
        named = byline_mentions_at (c->mentions, j + 1);
        if (named != NULL && named->first_token == j + 1 && named->entity->type == BYLINE_ENTITY_PERSON
            && named->end_token < limit && is_char (c, named->end_token, ','))
          {
            speaker_set_entity (out, named->entity);
            *end = named->end_token + 1;
            return TRUE;
          }
        break;
      }
  {
    guint dend = i + 1;
    if (definite_description (c, i, limit, &dend))
      {
        const BylineEntity *p = person_with_role (c, i, dend, entities);
        const BylineEntity *org = is_org_noun (c, dend - 1) ? org_named_before (c, i, dend - 1)
                                  : study_named_before (c, i, dend - 1);

        const BylineEntity *subject = p == NULL && has (c, dend - 1, BYLINE_WORD_ROLE) ? recent_subject (c, i) : NULL;

        /* "The envoy noted" after "Defence Minister Ruiz met ...": not the minister */
        if (subject != NULL && subject->role != NULL)
          {
            g_autofree char *word = span_text (c, dend - 1, dend);
            g_autofree char *role = g_ascii_strdown (word, -1);
            g_autofree char *their = g_ascii_strdown (subject->role, -1);

            if (!role_fits (their, role))
              subject = NULL;
          }

        if (p != NULL)
          speaker_set_entity (out, p);
        else if (subject != NULL)
          speaker_set_entity (out, subject);
        else if (org != NULL)
          speaker_set_entity (out, org);
        /* "the ministry said" after "Defence Ministry spokesman X said"; not after a
         * broadcaster */
        else if (c->last_speaker != NULL && !(is_org_noun (c, dend - 1) && !names_noun (c->last_speaker, c, dend - 1)))
          speaker_set_entity (out, c->last_speaker);
        else
          {
            g_free (out->name);
            out->name = span_text (c, i + 1, dend);
            out->entity = NULL;
            out->found = TRUE;
          }
        *end = dend;
        return TRUE;
      }
  }
  /* "officials", "Iranian officials", "sources": a group with no name;
   * "analysts at Morgan Stanley": the firm they speak for */
  if (i + 2 < limit && c->toks[i].kind == BYLINE_TOKEN_WORD && (c->toks[i].cls & BYLINE_WORD_CUE_START)
      && (byline_token_is (c->text, &c->toks[i + 1], "at") || byline_token_is (c->text, &c->toks[i + 1], "from")))
    {
      const BylineMentionRef *firm = byline_mentions_at (c->mentions, i + 2);
      if (firm != NULL && firm->entity->type == BYLINE_ENTITY_ORG)
        {
          speaker_set_entity (out, firm->entity);
          *end = firm->end_token;
          return TRUE;
        }
    }
  /* a source with no name, from the lexicon's anonymous and media words:
   * "congressional aides", "two people familiar with the matter", "Russian state
   * media"; a word or two may come first */
  for (guint j = i; j < i + 3 && j < limit; j++)
    {
      guint kinds = 0;
      guint len;

      if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP && j > i))
        break;
      len = (c->toks[j].cls & BYLINE_WORD_CUE_START) ? byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, j, &kinds)
                                                      : 0;
      if (len > 0 && (kinds & (BYLINE_CUE_ANONYMOUS | BYLINE_CUE_MEDIA)) && j + len <= limit)
        {
          guint last = j + len;

          /* "people familiar with | the matter" */
          if (is_preposition (c, last - 1) && last < limit && c->toks[last].kind == BYLINE_TOKEN_WORD)
            {
              if (byline_token_is (c->text, &c->toks[last], "the") && last + 1 < limit)
                last++;
              last++;
            }
          /* "Polish daily Rzeczpospolita": named after all */
          {
            const BylineMentionRef *named = last < limit ? byline_mentions_at (c->mentions, last) : NULL;
            if (named != NULL && named->first_token == last && is_speaker_type (named->entity)
                && named->entity->type != BYLINE_ENTITY_PLACE)
              {
                speaker_set_entity (out, named->entity);
                *end = named->end_token;
                return TRUE;
              }
          }
          g_free (out->name);
          out->name = span_text (c, i, last);
          out->entity = NULL;
          out->found = TRUE;
          *end = last;
          return TRUE;
        }
      if (c->toks[j].cls & BYLINE_WORD_STOPWORD && !byline_token_is (c->text, &c->toks[j], "two")
          && !(j == i && byline_token_is (c->text, &c->toks[j], "the"))
          && !byline_token_is (c->text, &c->toks[j], "three") && !byline_token_is (c->text, &c->toks[j], "several"))
        break;
    }
  return FALSE;
}

static const BylineEntity *person_by_misspelt_surname (GPtrArray *entities, const char *word);

/* "…," Cole told reporters: the one after "told" is spoken to; "…," asked
 * Cole and "…," warned Cole put the speaker after the verb */
static gboolean
tells_someone (const Ctx *c, guint v)
{
  static const char *const verbs[] = { "told", "tell", "tells", "telling", "informed", "assured", "briefed", NULL };

  for (int w = 0; verbs[w]; w++)
    if (byline_token_is (c->text, &c->toks[v], verbs[w]))
      return TRUE;
  return FALSE;
}
static gboolean is_aux (const Ctx *c, guint i);

/* "quoted X as saying": the token of "saying" after the verb at @v, or G_MAXUINT */
static guint
as_saying_after (const Ctx *c, guint v, guint hi)
{
  for (guint k = v + 2; k + 1 < hi && k < v + 12; k++)
    {
      if (c->in_quote[k] || is_char (c, k, '.') || is_char (c, k, ';'))
        break;
      if (byline_token_is (c->text, &c->toks[k], "as") && byline_token_is (c->text, &c->toks[k + 1], "saying"))
        return k + 1;
    }
  return G_MAXUINT;
}

/* "Y quoted X as saying", "Y cited X as saying": X, at the "saying" at @v */
static gboolean
quoted_as_saying (Ctx *c, guint v, guint lo, GPtrArray *entities, Speaker *out)
{
  if (v < lo + 3 || !byline_token_is (c->text, &c->toks[v], "saying")
      || !byline_token_is (c->text, &c->toks[v - 1], "as"))
    return FALSE;
  for (guint j = v - 2; j > lo && j + 12 > v; j--)
    {
      guint end;

      if (!byline_token_is (c->text, &c->toks[j], "quoted") && !byline_token_is (c->text, &c->toks[j], "cited"))
        continue;
      /* "X, quoted by Y as saying", "X was quoted as saying": X is the subject, as usual */
      if (byline_token_is (c->text, &c->toks[j + 1], "by") || j + 1 == v - 1 || is_aux (c, j - 1))
        return FALSE;
      for (guint k = j + 1; k + 1 < v; k++)
        if (speaker_at (c, k, v - 1, entities, out, &end))
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* The subject of a reporting verb at v: the one after it ("said Rice", "said
 * foreign secretary Nirupama Rao"), else the subject of its clause before it:
 * the first name that no preposition governs ("Zarif, who led ..., said";
 * "He also met Ms Nurul Izzah and said"), a person rather than the body or
 * place before their name ("Iranian Foreign Ministry Spokesman Bahram Qassemi"). */
static gboolean
subject_of_cue (Ctx *c, guint v, guint lo, guint hi, GPtrArray *entities, Speaker *out)
{
  guint end;
  guint clause = lo;
  guint best = G_MAXUINT, best_end = 0;
  const BylineEntity *best_entity = NULL;

  if (quoted_as_saying (c, v, lo, entities, out))
    return TRUE;

  /* after the verb, when it follows a quotation or a comma: "…,” said Rice",
   * "…, said foreign secretary Nirupama Rao" */
  for (guint k = v + 1; k < hi && k < v + 6 && v > 0 && !tells_someone (c, v)
                        && (c->toks[v - 1].kind == BYLINE_TOKEN_PUNCT || c->in_quote[v - 1]); k++)
    {
      /* "said Sen. Mark Cole": over an abbreviation's period */
      if (is_char (c, k, '.') && !(c->toks[k].flags & BYLINE_TOKEN_SPACE) && k > v + 1
          && (c->toks[k - 1].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[k - 1]) <= 4)
        continue;
      if (c->in_quote[k] || c->toks[k].kind == BYLINE_TOKEN_PUNCT)
        break;
      if (byline_token_is (c->text, &c->toks[k], "that") || byline_token_is (c->text, &c->toks[k], "on"))
        break;
      /* a name or a description; "said he ..." begins the report instead */
      if (is_pronoun_person (c, k) || is_pronoun_group (c, k))
        break;
      if (speaker_at (c, k, hi, entities, out, &end))
        return TRUE;
    }

  /* a relative clause: "Igor Morgulov, who said that ..." */
  {
    guint w = v;
    if (w > lo && (byline_token_is (c->text, &c->toks[w - 1], "also")
                   || byline_token_is (c->text, &c->toks[w - 1], "has")
                   || byline_token_is (c->text, &c->toks[w - 1], "had")))
      w--;
    if (w > lo + 1 && byline_token_is (c->text, &c->toks[w - 1], "who"))
      {
        guint j = w - 1;
        const BylineMentionRef *r;

        if (j > lo && is_char (c, j - 1, ','))
          j--;
        r = j > lo ? byline_mentions_at (c->mentions, j - 1) : NULL;
        if (r != NULL && is_speaker_type (r->entity))
          {
            speaker_set_entity (out, r->entity);
            return TRUE;
          }
      }
  }

  /* right before the verb: "Zarif said", "Zarif also said", and over an
   * apposition: "Atsushi Kaifu, the spokesperson for the ministry, said" */
  {
    guint w = v;
    const BylineMentionRef *r;

    while (w > lo && (byline_token_is (c->text, &c->toks[w - 1], "also")
                      || byline_token_is (c->text, &c->toks[w - 1], "has")
                      || byline_token_is (c->text, &c->toks[w - 1], "had")
                      || byline_token_is (c->text, &c->toks[w - 1], "then")))
      w--;
    if (w > lo && is_char (c, w - 1, ','))
      {
        /* the apposition's opening comma */
        guint j = w - 1;
        while (j > lo && j + 14 > w && !is_char (c, j - 1, ',') && !c->in_quote[j - 1])
          j--;
        if (j > lo && is_char (c, j - 1, ','))
          w = j - 1;
        else
          w = v;
      }
    r = w > lo ? byline_mentions_at (c->mentions, w - 1) : NULL;
    if (r != NULL && r->end_token == w && r->entity->type == BYLINE_ENTITY_PERSON
        && !byline_span_contains (&c->doc->wire, r->start))
      {
        speaker_set_entity (out, r->entity);
        return TRUE;
      }
    /* "Democrats said", "the Russians insisted": a group named by its nationality or party */
    if (r != NULL && r->end_token == w && w == v && r->entity->type == BYLINE_ENTITY_NORP
        && (r->first_token == lo || byline_token_is (c->text, &c->toks[r->first_token - 1], "the")
            || is_char (c, r->first_token - 1, ',')))
      {
        speaker_set_entity (out, r->entity);
        return TRUE;
      }
    /* "..., Water said" of Kathryn Waters: a surname misspelt by one letter */
    if (r == NULL && w == v && w > lo && is_word (c, w - 1) && (c->toks[w - 1].flags & BYLINE_TOKEN_CAP)
        && !(c->toks[w - 1].flags & BYLINE_TOKEN_SENT_START)
        && (w - 1 == lo || c->in_quote[w - 2] || is_char (c, w - 2, ',')))
      {
        g_autofree char *word = span_text (c, w - 1, w);
        const BylineEntity *near = person_by_misspelt_surname (entities, word);

        if (near != NULL)
          {
            speaker_set_entity (out, near);
            return TRUE;
          }
      }
  }

  /* the clause: from the last semicolon or the sentence start, not far back */
  if (v > lo + CLAUSE_WINDOW)
    lo = v - CLAUSE_WINDOW;
  clause = lo;
  for (guint k = v; k > lo; k--)
    if (is_char (c, k - 1, ';')
        || (k >= lo + 2 && is_char (c, k - 2, ',') && !c->in_quote[k - 1]
            && (byline_token_is (c->text, &c->toks[k - 1], "but") || byline_token_is (c->text, &c->toks[k - 1], "while")
                || byline_token_is (c->text, &c->toks[k - 1], "whereas"))))
      {
        /* "X argued A, but critics said B": the clause after "but" */
        clause = k;
        break;
      }
  /* "During his talks with X, the envoy said": the subject follows the
   * opening phrase's comma */
  if (clause < v && c->toks[clause].kind == BYLINE_TOKEN_WORD && (c->toks[clause].cls & BYLINE_WORD_STOPWORD)
      && !byline_token_is (c->text, &c->toks[clause], "according"))
    {
      gboolean prep = FALSE;

      for (int w = 0; prepositions[w] && !prep; w++)
        prep = byline_token_is (c->text, &c->toks[clause], prepositions[w]);
      prep = prep || byline_token_is (c->text, &c->toks[clause], "following")
             || byline_token_is (c->text, &c->toks[clause], "upon");
      if (prep)
        for (guint k = clause + 2; k + 1 < v; k++)
          {
            if (c->in_quote[k] || has (c, k, BYLINE_WORD_SPEECH))
              break;
            if (is_char (c, k, ','))
              {
                clause = k + 1;
                break;
              }
          }
    }
  for (guint k = clause; k < v; k++)
    {
      Speaker tmp = { 0 };

      if (c->in_quote[k])
        continue;
      if (speaker_at (c, k, v, entities, &tmp, &end))
        {
          if (!governed (c, k) || (tmp.entity == NULL && tmp.name != NULL))
            {
              /* a body or place right before a person's name and title: the person */
              if (tmp.entity && tmp.entity->type != BYLINE_ENTITY_PERSON)
                for (guint j = end; j < v && j < end + 7; j++)
                  {
                    const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
                    if (r && r->entity->type == BYLINE_ENTITY_PERSON)
                      {
                        speaker_set_entity (&tmp, r->entity);
                        end = r->end_token;
                        break;
                      }
                    if ((c->toks[j].kind == BYLINE_TOKEN_PUNCT && c->toks[j].kind != BYLINE_TOKEN_POSSESSIVE)
                        || has (c, j, BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)
                        || byline_token_is (c->text, &c->toks[j], "and") || byline_token_is (c->text, &c->toks[j], "in")
                        || byline_token_is (c->text, &c->toks[j], "with") || byline_token_is (c->text, &c->toks[j], "to"))
                      break;
                  }
              if (best == G_MAXUINT || (best_entity && best_entity->type == BYLINE_ENTITY_PLACE
                                        && tmp.entity && tmp.entity->type != BYLINE_ENTITY_PLACE))
                {
                  speaker_clear (out);
                  *out = tmp;
                  best = k;
                  best_end = end;
                  best_entity = tmp.entity;
                  if (tmp.entity == NULL || tmp.entity->type != BYLINE_ENTITY_PLACE)
                    return TRUE;
                  k = end - 1;
                  continue;
                }
            }
          speaker_clear (&tmp);
          k = end - 1;
        }
    }
  (void) best_end;
  return best != G_MAXUINT;
}

/* The reporting verb nearest to a quote in its sentence */
static gboolean
find_cue (Ctx *c, guint from, guint to, gboolean forward, guint *cue)
{
  if (forward)
    {
      for (guint k = from; k < to && k < from + CUE_WINDOW; k++)
        {
          if (c->in_quote[k])
            continue;
          if (is_speech (c, k))
            {
              *cue = k;
              return TRUE;
            }
        }
    }
  else
    {
      if (from > to + CLAUSE_WINDOW)
        to = from - CLAUSE_WINDOW;
      for (guint k = from; k > to; k--)
        {
          if (c->in_quote[k - 1])
            continue;
          if (is_speech (c, k - 1))
            {
              *cue = k - 1;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* The next "according to" at or after each token, made once: a sentence of
 * many quotations must not be scanned whole for each of them */
static guint
next_according (Ctx  *c,
                guint k)
{
  if (c->next_according == NULL)
    {
      c->next_according = g_new (guint, c->n + 1);
      c->next_according[c->n] = c->n;
      for (guint j = c->n; j-- > 0;)
        c->next_according[j] = j + 1 < c->n && byline_token_is (c->text, &c->toks[j], "according")
                               && byline_token_is (c->text, &c->toks[j + 1], "to")
                               ? j : c->next_according[j + 1];
    }
  return k < c->n ? c->next_according[k] : c->n;
}

/* "according to X" in [lo, hi) */
static gboolean
according_to (Ctx *c, guint lo, guint hi, GPtrArray *entities, Speaker *out, guint *cue)
{
  for (guint k = next_according (c, lo); k + 2 < hi; k = next_according (c, k + 1))
    if (byline_token_is (c->text, &c->toks[k], "according") && byline_token_is (c->text, &c->toks[k + 1], "to"))
      {
        guint end;
        guint stop = k + 2;

        while (stop < hi && stop < k + 14 && !is_char (c, stop, ',') && !is_char (c, stop, '.'))
          stop++;
        /* "according to the team's coach, Ali Rahimi, ...": the name in apposition */
        if (stop + 2 < hi && is_char (c, stop, ','))
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, stop + 1);

            if (r != NULL && r->first_token == stop + 1 && r->entity->type == BYLINE_ENTITY_PERSON
                && r->end_token < hi && is_char (c, r->end_token, ','))
              {
                gboolean named = FALSE;

                for (guint j = k + 2; j < stop && !named; j++)
                  named = byline_mentions_at (c->mentions, j) != NULL
                          && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON;
                if (!named)
                  {
                    speaker_set_entity (out, r->entity);
                    *cue = k;
                    return TRUE;
                  }
              }
          }
        /* "according to Afghan Ambassador to the United States Hamdullah Mohib": the person,
         * and "according to Foreign Ministry spokeswoman Hua Chunying" the person, not the body */
        {
          const BylineEntity *body = NULL;

          for (guint j = k + 2; j < stop; j++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
              if (r && r->entity->type == BYLINE_ENTITY_PERSON)
                {
                  speaker_set_entity (out, r->entity);
                  *cue = k;
                  return TRUE;
                }
              if (r && r->entity->type == BYLINE_ENTITY_ORG && body == NULL)
                body = r->entity;
            }
          if (body != NULL)
            {
              speaker_set_entity (out, body);
              *cue = k;
              return TRUE;
            }
        }
        for (guint j = k + 2; j < stop; j++)
          {
            if (speaker_at (c, j, hi, entities, out, &end))
              {
                *cue = k;
                return TRUE;
              }
          }
        /* "according to reports in Iran's state-run media" */
        speaker_clear (out);
        out->name = span_text (c, k + 2, MIN (hi, k + 6));
        out->found = TRUE;
        *cue = k;
        return TRUE;
      }
  return FALSE;
}

/* A media phrase from the lexicon at token @k ("state-run media", "news
 * agency", "newspaper"): its length in tokens, or 0 */
static guint
media_phrase (const Ctx *c, guint k, guint hi)
{
  guint kinds = 0;
  guint len;

  if (k >= hi || c->toks[k].kind != BYLINE_TOKEN_WORD || !(c->toks[k].cls & BYLINE_WORD_CUE_START))
    return 0;
  len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds);
  return (kinds & BYLINE_CUE_MEDIA) && k + len <= hi ? len : 0;
}

/* Words that pass someone's words on to an outlet or take them from one:
 * "told IRNA", "in an interview with the Kyodo agency", "quoted by TASS",
 * "a report in Rossiyskaya Gazeta", "according to reports in" */
static gboolean
passes_words (const Ctx *c, guint k)
{
  static const char *const words[] = {
    "told", "interview", "quoted", "cited", "published", "broadcast", "carried", "report", "reports",
    "reported", "according", "aired", "posted", NULL,
  };

  for (int w = 0; words[w]; w++)
    if (byline_token_is (c->text, &c->toks[k], words[w]))
      return TRUE;
  return FALSE;
}

static void
set_via (BylineQuote *q, const BylineEntity *e, char *name)
{
  q->via = e;
  g_free (q->via_name);
  q->via_name = name != NULL ? name : g_strdup (e->name);
}

/* The outlet the words came through: one the lexicon knows as an outlet ("a
 * report in Rossiyskaya Gazeta", "according to Fars"); a body the reporting
 * words hand them to or take them from ("told IRNA", "said in an interview
 * with Y", "Y quoted X as saying", "quoted by Y"), or one a media word names
 * ("the Kyodo news agency"); else an outlet with no name ("according to
 * reports in Iran's state-run media"). */
static void
find_via (Ctx *c, BylineQuote *q, guint lo, guint hi)
{
  guint k;
  const BylineEntity *handed = NULL;

  /* near the quote: a sentence of thousands of words holds many */
  lo = MAX (lo, q->first_token > 2 * CLAUSE_WINDOW ? q->first_token - 2 * CLAUSE_WINDOW : 0);
  hi = MIN (hi, q->end_token + 2 * CLAUSE_WINDOW);
  k = byline_mentions_lower_bound (c->mentions, lo);

  for (; k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (r->first_token >= hi)
        break;
      if (r->entity == q->speaker || c->in_quote[r->first_token] || byline_span_contains (&c->doc->wire, r->start)
          || (r->first_token >= q->first_token && r->first_token < q->end_token))
        continue;
      if (r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET)
        {
          set_via (q, r->entity, NULL);
          return;
        }
      if (handed != NULL || (r->entity->type != BYLINE_ENTITY_ORG && r->entity->type != BYLINE_ENTITY_OTHER))
        continue;
      /* "the Kyodo news agency", "the daily Kommersant" */
      if (media_phrase (c, r->end_token, hi) > 0
          || (r->first_token > lo && c->toks[r->first_token - 1].kind == BYLINE_TOKEN_WORD
              && !(c->toks[r->first_token - 1].flags & BYLINE_TOKEN_CAP)
              && media_phrase (c, r->first_token - 1, r->first_token) > 0))
        handed = r->entity;
      /* "told IRNA", "in an interview with the Kyodo agency", "quoted by TASS" */
      for (guint j = r->first_token; handed == NULL && j > lo && j + 5 > r->first_token; j--)
        {
          if (c->in_quote[j - 1] || (c->toks[j - 1].kind == BYLINE_TOKEN_PUNCT))
            break;
          if (passes_words (c, j - 1))
            handed = r->entity;
        }
      /* "TASS quoted X as saying", "Kommersant reported" */
      if (handed == NULL && r->end_token < hi && (byline_token_is (c->text, &c->toks[r->end_token], "quoted")
                                                  || byline_token_is (c->text, &c->toks[r->end_token], "cited")))
        handed = r->entity;
    }
  if (handed != NULL)
    {
      set_via (q, handed, NULL);
      return;
    }
  /* "according to reports in Iran's state-run media", "told state television" */
  for (guint j = lo; j + 1 < hi; j++)
    {
      guint len;
      guint from = j;

      if (c->in_quote[j] || !passes_words (c, j))
        continue;
      /* "the Xinhua news agency quoted X as saying" */
      if (j > lo + 1 && (byline_token_is (c->text, &c->toks[j], "quoted")
                         || byline_token_is (c->text, &c->toks[j], "cited")))
        for (guint m = j - 1; m > lo && m + 3 > j; m--)
          {
            len = media_phrase (c, m, j);
            if (len > 0 && m + len == j)
              {
                from = m;
                while (from > lo && c->toks[from - 1].kind == BYLINE_TOKEN_WORD
                       && (c->toks[from - 1].flags & BYLINE_TOKEN_CAP)
                       && !byline_token_is (c->text, &c->toks[from - 1], "the"))
                  from--;
                if (from < m)
                  {
                    q->via = NULL;
                    g_free (q->via_name);
                    q->via_name = span_text (c, from, j);
                    return;
                  }
              }
          }
      for (guint m = j + 1; m < hi && m < j + 6; m++)
        {
          if (c->toks[m].kind == BYLINE_TOKEN_PUNCT)
            break;
          len = media_phrase (c, m, hi);
          if (len == 0)
            continue;
          /* not the speaker itself, nor a word about the words: "reports" */
          if (q->speaker_name != NULL && q->speaker == NULL)
            return;
          if (len == 1 && (byline_token_is (c->text, &c->toks[m], "reports")
                           || byline_token_is (c->text, &c->toks[m], "report")
                           || byline_token_is (c->text, &c->toks[m], "reporters")
                           || byline_token_is (c->text, &c->toks[m], "journalists")
                           || byline_token_is (c->text, &c->toks[m], "press")))
            continue;
          /* with the country before it: "Iran's state-run media" */
          from = m;
          if (m >= 2 && c->toks[m - 1].kind == BYLINE_TOKEN_POSSESSIVE && byline_mentions_at (c->mentions, m - 2))
            from = byline_mentions_at (c->mentions, m - 2)->first_token;
          else if (m >= 1 && byline_mentions_at (c->mentions, m - 1) != NULL
                   && byline_mentions_at (c->mentions, m - 1)->entity->type == BYLINE_ENTITY_NORP)
            from = byline_mentions_at (c->mentions, m - 1)->first_token;
          else
            /* a name the entity finder did not know: "the Kyodo news agency" */
            while (from > j + 1 && c->toks[from - 1].kind == BYLINE_TOKEN_WORD
                   && (c->toks[from - 1].flags & BYLINE_TOKEN_CAP))
              from--;
          q->via = NULL;
          g_free (q->via_name);
          q->via_name = span_text (c, from, m + len);
          return;
        }
    }
}

static BylineQuote *
quote_new (Ctx *c, guint first, guint end, BylineQuoteKind kind, const Speaker *sp, guint cue)
{
  BylineQuote *q = g_new0 (BylineQuote, 1);

  q->first_token = first;
  q->end_token = end;
  q->start = c->toks[first].start;
  q->end = c->toks[end - 1].end;
  q->kind = kind;
  q->sentence = sentence_of (c, first);
  if (sp != NULL && sp->found)
    {
      q->speaker = sp->entity;
      q->speaker_name = g_strdup (sp->name);
    }
  if (cue != G_MAXUINT)
    {
      q->cue.start = c->toks[cue].start;
      q->cue.end = c->toks[cue].end;
      q->connotation = byline_lexicon_connotation (c->lex, c->text, &c->toks[cue]);
      /* "according to X" and "in the words of X" report without colouring */
      if (q->connotation == NULL
          && (byline_token_is (c->text, &c->toks[cue], "according") || byline_token_is (c->text, &c->toks[cue], "words")))
        q->connotation = "neutral";
    }
  return q;
}

/* A quotation whose words are all capitalised is a title or a name:
 * "Better Idea of Afghan Girls" */
static gboolean
is_title (const Ctx *c, guint first, guint end)
{
  guint words = 0, caps = 0;

  guint all = 0, all_caps = 0;

  for (guint k = first; k < end; k++)
    if (c->toks[k].kind == BYLINE_TOKEN_WORD)
      {
        all++;
        if (c->toks[k].flags & BYLINE_TOKEN_CAP)
          all_caps++;
        /* "Photographs and Prints from the Collection": a title's small words are lower case */
        if (byline_token_len (&c->toks[k]) > 3
            && ((c->toks[k].flags & BYLINE_TOKEN_CAP) || !(c->toks[k].cls & BYLINE_WORD_STOPWORD)))
          {
            words++;
            if (c->toks[k].flags & BYLINE_TOKEN_CAP)
              caps++;
          }
      }
  /* a name in quotes: "Hope", "The Katherinator", "Robogee." */
  if (all >= 1 && all <= 3 && all_caps == all && end - first <= 5)
    return TRUE;
  return words >= 2 && words <= 10 && caps == words && end - first <= 16;
}

static void
marked_quote (Ctx *c, const MarkSpan *m, GPtrArray *entities)
{
  const BylineQuote *previous = c->previous;

    {
      guint first = m->open + 1;
      guint end = m->close;
      guint words = 0;
      guint s_open, s_close;
      const BylineSentence *so, *sc;
      gboolean at_start, direct;
      Speaker sp = { 0 };
      guint cue = G_MAXUINT;
      BylineQuote *q;

      /* trim marks and spaces */
      while (first < end && c->toks[first].kind == BYLINE_TOKEN_PUNCT && (c->toks[first].flags & BYLINE_TOKEN_QUOTE))
        first++;
      while (end > first && c->toks[end - 1].kind == BYLINE_TOKEN_PUNCT && (c->toks[end - 1].flags & BYLINE_TOKEN_QUOTE))
        end--;
      for (guint k = first; k < end; k++)
        if (is_word (c, k))
          words++;
      if (words == 0 || is_title (c, first, end))
        return;

      s_open = sentence_of (c, m->open);
      s_close = sentence_of (c, end > first ? end - 1 : first);
      so = sentence (c, s_open);
      sc = sentence (c, s_close);
      /* a quoted sentence: it starts its sentence (or follows a colon or a
       * reporting verb) with a capital and holds a few words */
      at_start = so->first_token == m->open || (m->open > 0 && (is_char (c, m->open - 1, ':')
                                                                || is_speech (c, m->open - 1)
                                                                || (is_char (c, m->open - 1, ',') && m->open > 1
                                                                    && is_speech (c, m->open - 2))));
      direct = at_start && words >= 3
               && (g_unichar_isupper (first_char (c, first)) || c->toks[first].kind == BYLINE_TOKEN_NUMBER)
               && (c->toks[end - 1].kind == BYLINE_TOKEN_PUNCT
                   || (m->closed && (m->close + 1 >= c->n || c->toks[m->close + 1].kind == BYLINE_TOKEN_PUNCT
                                     || (c->toks[m->close + 1].flags & BYLINE_TOKEN_NEWLINE))));
      if (m->continuation)
        direct = TRUE;

      /* "Mehdi Sanaei "praised the high level..."": the person just before; but
       * not in a reported clause ("Berg said Celik "was in a good mood""), nor
       * when the words go on in the first person of someone quoted before ("Pak
       * "talked about ... I don't want to go into details."") */
      if (!direct && m->open > so->first_token)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, m->open - 1);
          gboolean reported = FALSE, first_person = FALSE;

          for (guint k = so->first_token; r != NULL && k < r->first_token && !reported; k++)
            if (!c->in_quote[k] && is_speech (c, k))
              reported = TRUE;
          for (guint k = first + 1; k < end && !first_person; k++)
            if (is_char (c, k - 1, '.') && (byline_token_is (c->text, &c->toks[k], "I")
                                            || byline_token_is (c->text, &c->toks[k], "We")))
              first_person = TRUE;
          if (first_person && previous != NULL && previous->speaker_name != NULL
              && s_open - MIN (s_open, previous->sentence) <= 2)
            {
              sp.found = TRUE;
              sp.entity = previous->speaker;
              sp.name = g_strdup (previous->speaker_name);
            }
          else if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON && !reported)
            speaker_set_entity (&sp, r->entity);
        }
      /* the reporting verb after the closing mark or before the opening one,
       * the nearer first */
      if (!sp.found)
        {
          guint after = G_MAXUINT, before = G_MAXUINT;
          gboolean has_after = m->closed && find_cue (c, m->close + 1, sc->end_token, TRUE, &after);
          gboolean has_before = find_cue (c, m->open, so->first_token, FALSE, &before);

          if (has_after && (!has_before || after - m->close <= m->open - before || after - m->close <= 4))
            {
              cue = after;
              subject_of_cue (c, cue, m->close + 1, sc->end_token, entities, &sp);
            }
          if (!sp.found && has_before)
            {
              cue = before;
              subject_of_cue (c, cue, so->first_token, m->open, entities, &sp);
            }
          if (!sp.found && has_after && cue != after)
            {
              cue = after;
              subject_of_cue (c, cue, m->close + 1, sc->end_token, entities, &sp);
            }
        }
      if (!sp.found)
        {
          Speaker acc = { 0 };
          guint acue;
          guint lo = so->first_token;
          guint hi = m->closed ? sc->end_token : so->end_token;

          if (according_to (c, lo, hi, entities, &acc, &acue))
            {
              sp = acc;
              cue = acue;
            }
        }
      /* "in the words of the Crown prosecutor, Mark Tedeschi, QC, "..."" */
      if (!sp.found)
        for (guint k = m->open; k > so->first_token + 1 && k + 14 > m->open; k--)
          if (byline_token_is (c->text, &c->toks[k - 2], "words") && byline_token_is (c->text, &c->toks[k - 1], "of"))
            {
              for (guint j = k; j < m->open; j++)
                {
                  const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
                  if (r != NULL && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
                    {
                      speaker_set_entity (&sp, r->entity);
                      cue = k - 2;
                      break;
                    }
                }
              break;
            }
      /* a quotation opening its sentence after "X issued a statement ...:" or
       * "X said in a statement." */
      if (!sp.found && direct && so->first_token == m->open && s_open > 0)
        {
          const BylineSentence *ps = sentence (c, s_open - 1);
          gboolean introduces = ps->end_token > ps->first_token && is_char (c, ps->end_token - 1, ':');

          for (guint k = ps->first_token; k < ps->end_token && !introduces; k++)
            if (!c->in_quote[k] && (byline_token_is (c->text, &c->toks[k], "statement")
                                    || byline_token_is (c->text, &c->toks[k], "statements")))
              introduces = TRUE;
          if (introduces)
            for (guint k = ps->first_token; k < ps->end_token; k++)
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
                if (r != NULL && !c->in_quote[k]
                    && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
                  {
                    speaker_set_entity (&sp, r->entity);
                    break;
                  }
              }
        }
      /* a quotation standing alone goes on from the last speaker */
      if (!sp.found && (direct || m->continuation) && previous != NULL
          && s_open - MIN (s_open, previous->sentence) <= 2 && previous->speaker_name != NULL)
        {
          sp.found = TRUE;
          sp.entity = previous->speaker;
          sp.name = g_strdup (previous->speaker_name);
        }
      if (!sp.found)
        cue = G_MAXUINT;

      q = quote_new (c, first, end, direct ? BYLINE_QUOTE_DIRECT : BYLINE_QUOTE_PARTIAL, &sp, cue);
      find_via (c, q, so->first_token, sc->end_token);
      g_ptr_array_add (c->quotes, q);
      remember (c, q, sp.country);
      speaker_clear (&sp);
    }
}

/* Reported speech without marks:
 *   X said (that) CONTENT.        X told reporters that CONTENT.
 *   CONTENT, X said.              According to X, CONTENT.   CONTENT, according to X. */
static gboolean
clause_start (const Ctx *c, guint k)
{
  const BylineToken *t;

  if (k >= c->n)
    return FALSE;
  t = &c->toks[k];
  if (t->kind == BYLINE_TOKEN_NUMBER)
    return TRUE;
  if (t->kind != BYLINE_TOKEN_WORD)
    return FALSE;
  if (t->flags & BYLINE_TOKEN_CAP)
    return TRUE;
  /* "says iodine is added", "said talks were useful": a noun, then a verb */
  for (guint j = k + 1; j < c->n && j < k + 4; j++)
    {
      static const char *const aux[] = {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", NULL,
      };
      if (c->toks[j].kind != BYLINE_TOKEN_WORD)
        break;
      for (int a = 0; aux[a]; a++)
        if (byline_token_is (c->text, &c->toks[j], aux[a]))
          return TRUE;
    }
  return byline_token_is (c->text, t, "the") || byline_token_is (c->text, t, "he")
         || byline_token_is (c->text, t, "she") || byline_token_is (c->text, t, "it")
         || byline_token_is (c->text, t, "they") || byline_token_is (c->text, t, "his")
         || byline_token_is (c->text, t, "her") || byline_token_is (c->text, t, "their")
         || byline_token_is (c->text, t, "there") || byline_token_is (c->text, t, "this")
         || byline_token_is (c->text, t, "a") || byline_token_is (c->text, t, "an")
         || byline_token_is (c->text, t, "we") || byline_token_is (c->text, t, "all")
         || byline_token_is (c->text, t, "both") || byline_token_is (c->text, t, "no")
         || byline_token_is (c->text, t, "today's") || byline_token_is (c->text, t, "relations");
}

/* After a reporting verb: "told reporters", "made clear to the Russian press",
 * "on Monday", "here on Tuesday", "in a statement", "in response to a question" */
static gboolean
adjunct_head (const Ctx *c, guint k)
{
  static const char *const heads[] = {
    "statement", "interview", "speech", "conference", "briefing", "meeting", "response", "question",
    "message", "letter", "post", "tweet", "reporters", "journalists", "press", "media", "parliament",
    "lawmakers", "television", "radio", "newspaper", "agency", "website", "event", "ceremony", "talks",
    "sidelines", "summit", "visit", "remarks", "comments", NULL,
  };
  const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

  if (r != NULL)
    return TRUE;
  for (int w = 0; heads[w]; w++)
    if (byline_token_is (c->text, &c->toks[k], heads[w]))
      return TRUE;
  return FALSE;
}

static guint
skip_adjuncts (const Ctx *c, guint k, guint hi)
{
  static const char *const preps[] = { "on", "in", "at", "to", "during", "via", "after", "before", "with", NULL };
  static const char *const adverbs[] = { "here", "today", "yesterday", "later", "also", "again", "earlier",
                                         "too", "previously", "recently", "separately", "repeatedly", NULL };

  for (guint rounds = 0; rounds < 4 && k < hi; rounds++)
    {
      gboolean moved = FALSE;

      for (int w = 0; adverbs[w]; w++)
        if (byline_token_is (c->text, &c->toks[k], adverbs[w]))
          {
            k++;
            moved = TRUE;
            break;
          }
      if (moved)
        continue;
      /* a date: "said Monday" */
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
        if (r && r->entity->type == BYLINE_ENTITY_DATE)
          {
            k = r->end_token;
            continue;
          }
      }
      /* "told reporters", "told the Russian press", "told Reuters" */
      if (k > 0 && byline_token_is (c->text, &c->toks[k - 1], "told"))
        {
          guint j = k;
          while (j < hi && j < k + 4 && !adjunct_head (c, j))
            j++;
          if (j < hi && adjunct_head (c, j))
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
              k = r ? r->end_token : j + 1;
              continue;
            }
          return k;
        }
      for (int w = 0; preps[w]; w++)
        if (byline_token_is (c->text, &c->toks[k], preps[w]))
          {
            guint j = k + 1;
            guint that = k + 1;

            /* "to the Russian press that": on to "that" when it comes soon */
            /* ("in a Facebook post that": "post" is a noun there, not a verb) */
            while (that < hi && that < k + 7 && !byline_token_is (c->text, &c->toks[that], "that")
                   && c->toks[that].kind != BYLINE_TOKEN_PUNCT && (!is_speech (c, that) || adjunct_head (c, that)))
              that++;
            if (that < hi && byline_token_is (c->text, &c->toks[that], "that"))
              {
                k = that;
                moved = TRUE;
                break;
              }
            while (j < hi && j < k + 6 && !adjunct_head (c, j))
              j++;
            if (j < hi && adjunct_head (c, j))
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
                k = r ? r->end_token : j + 1;
                /* "in response to a question": one more preposition phrase */
                moved = TRUE;
              }
            break;
          }
      if (!moved)
        break;
    }
  return k;
}

/* "adding", "stressing", "saying": a reporting verb as a participle */
static gboolean
is_speech_participle (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];

  return i < c->n && t->kind == BYLINE_TOKEN_WORD && (t->cls & BYLINE_WORD_SPEECH) && byline_token_len (t) > 5
         && strncmp (c->text + t->end - 3, "ing", 3) == 0 && !byline_token_is (c->text, t, "according");
}

static gboolean ends_reporting_clause (const Ctx *c, guint k, guint hi);

static guint
content_end (const Ctx *c, guint from, guint hi)
{
  guint end;

  /* reported speech of more than a few lines is not one quotation */
  hi = MIN (hi, from + 4 * CLAUSE_WINDOW);
  end = hi;

  /* stop before ", according to", before the closing punctuation, and before a
   * quotation: "said he supported the pact but wanted “ironclad guarantees”" */
  for (guint k = from; k < hi; k++)
    {
      /* an opening mark of a paired quotation (not the apostrophe of "Workers' Party") */
      if ((c->toks[k].flags & BYLINE_TOKEN_QUOTE) && k + 1 < c->n && c->in_quote[k + 1] && !c->in_quote[k])
        {
          /* the reported clause ends at "but" or "and" before the quotation;
           * if the quotation finishes the clause itself, the quotation is the report */
          guint cut = from;
          for (guint j = k; j > from + 3 && j + 6 > k; j--)
            if (byline_token_is (c->text, &c->toks[j - 1], "but") || byline_token_is (c->text, &c->toks[j - 1], "and")
                || byline_token_is (c->text, &c->toks[j - 1], "whom") || byline_token_is (c->text, &c->toks[j - 1], "who")
                || byline_token_is (c->text, &c->toks[j - 1], "which") || is_char (c, j - 1, ','))
              {
                cut = j - 1;
                break;
              }
          end = cut;
          break;
        }
      if (is_char (c, k, ',') && k + 2 < hi && byline_token_is (c->text, &c->toks[k + 1], "according"))
        {
          end = k;
          break;
        }
      /* ", but critics said ...", "; the ministry said ...": another speaker's report */
      if (k > from + 3 && (is_char (c, k, ';')
                           || (is_char (c, k, ',') && k + 1 < hi
                               && (byline_token_is (c->text, &c->toks[k + 1], "but")
                                   || byline_token_is (c->text, &c->toks[k + 1], "while")
                                   || byline_token_is (c->text, &c->toks[k + 1], "whereas")))))
        {
          gboolean other = FALSE;

          for (guint j = k + 2; j < hi && j < k + 9 && !other; j++)
            {
              if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || c->in_quote[j])
                break;
              other = is_speech (c, j) && !is_speech_participle (c, j)
                      && !byline_token_is (c->text, &c->toks[j - 1], "and");
            }
          if (other)
            {
              end = k;
              break;
            }
        }
      /* ", adding that ...", "and stressed that ...": a second report of the same speaker */
      if (is_char (c, k, ',') && k + 2 < hi && is_speech_participle (c, k + 1) && !c->in_quote[k + 1])
        {
          end = k;
          break;
        }
      if (k > from && byline_token_is (c->text, &c->toks[k], "and") && k + 2 < hi && is_speech (c, k + 1)
          && byline_token_is (c->text, &c->toks[k + 2], "that") && !c->in_quote[k + 1])
        {
          end = k;
          break;
        }
      if (is_char (c, k, ',') && k + 2 < hi && is_speech (c, k + 2) && k + 3 >= hi - 2)
        {
          end = k;
          break;
        }
      /* "..., his aides said.": a reporting clause of its own ends the sentence */
      if (is_char (c, k, ',') && !c->in_quote[k])
        {
          gboolean closing = FALSE;

          for (guint j = k + 2; j < hi && j < k + 7 && !closing; j++)
            {
              if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || c->in_quote[j])
                break;
              closing = is_speech (c, j) && !is_speech_participle (c, j)
                        && ends_reporting_clause (c, skip_adjuncts (c, j + 1, hi), hi);
            }
          if (closing)
            {
              end = k;
              break;
            }
        }
    }
  while (end > from && c->toks[end - 1].kind == BYLINE_TOKEN_PUNCT)
    end--;
  return end;
}

static gboolean
overlaps_marked (const Ctx *c, guint first, guint end)
{
  for (guint k = first; k < end; k++)
    if (c->in_quote[k])
      return TRUE;
  return FALSE;
}

static gboolean
is_aux (const Ctx *c, guint i)
{
  static const char *const aux[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "did", "do", "be", "been", "'s", NULL,
  };

  for (int a = 0; aux[a]; a++)
    if (byline_token_is (c->text, &c->toks[i], aux[a]))
      return TRUE;
  return FALSE;
}

/* After "X said" and its adjuncts: the end of the sentence, or a phrase that
 * only says when or where: "after talks with her counterpart" */
static gboolean
ends_reporting_clause (const Ctx *c, guint k, guint hi)
{
  static const char *const preps[] = {
    "after", "before", "during", "following", "at", "in", "on", "with", "while", "when", "ahead", NULL,
  };

  if (k + 1 >= hi)
    return TRUE;
  /* "said on Wednesday, in one of the largest investments" */
  if (is_char (c, k, ',') && k + 2 < hi)
    k++;
  /* the rest of a phrase: "with her Mexican | counterpart." */
  if (k + 3 >= hi)
    {
      gboolean rest = TRUE;

      for (guint j = k; j < hi && rest; j++)
        if ((c->toks[j].cls & BYLINE_WORD_SPEECH) || (c->toks[j].flags & BYLINE_TOKEN_QUOTE)
            || (c->toks[j].kind == BYLINE_TOKEN_PUNCT && j + 1 < hi))
          rest = FALSE;
      if (rest)
        return TRUE;
    }
  for (int p = 0; preps[p]; p++)
    if (byline_token_is (c->text, &c->toks[k], preps[p]))
      {
        /* "said ... after he told reporters" goes on; "after talks with" does not */
        for (guint j = k + 1; j < hi; j++)
          if (((c->toks[j].cls & BYLINE_WORD_SPEECH) && !(c->toks[j].cls & BYLINE_WORD_MEETING))
              || (c->toks[j].flags & BYLINE_TOKEN_QUOTE))
            return FALSE;
        return TRUE;
      }
  return FALSE;
}

/* A clause, not a noun phrase: a verb within the first sixteen tokens of [k, hi) */
static gboolean
verb_soon (const Ctx *c, guint k, guint hi)
{
  for (guint w = k; w < hi && w < k + 16; w++)
    {
      const BylineToken *t = &c->toks[w];

      if (t->kind != BYLINE_TOKEN_WORD || (t->flags & BYLINE_TOKEN_CAP))
        continue;
      if ((t->cls & (BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)) || is_aux (c, w)
          || (byline_token_len (t) > 3 && c->text[t->end - 2] == 'e' && c->text[t->end - 1] == 'd'))
        return TRUE;
    }
  return FALSE;
}

/* Reported speech of four words or more in [first, end), said by sp with the
 * reporting verb at cue, in the sentence [lo, hi) */
/* whether @a and @b differ by at most one letter added, dropped or changed */
static gboolean
one_edit_apart (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize i = 0;

  if (la > lb)
    return one_edit_apart (b, a);
  if (lb - la > 1)
    return FALSE;
  while (i < la && a[i] == b[i])
    i++;
  if (la == lb)
    return i == la || strcmp (a + i + 1, b + i + 1) == 0;
  return strcmp (a + i, b + i + 1) == 0;
}

/* "said Mauer" of K.C. Maurer: a surname off by one letter, when only one person fits */
static const BylineEntity *
person_by_misspelt_surname (GPtrArray *entities, const char *word)
{
  const BylineEntity *found = NULL;

  if (strlen (word) < 5)
    return NULL;
  for (guint i = 0; i < entities->len; i++)
    {
      const BylineEntity *e = entities->pdata[i];
      const char *last;

      if (e->type != BYLINE_ENTITY_PERSON)
        continue;
      last = strrchr (e->name, ' ');
      last = last ? last + 1 : e->name;
      if (one_edit_apart (last, word))
        {
          if (found != NULL && found != e)
            return NULL;
          found = e;
        }
    }
  return found;
}

static gboolean
add_reported_full (Ctx *c, guint first, guint end, const Speaker *sp, guint cue, guint lo, guint hi,
                   gboolean need_verb)
{
  guint words = 0;
  BylineQuote *q;

  gboolean found_verb = FALSE;

  for (guint w = first; w < end; w++)
    {
      const BylineToken *t = &c->toks[w];
      if (is_word (c, w))
        words++;
      /* a clause, not a noun phrase: "noted the great attention to ..." is no report */
      if (t->kind == BYLINE_TOKEN_WORD && !(t->flags & BYLINE_TOKEN_CAP)
          && ((t->cls & (BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)) || is_aux (c, w)
              || (byline_token_len (t) > 3 && c->text[t->end - 2] == 'e' && c->text[t->end - 1] == 'd')))
        found_verb = TRUE;
    }
  /* "Greece wanted peace" is a clause of three words; "April 12, 2017" is none */
  if (words < 3 || (words == 3 && !found_verb) || (need_verb && !found_verb))
    return FALSE;
  q = quote_new (c, first, end, BYLINE_QUOTE_INDIRECT, sp, cue);
  find_via (c, q, lo, hi);
  g_ptr_array_add (c->quotes, q);
  remember (c, q, sp->country);
  return TRUE;
}

static gboolean
add_reported (Ctx *c, guint first, guint end, const Speaker *sp, guint cue, guint lo, guint hi)
{
  return add_reported_full (c, first, end, sp, cue, lo, hi, TRUE);
}

/* The source a headline names at its end, after " - " or ":": a name, or a
 * word for reports or media ("reports", "state media", "sources"). The
 * headline before it is what the source says. */
static gboolean
headline_source (Ctx *c, guint lo, guint hi, GPtrArray *entities)
{
  static const char *const words[] = { "report", "reports", "media", "sources", "source", "officials", "official",
                                       "agency", "agencies", "ministry", "spokesman", "spokeswoman", "spokesperson",
                                       "statement", NULL };
  guint sep = G_MAXUINT;
  Speaker sp = { 0 };
  gboolean named = FALSE, generic = FALSE, ok = TRUE;
  gboolean done;

  while (hi > lo && c->toks[hi - 1].kind == BYLINE_TOKEN_PUNCT && !(c->toks[hi - 1].flags & BYLINE_TOKEN_QUOTE))
    hi--;
  /* the separator: a colon, or a dash between spaces, within the last six tokens */
  for (guint k = hi; k > lo + 4 && k + 7 > hi; k--)
    if (is_char (c, k - 1, ':')
        || ((is_char (c, k - 1, '-') || is_char (c, k - 1, 0x2013) || is_char (c, k - 1, 0x2014))
            && (c->toks[k - 1].flags & BYLINE_TOKEN_SPACE) && k < hi && (c->toks[k].flags & BYLINE_TOKEN_SPACE)))
      {
        sep = k - 1;
        break;
      }
  if (sep == G_MAXUINT || sep + 1 >= hi || overlaps_marked (c, lo, hi))
    return FALSE;
  /* after it, names and words for sources only */
  for (guint k = sep + 1; k < hi && ok; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r != NULL && r->first_token == k && r->entity->type != BYLINE_ENTITY_DATE)
        {
          if (is_speaker_type (r->entity) && (!named || r->entity->type != BYLINE_ENTITY_PLACE))
            {
              speaker_set_entity (&sp, r->entity);
              named = TRUE;
            }
          k = r->end_token - 1;
          continue;
        }
      if (c->toks[k].kind != BYLINE_TOKEN_WORD && c->toks[k].kind != BYLINE_TOKEN_POSSESSIVE
          && !(c->toks[k].flags & BYLINE_TOKEN_DOTTED))
        ok = FALSE;
      else
        {
          gboolean word = FALSE;

          for (int w = 0; words[w]; w++)
            word = word || byline_token_is (c->text, &c->toks[k], words[w]);
          generic = generic || word;
          /* "U.S. State Dept": capitalised words the entity finder did not take */
          ok = word || (c->toks[k].flags & BYLINE_TOKEN_CAP) || c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE
               || (c->toks[k].cls & BYLINE_WORD_STOPWORD);
        }
    }
  /* capitalised words with no entity name a source only with a body's head
   * word or an abbreviation in them ("U.S. State Dept"), not "- Live", "- Analysis" */
  if (ok && !named && !generic)
    {
      gboolean body = FALSE;

      for (guint k = sep + 1; k < hi; k++)
        body = body || (c->toks[k].cls & BYLINE_WORD_ORG_HEAD) || (c->toks[k].flags & BYLINE_TOKEN_DOTTED)
               || (c->toks[k].flags & BYLINE_TOKEN_ALLCAPS);
      ok = body;
    }
  if (!ok || (!named && !generic && hi - sep > 4))
    {
      speaker_clear (&sp);
      return FALSE;
    }
  if (!named && !generic)
    {
      /* capitalised words with no entity: their text is the name */
      sp.name = span_text (c, sep + 1, hi);
      sp.found = TRUE;
    }
  else if (!named)
    sp.found = TRUE;  /* "reports": no one named */
  done = add_reported_full (c, lo, sep, &sp, G_MAXUINT, lo, hi, FALSE);
  speaker_clear (&sp);
  return done;
}

/* ", adding that CONTENT", ", stressing that CONTENT": a second report by the
 * speaker of the sentence's earlier quotation */
static void
participle_reports (Ctx *c, guint s)
{
  const BylineSentence *sent = sentence (c, s);
  guint lo = sent->first_token, hi = sent->end_token;

  for (guint v = lo + 2; v + 4 < hi; v++)
    {
      const BylineQuote *earlier = c->previous;
      Speaker sp = { 0 };
      guint k;
      gboolean that;

      /* ", adding that", or a second verb: "and emphasized that" */
      gboolean second = byline_token_is (c->text, &c->toks[v - 1], "and") && is_speech (c, v)
                        && byline_token_is (c->text, &c->toks[v + 1], "that");

      if (c->in_quote[v] || (!second && (!is_char (c, v - 1, ',') || !is_speech_participle (c, v))))
        continue;
      if (earlier == NULL || earlier->sentence != s || earlier->speaker_name == NULL || earlier->end > c->toks[v].start)
        return;
      k = skip_adjuncts (c, v + 1, hi);
      that = k < hi && byline_token_is (c->text, &c->toks[k], "that");
      if (that)
        k++;
      if (that && k + 1 < hi && is_char (c, k, ','))
        k++;
      if (k >= hi || !(clause_start (c, k) || (that && is_word (c, k))) || !(that || verb_soon (c, k, hi)))
        continue;
      sp.found = TRUE;
      sp.entity = earlier->speaker;
      sp.name = g_strdup (earlier->speaker_name);
      {
        guint end = content_end (c, k, hi);

        if (!overlaps_marked (c, k, end))
          add_reported (c, k, end, &sp, v, lo, hi);
      }
      speaker_clear (&sp);
    }
}

static void indirect_quotes_main (Ctx *c, guint s, GPtrArray *entities);

static void
indirect_quotes (Ctx *c, guint s, GPtrArray *entities)
{
  indirect_quotes_main (c, s, entities);
  participle_reports (c, s);
}

static void
indirect_quotes_main (Ctx *c, guint s, GPtrArray *entities)
{
    {
      const BylineSentence *sent = sentence (c, s);
      guint lo = sent->first_token, hi = sent->end_token;
      gboolean done = FALSE;

      /* a headline that names its source after a dash or a colon at its end:
       * "Ministers agree to resume talks - Foreign Ministry", "...: reports" */
      if (byline_document_is_header (c->doc, sent->start) && headline_source (c, lo, hi, entities))
        return;
      /* "OTTAWA (Reuters) - CONTENT, X said": the content starts after the dateline */
      while (lo < hi && byline_span_contains (&c->doc->wire, c->toks[lo].start))
        lo++;


      /* X said (that) CONTENT; and after it, another: "X said A, but Y said B" */
      for (guint v = lo; v < hi; v++)
        {
          Speaker sp = { 0 };
          guint k;

          guint plen = 0;

          if (c->in_quote[v])
            continue;
          /* "pointed out", "made clear": the phrase first, then a verb alone */
          plen = reporting_phrase (c, v);
          if (plen == 0 && !is_speech (c, v))
            continue;
          /* "have not said why", "never said": no report */
          if (v > lo && (byline_token_is (c->text, &c->toks[v - 1], "not")
                         || byline_token_is (c->text, &c->toks[v - 1], "never")
                         || byline_token_is (c->text, &c->toks[v - 1], "n't")))
            continue;
          /* "Y quoted X as saying that ...": X speaks, at "saying" */
          if ((byline_token_is (c->text, &c->toks[v], "quoted") || byline_token_is (c->text, &c->toks[v], "cited"))
              && as_saying_after (c, v, hi) != G_MAXUINT)
            continue;
          /* ", adding that ...": read after the sentence's first report */
          if (is_speech_participle (c, v) && v > lo && is_char (c, v - 1, ','))
            continue;
          if (!subject_of_cue (c, v, lo, v, entities, &sp))
            {
              speaker_clear (&sp);
              continue;
            }
          k = skip_adjuncts (c, v + MAX (plen, 1), hi);
          {
            gboolean that = k < hi && byline_token_is (c->text, &c->toks[k], "that");
            const char *conn = byline_lexicon_connotation (c->lex, c->text, &c->toks[v]);

            if (that)
              k++;
            /* "said that, as the parents came from abroad, they ...": the clause after the comma */
            if (that && k + 1 < hi && is_char (c, k, ','))
              k++;
            /* "thanked Yıldırım for ...", "praised the ties": verbs that take an
             * object report a clause only with "that" */
            if (!that && conn != NULL && (g_str_equal (conn, "positive") || g_str_equal (conn, "negative")))
              k = hi;
            /* "stressed the need for ...", "underlined the success of ...": an object,
             * unless "that" says a clause follows */
            if (!that && conn != NULL && !g_str_equal (conn, "neutral") && k < hi
                && (byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "a")
                    || byline_token_is (c->text, &c->toks[k], "an") || byline_token_is (c->text, &c->toks[k], "its")
                    || byline_token_is (c->text, &c->toks[k], "his") || byline_token_is (c->text, &c->toks[k], "her")
                    || byline_token_is (c->text, &c->toks[k], "their"))
                && !subject_then_aux (c, k, hi))
              k = hi;
            /* after "that" a clause may open with a phrase: "stated that during the
             * meeting he ..." */
            if (k < hi && (clause_start (c, k) || (that && is_word (c, k))) && (that || verb_soon (c, k, hi)))
              {
                guint end = content_end (c, k, hi);

                if (!overlaps_marked (c, k, end) && add_reported (c, k, end, &sp, v, lo, hi))
                  {
                    done = TRUE;
                    v = MAX (v, end);
                  }
              }
          }
          speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, said X, CONTENT. (the reporting clause set in the middle) */
      for (guint k = lo + 2; k + 6 < hi && !done; k++)
        {
          Speaker sp = { 0 };
          guint end_tok;

          if (!is_char (c, k, ',') || c->in_quote[k] || !is_speech (c, k + 1)
              || c->in_quote[k + 1])
            continue;
          /* a name the entity finder did not know, misspelt: "said Mauer," of K.C. Maurer */
          if (!speaker_at (c, k + 2, hi, entities, &sp, &end_tok) && is_word (c, k + 2)
              && (c->toks[k + 2].flags & BYLINE_TOKEN_CAP) && is_char (c, k + 3, ','))
            {
              g_autofree char *word = span_text (c, k + 2, k + 3);
              const BylineEntity *near = person_by_misspelt_surname (entities, word);

              speaker_clear (&sp);
              if (near != NULL)
                speaker_set_entity (&sp, near);
              end_tok = k + 3;
            }
          if (sp.found && end_tok + 4 < hi && is_char (c, end_tok, ',')
              && !overlaps_marked (c, lo, hi) && k - lo <= 8)
            done = add_reported (c, lo, content_end (c, end_tok + 1, hi), &sp, k + 1, lo, hi);
          speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, said X. (the verb before its subject, at the sentence's end) */
      for (guint k = MAX (lo + 4, hi > CLAUSE_WINDOW ? hi - CLAUSE_WINDOW : 0); k + 2 < hi && !done; k++)
        {
          Speaker sp = { 0 };
          guint end_tok;

          if (!is_char (c, k, ',') || c->in_quote[k] || !is_speech (c, k + 1) || c->in_quote[k + 1])
            continue;
          if (!speaker_at (c, k + 2, hi, entities, &sp, &end_tok))
            {
              speaker_clear (&sp);
              continue;
            }
          /* "said Labor Secretary Ana Ruiz": the person after the body and title */
          if (sp.entity != NULL && sp.entity->type != BYLINE_ENTITY_PERSON)
            for (guint j = end_tok; j < hi && j < end_tok + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
                if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
                  {
                    speaker_set_entity (&sp, r->entity);
                    end_tok = r->end_token;
                    break;
                  }
              }
          if (ends_reporting_clause (c, skip_adjuncts (c, end_tok, hi), hi) && !overlaps_marked (c, lo, k)
              && k - lo < 4 * CLAUSE_WINDOW)
            done = add_reported (c, lo, k, &sp, k + 1, lo, hi);
          speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, X said. (the reporting clause ends the sentence) */
      for (guint k = MAX (lo + 4, hi > CLAUSE_WINDOW ? hi - CLAUSE_WINDOW : 0); k + 2 < hi && !done; k++)
        {
          Speaker sp = { 0 };
          guint end_tok, v;

          if (!is_char (c, k, ',') || c->in_quote[k])
            continue;
          /* ", the Norwegian Foreign Ministry said": over "the" and a nationality */
          {
            guint who = k + 1;
            gboolean ok = speaker_at (c, who, hi, entities, &sp, &end_tok);

            while (!ok && who < k + 3 && who + 1 < hi
                   && (byline_token_is (c->text, &c->toks[who], "the")
                       || (byline_mentions_at (c->mentions, who)
                           && byline_mentions_at (c->mentions, who)->entity->type == BYLINE_ENTITY_NORP)))
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, who);
                who = r ? r->end_token : who + 1;
                ok = speaker_at (c, who, hi, entities, &sp, &end_tok);
              }
            if (!ok)
              {
                speaker_clear (&sp);
                continue;
              }
          }
          v = end_tok;
          if (v < hi && byline_token_is (c->text, &c->toks[v], "also"))
            v++;
          if (v < hi && is_speech (c, v) && ends_reporting_clause (c, skip_adjuncts (c, v + 1, hi), hi)
              && k - lo < 4 * CLAUSE_WINDOW && !overlaps_marked (c, lo, k))
            done = add_reported (c, lo, k, &sp, v, lo, hi);
          speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, according to PERSON or BODY. (an outlet or "officials" as the
       * source makes a claim, not a quotation) */
      for (guint k = lo + 4; k + 3 < hi; k++)
        if (is_char (c, k, ',') && byline_token_is (c->text, &c->toks[k + 1], "according")
            && byline_token_is (c->text, &c->toks[k + 2], "to") && !overlaps_marked (c, lo, k))
          {
            Speaker sp = { 0 };
            guint cue;

            if (according_to (c, k + 1, hi, entities, &sp, &cue) && sp.entity != NULL
                && (sp.entity->type == BYLINE_ENTITY_PERSON
                    || (sp.entity->type == BYLINE_ENTITY_ORG
                        && (sp.entity->lex == NULL || sp.entity->lex->kind != BYLINE_LEX_OUTLET)))
                && verb_soon (c, lo, k))
              done = add_reported (c, lo, k, &sp, cue, lo, hi);
            speaker_clear (&sp);
            break;
          }
      if (done)
        return;

      /* According to X, CONTENT. */
      if (hi - lo > 6 && byline_token_is (c->text, &c->toks[lo], "according")
          && byline_token_is (c->text, &c->toks[lo + 1], "to"))
        {
          Speaker sp = { 0 };
          guint cue;

          if (according_to (c, lo, hi, entities, &sp, &cue))
            {
              guint k = lo + 2;
              while (k < hi && !is_char (c, k, ','))
                k++;
              k++;
              /* over the name in apposition: "According to the coach, Ali Rahimi, ..." */
              if (k < hi && sp.entity != NULL && byline_mentions_at (c->mentions, k) != NULL
                  && byline_mentions_at (c->mentions, k)->entity == sp.entity
                  && is_char (c, byline_mentions_at (c->mentions, k)->end_token, ','))
                k = byline_mentions_at (c->mentions, k)->end_token + 1;
              /* "According to X, the team's participation shows progress": the
               * frame says it is a report, whatever the verb */
              if (k + 3 < hi && !overlaps_marked (c, k, hi))
                {
                  guint end = content_end (c, k, hi);
                  add_reported_full (c, k, end, &sp, cue, lo, hi, sp.entity == NULL || end - k < 6);
                }
            }
          speaker_clear (&sp);
        }
    }
}

/* Transcripts: a paragraph opening with its speaker's name in capitals and a
 * colon, "SMITH: Well, look, ..."; the token of the colon, or G_MAXUINT. A
 * place in capitals is a dateline ("LONDON: ..."), not a speaker. */
static guint
transcript_label (const Ctx *c, guint i)
{
  guint k = i;
  const BylineMentionRef *r;

  while (k < c->n && k < i + 3 && c->toks[k].kind == BYLINE_TOKEN_WORD && (c->toks[k].flags & BYLINE_TOKEN_ALLCAPS))
    k++;
  if (k == i || k + 1 >= c->n || !is_char (c, k, ':') || (c->toks[k + 1].flags & BYLINE_TOKEN_PARA)
      || byline_span_contains (&c->doc->wire, c->toks[i].start) || byline_document_is_header (c->doc, c->toks[i].start))
    return G_MAXUINT;
  r = byline_mentions_at (c->mentions, i);
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_DATE))
    return G_MAXUINT;
  return k;
}

static char *
label_key (const Ctx *c, guint i, guint colon)
{
  g_autofree char *label = span_text (c, i, colon);
  return g_utf8_strdown (label, -1);
}

/* How many paragraphs open with each label: a transcript names its speakers again and again */
static GHashTable *
count_transcript_labels (const Ctx *c)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < c->n; i++)
    if (i == 0 || (c->toks[i].flags & BYLINE_TOKEN_PARA))
      {
        guint colon = transcript_label (c, i);

        if (colon != G_MAXUINT)
          {
            char *key = label_key (c, i, colon);
            guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
            g_hash_table_replace (counts, key, GUINT_TO_POINTER (n + 1));
          }
      }
  return counts;
}

/* The paragraph at sentence @s as a transcript's line: all of it said by the
 * person its label names (a person of that surname in the article, else the
 * label itself when it opens other paragraphs too) */
static gboolean
transcript_line (Ctx *c, guint s, GPtrArray *entities)
{
  const BylineSentence *sent = sentence (c, s);
  guint i = sent->first_token;
  guint colon, end;
  g_autofree char *key = NULL;
  Speaker sp = { 0 };
  BylineQuote *q;

  if (i >= c->n || (i > 0 && !(c->toks[i].flags & BYLINE_TOKEN_PARA)))
    return FALSE;
  colon = transcript_label (c, i);
  if (colon == G_MAXUINT)
    return FALSE;
  key = label_key (c, colon - 1, colon);  /* the surname: the label's last word */
  for (guint e = 0; e < entities->len && !sp.found; e++)
    {
      const BylineEntity *ent = entities->pdata[e];
      const char *last;
      g_autofree char *folded = NULL;

      if (ent->type != BYLINE_ENTITY_PERSON)
        continue;
      last = strrchr (ent->name, ' ');
      folded = g_utf8_strdown (last != NULL ? last + 1 : ent->name, -1);
      if (g_str_equal (folded, key))
        speaker_set_entity (&sp, ent);
    }
  if (!sp.found)
    {
      g_autofree char *whole = label_key (c, i, colon);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (c->labels, whole)) < 2)
        return FALSE;
      /* "SMITH" shown as "Smith" */
      sp.name = g_strdup (whole);
      for (char *p = sp.name; *p != '\0'; p = g_utf8_next_char (p))
        if (p == sp.name || p[-1] == ' ')
          *p = g_ascii_toupper (*p);
      sp.found = TRUE;
    }
  for (end = colon + 1; end < c->n && !(c->toks[end].flags & BYLINE_TOKEN_PARA); end++)
    c->in_quote[end] = 1;
  c->line_start = i;
  c->line_end = end;
  q = quote_new (c, colon + 1, end, BYLINE_QUOTE_DIRECT, &sp, G_MAXUINT);
  g_ptr_array_add (c->quotes, q);
  remember (c, q, NULL);
  speaker_clear (&sp);
  return TRUE;
}

static int
compare_quotes (gconstpointer a, gconstpointer b)
{
  const BylineQuote *x = *(BylineQuote **) a, *y = *(BylineQuote **) b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* @later opens the paragraph after the one where @q ends, with nothing but
 * @q's own words between */
static gboolean
paragraph_follows (const Ctx *c, const BylineQuote *q, const BylineQuote *later)
{
  const char *between = c->text + q->end;
  const char *stop = c->text + later->start;
  guint breaks = 0;

  for (const char *p = between; p < stop; p++)
    {
      if (*p == '\n')
        breaks++;
      else if (!g_ascii_isspace (*p) && !strchr ("\"'", *p) && (guchar) *p < 0x80)
        return FALSE;
    }
  return breaks >= 1 && breaks <= 3;
}

/**
 * byline_quotes_find:
 * @mentions: the entities' mentions in text order (byline_entities_mention_index ())
 *
 * Finds quotations (direct and partial, inside quote marks of every kind) and
 * reported speech, each with its speaker, reporting verb and the outlet it
 * came through. Total: any document gives a list, maybe empty.
 *
 * Returns: (transfer full) (element-type BylineQuote): the quotes in text order
 */
GPtrArray *
byline_quotes_find (const BylineDocument *doc,
                    GPtrArray            *entities,
                    GArray               *mentions,
                    GArray               *clauses)
{
  Ctx c = {
    doc, byline_lexicon_get (), doc->text->data, (const BylineToken *) doc->tokens->data,
    doc->tokens->len, mentions, g_ptr_array_new_with_free_func ((GDestroyNotify) byline_quote_free),
    NULL, NULL, 0, NULL, 0, NULL,
  };

  if (c.n == 0)
    return c.quotes;
  if (clauses != NULL && clauses->len == doc->sentences->len)
    c.clauses = clauses;
  c.in_quote = g_malloc0 (c.n + 1);
  {
    g_autoptr (GArray) spans = pair_marks (&c);
    guint next = 0;

    for (guint k = 0; k < spans->len; k++)
      {
        const MarkSpan *m = &g_array_index (spans, MarkSpan, k);

        /* a title in marks ("a robot named "Better Idea"") is part of the writer's sentence */
        if (m->closed && m->close > m->open + 1 && is_title (&c, m->open + 1, m->close))
          continue;
        for (guint t = m->open + 1; t < m->close && t < c.n; t++)
          c.in_quote[t] = 1;
      }
    c.labels = count_transcript_labels (&c);
    /* sentence by sentence, so that "he said" knows who spoke before */
    for (guint s = 0; s < doc->sentences->len; s++)
      {
        const BylineSentence *sent = sentence (&c, s);

        transcript_line (&c, s, entities);
        while (next < spans->len && g_array_index (spans, MarkSpan, next).open < sent->end_token)
          {
            const MarkSpan *m = &g_array_index (spans, MarkSpan, next++);

            /* a quotation inside a transcript's line is part of the line */
            if (m->open < c.line_start || m->open >= c.line_end)
              marked_quote (&c, m, entities);
          }
        indirect_quotes (&c, s, entities);
      }
    while (next < spans->len)
      marked_quote (&c, &g_array_index (spans, MarkSpan, next++), entities);
  }
  g_ptr_array_sort (c.quotes, compare_quotes);
  /* "According to a report from Itar-Tass, Mironov said that "..." and "..."": the
   * outlet that carried his words in the sentence is not the speaker of the rest */
  for (guint k = 1; k < c.quotes->len; k++)
    {
      const BylineQuote *earlier = c.quotes->pdata[k - 1];
      BylineQuote *q = c.quotes->pdata[k];

      if (earlier->sentence == q->sentence && earlier->via != NULL && q->speaker == earlier->via
          && earlier->speaker != NULL)
        {
          q->speaker = earlier->speaker;
          g_free (q->speaker_name);
          q->speaker_name = g_strdup (earlier->speaker_name);
          q->via = earlier->via;
        }
    }
  /* a headline's "'many issues'" quoted again in the body with its speaker */
  for (guint k = 0; k < c.quotes->len; k++)
    {
      BylineQuote *q = c.quotes->pdata[k];
      gsize len = q->end - q->start;

      if (q->speaker_name != NULL || len < 4 || !byline_document_is_header (c.doc, q->start))
        continue;
      for (guint j = k + 1; j < c.quotes->len; j++)
        {
          const BylineQuote *again = c.quotes->pdata[j];

          if (again->speaker_name != NULL && again->end - again->start == len
              && memcmp (c.text + again->start, c.text + q->start, len) == 0)
            {
              q->speaker = again->speaker;
              q->speaker_name = g_strdup (again->speaker_name);
              break;
            }
        }
    }
  /* a quotation over several paragraphs is attributed at its end: "...," Kaifu said.
   * Its earlier paragraphs take that speaker */
  for (guint k = c.quotes->len; k > 1; k--)
    {
      BylineQuote *later = c.quotes->pdata[k - 1];
      BylineQuote *q = c.quotes->pdata[k - 2];

      if (q->speaker_name == NULL && later->speaker_name != NULL && q->kind == BYLINE_QUOTE_DIRECT
          && later->kind == BYLINE_QUOTE_DIRECT && paragraph_follows (&c, q, later))
        {
          q->speaker = later->speaker;
          q->speaker_name = g_strdup (later->speaker_name);
        }
    }
  g_free (c.in_quote);
  g_free (c.next_according);
  g_clear_pointer (&c.labels, g_hash_table_unref);
  return c.quotes;
}
