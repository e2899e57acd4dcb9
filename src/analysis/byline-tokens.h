/* byline-tokens.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

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
  BYLINE_TOKEN_NAME_START = 1 << 11, /* a word a title or a name of the lexicon starts with (set by byline_tokens_classify ()) */
} BylineTokenFlags;

/* 8 bytes: the token array is the largest thing the analysis holds (about
 * twice the text). A word's classes are one of the few combinations of
 * BylineWordClass bits that the lexicon has (about two hundred), so a token
 * keeps an index into them, not the bits; a token shorter than 128 bytes
 * (nearly all) keeps its length in 7 bits and the index in the 9 above
 * them, a longer one its length in all 16 and no word classes (no word of a
 * list is that long; the tokenizer cuts a word longer than 65 535 bytes).
 * Read the end and the word classes with byline_token_end () and
 * byline_token_cls (), and make a token with byline_token_make (): the
 * members behind them are not for reading. */
typedef struct
{
  guint32 start;       /* byte offset */
  guint16 kind : 3;    /* BylineTokenKind */
  guint16 flags : 12;  /* BylineTokenFlags */
  guint16 long_ : 1;   /* 128 bytes or more: len_cls_ is the length alone */
  guint16 len_cls_;    /* byline_token_end (), byline_token_cls () */
} BylineToken;

G_STATIC_ASSERT (sizeof (BylineToken) == 8);

#define BYLINE_TOKEN_MAX_LEN G_MAXUINT16
#define BYLINE_TOKEN_SHORT_BITS 7
#define BYLINE_TOKEN_SHORT_MAX ((1 << BYLINE_TOKEN_SHORT_BITS) - 1)
#define BYLINE_TOKEN_MAX_CLASSES (1 << (16 - BYLINE_TOKEN_SHORT_BITS))

/* The combinations of word classes met so far, by index; 0 is none. Filled
 * by byline_token_class_index (), read by byline_token_cls (). */
extern guint32 byline_token_classes[BYLINE_TOKEN_MAX_CLASSES];

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
gboolean  byline_is_quote_char     (gunichar c);
gboolean  byline_is_apostrophe     (gunichar c);
gboolean  byline_is_dash           (gunichar c);
guint16   byline_token_class_index (guint32 cls);

/* The first of the tokens [lo, hi) that starts at or after byte @at (tokens
 * are in the text's order), or @hi */
static inline guint
byline_tokens_lower_bound (const BylineToken *toks, guint lo, guint hi, guint32 at)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (toks[mid].start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* where @tok ends: the byte after it */
static inline guint32
byline_token_end (const BylineToken *tok)
{
  return tok->start + (G_LIKELY (!tok->long_) ? (guint32) (tok->len_cls_ & BYLINE_TOKEN_SHORT_MAX)
                                              : (guint32) tok->len_cls_);
}

/* the BylineWordClass bits of @tok, set by byline_tokens_classify () */
static inline guint32
byline_token_cls (const BylineToken *tok)
{
  return G_LIKELY (!tok->long_) ? byline_token_classes[tok->len_cls_ >> BYLINE_TOKEN_SHORT_BITS] : 0;
}

/* the word classes of @tok as the index byline_token_class_index () gave;
 * a long token has none */
static inline void
byline_token_set_class_index (BylineToken *tok,
                              guint16      index)
{
  if (!tok->long_)
    tok->len_cls_ = (guint16) ((tok->len_cls_ & BYLINE_TOKEN_SHORT_MAX) | (index << BYLINE_TOKEN_SHORT_BITS));
}

static inline void
byline_token_set_cls (BylineToken *tok,
                      guint32      cls)
{
  byline_token_set_class_index (tok, cls == 0 ? 0 : byline_token_class_index (cls));
}

/* sets the length of @tok, with no word classes */
static inline void
byline_token_set_len (BylineToken *tok,
                      guint32      len)
{
  len = MIN (len, BYLINE_TOKEN_MAX_LEN);
  tok->long_ = len > BYLINE_TOKEN_SHORT_MAX;
  tok->len_cls_ = (guint16) len;
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
  byline_token_set_len (&tok, end - start);
  tok.kind = kind;
  tok.flags = flags;
  return tok;
}

static inline gsize
byline_token_len (const BylineToken *tok)
{
  return byline_token_end (tok) - tok->start;
}

/* The first eight bytes of @tok as a number, the bytes after its end zero:
 * two words of up to eight bytes are the same bytes when their heads are
 * equal (no token holds a NUL). 0 when eight bytes cannot be read before
 * @text_end, the end of the last token. */
static inline guint64
byline_token_head (const char        *text,
                   const BylineToken *tok,
                   guint32            text_end)
{
  guint64 v;
  gsize len = byline_token_len (tok);

  if (tok->start + 8 > text_end)
    return 0;
  memcpy (&v, text + tok->start, sizeof v);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (len < 8)
    v &= (G_GUINT64_CONSTANT (1) << (len * 8)) - 1;
#else
  if (len < 8)
    v &= ~((G_GUINT64_CONSTANT (1) << ((8 - len) * 8)) - 1);
#endif
  return v;
}

/* The first character of @tok: its first byte when that is ASCII */
static inline gunichar
byline_token_first_char (const char        *text,
                         const BylineToken *tok)
{
  guchar b = (guchar) text[tok->start];

  return b < 0x80 ? b : g_utf8_get_char (text + tok->start);
}

/* A function that compares a token with a word is inlined wherever it is
 * called: a literal word's length is then known and most tokens are turned
 * down by one comparison */
#if defined(__GNUC__)
#define BYLINE_ALWAYS_INLINE __attribute__ ((always_inline))
#else
#define BYLINE_ALWAYS_INLINE
#endif

/* Compares a token with an ASCII word, ignoring case. A word from a list is
 * not measured first: its end is where it stops matching (a NUL matches no
 * byte of a token), so most words cost one comparison. A literal's length is
 * known to the compiler, and a token of another length is no with one test
 * (the function is inlined for that: it is called at a few hundred places,
 * most of them at every token). */
BYLINE_ALWAYS_INLINE
static inline gboolean
byline_token_is (const char        *text,
                 const BylineToken *tok,
                 const char        *word)
{
  gsize n = byline_token_len (tok);

#if defined(__GNUC__)
  if (__builtin_constant_p (__builtin_strlen (word)) && __builtin_strlen (word) != n)
    return FALSE;
#endif
  for (gsize k = 0; k < n; k++)
    {
      char a = text[tok->start + k];
      if (a != word[k] && (a | 0x20) != word[k])
        return FALSE;
    }
  return word[n] == '\0';
}

G_END_DECLS
