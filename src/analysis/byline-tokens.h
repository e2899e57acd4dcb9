/* byline-tokens.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BYLINE_TOKEN_WORD,    /* letters and digits, maybe with inner - . ' */
  BYLINE_TOKEN_NUMBER,  /* starts with a digit */
  BYLINE_TOKEN_PUNCT,   /* one punctuation or symbol character */
  BYLINE_TOKEN_POSSESSIVE, /* 's or ’s after a word */
} BylineTokenKind;

typedef enum
{
  BYLINE_TOKEN_CAP        = 1 << 0,  /* first letter upper case */
  BYLINE_TOKEN_ALLCAPS    = 1 << 1,  /* two or more letters, all upper case */
  BYLINE_TOKEN_SPACE      = 1 << 2,  /* white space before */
  BYLINE_TOKEN_NEWLINE    = 1 << 3,  /* a line break before */
  BYLINE_TOKEN_PARA       = 1 << 4,  /* a blank line before */
  BYLINE_TOKEN_HYPHEN     = 1 << 5,  /* a word with an inner hyphen */
  BYLINE_TOKEN_DOTTED     = 1 << 6,  /* a word with an inner or final period: U.S., 7.5 */
  BYLINE_TOKEN_SENT_START = 1 << 7,  /* first token of a sentence */
  BYLINE_TOKEN_WEAK_CAP   = 1 << 8,  /* capitalised by position (sentence start, title case) */
  BYLINE_TOKEN_QUOTE      = 1 << 9,  /* a quotation mark of any kind */
  BYLINE_TOKEN_NONASCII   = 1 << 10,
} BylineTokenFlags;

/* 10 bytes: the token array is the largest thing the analysis holds (about
 * twice the text), so a token keeps its length in 16 bits (the tokenizer
 * cuts a word longer than 65 535 bytes), the kind and the flags share 16
 * bits, and the word classes are an index into the few combinations of
 * BylineWordClass bits that the lexicon has (about two hundred). The struct
 * is packed to 2-byte alignment (x86 and ARM load the unaligned guint32 at
 * no cost). Do not take the address of a member. Read the end and the word
 * classes with byline_token_end () and byline_token_cls (), and make a token
 * with byline_token_make (): the members behind them are not for reading. */
typedef struct __attribute__ ((packed, aligned (2)))
{
  guint32 start;     /* byte offset */
  guint16 len_;      /* bytes: byline_token_end () */
  guint16 kind : 4;  /* BylineTokenKind */
  guint16 flags : 12;/* BylineTokenFlags */
  guint16 cls_;      /* index into byline_token_classes: byline_token_cls () */
} BylineToken;

G_STATIC_ASSERT (sizeof (BylineToken) == 10);

#define BYLINE_TOKEN_MAX_LEN G_MAXUINT16

/* The combinations of word classes met so far, by index; 0 is none. Filled
 * by byline_token_class_index (), read by byline_token_cls (). */
extern guint32 byline_token_classes[G_MAXUINT16 + 1];

GArray   *byline_tokenize          (const char *text,
                                    gsize       len);
char     *byline_token_key         (const char        *text,
                                    const BylineToken *tok);
const char *byline_token_key_buf   (const char        *text,
                                    const BylineToken *tok,
                                    char              *buf,
                                    gsize              size,
                                    char             **heap);
void      byline_token_append_key  (GString           *key,
                                    const char        *text,
                                    const BylineToken *tok);
char     *byline_fold_key          (const char *str,
                                    gssize      len);
gunichar  byline_token_first_char  (const char        *text,
                                    const BylineToken *tok);
gboolean  byline_is_quote_char     (gunichar c);
gboolean  byline_is_apostrophe     (gunichar c);
gboolean  byline_is_dash           (gunichar c);
guint16   byline_token_class_index (guint32 cls);

/* where @tok ends: the byte after it */
static inline guint32
byline_token_end (const BylineToken *tok)
{
  return tok->start + tok->len_;
}

/* the BylineWordClass bits of @tok, set by byline_tokens_classify () */
static inline guint32
byline_token_cls (const BylineToken *tok)
{
  return byline_token_classes[tok->cls_];
}

static inline void
byline_token_set_cls (BylineToken *tok,
                      guint32      cls)
{
  tok->cls_ = cls == 0 ? 0 : byline_token_class_index (cls);
}

/* the same with the index byline_token_class_index () gave */
static inline void
byline_token_set_class_index (BylineToken *tok,
                              guint16      index)
{
  tok->cls_ = index;
}

/* A token of the bytes from @start to @end, with no word classes: a part of
 * a token ("Lavrov" of "Lavrov-Zarif") or a word to match against */
static inline BylineToken
byline_token_make (guint32         start,
                   guint32         end,
                   BylineTokenKind kind,
                   guint           flags)
{
  BylineToken tok = { 0 };

  tok.start = start;
  tok.len_ = (guint16) MIN (end - start, BYLINE_TOKEN_MAX_LEN);
  tok.kind = kind;
  tok.flags = flags;
  return tok;
}

static inline gsize
byline_token_len (const BylineToken *tok)
{
  return byline_token_end (tok) - tok->start;
}

/* Compares a token with an ASCII word, ignoring case. A word from a list is
 * not measured first: its end is where it stops matching (a NUL matches no
 * byte of a token), so most words cost one comparison. */
static inline gboolean
byline_token_is (const char        *text,
                 const BylineToken *tok,
                 const char        *word)
{
  gsize n = byline_token_len (tok);

  for (gsize k = 0; k < n; k++)
    {
      char a = text[tok->start + k];
      if (a != word[k] && (a | 0x20) != word[k])
        return FALSE;
    }
  return word[n] == '\0';
}

G_END_DECLS
