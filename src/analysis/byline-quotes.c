/* byline-quotes.c: who said what: quotations in marks, reported speech,
 * their speakers and the outlets that carried them
 *
 * byline_quotes_find() pairs the quote marks of the whole text first
 * (straight, curly, single inside double, „low", «guillemets»; a quotation
 * left open at a paragraph's end goes on in the next), then reads the
 * article sentence by sentence, so that "he said" knows who spoke before:
 * a transcript's line (byline-quotes-reported.c), the marked quotations
 * that open in the sentence, each with the reporting verb nearest to it and
 * its subject (byline-quotes-speaker.c), then the reported speech without
 * marks (byline-quotes-reported.c). After the pass, quotes are sorted and
 * a few attributions carried over: the speaker behind an outlet in the same
 * sentence, a headline's words quoted again in the body, a quotation over
 * several paragraphs attributed at its end. A quotation with no reporting
 * verb may be named by the sentence after it (""..." So said X", "That was
 * X", "The words were those of X", ""...," was how X put it"). Inside a
 * report, a fragment after "described ... as" is the describer's; in a
 * transcript's line, a report of someone else named there is theirs too;
 * a quotation standing alone goes on from where the one before ended, in
 * the same paragraph.
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
#include "byline-quotes-private.h"
#include "byline-scan-private.h"

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

const char *const _byline_quotes_prepositions[] = {
  "in", "at", "to", "from", "with", "of", "for", "on", "by", "about", "near", "into", "after",
  "before", "during", "between", "among", "against", "over", "across", "toward", "towards",
  "aboard", "outside", "inside", "amid", "within", "around", "throughout", "beyond", "behind", "under", "upon", "via",
  "visiting", "met", "meet", "meeting", "and", "than", NULL,
};

/* "in Pyongyang", "with Tan Sri Mokhzani": a name governed by a preposition
 * is not the subject of the clause */
gboolean
_byline_quotes_governed (const Ctx *c, guint first)
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
  for (int w = 0; _byline_quotes_prepositions[w]; w++)
    if (byline_token_is (c->text, &c->toks[k - 1], _byline_quotes_prepositions[w]))
      /* ("During the meeting X briefed ...": "the meeting" is a noun, not "meeting X") */
      return !(k >= 2 && byline_token_is (c->text, &c->toks[k - 1], "meeting")
               && (byline_token_is (c->text, &c->toks[k - 2], "the") || byline_token_is (c->text, &c->toks[k - 2], "that")
                   || byline_token_is (c->text, &c->toks[k - 2], "this")));
  /* the object of a verb: "met her counterpart", "thanked Yıldırım" */
  return c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
         && k >= 2 && byline_token_len (&c->toks[k - 1]) > 3 && c->text[byline_token_end (&c->toks[k - 1]) - 1] == 'd'
         && c->text[byline_token_end (&c->toks[k - 1]) - 2] == 'e';
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

/* The reporting verb nearest to a quote in its sentence */
static gboolean
find_cue (Ctx *c, guint from, guint to, gboolean forward, guint *cue)
{
  if (forward)
    {
      for (guint k = from; k < to && k < from + CUE_WINDOW; k++)
        {
          if (in_quote (c, k))
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
          if (in_quote (c, k - 1))
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

/* "A: ... Vice Minister X made clear that CONTENT.": in a transcript's line,
 * all of it the speaker's, a report of someone else named is theirs too; read
 * with the line's marks lifted, kept only for a named speaker not the line's,
 * and forgotten after (the line's speaker goes on) */
static void
line_reports (Ctx *c, guint s, GPtrArray *entities)
{
  const BylineSentence *sent = sentence (c, s);
  const BylineQuote *line = c->quotes->pdata[c->quotes->len - 1];
  const BylineQuote *previous = c->previous;
  const BylineEntity *last_speaker = c->last_speaker, *last_person = c->last_person;
  guint last_speaker_sentence = c->last_speaker_sentence, last_person_sentence = c->last_person_sentence;
  const char *country = c->last_speaker_country;
  guint before = c->quotes->len;

  for (guint t = sent->first_token; t < sent->end_token; t++)
    c->in_quote[t / 64] &= ~(G_GUINT64_CONSTANT (1) << (t % 64));
  _byline_quotes_indirect_quotes (c, s, entities);
  for (guint t = sent->first_token; t < sent->end_token; t++)
    c->in_quote[t / 64] |= G_GUINT64_CONSTANT (1) << (t % 64);
  for (guint k = c->quotes->len; k > before; k--)
    {
      const BylineQuote *q = c->quotes->pdata[k - 1];
      gboolean named = FALSE, cognition = FALSE;

      /* (named in the sentence before its report, by a verb of saying, not of
       * knowing: "I expect we'll ...", "families know how ...") */
      for (guint t = sent->first_token; q->speaker != NULL && t < q->first_token; t++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, t);

          named = named || (r != NULL && r->entity == q->speaker);
          if (c->toks[t].start == q->cue.start && q->cue.end != 0)
            cognition = has (c, t, BYLINE_WORD_COGNITION);
        }
      if (q->speaker == NULL || q->speaker == line->speaker || q->kind != BYLINE_QUOTE_INDIRECT || !named || cognition
          || (q->speaker->type != BYLINE_ENTITY_PERSON && q->speaker->type != BYLINE_ENTITY_ORG))
        g_ptr_array_remove_index (c->quotes, k - 1);
    }
  c->previous = previous;
  c->last_speaker = last_speaker;
  c->last_person = last_person;
  c->last_speaker_sentence = last_speaker_sentence;
  c->last_person_sentence = last_person_sentence;
  c->last_speaker_country = country;
}

/* no paragraph break in [from, to] (a few tokens: two sentences at most) */
static gboolean
same_paragraph (const Ctx *c, guint from, guint to)
{
  for (guint k = from; k <= to && k < c->n; k++)
    if (c->toks[k].flags & BYLINE_TOKEN_PARA)
      return FALSE;
  return TRUE;
}

BylineQuote *
_byline_quotes_quote_new (Ctx *c, guint first, guint end, BylineQuoteKind kind, const Speaker *sp, guint cue)
{
  BylineQuote *q = g_new0 (BylineQuote, 1);

  q->first_token = first;
  q->end_token = end;
  q->start = c->toks[first].start;
  q->end = byline_token_end (&c->toks[end - 1]);
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
      q->cue.end = byline_token_end (&c->toks[cue]);
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
            && ((c->toks[k].flags & BYLINE_TOKEN_CAP) || !(byline_token_cls (&c->toks[k]) & BYLINE_WORD_STOPWORD)))
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

/* "would make that call", "wants to comment", "the report": a word of speech as
 * a noun after a determiner or a verb's bare form after a modal or "to", no
 * report of the sentence's subject before a fragment that a later "she said"
 * gives its speaker */
static gboolean
bare_or_noun_cue (const Ctx *c, guint cue)
{
  static const char *const words[] = { "would", "will", "could", "should", "might", "must", "can", "may", "to",
                                       "that", "the", "a", "an", "this", "his", "her", "their", "its", NULL };

  if (cue == 0 || c->toks[cue - 1].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  for (int w = 0; words[w] != NULL; w++)
    if (byline_token_is (c->text, &c->toks[cue - 1], words[w]))
      return TRUE;
  return FALSE;
}

/* The quote of the words inside the marks of @m, or NULL */
static BylineQuote *
quote_in_span (const Ctx *c, const MarkSpan *m)
{
  for (guint k = 0; k < c->quotes->len; k++)
    {
      BylineQuote *q = c->quotes->pdata[k];

      if (q->first_token > m->open && q->first_token < m->close)
        return q;
    }
  return NULL;
}

/* A quotation over paragraphs, each opening with a mark, whose last part names
 * its speaker ("... integrity. / "At the same time, ...," the Polish president
 * said): the parts before, with no reporting verb of their own, are that
 * speaker's, not the one who spoke before them */
static void
continued_speakers (Ctx *c, GArray *spans)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const MarkSpan *m = &g_array_index (spans, MarkSpan, i);
      guint last = i;
      BylineQuote *tail;

      if (!m->continued || m->continuation)
        continue;
      while (last + 1 < spans->len && g_array_index (spans, MarkSpan, last).continued
             && g_array_index (spans, MarkSpan, last + 1).continuation)
        last++;
      if (last == i || (tail = quote_in_span (c, &g_array_index (spans, MarkSpan, last))) == NULL
          || tail->cue.end == 0 || tail->speaker_name == NULL)
        continue;
      for (guint j = i; j < last; j++)
        {
          BylineQuote *q = quote_in_span (c, &g_array_index (spans, MarkSpan, j));

          if (q == NULL || q->cue.end != 0 || q == tail)
            continue;
          q->speaker = tail->speaker;
          g_free (q->speaker_name);
          q->speaker_name = g_strdup (tail->speaker_name);
        }
      i = last;
    }
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
      if (words == 0)
        return;
      /* ("...," he said. "Even Buckhead.": a sentence of a few words after a
       * quotation, not a title) */
      gboolean short_sentence = previous != NULL && words <= 3 && end > first
                                && (is_char (c, end - 1, '.') || is_char (c, end - 1, '!') || is_char (c, end - 1, '?'))
                                && sentence (c, sentence_of (c, m->open))->first_token == m->open
                                && previous->sentence + 1 == sentence_of (c, m->open) && previous->kind == BYLINE_QUOTE_DIRECT;

      /* ('"Enough," wrote the novelist': words with their comma, then the verb) */
      gboolean then_said = end > first && is_char (c, end - 1, ',') && m->closed && m->close + 2 < c->n
                           && sentence (c, sentence_of (c, m->open))->first_token == m->open
                           && (is_speech (c, m->close + 1) || is_speech (c, m->close + 2));

      if (is_title (c, first, end) && !then_said
          && !(previous != NULL && end > first && (is_char (c, end - 1, '.') || is_char (c, end - 1, '!') || is_char (c, end - 1, '?'))
               && sentence (c, sentence_of (c, m->open))->first_token == m->open
               && previous->sentence + 1 == sentence_of (c, m->open) && previous->kind == BYLINE_QUOTE_DIRECT))
        return;
      /* "the so-called "sanctuary" bill": the writer's label, no one's words */
      if (m->open > 0 && c->toks[m->open - 1].kind == BYLINE_TOKEN_WORD
          && (byline_token_is (c->text, &c->toks[m->open - 1], "so-called")
              || (m->open > 2 && byline_token_is (c->text, &c->toks[m->open - 1], "called")
                  && is_char (c, m->open - 2, '-') && byline_token_is (c->text, &c->toks[m->open - 3], "so"))))
        {
          if (c->so_called == NULL)
            c->so_called = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (c->so_called, _byline_quotes_span_text (c, first, end));
          return;
        }

      s_open = sentence_of (c, m->open);
      s_close = sentence_of (c, end > first ? end - 1 : first);
      so = sentence (c, s_open);
      sc = sentence (c, s_close);
      /* a quoted sentence: it starts its sentence (or follows a colon or a
       * reporting verb) with a capital and holds a few words */
      at_start = so->first_token == m->open || (m->open > 0 && (is_char (c, m->open - 1, ':')
                                                                || is_speech (c, m->open - 1)
                                                                || (is_char (c, m->open - 1, ',') && m->open > 1
                                                                    && is_speech (c, m->open - 2))
                                                                /* after a dateline: "HALDEN — "..."" */
                                                                || (m->open > 1 && c->toks[m->open - 1].kind == BYLINE_TOKEN_PUNCT
                                                                    && (c->toks[m->open - 2].flags & BYLINE_TOKEN_ALLCAPS)
                                                                    && (is_char (c, m->open - 1, '-') || is_char (c, m->open - 1, 0x2014)))));
      /* (two words are a sentence too after a colon or opening the sentence: "We'll
       * see.") */
      direct = at_start
               && (words >= 3
                   || (words == 2 && (so->first_token == m->open || (m->open > 0 && is_char (c, m->open - 1, ':')))))
               && (g_unichar_isupper (first_char (c, first)) || c->toks[first].kind == BYLINE_TOKEN_NUMBER)
               && (c->toks[end - 1].kind == BYLINE_TOKEN_PUNCT
                   || (m->closed && (m->close + 1 >= c->n || c->toks[m->close + 1].kind == BYLINE_TOKEN_PUNCT
                                     || (c->toks[m->close + 1].flags & BYLINE_TOKEN_NEWLINE))));
      if (m->continuation || short_sentence)
        direct = TRUE;

      /* "X said that he had later described the deal to a colleague as "..."":
       * inside a report, the words are the describer's, not the reporter's */
      if (!direct && m->open > so->first_token + 4 && byline_token_is (c->text, &c->toks[m->open - 1], "as"))
        for (guint v = m->open - 2; v > so->first_token + 1 && v + 10 > m->open; v--)
          {
            guint subj = v - 1;
            gboolean reported = FALSE;
            guint e;

            if (in_quote (c, v) || c->toks[v].kind != BYLINE_TOKEN_WORD)
              break;
            if (!(byline_token_is (c->text, &c->toks[v], "described") || byline_token_is (c->text, &c->toks[v], "characterized")
                  || byline_token_is (c->text, &c->toks[v], "characterised") || byline_token_is (c->text, &c->toks[v], "portrayed")))
              continue;
            while (subj > so->first_token && (_byline_quotes_is_aux (c, subj) || byline_token_is (c->text, &c->toks[subj], "later")
                                              || byline_token_is (c->text, &c->toks[subj], "once")
                                              || byline_token_is (c->text, &c->toks[subj], "also")))
              subj--;
            for (guint k = so->first_token; k < subj && !reported; k++)
              reported = !in_quote (c, k) && is_speech (c, k);
            if (reported && (is_pronoun_person (c, subj) || byline_mentions_at (c->mentions, subj) != NULL))
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, subj);
                guint from = r != NULL && r->entity->type == BYLINE_ENTITY_PERSON ? r->first_token : subj;

                if ((r == NULL || r->entity->type == BYLINE_ENTITY_PERSON)
                    && !_byline_quotes_speaker_at (c, from, v, entities, &sp, &e))
                  _byline_quotes_speaker_clear (&sp);
              }
            break;
          }
      /* "Mehdi Sanaei "praised the high level..."": the person just before; but
       * not in a reported clause ("Berg said Celik "was in a good mood""), nor
       * when the words go on in the first person of someone quoted before ("Pak
       * "talked about ... I don't want to go into details."") */
      if (!direct && m->open > so->first_token)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, m->open - 1);
          gboolean reported = FALSE, first_person = FALSE;

          for (guint k = so->first_token; r != NULL && k < r->first_token && !reported; k++)
            if (!in_quote (c, k) && is_speech (c, k))
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
            _byline_quotes_speaker_set_entity (&sp, r->entity);
        }
      /* "X, for his part, called Indonesia "one of our most important" partners",
       * "X described the talks as "...", "termed it "..."": the one who calls it so,
       * not the thing named between */
      if (!sp.found && !direct && m->open > so->first_token + 2)
        for (guint v = m->open - 1; v > so->first_token && v + 8 > m->open; v--)
          {
            if (in_quote (c, v) || is_char (c, v, '.') || is_char (c, v, ';'))
              break;
            if (c->toks[v].kind != BYLINE_TOKEN_WORD
                || !(byline_token_is (c->text, &c->toks[v], "called") || byline_token_is (c->text, &c->toks[v], "calling")
                     || byline_token_is (c->text, &c->toks[v], "termed") || byline_token_is (c->text, &c->toks[v], "dubbed")
                     || byline_token_is (c->text, &c->toks[v], "labelled") || byline_token_is (c->text, &c->toks[v], "labeled")
                     || byline_token_is (c->text, &c->toks[v], "branded")))
              continue;
            /* (not "a deal called "X"", "a group calling itself "...": a name) */
            if (v + 1 == m->open || byline_token_is (c->text, &c->toks[v + 1], "itself")
                || byline_token_is (c->text, &c->toks[v + 1], "themselves"))
              break;
            _byline_quotes_subject_of_cue (c, v, so->first_token, v, entities, &sp);
            if (sp.found && (sp.entity == NULL || sp.entity->type != BYLINE_ENTITY_PERSON))
              _byline_quotes_speaker_clear (&sp);
            else if (sp.found)
              cue = v;
            break;
          }
      /* "According to X, the two sides agreed to meet in \"the coming weeks\"": the
       * sentence is X's report, whatever verb it holds */
      if (!sp.found && so->first_token + 2 < m->open && byline_token_is (c->text, &c->toks[so->first_token], "according")
          && byline_token_is (c->text, &c->toks[so->first_token + 1], "to"))
        {
          Speaker acc = { 0 };
          guint acue;

          /* not an outlet: "According to Itar-Tass, X said ..." is X's */
          if (_byline_quotes_according_to (c, so->first_token, m->open, entities, &acc, &acue) && acc.entity != NULL
              && (acc.entity->lex == NULL || acc.entity->lex->kind != BYLINE_LEX_OUTLET))
            {
              /* but "According to a ministry statement, X affirmed that Egypt "..."": the
               * one whose report the source relays */
              for (guint k = so->first_token + 3; k + 1 < m->open && !sp.found; k++)
                if (byline_token_is (c->text, &c->toks[k + 1], "that") && is_speech (c, k) && !in_quote (c, k))
                  {
                    _byline_quotes_subject_of_cue (c, k, so->first_token + 2, k, entities, &sp);
                    if (sp.found && sp.entity != acc.entity && sp.entity != NULL)
                      cue = k;
                    else
                      _byline_quotes_speaker_clear (&sp);
                  }
              if (!sp.found)
                {
                  sp = acc;
                  cue = acue;
                }
              else
                _byline_quotes_speaker_clear (&acc);
            }
          else
            _byline_quotes_speaker_clear (&acc);
        }
      /* "...agreed to hold a summit "as soon as possible," according to
       * spokesman X": the person named right after the closing mark, before any
       * verb of the sentence */
      if (!sp.found && m->closed && m->close + 3 < sc->end_token)
        {
          guint a = m->close + 1 + is_char (c, m->close + 1, ',');
          Speaker acc = { 0 };
          guint acue;

          /* (a person: an outlet after it relays the words of the sentence's subject) */
          if (byline_token_is (c->text, &c->toks[a], "according") && byline_token_is (c->text, &c->toks[a + 1], "to")
              && _byline_quotes_according_to (c, a, sc->end_token, entities, &acc, &acue) && acc.entity != NULL
              && acc.entity->type == BYLINE_ENTITY_PERSON)
            {
              sp = acc;
              cue = acue;
            }
          else
            _byline_quotes_speaker_clear (&acc);
        }
      /* the reporting verb after the closing mark or before the opening one,
       * the nearer first */
      if (!sp.found)
        {
          guint after = G_MAXUINT, before = G_MAXUINT;
          gboolean has_after = m->closed && find_cue (c, m->close + 1, sc->end_token, TRUE, &after);
          gboolean has_before = find_cue (c, m->open, so->first_token, FALSE, &before);

          /* a fragment inside a report ("X warned that delays had reached "..."", one
           * of the people said): X's words, which the source after it relays */
          if (has_after && (!has_before || after - m->close <= m->open - before || after - m->close <= 4)
              && !(!direct && has_before && m->open > so->first_token && !is_char (c, m->open - 1, ',')
                   && !bare_or_noun_cue (c, before)))
            {
              cue = after;
              _byline_quotes_subject_of_cue (c, cue, m->close + 1, sc->end_token, entities, &sp);
            }
          if (!sp.found && has_before)
            {
              cue = before;
              _byline_quotes_subject_of_cue (c, cue, so->first_token, m->open, entities, &sp);
            }
          if (!sp.found && has_after && cue != after)
            {
              cue = after;
              _byline_quotes_subject_of_cue (c, cue, m->close + 1, sc->end_token, entities, &sp);
            }
        }
      if (!sp.found)
        {
          Speaker acc = { 0 };
          guint acue;
          guint lo = so->first_token;
          guint hi = m->closed ? sc->end_token : so->end_token;

          if (_byline_quotes_according_to (c, lo, hi, entities, &acc, &acue))
            {
              sp = acc;
              cue = acue;
            }
        }
      /* "as one strategist put it, "..."": the one between "as" and "put it" */
      if (!sp.found && m->open > so->first_token + 3)
        {
          guint k = m->open;

          if (is_char (c, k - 1, ','))
            k--;
          if (k > so->first_token + 3 && byline_token_is (c->text, &c->toks[k - 1], "it")
              && (byline_token_is (c->text, &c->toks[k - 2], "put") || byline_token_is (c->text, &c->toks[k - 2], "puts")))
            for (guint a = k - 2; a > so->first_token && a + 10 > k; a--)
              if (byline_token_is (c->text, &c->toks[a - 1], "as"))
                {
                  guint end_tok;

                  if (_byline_quotes_speaker_at (c, a, k - 2, entities, &sp, &end_tok) && end_tok == k - 2)
                    cue = k - 2;
                  else
                    _byline_quotes_speaker_clear (&sp);
                  break;
                }
        }
      /* "The organiser, X, was blunt: "..."": a quotation after a colon is the
       * words of the sentence's subject, or of the first person it names */
      if (!sp.found && direct && m->open > so->first_token + 1 && is_char (c, m->open - 1, ':'))
        {
          const BylineEntity *who = NULL;

          if (c->clauses != NULL && s_open < c->clauses->len
              && g_array_index (c->clauses, BylineClause, s_open).main_start < m->open)
            who = g_array_index (c->clauses, BylineClause, s_open).subject;
          for (guint k = so->first_token; who == NULL && k + 1 < m->open; k++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

              if (r == NULL || r->first_token != k || in_quote (c, k))
                continue;
              if (r->entity->type == BYLINE_ENTITY_PERSON && !_byline_quotes_governed (c, k))
                who = r->entity;
              k = r->end_token - 1;
            }
          if (who != NULL)
            _byline_quotes_speaker_set_entity (&sp, who);
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
                      _byline_quotes_speaker_set_entity (&sp, r->entity);
                      cue = k - 2;
                      break;
                    }
                }
              break;
            }
      /* the speaker named in the sentence after the quotation: ""...." So said
       * X", "That was X, speaking ...", "The words were those of X", "That was
       * how X put it" */
      if (!sp.found && m->closed && m->close + 3 < c->n
          && (direct || is_char (c, end - 1, '.') || is_char (c, end - 1, '!') || is_char (c, end - 1, '?'))
          && ((c->toks[m->close + 1].flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_PARA))
              /* ""...," was how X put it" */
              || (byline_token_is (c->text, &c->toks[m->close + 1], "was")
                  && byline_token_is (c->text, &c->toks[m->close + 2], "how"))))
        {
          guint t = m->close + 1, k = G_MAXUINT, end_tok;

          if (byline_token_is (c->text, &c->toks[t], "So")
              && (byline_token_is (c->text, &c->toks[t + 1], "said") || byline_token_is (c->text, &c->toks[t + 1], "says")))
            k = t + 2;
          else if (byline_token_is (c->text, &c->toks[t], "was"))
            k = t + 2;
          else if ((byline_token_is (c->text, &c->toks[t], "That") || byline_token_is (c->text, &c->toks[t], "This"))
                   && byline_token_is (c->text, &c->toks[t + 1], "was"))
            k = byline_token_is (c->text, &c->toks[t + 2], "how") ? t + 3 : t + 2;
          else if (t + 5 < c->n && byline_token_is (c->text, &c->toks[t + 1], "words")
                   && byline_token_is (c->text, &c->toks[t + 2], "were")
                   && byline_token_is (c->text, &c->toks[t + 3], "those")
                   && byline_token_is (c->text, &c->toks[t + 4], "of"))
            k = t + 5;
          else if (t + 5 < c->n && byline_token_is (c->text, &c->toks[t], "Those")
                   && byline_token_is (c->text, &c->toks[t + 1], "were")
                   && byline_token_is (c->text, &c->toks[t + 3], "words")
                   && byline_token_is (c->text, &c->toks[t + 4], "of"))
            k = t + 5;
          if (k < c->n)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

              /* past a title the entities left out: "That was Mayor X", "keeper X" */
              for (guint j = k; r == NULL && j < k + 3 && j + 1 < c->n && c->toks[j].kind == BYLINE_TOKEN_WORD
                                && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD); j++)
                r = byline_mentions_at (c->mentions, j + 1);
              /* "So said the town's mayor, X": the name in apposition */
              for (guint j = k + 1; r == NULL && byline_token_is (c->text, &c->toks[k], "the") && j + 1 < c->n && j < k + 8; j++)
                if (is_char (c, j, ','))
                  {
                    r = byline_mentions_at (c->mentions, j + 1);
                    if (r != NULL && r->first_token != j + 1)
                      r = NULL;
                    break;
                  }
                else if (c->toks[j].kind != BYLINE_TOKEN_WORD && c->toks[j].kind != BYLINE_TOKEN_POSSESSIVE)
                  break;
              if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
                {
                  _byline_quotes_speaker_set_entity (&sp, r->entity);
                  cue = t;
                }
              else if (r == NULL && _byline_quotes_speaker_at (c, k, c->n, entities, &sp, &end_tok))
                {
                  if (sp.entity == NULL || sp.entity->type != BYLINE_ENTITY_PERSON)
                    _byline_quotes_speaker_clear (&sp);
                  else
                    cue = t;
                }
            }
        }
      /* a quotation opening its sentence after "X issued a statement ...:" or
       * "X said in a statement." */
      if (!sp.found && direct && so->first_token == m->open && s_open > 0)
        {
          const BylineSentence *ps = sentence (c, s_open - 1);
          gboolean introduces = ps->end_token > ps->first_token && is_char (c, ps->end_token - 1, ':');

          for (guint k = ps->first_token; k < ps->end_token && !introduces; k++)
            if (!in_quote (c, k) && (byline_token_is (c->text, &c->toks[k], "statement")
                                    || byline_token_is (c->text, &c->toks[k], "statements")))
              introduces = TRUE;
          if (introduces)
            for (guint k = ps->first_token; k < ps->end_token; k++)
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
                if (r != NULL && !in_quote (c, k)
                    && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
                  {
                    _byline_quotes_speaker_set_entity (&sp, r->entity);
                    break;
                  }
              }
        }
      /* a quotation standing alone after a sentence whose subject spoke, and no
       * one quoted since: "X spoke to reporters after the summit. \"...\"" */
      /* ("X laughed. \"...\"", "X shrugged. \"...\"": a gesture before the answer
       * in the same paragraph, even after someone else's quotation) */
      if (!sp.found && direct && so->first_token == m->open && s_open > 0 && c->clauses != NULL)
        {
          static const char *const gestures[] = { "laughed", "smiled", "shrugged", "grinned", "chuckled", "sighed",
                                                  "paused", "nodded", "hesitated", "frowned", "winced", NULL };
          const BylineClause *pc = &g_array_index (c->clauses, BylineClause, s_open - 1);
          const BylineSentence *ps = sentence (c, s_open - 1);
          gboolean spoke = FALSE, gesture = FALSE;
          gboolean after_quote = previous != NULL && previous->sentence + 1 >= s_open;

          for (guint k = pc->main_start; pc->subject != NULL && k < ps->end_token && !spoke && !gesture; k++)
            {
              if (in_quote (c, k) || c->toks[k].kind != BYLINE_TOKEN_WORD)
                continue;
              spoke = !after_quote && (byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH)
                      && !byline_token_is (c->text, &c->toks[k], "according");
              if (!(c->toks[m->open].flags & BYLINE_TOKEN_PARA) && byline_token_len (&c->toks[k]) >= 6
                  && c->text[byline_token_end (&c->toks[k]) - 1] == 'd')
                for (int g = 0; gestures[g] != NULL && !gesture; g++)
                  gesture = byline_token_is (c->text, &c->toks[k], gestures[g]);
            }
          if (spoke || gesture)
            _byline_quotes_speaker_set_entity (&sp, pc->subject);
        }
      /* a quotation standing alone goes on from the last speaker (or, in the
       * same paragraph, counted from where that quotation ends: "A. B. C," X
       * said. "D.") */
      if (!sp.found && (direct || m->continuation) && previous != NULL && previous->speaker_name != NULL
          && (s_open - MIN (s_open, previous->sentence) <= 2
              || (previous->end_token <= m->open && s_open - MIN (s_open, sentence_of (c, previous->end_token - 1)) <= 1
                  && same_paragraph (c, previous->end_token, m->open))))
        {
          sp.found = TRUE;
          sp.entity = previous->speaker;
          sp.name = g_strdup (previous->speaker_name);
        }
      if (!sp.found)
        cue = G_MAXUINT;

      q = _byline_quotes_quote_new (c, first, end, direct ? BYLINE_QUOTE_DIRECT : BYLINE_QUOTE_PARTIAL, &sp, cue);
      _byline_quotes_find_via (c, q, so->first_token, sc->end_token);
      g_ptr_array_add (c->quotes, q);
      _byline_quotes_remember (c, q, sp.country);
      _byline_quotes_speaker_clear (&sp);
    }
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
/* A verb whose object is what was said: "stressed the need", "reiterated the
 * commitment", "said that"; not "spoke by phone", "accepted the invitation" */
static gboolean
reports_content (const Ctx *c, guint v)
{
  static const char *const verbs[] = {
    "said", "stressed", "reiterated", "underlined", "underscored", "affirmed", "reaffirmed", "emphasised",
    "emphasized", "noted", "expressed", "highlighted", "added", "announced", "confirmed", "voiced", "conveyed",
    "asserted", "insisted", "warned", "urged", "explained", "indicated", "pointed", NULL,
  };

  for (guint w = 0; verbs[w] != NULL; w++)
    if (byline_token_is (c->text, &c->toks[v], verbs[w]))
      return !byline_token_is (c->text, &c->toks[v], "pointed") || byline_token_is (c->text, &c->toks[v + 1], "out");
  return FALSE;
}

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
  c.in_quote = g_new0 (guint64, (c.n + 1) / 64 + 1);
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
          c.in_quote[(t) / 64] |= G_GUINT64_CONSTANT (1) << ((t) % 64);
      }
    c.labels = _byline_quotes_count_transcript_labels (&c);
    c.transcript = _byline_quotes_is_transcript (c.labels);
    c.genders = g_hash_table_new (NULL, NULL);
    /* an interview's questions: "Q: ..." paragraphs, and where the first is */
    c.first_question = c.n;
    for (guint i = 0; i + 2 < c.n; i++)
      if ((i == 0 || (c.toks[i].flags & BYLINE_TOKEN_PARA)) && is_char (&c, i + 1, ':')
          && (byline_token_is (c.text, &c.toks[i], "Q") || byline_token_is (c.text, &c.toks[i], "Question"))
          && (c.toks[i].flags & BYLINE_TOKEN_CAP))
        {
          c.questions++;
          c.first_question = MIN (c.first_question, i);
        }
    /* sentence by sentence, so that "he said" knows who spoke before */
    for (guint s = 0; s < doc->sentences->len; s++)
      {
        const BylineSentence *sent = sentence (&c, s);

        _byline_quotes_learn_possessive (&c, s);
        _byline_quotes_transcript_line (&c, s, entities);
        while (next < spans->len && g_array_index (spans, MarkSpan, next).open < sent->end_token)
          {
            const MarkSpan *m = &g_array_index (spans, MarkSpan, next++);

            /* a quotation inside a transcript's line is part of the line */
            if (m->open < c.line_start || m->open >= c.line_end)
              marked_quote (&c, m, entities);
          }
        if (c.line_end > c.line_start && sent->first_token >= c.line_start && sent->end_token <= c.line_end
            && c.quotes->len > 0)
          line_reports (&c, s, entities);
        else
          _byline_quotes_indirect_quotes (&c, s, entities);
      }
    while (next < spans->len)
      marked_quote (&c, &g_array_index (spans, MarkSpan, next++), entities);
    g_ptr_array_sort (c.quotes, compare_quotes);
    continued_speakers (&c, spans);
  }
  /* the same label in marks elsewhere, with no speaker (a headline's
   * "sanctuary" bill), is no quote either */
  for (guint k = 0; c.so_called != NULL && k < c.quotes->len; k++)
    {
      const BylineQuote *q = c.quotes->pdata[k];

      if (q->kind != BYLINE_QUOTE_PARTIAL || q->speaker_name != NULL)
        continue;
      for (guint w = 0; w < c.so_called->len; w++)
        {
          const char *label = c.so_called->pdata[w];

          if (strlen (label) == q->end - q->start && memcmp (label, c.text + q->start, q->end - q->start) == 0)
            {
              g_ptr_array_remove_index (c.quotes, k--);
              break;
            }
        }
    }
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
  /* "Vera stressed the country's keenness to ..., EFE reported", "According to a
   * note from the ministry, Soto reiterated the commitment ...": a report that
   * opens with a person and a verb of speech is that person's, which the source
   * relays */
  for (guint k = 0; k < c.quotes->len; k++)
    {
      BylineQuote *q = c.quotes->pdata[k];
      const BylineMentionRef *r;
      guint v, from;

      /* "According to the ministry's press service, the minister stressed that ...":
       * the subject of the verb before the report, when it is a person and the
       * speaker found is not */
      if (q->kind == BYLINE_QUOTE_INDIRECT && (q->speaker == NULL || q->speaker->type != BYLINE_ENTITY_PERSON)
          && q->first_token > 2)
        {
          guint cv = q->first_token - 1 - byline_token_is (c.text, &c.toks[q->first_token - 1], "that");
          const BylineSentence *so = sentence (&c, q->sentence);

          if (cv > so->first_token + 1 && c.toks[cv].kind == BYLINE_TOKEN_WORD && !in_quote (&c, cv)
              && reports_content (&c, cv))
            {
              Speaker sub = { 0 };
              guint clause = cv;

              /* the clause after the frame's comma */
              while (clause > so->first_token && !is_char (&c, clause - 1, ','))
                clause--;
              if (clause > so->first_token)
                _byline_quotes_subject_of_cue (&c, cv, clause, cv, entities, &sub);
              if (sub.found && sub.entity != NULL && sub.entity->type == BYLINE_ENTITY_PERSON)
                {
                  if (q->speaker != NULL && q->via == NULL)
                    {
                      q->via = q->speaker;
                      g_free (q->via_name);
                      q->via_name = g_strdup (q->speaker_name);
                    }
                  q->speaker = sub.entity;
                  g_free (q->speaker_name);
                  q->speaker_name = g_strdup (sub.entity->name);
                }
              _byline_quotes_speaker_clear (&sub);
            }
        }
      if (q->kind != BYLINE_QUOTE_INDIRECT || q->first_token + 3 >= q->end_token
          || (r = byline_mentions_at (c.mentions, q->first_token)) == NULL || r->first_token != q->first_token
          || r->entity->type != BYLINE_ENTITY_PERSON || r->entity == q->speaker)
        continue;
      v = r->end_token;
      if (v >= q->end_token || c.toks[v].kind != BYLINE_TOKEN_WORD || (c.toks[v].flags & BYLINE_TOKEN_CAP)
          || in_quote (&c, v) || !reports_content (&c, v))
        continue;
      if (byline_token_is (c.text, &c.toks[v], "pointed"))
        v++;
      from = v + 1 + (v + 1 < q->end_token && byline_token_is (c.text, &c.toks[v + 1], "that"));
      if (from + 1 >= q->end_token)
        continue;
      if (q->speaker != NULL && q->speaker->type != BYLINE_ENTITY_PERSON && q->via == NULL)
        {
          q->via = q->speaker;
          g_free (q->via_name);
          q->via_name = g_strdup (q->speaker_name);
        }
      q->speaker = r->entity;
      g_free (q->speaker_name);
      q->speaker_name = g_strdup (r->entity->name);
      q->cue.start = c.toks[r->end_token].start;
      q->cue.end = byline_token_end (&c.toks[v]);
      q->first_token = from;
      q->start = c.toks[from].start;
    }
  /* "X is expected to visit Y next week, the newspaper Z reported": "is expected to"
   * reports nothing; the sentence is the outlet's report, or no one's */
  for (guint k = c.quotes->len; k > 0; k--)
    {
      BylineQuote *q = c.quotes->pdata[k - 1];
      const BylineSentence *so = sentence (&c, q->sentence);
      guint v = so->first_token, top = so->end_token;

      if (q->kind != BYLINE_QUOTE_INDIRECT || q->cue.end == 0)
        continue;
      /* the cue's token, by halves */
      while (v < top)
        {
          guint mid = v + (top - v) / 2;

          if (c.toks[mid].start < q->cue.start)
            v = mid + 1;
          else
            top = mid;
        }
      if (v + 1 >= so->end_token || v < so->first_token + 2 || c.toks[v].start != q->cue.start
          || !(byline_token_is (c.text, &c.toks[v], "expected") || byline_token_is (c.text, &c.toks[v], "set")
               || byline_token_is (c.text, &c.toks[v], "scheduled") || byline_token_is (c.text, &c.toks[v], "due"))
          || !byline_token_is (c.text, &c.toks[v + 1], "to") || !_byline_quotes_is_aux (&c, v - 1))
        continue;
      if (q->via == NULL)
        {
          g_ptr_array_remove_index (c.quotes, k - 1);
          continue;
        }
      {
        guint from = _byline_quotes_skip_dateline (&c, so->first_token, so->end_token);
        guint to = so->end_token;

        /* (past the wire's dateline: "LIMA (EFE) -") */
        while (from < v && (byline_span_contains (&c.doc->wire, c.toks[from].start)
                            || c.toks[from].kind == BYLINE_TOKEN_PUNCT))
          from++;

        /* up to the comma before the outlet */
        for (guint j = v; j < so->end_token; j++)
          if (is_char (&c, j, ',') && byline_mentions_at (c.mentions, j + 1 + byline_token_is (c.text, &c.toks[j + 1], "the")) != NULL)
            {
              to = j;
              break;
            }
        for (guint j = v; j + 1 < so->end_token && to == so->end_token; j++)
          if (is_char (&c, j, ','))
            to = j;
        if (to <= from + 2)
          continue;
        q->speaker = q->via;
        g_free (q->speaker_name);
        q->speaker_name = g_strdup (q->via_name);
        q->via = NULL;
        g_clear_pointer (&q->via_name, g_free);
        q->first_token = from;
        q->end_token = to;
        q->start = c.toks[from].start;
        q->end = byline_token_end (&c.toks[to - 1]);
        q->cue.start = q->cue.end = 0;
      }
    }
  /* "Soto had talks with Vera, who said the dispute could be resolved "in the
   * coming weeks"": a fragment that ends a report is the reporter's */
  for (guint k = 0; k < c.quotes->len; k++)
    {
      BylineQuote *q = c.quotes->pdata[k];

      if (q->kind != BYLINE_QUOTE_PARTIAL)
        continue;
      /* (the quotes are in order: the report is one of the few before it) */
      for (guint j = k > 4 ? k - 4 : 0; j < c.quotes->len && j <= k + 1; j++)
        {
          const BylineQuote *r = c.quotes->pdata[j];

          if (r == q || r->kind != BYLINE_QUOTE_INDIRECT || r->sentence != q->sentence || r->speaker_name == NULL
              || r->speaker == q->speaker || q->start < r->start || q->start > r->end + 3)
            continue;
          /* (only the text between them: a space, a mark) */
          {
            gboolean plain = TRUE;

            for (guint32 b = r->end; b < q->start && plain; b++)
              plain = c.text[b] == ' ' || c.text[b] == '"' || (guchar) c.text[b] >= 0x80;
            if (!plain)
              continue;
          }
          q->speaker = r->speaker;
          g_free (q->speaker_name);
          q->speaker_name = g_strdup (r->speaker_name);
          break;
        }
    }
  /* a quotation its reporting clause splits: ""The talks," Clarke added, "were
   * long but useful."" is one direct quotation in two parts */
  for (guint k = 1; k < c.quotes->len; k++)
    {
      BylineQuote *earlier = c.quotes->pdata[k - 1];
      BylineQuote *q = c.quotes->pdata[k];
      const BylineSentence *sent = sentence (&c, earlier->sentence);
      gunichar first = g_utf8_get_char (c.text + q->start);
      gunichar opening = g_utf8_get_char (c.text + earlier->start);

      if (q->kind != BYLINE_QUOTE_PARTIAL || earlier->kind == BYLINE_QUOTE_INDIRECT || q->speaker_name == NULL
          || g_strcmp0 (q->speaker_name, earlier->speaker_name) != 0 || !g_unichar_islower (first)
          || !g_unichar_isupper (opening) || earlier->end <= earlier->start || c.text[earlier->end - 1] != ','
          || q->start <= earlier->end || q->start - earlier->end > 80 || earlier->start > sent->start + 4)
        continue;
      {
        gboolean sentence_end = FALSE;

        for (guint32 b = earlier->end; b < q->start && !sentence_end; b++)
          sentence_end = c.text[b] == '.' || c.text[b] == '?' || c.text[b] == '!' || c.text[b] == '\n';
        if (sentence_end)
          continue;
      }
      earlier->kind = BYLINE_QUOTE_DIRECT;
      q->kind = BYLINE_QUOTE_DIRECT;
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
  /* "Lim said Kang would raise it, while Seoul hopes Beijing will play a
   * "constructive role"": a country's hope inside a person's report is the
   * person's words */
  for (guint k = 1; k < c.quotes->len; k++)
    {
      BylineQuote *q = c.quotes->pdata[k];
      const BylineQuote *before = c.quotes->pdata[k - 1];

      if (q->speaker != NULL && q->speaker->type == BYLINE_ENTITY_PLACE && before->sentence == q->sentence
          && before->speaker != NULL && before->speaker->type == BYLINE_ENTITY_PERSON
          && before->kind == BYLINE_QUOTE_INDIRECT && before->cue.end != 0 && before->cue.end <= before->start
          && q->cue.end != 0 && q->cue.start > before->start && q->cue.start < q->start)
        {
          q->speaker = before->speaker;
          g_free (q->speaker_name);
          q->speaker_name = g_strdup (before->speaker_name);
        }
    }
  g_free (c.in_quote);
  g_free (c.next_according);
  g_clear_pointer (&c.labels, g_hash_table_unref);
  g_clear_pointer (&c.genders, g_hash_table_unref);
  g_clear_pointer (&c.last_unnamed, g_free);
  g_clear_pointer (&c.so_called, g_ptr_array_unref);
  return c.quotes;
}
