/* byline-tokens.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-tokens"

#include "config.h"

#include <string.h>

#include "byline-tokens.h"

gboolean
byline_is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 || c == '`'
         || c == 0x02C8 || c == 0x02B9 || c == 0x02BB || c == 0x00B4;
}

gboolean
byline_is_quote_char (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A: case 0x300C: case 0x300D: case 0x300E: case 0x300F:
    case 0x301D: case 0x301E: case 0xFF02:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
byline_is_dash (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013
         || c == 0x2014 || c == 0x2015 || c == 0x2212;
}

static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
         || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028
         || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

static inline gunichar
get_char (const char *p,
          const char *end,
          int        *clen)
{
  guchar b = (guchar) *p;

  if (b < 0x80)
    {
      *clen = 1;
      return b;
    }
  {
    gunichar c = g_utf8_get_char (p);
    const char *next = g_utf8_next_char (p);

    *clen = next > end ? (int) (end - p) : (int) (next - p);
    return c;
  }
}

/* ASCII letters and digits, one comparison each */
#define IS_ASCII_LOWER(b) ((guchar) ((guchar) (b) - 'a') < 26)
#define IS_ASCII_UPPER(b) ((guchar) ((guchar) (b) - 'A') < 26)
#define IS_ASCII_DIGIT(b) ((guchar) ((guchar) (b) - '0') < 10)

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  /* modifier letters used as apostrophes ("Rouhaniˈs") are not letters here */
  if (c == 0x02BC || c == 0x02C8 || c == 0x02B9 || c == 0x02BB)
    return FALSE;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

guint32 byline_token_classes[BYLINE_TOKEN_MAX_CLASSES];

/**
 * byline_token_class_index:
 *
 * The word classes are one of a few combinations of bits (as many as the
 * lexicon has, about two hundred, at most BYLINE_TOKEN_MAX_CLASSES - 1), so
 * a token keeps an index into byline_token_classes rather than the bits.
 * An index, once given, stays: a thread reads the table without a lock, at
 * indices it was given.
 *
 * Returns: the index of @cls in byline_token_classes, added when new
 */
guint16
byline_token_class_index (guint32 cls)
{
  /* value -> index, open addressing, grown at half full; under the lock, so
   * that analyses on several threads share one table. Called once a word
   * that the classifier's cache has not seen. */
  static guint16 *slots;
  static guint n_slots;
  static guint n_classes = 1;
  static GMutex lock;
  guint h;
  guint16 index;

  if (cls == 0)
    return 0;
  g_mutex_lock (&lock);
  if (n_classes * 2 >= n_slots)
    {
      guint n = MAX (n_slots * 2, 1024);
      guint16 *grown = g_new0 (guint16, n);

      for (guint k = 1; k < n_classes; k++)
        {
          h = (byline_token_classes[k] * 2654435761u) & (n - 1);
          while (grown[h] != 0)
            h = (h + 1) & (n - 1);
          grown[h] = (guint16) k;
        }
      g_free (slots);
      slots = grown;
      n_slots = n;
    }
  h = (cls * 2654435761u) & (n_slots - 1);
  while (slots[h] != 0 && byline_token_classes[slots[h]] != cls)
    h = (h + 1) & (n_slots - 1);
  if (slots[h] == 0)
    {
      /* tests/test-lexicon.c counts the lexicon's combinations */
      if (n_classes >= BYLINE_TOKEN_MAX_CLASSES)
        g_error ("byline_token_class_index: more than %d combinations of word classes",
                 BYLINE_TOKEN_MAX_CLASSES - 1);
      byline_token_classes[n_classes] = cls;
      slots[h] = (guint16) n_classes++;
    }
  index = slots[h];
  g_mutex_unlock (&lock);
  return index;
}

/**
 * byline_tokenize:
 *
 * Splits UTF-8 text into words, numbers and punctuation in one pass. Inner
 * hyphens ("al-Assad", "Iran-Russia"), inner periods ("U.S.", "7.5",
 * "chinadaily.com.cn"), inner slashes between digits ("12/12/2017"), inner
 * commas in numbers ("7,000") and inner apostrophes ("O'Brien") stay inside a
 * token; a possessive 's is a token of its own.
 *
 * Returns: (transfer full): an array of #BylineToken
 */
GArray *
byline_tokenize (const char *text,
                 gsize       len)
{
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (BylineToken), len / 5 + 16);
  /* tokens are written in place, the array grown by halves when full: a call
   * of g_array_append_val () a token was a tenth of the tokenizer's time */
  guint n_tokens = 0;
  BylineToken *out;
  const char *p = text;
  const char *end = text + len;
  guint16 pending = 0;
  int newlines = 0;

  g_array_set_size (tokens, len / 5 + 16);
  out = (BylineToken *) tokens->data;
  while (p < end)
    {
      int clen;
      gunichar c;
      BylineToken tok = { 0 };

      if (*p == ' ')
        {
          pending |= BYLINE_TOKEN_SPACE;
          p++;
          continue;
        }
      c = get_char (p, end, &clen);

      if (is_space (c) || (c < 0x20) || c == 0x7F || (c >= 0x80 && c < 0xA0)
          || c == 0x200C || c == 0x200D || c == 0x2060)
        {
          pending |= BYLINE_TOKEN_SPACE;
          if (c == '\n' || c == 0x2028 || c == 0x2029)
            {
              newlines++;
              pending |= BYLINE_TOKEN_NEWLINE;
              if (newlines >= 2)
                pending |= BYLINE_TOKEN_PARA;
            }
          p += clen;
          continue;
        }

      tok.start = (guint32) (p - text);
      tok.flags = pending;
      pending = 0;
      newlines = 0;

      if (is_word_char (c))
        {
          gboolean first = TRUE;
          gboolean all_upper = TRUE;
          int n_letters = 0;
          const char *q = p;

          tok.kind = (c < 0x80 && g_ascii_isdigit (c)) ? BYLINE_TOKEN_NUMBER : BYLINE_TOKEN_WORD;
          for (;;)
            {
              int l;
              gunichar d;

              if (q >= end)
                break;
              /* the common case: ASCII letters and digits, a run of
               * small letters at a time */
              if (IS_ASCII_LOWER (*q))
                {
                  const char *from = q;

                  do
                    q++;
                  while (q < end && IS_ASCII_LOWER (*q));
                  n_letters += (int) (q - from);
                  all_upper = FALSE;
                  first = FALSE;
                  continue;
                }
              if (IS_ASCII_UPPER (*q))
                {
                  if (first)
                    tok.flags |= BYLINE_TOKEN_CAP;
                  n_letters++;
                  first = FALSE;
                  q++;
                  continue;
                }
              if (IS_ASCII_DIGIT (*q))
                {
                  q++;
                  continue;
                }
              d = get_char (q, end, &l);
              if (is_word_char (d))
                {
                  if (d >= 0x80)
                    tok.flags |= BYLINE_TOKEN_NONASCII;
                  if (g_unichar_isalpha (d))
                    {
                      gboolean up = d < 0x80 ? g_ascii_isupper (d)
                                             : (g_unichar_isupper (d) || g_unichar_istitle (d));
                      if (first && up)
                        tok.flags |= BYLINE_TOKEN_CAP;
                      if (!up)
                        all_upper = FALSE;
                      n_letters++;
                      first = FALSE;
                    }
                  q += l;
                  continue;
                }
              /* inner joiners: the next character must be a word character */
              if (q + l < end)
                {
                  int l2;
                  gunichar e = get_char (q + l, end, &l2);

                  if (is_word_char (e) && d != ' ')
                    {
                      /* a curly apostrophe or dash inside the word needs the slow key */
                      if (d >= 0x80)
                        tok.flags |= BYLINE_TOKEN_NONASCII;
                      if (d == '-' || d == 0x2010 || d == 0x2011)
                        {
                          tok.flags |= BYLINE_TOKEN_HYPHEN;
                          q += l;
                          continue;
                        }
                      if (d == '.' && (tok.kind == BYLINE_TOKEN_NUMBER ? g_unichar_isdigit (e)
                                                                        : TRUE))
                        {
                          tok.flags |= BYLINE_TOKEN_DOTTED;
                          q += l;
                          continue;
                        }
                      if ((d == ',' || d == '/' || d == ':') && g_ascii_isdigit (q[-1])
                          && g_unichar_isdigit (e) && tok.kind == BYLINE_TOKEN_NUMBER)
                        {
                          q += l;
                          continue;
                        }
                      if (byline_is_apostrophe (d) && d != 0x2018 && d != '`'
                          && g_unichar_isalpha (e))
                        {
                          /* a possessive 's ends the word */
                          gboolean possessive = (e == 's' || e == 'S')
                                                && (q + l + 1 >= end
                                                    || !is_word_char (g_utf8_get_char (q + l + 1)));
                          if (!possessive)
                            {
                              q += l;
                              continue;
                            }
                        }
                    }
                  /* "U.S." keeps its final period when it is made of single letters */
                  if (d == '.' && (tok.flags & BYLINE_TOKEN_DOTTED) && tok.kind == BYLINE_TOKEN_WORD
                      && q - p >= 3 && q[-2] == '.')
                    {
                      tok.flags |= BYLINE_TOKEN_DOTTED;
                      q += l;
                    }
                }
              else if (d == '.' && (tok.flags & BYLINE_TOKEN_DOTTED) && q - p >= 3 && q[-2] == '.')
                q += l;
              break;
            }
          if (all_upper && n_letters >= 2)
            tok.flags |= BYLINE_TOKEN_ALLCAPS;
          /* a word longer than a token holds goes on in the next token, cut
           * at a character's start */
          if (q - p > BYLINE_TOKEN_MAX_LEN)
            {
              q = p + BYLINE_TOKEN_MAX_LEN;
              while (((guchar) *q & 0xC0) == 0x80)
                q--;
            }
          byline_token_set_len (&tok, (guint32) (q - p));
          p = q;
        }
      else if (byline_is_apostrophe (c) && n_tokens > 0 && !(tok.flags & BYLINE_TOKEN_SPACE)
               && p + clen < end && (p[clen] == 's' || p[clen] == 'S')
               && (p + clen + 1 >= end || !is_word_char (g_utf8_get_char (p + clen + 1))))
        {
          tok.kind = BYLINE_TOKEN_POSSESSIVE;
          if (c >= 0x80)
            tok.flags |= BYLINE_TOKEN_NONASCII;
          byline_token_set_len (&tok, (guint32) clen + 1);
          p += clen + 1;
        }
      else
        {
          tok.kind = BYLINE_TOKEN_PUNCT;
          if (c >= 0x80)
            tok.flags |= BYLINE_TOKEN_NONASCII;
          if (byline_is_quote_char (c))
            tok.flags |= BYLINE_TOKEN_QUOTE;
          byline_token_set_len (&tok, (guint32) clen);
          p += clen;
        }
      if (n_tokens == tokens->len)
        {
          g_array_set_size (tokens, tokens->len + tokens->len / 2 + 16);
          out = (BylineToken *) tokens->data;
        }
      out[n_tokens++] = tok;
    }
  g_array_set_size (tokens, n_tokens);
  return tokens;
}

/* The matching key of a piece of text: lower case, curly apostrophes and
 * dashes made plain, accents kept (they are folded only for coreference). */
void
byline_token_append_key (GString           *key,
                         const char        *text,
                         const BylineToken *tok)
{
  const char *p = text + tok->start;
  const char *end = text + byline_token_end (tok);

  if (!(tok->flags & BYLINE_TOKEN_NONASCII))
    {
      for (; p < end; p++)
        {
          guchar b = (guchar) *p;
          if (b < 0x80)
            g_string_append_c (key, b == '`' ? '\'' : g_ascii_tolower (b));
          else
            break;
        }
      if (p == end)
        return;
    }
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (byline_is_apostrophe (c))
        c = '\'';
      else if (byline_is_dash (c))
        c = '-';
      else
        c = g_unichar_tolower (c);
      g_string_append_unichar (key, c);
      p = g_utf8_next_char (p);
    }
}

char *
byline_token_key (const char        *text,
                  const BylineToken *tok)
{
  GString *key = g_string_sized_new (byline_token_len (tok) + 1);

  byline_token_append_key (key, text, tok);
  return g_string_free (key, FALSE);
}

/* The key of a token in @buf when it fits and is ASCII; otherwise in *heap,
 * which the caller frees. */
const char *
byline_token_key_buf (const char        *text,
                      const BylineToken *tok,
                      char              *buf,
                      gsize              size,
                      char             **heap)
{
  gsize len = byline_token_len (tok);

  *heap = NULL;
  if (len < size && !(tok->flags & BYLINE_TOKEN_NONASCII))
    {
      for (gsize k = 0; k < len; k++)
        {
          char ch = text[tok->start + k];
          buf[k] = (ch >= 'A' && ch <= 'Z') ? (char) (ch + 32) : ch == '`' ? '\'' : ch;
        }
      buf[len] = '\0';
      return buf;
    }
  *heap = byline_token_key (text, tok);
  return *heap;
}

/* Folds a name for coreference: lower case, accents and punctuation dropped,
 * so that "Yıldırım" and "Yildirim" meet. */
char *
byline_fold_key (const char *str,
                 gssize      len)
{
  gsize n = len < 0 ? strlen (str) : (gsize) len;
  g_autofree char *ascii = NULL;
  const char *from = str;
  const char *end = str + n;
  char *out;
  gsize o = 0;

  /* accents dropped: "Yıldırım" meets "Yildirim"; an ASCII name (most of
   * them) is read where it is */
  for (const char *p = str; p < end && *p; p++)
    if ((guchar) *p >= 0x80)
      {
        g_autofree char *part = g_strndup (str, n);

        ascii = g_str_to_ascii (part, "C");
        from = ascii;
        end = ascii + strlen (ascii);
        break;
      }
  out = g_malloc (end - from + 1);
  for (const char *p = from; p < end && *p; p++)
    {
      if (g_ascii_isalnum (*p))
        out[o++] = (char) (g_ascii_isupper (*p) ? *p | 0x20 : *p);
      else if ((*p == ' ' || *p == '-') && o > 0 && out[o - 1] != ' ')
        out[o++] = ' ';
    }
  while (o > 0 && out[o - 1] == ' ')
    o--;
  out[o] = '\0';
  return out;
}
