/* byline-document.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-document"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "byline-document.h"
#include "byline-lexicon.h"

#define HEADER_MAX_LINES 8

typedef struct
{
  guint32 start;
  guint32 end;
  guint   first_token;
  guint   end_token;
} Line;

gboolean
byline_span_contains (const BylineSpan *span,
                      guint32           byte)
{
  return span->end > span->start && byte >= span->start && byte < span->end;
}

static gboolean
tok_is_char (const BylineDocument *self, guint i, char ch)
{
  const BylineToken *t;

  if (i >= self->tokens->len)
    return FALSE;
  t = &g_array_index (self->tokens, BylineToken, i);
  return t->kind == BYLINE_TOKEN_PUNCT && byline_token_len (t) == 1 && self->text->data[t->start] == ch;
}

static gboolean
is_closing (const char *text, const BylineToken *t)
{
  gunichar c;

  if (t->kind != BYLINE_TOKEN_PUNCT || (t->flags & BYLINE_TOKEN_SPACE))
    return FALSE;
  c = byline_token_first_char (text, t);
  return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')' || c == ']'
         || c == 0x00BB || c == 0x203A;
}

/* A person's title cut short ("Ms", "Gen", "Cllr"), which never ends a
 * sentence before a capitalised name, even across a line break */
static G_GNUC_NO_INLINE gboolean
is_title_abbreviation (const char        *text,
                       const BylineToken *t)
{
  static const char *const titles[] = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "st", "lt", "col", "maj", "capt",
    "sgt", "adm", "cmdr", "cdr", "brig", "rev", "hon", "amb", "cllr", "fr", "msgr", "sra", "srta", "atty",
    "pres", "insp", "supt", "det", "messrs", "mme", "mlle",
  };

  if (t->kind != BYLINE_TOKEN_WORD || !byline_token_has (t, BYLINE_WORD_ABBREVIATION))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    if (byline_token_is (text, t, titles[k]))
      return TRUE;
  return FALSE;
}

/* Is token @i a period right after a title ("Ms.") and @next a capitalised
 * word on the same paragraph's next line? */
static G_GNUC_NO_INLINE gboolean
title_period_before_name (const BylineDocument *self,
                          guint                 i,
                          guint                 next)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;

  return i > 0 && next < self->tokens->len && toks[i].kind == BYLINE_TOKEN_PUNCT
         && !(toks[i].flags & BYLINE_TOKEN_SPACE) && text[toks[i].start] == '.'
         && toks[next].kind == BYLINE_TOKEN_WORD && (toks[next].flags & BYLINE_TOKEN_CAP)
         && !(toks[next].flags & BYLINE_TOKEN_PARA) && is_title_abbreviation (text, &toks[i - 1]);
}

/* Does the token that ends with a period end the sentence? */
static gboolean
period_ends_sentence (const BylineDocument *self,
                      const BylineLexicon  *lex,
                      guint                 i,   /* the token holding or being the period */
                      guint                 next)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  const BylineToken *nt;
  const BylineToken *prev;

  if (next >= self->tokens->len)
    return TRUE;
  nt = &toks[next];
  if (nt->flags & BYLINE_TOKEN_NEWLINE)
    return !(i > 0 && byline_token_has (&toks[i - 1], BYLINE_WORD_ABBREVIATION) && title_period_before_name (self, i, next));
  /* a lower-case word or a number after it: not a sentence end */
  if (nt->kind == BYLINE_TOKEN_WORD && !(nt->flags & BYLINE_TOKEN_CAP))
    return FALSE;
  if (nt->kind == BYLINE_TOKEN_PUNCT && !(nt->flags & BYLINE_TOKEN_QUOTE)
      && byline_token_first_char (text, nt) != '(' && byline_token_first_char (text, nt) != '[')
    return FALSE;

  if (toks[i].kind == BYLINE_TOKEN_WORD)
    {
      /* "U.S." "a.i.": ends a sentence only before a word that starts one, not
       * before a title ("H.E. Dr. X") */
      return nt->kind == BYLINE_TOKEN_WORD && (nt->flags & BYLINE_TOKEN_CAP)
             && byline_token_has (nt, BYLINE_WORD_STOPWORD) && !byline_token_has (nt, BYLINE_WORD_ABBREVIATION)
             /* nor before "Under Secretary": "and U.S. Under Secretary X" */
             && !(byline_token_is (text, nt, "under") && next + 1 < self->tokens->len
                  && toks[next + 1].kind == BYLINE_TOKEN_WORD && (toks[next + 1].flags & BYLINE_TOKEN_CAP));
    }
  if (i == 0)
    return TRUE;
  prev = &toks[i - 1];
  if (prev->kind == BYLINE_TOKEN_WORD && !(toks[i].flags & BYLINE_TOKEN_SPACE))
    {
      gsize plen = byline_token_len (prev);

      /* an initial: "John F. Kennedy", "K. Maurer" */
      if (plen == 1 && (prev->flags & BYLINE_TOKEN_CAP))
        return FALSE;
      if (byline_token_has (prev, BYLINE_WORD_ABBREVIATION))
        {
          /* "Jan. 27" "Dr. Smith": no; "... in the U.S. Army" handled above */
          if (nt->kind == BYLINE_TOKEN_NUMBER || (nt->flags & BYLINE_TOKEN_CAP))
            {
              /* "Co." or "Inc." at the end of a sentence before "The" */
              if ((byline_token_is (text, prev, "inc") || byline_token_is (text, prev, "ltd")
                   || byline_token_is (text, prev, "co") || byline_token_is (text, prev, "etc")
                   || byline_token_is (text, prev, "corp"))
                  && byline_token_has (nt, BYLINE_WORD_STOPWORD))
                return TRUE;
              return FALSE;
            }
        }
    }
  /* a decimal is one token, so a number before the period ends the sentence */
  return TRUE;
}

/* Is the text wrapped by hand, its lines broken within paragraphs at a width?
 * Not when a line runs past the widths people wrap at: a text with a
 * paragraph a line ("Headline\nWASHINGTON (Reuters) - ...") */
static gboolean
wrapped_by_hand (const char *text, gsize len)
{
  gsize line = 0;

  for (gsize i = 0; i < len; i++)
    if (text[i] == '\n')
      {
        if (line > 120)
          return FALSE;
        line = 0;
      }
    else if (((guchar) text[i] & 0xc0) != 0x80)
      line++;
  return TRUE;
}

static void
split_sentences (BylineDocument      *self,
                 const BylineLexicon *lex)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint n = self->tokens->len;
  guint start = 0;
  guint para = 0;
  guint32 line_start = 0;
  gboolean hand_wrapped = wrapped_by_hand (self->text->data, self->text->len);

  for (guint i = 0; i < n; i++)
    {
      gboolean end_here = FALSE;
      guint next = i + 1;

      if (i > start && (toks[i].flags & BYLINE_TOKEN_NEWLINE))
        {
          /* a line break ends a sentence unless the next line goes on in lower
           * case, or the text is wrapped by hand: a long line that stops mid-sentence */
          gboolean wrapped = hand_wrapped && !(toks[i].flags & BYLINE_TOKEN_PARA)
                             && byline_token_end (&toks[i - 1]) - line_start >= 50
                             && !(toks[i - 1].kind == BYLINE_TOKEN_PUNCT
                                  && strchr (".!?:\"”’)", text[byline_token_end (&toks[i - 1]) - 1]) != NULL);

          /* "met with Ms." at the end of a line, her name on the next */
          wrapped = wrapped
                    || (i >= 2 && byline_token_has (&toks[i - 2], BYLINE_WORD_ABBREVIATION)
                        && title_period_before_name (self, i - 1, i));
          if (!wrapped && !(toks[i].kind == BYLINE_TOKEN_WORD && !(toks[i].flags & BYLINE_TOKEN_CAP)
                            && !(toks[i].flags & BYLINE_TOKEN_PARA)))
            {
              BylineSentence s = { toks[start].start, byline_token_end (&toks[i - 1]), start, i, para };
              g_array_append_val (self->sentences, s);
              start = i;
            }
        }
      if (toks[i].flags & BYLINE_TOKEN_PARA)
        para++;
      if (toks[i].flags & BYLINE_TOKEN_NEWLINE)
        line_start = toks[i].start;

      if (toks[i].kind == BYLINE_TOKEN_PUNCT)
        {
          gunichar c = byline_token_first_char (text, &toks[i]);

          if (c == '!' || c == '?' || c == 0x2026 || c == 0x3002)
            {
              while (next < n && (toks[next].kind == BYLINE_TOKEN_PUNCT && !(toks[next].flags & BYLINE_TOKEN_SPACE))
                     && (byline_token_first_char (text, &toks[next]) == '!'
                         || byline_token_first_char (text, &toks[next]) == '?'))
                next++;
              while (next < n && is_closing (text, &toks[next]))
                next++;
              end_here = next >= n || (toks[next].flags & BYLINE_TOKEN_NEWLINE)
                         || !(toks[next].kind == BYLINE_TOKEN_WORD && !(toks[next].flags & BYLINE_TOKEN_CAP));
            }
          else if (c == '.')
            {
              while (next < n && tok_is_char (self, next, '.') && !(toks[next].flags & BYLINE_TOKEN_SPACE))
                next++;
              while (next < n && is_closing (text, &toks[next]))
                next++;
              end_here = period_ends_sentence (self, lex, i, next);
            }
        }
      else if (toks[i].kind == BYLINE_TOKEN_WORD && (toks[i].flags & BYLINE_TOKEN_DOTTED)
               && text[byline_token_end (&toks[i]) - 1] == '.')
        {
          while (next < n && is_closing (text, &toks[next]))
            next++;
          end_here = period_ends_sentence (self, lex, i, next);
        }

      if (end_here)
        {
          BylineSentence s = { toks[start].start, byline_token_end (&toks[next - 1]), start, next, para };
          g_array_append_val (self->sentences, s);
          start = next;
          i = next - 1;
        }
    }
  if (start < n)
    {
      BylineSentence s = { toks[start].start, byline_token_end (&toks[n - 1]), start, n, para };
      g_array_append_val (self->sentences, s);
    }
  for (guint s = 0; s < self->sentences->len; s++)
    {
      BylineSentence *sent = &g_array_index (self->sentences, BylineSentence, s);

      if (sent->first_token < n)
        g_array_index (self->tokens, BylineToken, sent->first_token).flags |= BYLINE_TOKEN_SENT_START;
    }
}

static void
find_paragraphs (BylineDocument *self)
{
  const char *p = self->text->data;
  gsize len = self->text->len;
  gboolean blank_lines = FALSE;
  gsize i = 0;

  /* a text with blank lines has paragraphs between them; one without, a paragraph a line */
  for (const char *q = p; (q = memchr (q, '\n', p + len - q)) != NULL; q++)
    {
      const char *r = q + 1;
      while (r < p + len && (*r == ' ' || *r == '\t' || *r == '\r'))
        r++;
      if (r < p + len && *r == '\n')
        {
          blank_lines = TRUE;
          break;
        }
    }

  while (i < len)
    {
      gsize start, end, last;

      while (i < len && g_ascii_isspace (p[i]))
        i++;
      if (i >= len)
        break;
      start = i;
      last = i;
      for (;;)
        {
          const char *nl = memchr (p + i, '\n', len - i);
          gsize line_end = nl ? (gsize) (nl - p) : len;
          gsize k = line_end;
          gboolean only_space = TRUE;

          for (gsize j = i; j < line_end; j++)
            if (!g_ascii_isspace (p[j]))
              {
                only_space = FALSE;
                break;
              }
          if (only_space)
            break;
          while (k > i && g_ascii_isspace (p[k - 1]))
            k--;
          last = k;
          i = line_end < len ? line_end + 1 : len;
          if (!blank_lines || i >= len)
            break;
        }
      end = last;
      if (end > start)
        {
          BylineSpan s = { (guint32) start, (guint32) end };
          g_array_append_val (self->paragraphs, s);
        }
    }
}

static GArray *
find_lines (BylineDocument *self)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint n = self->tokens->len;

  for (guint i = 0; i < n && lines->len < HEADER_MAX_LINES + 4;)
    {
      Line l = { toks[i].start, byline_token_end (&toks[i]), i, i + 1 };
      guint j = i + 1;

      while (j < n && !(toks[j].flags & BYLINE_TOKEN_NEWLINE))
        j++;
      l.end = byline_token_end (&toks[j - 1]);
      l.end_token = j;
      g_array_append_val (lines, l);
      i = j;
    }
  return lines;
}

static gboolean
line_is_body (const BylineDocument *self, const Line *l)
{
  const char *text = self->text->data;
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + l->end));

  return l->end - l->start >= 100 && (last == '.' || last == '"' || last == 0x201D || last == '?'
                                      || last == '!' || last == ':');
}

/* A line that is mostly a date: "December 11, 2013", "Wed Sep 28, 2016 16:40:40",
 * "Written By DNA Web Team | Updated: Apr 29, 2010, 04:48 PM IST". */
static gboolean
line_date (BylineDocument *self, const Line *l, BylineSpan *span, gboolean *bylined)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint words = 0;

  for (guint i = l->first_token; i < l->end_token; i++)
    {
      BylineDateMatch m;

      if (toks[i].kind == BYLINE_TOKEN_WORD)
        words++;
      if (byline_dates_match (text, toks, self->tokens->len, i, &m) && !m.duration
          && (m.written.year || m.written.day))
        {
          guint after_words = 0;
          guint end = i + m.n_tokens;

          for (guint k = end; k < l->end_token; k++)
            if (toks[k].kind == BYLINE_TOKEN_WORD && !(toks[k].flags & BYLINE_TOKEN_ALLCAPS)
                && !byline_token_is (text, &toks[k], "am") && !byline_token_is (text, &toks[k], "pm"))
              after_words++;
          if (after_words <= 2 && (words <= 1 || (i > l->first_token && words <= 12)))
            {
              span->start = toks[i].start;
              span->end = byline_token_end (&toks[end - 1]);
              if (!self->date.year && m.written.year && m.written.month && m.written.day)
                self->date = m.written;
              *bylined = words > 2;
              return TRUE;
            }
          return FALSE;
        }
    }
  return FALSE;
}

static gboolean
line_credit (const BylineDocument *self, const Line *l, BylineSpan *span)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint n_words = 0;

  /* "Sergei Lavrov / AP": two short sides of a slash, names on both */
  for (guint i = l->first_token; i < l->end_token; i++)
    {
      if (toks[i].kind == BYLINE_TOKEN_WORD)
        n_words++;
      if (tok_is_char (self, i, '/'))
        {
          guint before = 0, after = 0;
          gboolean caps = TRUE;

          /* "Staff writer / Caspian Herald": a role in lower case after the first word */
          for (guint k = l->first_token; k < i; k++)
            if (toks[k].kind == BYLINE_TOKEN_WORD)
              before++, caps = caps && ((toks[k].flags & BYLINE_TOKEN_CAP)
                                        || (k > l->first_token && byline_token_has (&toks[k], BYLINE_WORD_ROLE)));
          for (guint k = i + 1; k < l->end_token; k++)
            if (toks[k].kind == BYLINE_TOKEN_WORD)
              after++, caps = caps && (toks[k].flags & BYLINE_TOKEN_CAP);
          if (before >= 1 && before <= 6 && after >= 1 && after <= 4 && caps)
            {
              span->start = l->start;
              span->end = l->end;
              return TRUE;
            }
        }
    }
  /* "Image: United States Navy." "Photo: AP" "Credit: ..." */
  if (l->end_token > l->first_token + 1
      && (byline_token_is (text, &toks[l->first_token], "image")
          || byline_token_is (text, &toks[l->first_token], "photo")
          || byline_token_is (text, &toks[l->first_token], "credit")
          || byline_token_is (text, &toks[l->first_token], "photograph"))
      && tok_is_char (self, l->first_token + 1, ':') && n_words <= 8)
    {
      span->start = l->start;
      span->end = l->end;
      return TRUE;
    }
  return FALSE;
}

/* A credit at the end of a caption: "... REUTERS/Vivek Prakash",
 * "[Photo by Feng Yongbin/chinadaily.com.cn]", "Image: NASA/Bill Ingalls." */
static gboolean
trailing_credit (const BylineDocument *self, const BylineSpan *para, BylineSpan *span)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint n = self->tokens->len;
  guint last = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < n && toks[i].start < para->end; i++)
    if (toks[i].start >= para->start)
      last = i, found = TRUE;
  if (!found)
    return FALSE;
  for (guint back = 0; back < 12 && last >= back + 1; back++)
    {
      guint i = last - back;

      if (tok_is_char (self, i, '/') && !(toks[i].flags & BYLINE_TOKEN_SPACE) && i > 0
          && ((toks[i - 1].flags & BYLINE_TOKEN_ALLCAPS) || i + 1 <= last))
        {
          /* walk back to the start of the credit: an agency in capitals, or "Photo by" */
          guint s = i - 1;
          for (guint k = i - 1; k > 0 && i - k < 8; k--)
            {
              if (tok_is_char (self, k, '[') || tok_is_char (self, k, '('))
                {
                  s = k;
                  break;
                }
              if (toks[k].start < para->start)
                break;
              if (byline_token_is (text, &toks[k], "photo") || byline_token_is (text, &toks[k], "image"))
                {
                  s = k;
                  if (k > 0 && (tok_is_char (self, k - 1, '[') || tok_is_char (self, k - 1, '(')))
                    s = k - 1;
                  break;
                }
            }
          if (s == i - 1 && !(toks[i - 1].flags & BYLINE_TOKEN_ALLCAPS))
            continue;
          span->start = toks[s].start;
          span->end = byline_token_end (&toks[last]);
          return TRUE;
        }
    }
  return FALSE;
}

/* The day a yearless dateline is read against: today, or BYLINE_TODAY
 * (YYYY-MM-DD) where a test or a reproducible run sets it */
static void
reference_today (GDate *today)
{
  const char *env = g_getenv ("BYLINE_TODAY");
  unsigned y, m, d;

  g_date_clear (today, 1);
  if (env != NULL && sscanf (env, "%4u-%2u-%2u", &y, &m, &d) == 3
      && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    g_date_set_dmy (today, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

      g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
    }
}

/* The weekday the lead names first, from token @from to the first full stop
 * ("Leaders agreed on Wednesday"); 0 for none, -1 for one told as "last" or
 * "next" */
static int
lead_weekday (const BylineDocument *self,
              guint                 from)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint n = self->tokens->len;

  for (guint i = from; i < n && i < from + 60; i++)
    {
      int weekday;

      if (toks[i].kind == BYLINE_TOKEN_PUNCT && text[toks[i].start] == '.')
        break;
      if (toks[i].kind != BYLINE_TOKEN_WORD || !(toks[i].flags & BYLINE_TOKEN_CAP))
        continue;
      weekday = byline_weekday_from_word (text + toks[i].start, byline_token_len (&toks[i]));
      if (weekday != 0 && i > 0
          && (byline_token_is (text, &toks[i - 1], "last") || byline_token_is (text, &toks[i - 1], "next")))
        return -1;
      if (weekday != 0)
        return weekday;
    }
  return 0;
}

/* Does the wire dateline's day (@pending: its month and day, and in its year
 * field the token its lead starts at) fall in @year on the weekday the lead
 * names? */
static gboolean
wire_day_in_year (const BylineDocument *self,
                  const BylineDay      *pending,
                  int                   year)
{
  int weekday = lead_weekday (self, (guint) pending->year);
  GDate d;

  if (weekday <= 0 || !g_date_valid_dmy ((GDateDay) pending->day, (GDateMonth) pending->month, (GDateYear) year))
    return FALSE;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) pending->day, (GDateMonth) pending->month, (GDateYear) year);
  return (int) g_date_get_weekday (&d) == weekday;
}

/* "ABUJA, Dec 10 (Reuters) - Leaders agreed on Wednesday": a dateline with no
 * year takes the year in which its day fell on the weekday the lead names
 * first (the news of the day), the latest such year up to today
 * (reference_today ()); with no weekday, or one told as "last"/"next", the
 * year stays unknown */
static int
dateline_year (const BylineDocument *self,
               guint                 from,
               int                   month,
               int                   day)
{
  int weekday = lead_weekday (self, from);

  if (weekday <= 0)
    return 0;
  {
    GDate today;
    int year;

    reference_today (&today);
    year = g_date_get_year (&today);
    for (int y = year; y > year - 28; y--)
      {
        GDate d;

        if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) y))
          continue;
        g_date_clear (&d, 1);
        g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) y);
        if (g_date_days_between (&today, &d) > 1)
          continue;
        if ((int) g_date_get_weekday (&d) == weekday)
          return y;
      }
  }
  return 0;
}

/* "WASHINGTON (Reuters) -", "ANKARA, December 11 (TASS) -", "TEHRAN-Anadolu Agency",
 * "Pyongyang, October 23 (KCNA) --", "SEOUL, Nov. 24 (Yonhap) --" */
/* ".-" at token k, the stop and the dash glued: Spanish agencies' datelines */
static gboolean
spanish_dash_at (BylineDocument *self, guint k)
{
  const BylineToken *toks = (const BylineToken *) self->tokens->data;

  return k + 2 < self->tokens->len && tok_is_char (self, k, '.') && toks[k + 1].kind == BYLINE_TOKEN_PUNCT
         && byline_is_dash (byline_token_first_char (self->text->data, &toks[k + 1]))
         && toks[k + 1].start == byline_token_end (&toks[k]) && (toks[k + 2].flags & BYLINE_TOKEN_CAP);
}

/* "de", "da", "do", "del", "dos", "das" inside a place's name */
static gboolean
is_place_particle (BylineDocument *self, guint k)
{
  const BylineToken *t = &((const BylineToken *) self->tokens->data)[k];
  const char *s = self->text->data + t->start;
  gsize len = byline_token_len (t);

  return t->kind == BYLINE_TOKEN_WORD && len >= 2 && len <= 3 && s[0] == 'd'
         && (strncmp (s, "de", len) == 0 || strncmp (s, "da", len) == 0 || strncmp (s, "do", len) == 0
             || strncmp (s, "del", len) == 0 || strncmp (s, "dos", len) == 0 || strncmp (s, "das", len) == 0);
}

/* "Luanda - The President ...": a place the lexicon knows, written in
 * lower case, then a dash set off by spaces and a capital: a wire dateline
 * with no agency */
static gboolean
known_place_before_dash (BylineDocument *self, guint i, guint place_end, guint k)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint n = self->tokens->len;
  gpointer v = NULL;

  if (k + 1 >= n || k != place_end || toks[k].kind != BYLINE_TOKEN_PUNCT
      || !byline_is_dash (byline_token_first_char (text, &toks[k])) || !(toks[k].flags & BYLINE_TOKEN_SPACE)
      || !(toks[k + 1].flags & BYLINE_TOKEN_SPACE) || !(toks[k + 1].flags & BYLINE_TOKEN_CAP)
      || (toks[k + 1].flags & BYLINE_TOKEN_NEWLINE))
    return FALSE;
  return byline_phrases_match (byline_lexicon_get ()->names, text, toks, n, i, &v) == place_end - i
         && ((const BylineLexEntry *) v)->type == BYLINE_ENTITY_PLACE;
}

static void
find_wire_dateline (BylineDocument *self,
                    BylineDay      *pending)
{
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint n = self->tokens->len;

  for (guint p = 0; p < self->paragraphs->len && p < 6; p++)
    {
      BylineSpan *para = &g_array_index (self->paragraphs, BylineSpan, p);
      guint i = 0;
      guint place_end;
      gboolean caps_place;

      while (i < n && toks[i].start < para->start)
        i++;
      if (i >= n || !(toks[i].flags & BYLINE_TOKEN_CAP))
        continue;
      /* "TEHRAN-Anadolu Agency" on a line of its own */
      if (toks[i].flags & BYLINE_TOKEN_HYPHEN)
        {
          const char *s = text + toks[i].start;
          const char *dash = memchr (s, '-', byline_token_len (&toks[i]));
          gboolean upper = dash != NULL && dash - s >= 3;
          guint e = i + 1;

          for (const char *q = s; upper && q < dash; q++)
            upper = g_ascii_isupper (*q);
          while (e < n && !(toks[e].flags & BYLINE_TOKEN_NEWLINE) && e - i < 6)
            e++;
          if (upper && (e >= n || (toks[e].flags & BYLINE_TOKEN_NEWLINE)))
            {
              self->wire.start = toks[i].start;
              self->wire.end = byline_token_end (&toks[e - 1]);
              self->wire_place.start = toks[i].start;
              self->wire_place.end = (guint32) (dash - text);
              self->wire_agency.start = (guint32) (dash + 1 - text);
              self->wire_agency.end = byline_token_end (&toks[e - 1]);
              return;
            }
        }
      /* "PTI | New Delhi | Updated: 16-12-2023": agency, place and time in fields */
      {
        guint bar = i;

        while (bar < n && bar - i < 5 && toks[bar].kind == BYLINE_TOKEN_WORD && (toks[bar].flags & BYLINE_TOKEN_CAP)
               && !(bar > i && (toks[bar].flags & BYLINE_TOKEN_NEWLINE)))
          bar++;
        if (bar > i && tok_is_char (self, bar, '|'))
          {
            guint ps = bar + 1, pe = bar + 1;

            while (pe < n && pe - ps < 4 && toks[pe].kind == BYLINE_TOKEN_WORD && (toks[pe].flags & BYLINE_TOKEN_CAP)
                   && !(toks[pe].flags & BYLINE_TOKEN_NEWLINE))
              pe++;
            if (pe > ps && (pe >= n || tok_is_char (self, pe, '|') || (toks[pe].flags & BYLINE_TOKEN_NEWLINE)))
              {
                guint e = pe;

                while (e < n && !(toks[e].flags & BYLINE_TOKEN_NEWLINE) && e - i < 24)
                  e++;
                self->wire.start = toks[i].start;
                self->wire.end = byline_token_end (&toks[e - 1]);
                self->wire_agency.start = toks[i].start;
                self->wire_agency.end = byline_token_end (&toks[bar - 1]);
                self->wire_place.start = toks[ps].start;
                self->wire_place.end = byline_token_end (&toks[pe - 1]);
                return;
              }
          }
      }
      place_end = i;
      caps_place = (toks[i].flags & BYLINE_TOKEN_ALLCAPS) != 0;
      while (place_end < n && place_end - i < 6
             && (((toks[place_end].flags & BYLINE_TOKEN_CAP) && toks[place_end].kind == BYLINE_TOKEN_WORD)
                 /* "Rio de Janeiro", "Santiago de Chile": a particle inside the place */
                 || (place_end > i && place_end + 1 < n && is_place_particle (self, place_end)
                     && (toks[place_end + 1].flags & BYLINE_TOKEN_CAP)
                     && !(toks[place_end + 1].flags & BYLINE_TOKEN_NEWLINE))
                 /* "WARSAW/SEOUL, Sept 14 -": two places */
                 || (place_end > i && place_end + 1 < n && tok_is_char (self, place_end, '/')
                     && (toks[place_end + 1].flags & BYLINE_TOKEN_CAP)))
             && !(toks[place_end].flags & BYLINE_TOKEN_NEWLINE && place_end > i))
        place_end++;
      /* "Addis Ababa December 6/2022": the place ends at a day with no comma */
      for (guint j = i + 1; j < place_end; j++)
        {
          BylineDateMatch dm;

          if (byline_dates_match (text, toks, n, j, &dm) && !dm.duration && dm.written.month && dm.written.day)
            {
              place_end = j;
              break;
            }
        }
      if (place_end == i)
        continue;
      {
        guint k = place_end;
        BylineDateMatch m;
        guint agency_start = 0, agency_end = 0;
        gboolean dated = FALSE;

        if (tok_is_char (self, k, ','))
          {
            k++;
            /* "GDANSK, Poland, September 9, 2025 -": the country between */
            {
              guint j = k;

              while (j < n && j < k + 3 && toks[j].kind == BYLINE_TOKEN_WORD && (toks[j].flags & BYLINE_TOKEN_CAP)
                     && !byline_dates_match (text, toks, n, j, &m))
                j++;
              if (j > k && tok_is_char (self, j, ',') && byline_dates_match (text, toks, n, j + 1, &m))
                k = j + 1;
            }
            if (byline_dates_match (text, toks, n, k, &m) && !m.duration)
              {
                if (m.written.month && m.written.day)
                  {
                    BylineDay d = m.written;
                    if (!d.year)
                      d.year = self->date.year;
                    if (!d.year)
                      {
                        /* (after a full date near the top, if there is none) */
                        pending->year = (int) (k + m.n_tokens);
                        pending->month = d.month;
                        pending->day = d.day;
                      }
                    if (d.year && byline_day_valid (&d))
                      self->date = d;
                  }
                k += m.n_tokens;
                dated = TRUE;
              }
            else if (!caps_place)
              continue;
          }
        /* "Addis Ababa December 6/2022 (ENA)": a whole day right after the place,
         * no comma between, then the agency */
        else if (byline_dates_match (text, toks, n, k, &m) && !m.duration && m.written.month && m.written.day)
          {
            BylineDay d = m.written;
            guint e = k + m.n_tokens;

            if (!tok_is_char (self, e, '(') || !byline_day_valid (&d))
              continue;
            self->date = d;
            k = e;
            dated = TRUE;
          }
        /* "Tehran, Sept 2, IRNA –": the agency after a comma */
        if (tok_is_char (self, k, ',') && k + 2 < n && (toks[k + 1].flags & BYLINE_TOKEN_ALLCAPS)
            && toks[k + 2].kind == BYLINE_TOKEN_PUNCT && byline_is_dash (byline_token_first_char (text, &toks[k + 2])))
          {
            agency_start = k + 1;
            agency_end = k + 2;
            k += 2;
          }
        else if (tok_is_char (self, k, '('))
          {
            agency_start = k + 1;
            k = agency_start;
            while (k < n && !tok_is_char (self, k, ')') && k - agency_start < 6)
              k++;
            if (!tok_is_char (self, k, ')'))
              continue;
            agency_end = k;
            k++;
          }
        else if (!caps_place && !known_place_before_dash (self, i, place_end, k)
                 && !spanish_dash_at (self, k))
          continue;
        /* "Mexico City.-", "(EFE).-": the Spanish agencies' dash after a stop */
        if (spanish_dash_at (self, k))
          k++;
        if (k < n && toks[k].kind == BYLINE_TOKEN_PUNCT
            && byline_is_dash (byline_token_first_char (text, &toks[k])))
          {
            guint dash_end = k + 1;

            while (dash_end < n && toks[dash_end].kind == BYLINE_TOKEN_PUNCT
                   && byline_is_dash (byline_token_first_char (text, &toks[dash_end])))
              dash_end++;
            /* "TEHRAN-Anadolu Agency" on a line of its own */
            if (agency_start == 0 && (byline_token_end (&toks[dash_end - 1]) == toks[dash_end].start))
              {
                guint e = dash_end;
                while (e < n && !(toks[e].flags & BYLINE_TOKEN_NEWLINE) && e - dash_end < 5)
                  e++;
                if (e < n && !(toks[e].flags & BYLINE_TOKEN_NEWLINE))
                  continue;
                agency_start = dash_end;
                agency_end = e;
                dash_end = e;
              }
            self->wire.start = toks[i].start;
            self->wire.end = byline_token_end (&toks[dash_end - 1]);
            self->wire_place.start = toks[i].start;
            self->wire_place.end = byline_token_end (&toks[place_end - 1]);
            if (agency_end > agency_start)
              {
                self->wire_agency.start = toks[agency_start].start;
                self->wire_agency.end = byline_token_end (&toks[agency_end - 1]);
              }
            return;
          }
        /* "Taipei, Sept. 24 (CNA) Taiwan's ...", "New Delhi, Mar 2 (PTI) India
         * and ...": no dash after a dated place's agency, the lead going on
         * in the same line with a capital */
        if (agency_end > agency_start && (dated || caps_place) && k < n
            && toks[k].kind == BYLINE_TOKEN_WORD && (toks[k].flags & BYLINE_TOKEN_CAP)
            && !(toks[k].flags & BYLINE_TOKEN_NEWLINE))
          {
            self->wire.start = toks[i].start;
            self->wire.end = byline_token_end (&toks[k - 1]);
            self->wire_place.start = toks[i].start;
            self->wire_place.end = byline_token_end (&toks[place_end - 1]);
            self->wire_agency.start = toks[agency_start].start;
            self->wire_agency.end = byline_token_end (&toks[agency_end - 1]);
            return;
          }
      }
    }
}

static void
find_header (BylineDocument *self)
{
  g_autoptr (GArray) lines = find_lines (self);
  const char *text = self->text->data;
  const BylineToken *toks = (const BylineToken *) self->tokens->data;
  guint body_line = lines->len;
  BylineDay pending = { 0 };     /* year: the token after the wire dateline's date */

  for (guint li = 0; li < lines->len && li < HEADER_MAX_LINES; li++)
    {
      Line *l = &g_array_index (lines, Line, li);
      BylineSpan span = { 0 };
      gboolean bylined = FALSE;

      if (line_is_body (self, l))
        {
          body_line = li;
          break;
        }
      if (self->dateline.end == 0 && line_date (self, l, &span, &bylined))
        {
          self->dateline = span;
          if (bylined && self->byline.end == 0)
            {
              self->byline.start = l->start;
              self->byline.end = span.start;
            }
          continue;
        }
      if (self->credit.end == 0 && line_credit (self, l, &span))
        {
          self->credit = span;
          continue;
        }
      if (byline_token_is (text, &toks[l->first_token], "by")
          || (byline_token_is (text, &toks[l->first_token], "written")
              && l->first_token + 1 < l->end_token
              && byline_token_is (text, &toks[l->first_token + 1], "by")))
        {
          if (self->byline.end == 0)
            {
              self->byline.start = l->start;
              self->byline.end = l->end;
            }
          continue;
        }
      /* a headline: short, and not a sentence with its full stop */
      if (self->title.end == 0 && l->end - l->start < 250 && text[l->end - 1] != '.')
        {
          self->title.start = l->start;
          self->title.end = l->end;
          continue;
        }
      if (self->title.end != 0 && self->standfirst.end == 0 && l->end - l->start < 400
          && self->dateline.end == 0 && self->credit.end == 0)
        {
          self->standfirst.start = l->start;
          self->standfirst.end = l->end;
          continue;
        }
      body_line = li;
      break;
    }
  if (body_line < lines->len)
    self->body_first_token = g_array_index (lines, Line, body_line).first_token;
  else
    self->body_first_token = self->tokens->len;

  /* a credit at the end of a caption among the first paragraphs */
  for (guint p = 0; self->credit.end == 0 && p < self->paragraphs->len && p < 3; p++)
    {
      BylineSpan span;
      if (trailing_credit (self, &g_array_index (self->paragraphs, BylineSpan, p), &span))
        self->credit = span;
    }

  find_wire_dateline (self, &pending);

  /* no dated line: the first full date near the top */
  if (self->date.year == 0)
    {
      guint limit = MIN (self->tokens->len, self->body_first_token + 400);
      for (guint i = 0; i < limit; i++)
        {
          BylineDateMatch m;
          if (byline_dates_match (text, toks, self->tokens->len, i, &m) && m.written.year
              && m.written.month && m.written.day && byline_day_valid (&m.written)
              /* (after a wire dateline's day with no year, only a date of that
               * day, or whose year puts that day on the lead's weekday: not "the
               * June 4, 1967 lines" of a story filed on "Oct. 14") */
              && (pending.month == 0 || (m.written.month == pending.month && m.written.day == pending.day)
                  || wire_day_in_year (self, &pending, m.written.year)))
            {
              self->date = m.written;
              /* (the wire's day, in that year) */
              if (pending.month != 0)
                {
                  self->date.month = pending.month;
                  self->date.day = pending.day;
                }
              if (self->dateline.end == 0)
                {
                  self->dateline.start = toks[i].start;
                  self->dateline.end = byline_token_end (&toks[i + m.n_tokens - 1]);
                }
              break;
            }
          if (m.n_tokens > 1)
            i += m.n_tokens - 1;
        }
    }
  /* a wire dateline's day with no year: the weekday of the lead gives it */
  if (self->date.year == 0 && pending.month != 0)
    {
      BylineDay d = { dateline_year (self, (guint) pending.year, pending.month, pending.day), pending.month, pending.day };

      if (d.year != 0 && byline_day_valid (&d))
        self->date = d;
    }
}

/* "By Jane Doe | Updated:", "Written by A. Writer and B. Writer, " -> the names.
 * NULL when what follows "By" does not start with a capital. */
static char *
author_from_byline (const BylineDocument *self)
{
  static const char *const separators[] = { "|", "•", "·", " - ", " – ", " — ", "\t", "\n", " / " };
  static const char *const tails[] = { "on", "at", "updated", "published", "posted", "last", "and", "in" };
  g_autofree char *line = NULL;
  char *p;
  gboolean trimmed;

  if (self->byline.end <= self->byline.start)
    return NULL;
  line = g_strndup (self->text->data + self->byline.start, self->byline.end - self->byline.start);
  p = line;
  while (g_ascii_isspace (*p))
    p++;
  if (g_ascii_strncasecmp (p, "written", 7) == 0 && g_ascii_isspace (p[7]))
    for (p += 7; g_ascii_isspace (*p); p++)
      ;
  if (g_ascii_strncasecmp (p, "by", 2) == 0 && (g_ascii_isspace (p[2]) || p[2] == ':'))
    for (p += 3; g_ascii_isspace (*p) || *p == ':'; p++)
      ;
  for (gsize i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *at = strstr (p, separators[i]);
      if (at != NULL)
        *at = '\0';
    }
  /* "Jane Doe, updated:" "Jane Doe on" */
  do
    {
      char *end = p + strlen (p);
      char *word;

      trimmed = FALSE;
      while (end > p && (g_ascii_isspace (end[-1]) || strchr (",;:-", end[-1]) != NULL))
        *--end = '\0';
      word = end;
      while (word > p && g_ascii_isalpha (word[-1]))
        word--;
      if (word > p && g_ascii_isspace (word[-1]))
        for (gsize i = 0; i < G_N_ELEMENTS (tails); i++)
          if (g_ascii_strcasecmp (word, tails[i]) == 0)
            {
              *word = '\0';
              trimmed = TRUE;
              break;
            }
    }
  while (trimmed);
  if (!g_unichar_isupper (g_utf8_get_char (p)) || strlen (p) > 120)
    return NULL;
  return g_strdup (p);
}

/**
 * byline_document_set_page:
 * @page: (nullable): what the page says of itself
 *
 * Sets where the article comes from: its URL, author, date of publication
 * and outlet, the publisher (or else the URL's site) looked up in the outlet
 * lexicon. The author is the page's, else the visible byline's.
 */
void
byline_document_set_page (BylineDocument       *self,
                          const BylinePageMeta *page)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  g_autofree char *host = NULL;
  const BylinePageMeta none = { NULL };

  g_return_if_fail (self != NULL);

  if (page == NULL)
    page = &none;
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->outlet_name, g_free);
  self->outlet = NULL;

  if (page->url != NULL && (g_str_has_prefix (page->url, "http://") || g_str_has_prefix (page->url, "https://")))
    self->url = g_strdup (page->url);
  if (page->author != NULL && *page->author)
    self->author = g_strdup (page->author);
  else
    self->author = author_from_byline (self);
  if (page->published != NULL && *page->published)
    self->published = g_strdup (page->published);

  if (page->publisher != NULL && *page->publisher)
    self->outlet = byline_lexicon_find_outlet (lex, page->publisher);
  host = byline_url_get_host (self->url);
  if (self->outlet == NULL && host != NULL)
    self->outlet = byline_lexicon_find_outlet_host (lex, host);
  if (self->outlet != NULL)
    self->outlet_name = g_strdup (self->outlet->name);
  else if (page->publisher != NULL && *page->publisher)
    self->outlet_name = g_strdup (page->publisher);
}

gboolean
byline_document_is_header (const BylineDocument *self,
                           guint32               byte)
{
  return byline_span_contains (&self->title, byte) || byline_span_contains (&self->standfirst, byte);
}

/**
 * byline_document_new:
 *
 * Analyses the structure of @text. Total: any text gives a document.
 */
BylineDocument *
byline_document_new (BylineText *text)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  BylineDocument *self = g_new0 (BylineDocument, 1);

  self->text = byline_text_ref (text);
  self->tokens = byline_tokenize (text->data, text->len);
  byline_tokens_classify (self->tokens, text->data);
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (BylineSpan));
  self->sentences = g_array_new (FALSE, FALSE, sizeof (BylineSentence));
  find_paragraphs (self);
  split_sentences (self, lex);
  find_header (self);
  byline_document_set_page (self, NULL);
  return self;
}

void
byline_document_free (BylineDocument *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->text, byline_text_unref);
  g_clear_pointer (&self->tokens, g_array_unref);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  g_clear_pointer (&self->sentences, g_array_unref);
  g_free (self->url);
  g_free (self->author);
  g_free (self->published);
  g_free (self->outlet_name);
  g_free (self);
}
