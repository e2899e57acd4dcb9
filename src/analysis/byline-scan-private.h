/* byline-scan-private.h: small helpers shared by the finders that walk tokens
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "byline-tokens.h"

G_BEGIN_DECLS

/* Is token i the ASCII word w (any case)? */
BYLINE_ALWAYS_INLINE
static inline gboolean
_byline_scan_is_word (const char        *text,
                      const BylineToken *toks,
                      guint              n,
                      guint              i,
                      const char        *w)
{
  return i < n && byline_token_is (text, &toks[i], w);
}

/* Is token i one of the ASCII words of the NULL-terminated list (any case)? */
static inline gboolean
_byline_scan_is_one_of (const char         *text,
                        const BylineToken  *toks,
                        guint               n,
                        guint               i,
                        const char *const  *words)
{
  char first, lower;

  if (i >= n)
    return FALSE;
  /* the words are in lower case: a word whose first letter differs is no */
  first = text[toks[i].start];
  lower = (char) (first | 0x20);
  for (guint w = 0; words[w] != NULL; w++)
    if ((words[w][0] == first || words[w][0] == lower) && byline_token_is (text, &toks[i], words[w]))
      return TRUE;
  return FALSE;
}

/* Does the word of token i end with the ASCII suffix (any case)? */
static inline gboolean
_byline_scan_ends_with (const char        *text,
                        const BylineToken *toks,
                        guint              i,
                        const char        *suffix)
{
  gsize len = byline_token_len (&toks[i]), n = strlen (suffix);

  return len >= n && g_ascii_strncasecmp (text + byline_token_end (&toks[i]) - n, suffix, n) == 0;
}

/* Is token i the punctuation character ch? */
static inline gboolean
_byline_scan_is_char (const char        *text,
                      const BylineToken *toks,
                      guint              n,
                      guint              i,
                      gunichar           ch)
{
  if (i >= n || toks[i].kind != BYLINE_TOKEN_PUNCT)
    return FALSE;
  /* an ASCII character is its byte: no UTF-8 lead byte equals it */
  if (ch < 0x80)
    return (guchar) text[toks[i].start] == ch;
  return byline_token_first_char (text, &toks[i]) == ch;
}

/* The text of tokens [first, end), or NULL when empty */
static inline char *
_byline_scan_text (const char        *text,
                   const BylineToken *toks,
                   guint              first,
                   guint              end)
{
  if (end <= first)
    return NULL;
  return g_strndup (text + toks[first].start, byline_token_end (&toks[end - 1]) - toks[first].start);
}

/* Is @word a whole word (or words) of the title @role, both in lower case:
 * "president" of "vice-president", not of "presidential adviser"? */
static inline gboolean
_byline_scan_role_has_word (const char *role, const char *word)
{
  gsize len = strlen (word);

  for (const char *at = strstr (role, word); at != NULL; at = strstr (at + 1, word))
    if ((at == role || at[-1] == ' ' || at[-1] == '-') && !g_ascii_isalpha (at[len]))
      return TRUE;
  return FALSE;
}

G_END_DECLS
