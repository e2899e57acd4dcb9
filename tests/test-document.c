/* test-document.c: paragraphs, sentences, headline, credit, byline, datelines
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-document.h"

static BylineDocument *
doc_new (const char *s)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_data (s, strlen (s), "test.txt", FALSE, &error);

  g_assert_no_error (error);
  return byline_document_new (t);
}

static char *
span_str (const BylineDocument *d, const BylineSpan *s)
{
  if (s->end <= s->start)
    return NULL;
  return g_strndup (d->text->data + s->start, s->end - s->start);
}

typedef struct
{
  const char *input;
  const char *sentences[5];
} SentenceCase;

static const SentenceCase sentence_cases[] = {
  { "Mr. Smith met Dr. Jones. They talked.", { "Mr. Smith met Dr. Jones.", "They talked." } },
  { "The U.S. Army said so. It was late.", { "The U.S. Army said so.", "It was late." } },
  { "He lives in the U.S. The rest is history.", { "He lives in the U.S.", "The rest is history." } },
  /* a title after "U.S." goes on: "U.S. Under Secretary X"; but "Under" opens one */
  { "She met the U.S. Under Secretary of State Tom Reyes. It went well.",
    { "She met the U.S. Under Secretary of State Tom Reyes.", "It went well." } },
  { "He lived in the U.S. Under the law he could stay.", { "He lived in the U.S.", "Under the law he could stay." } },
  { "It cost $7.5 billion. Then it fell.", { "It cost $7.5 billion.", "Then it fell." } },
  { "John F. Kennedy spoke on Jan. 20, 1961. Crowds cheered.",
    { "John F. Kennedy spoke on Jan. 20, 1961.", "Crowds cheered." } },
  { "\"We still insist,\" Zarif said. \"It is final.\"", { "\"We still insist,\" Zarif said.", "\"It is final.\"" } },
  { "\"Is it over?\" he asked. Nobody knew.", { "\"Is it over?\" he asked.", "Nobody knew." } },
  { "Gov. Chris Gregoire said it. Sen. John Cornyn agreed.",
    { "Gov. Chris Gregoire said it.", "Sen. John Cornyn agreed." } },
  { "He said “Yes.” Then he left.", { "He said “Yes.”", "Then he left." } },
  { "K.C. Maurer spoke at 3.30 p.m. today.", { "K.C. Maurer spoke at 3.30 p.m. today." } },
  { "Headline here\n\nBody one. Body two!", { "Headline here", "Body one.", "Body two!" } },
  { "Acme Inc. The firm grew.", { "Acme Inc.", "The firm grew." } },
  /* an honorific of initials before a title */
  { "H.E. Dr. Amal Haddad met the envoy. Talks followed.",
    { "H.E. Dr. Amal Haddad met the envoy.", "Talks followed." } },
  { "Wait... what?", { "Wait... what?" } },
  /* a title cut short never ends a sentence before a name, not even at a line's end */
  { "The council thanked Cllr. Dara Quill for her work. Members stood.",
    { "The council thanked Cllr. Dara Quill for her work.", "Members stood." } },
  { "Troops saluted Brig. Ivo Marek at dawn. The parade began.",
    { "Troops saluted Brig. Ivo Marek at dawn.", "The parade began." } },
  { "The delegation from the coastal provinces spent an hour on Friday with Ms.\n"
    "Lena Okoro at her office. She said little.",
    { "The delegation from the coastal provinces spent an hour on Friday with Ms.\n"
      "Lena Okoro at her office.", "She said little." } },
  { "Parishioners waiting outside the old stone church in the valley greeted Fr.\n"
    "Anselm Roy warmly. Bells rang.",
    { "Parishioners waiting outside the old stone church in the valley greeted Fr.\n"
      "Anselm Roy warmly.", "Bells rang." } },
  { "He met Dr.\n\nPatients waited.", { "He met Dr.", "Patients waited." } },
  /* wrapped by hand at 80 columns: the line breaks are not sentence ends */
  { "The North's Korea Central News Agency reported that Mironov, chairman of the\n"
    "Federation Council of Russia, arrived in Pyongyang on Tuesday.\nShort line\nNext.",
    { "The North's Korea Central News Agency reported that Mironov, chairman of the\n"
      "Federation Council of Russia, arrived in Pyongyang on Tuesday.", "Short line", "Next." } },
};

static void
test_sentences (gconstpointer data)
{
  const SentenceCase *c = data;
  g_autoptr (BylineDocument) d = doc_new (c->input);
  guint expected = 0;

  while (expected < G_N_ELEMENTS (c->sentences) && c->sentences[expected])
    expected++;
  for (guint i = 0; i < d->sentences->len; i++)
    {
      BylineSentence *s = &g_array_index (d->sentences, BylineSentence, i);
      g_autofree char *got = g_strndup (d->text->data + s->start, s->end - s->start);
      g_assert_cmpuint (i, <, expected);
      g_assert_cmpstr (got, ==, c->sentences[i]);
    }
  g_assert_cmpuint (d->sentences->len, ==, expected);
}

typedef struct
{
  const char *input;
  const char *iso;        /* the article's date */
  const char *dateline;   /* the words that date it */
} DatelineCase;

static const DatelineCase dateline_cases[] = {
  { "Talks Open\n\nDecember 11, 2013\n\nThe ministers met on Wednesday in Geneva for talks that ran late into the night and ended with a joint statement.",
    "2013-12-11", "December 11, 2013" },
  { "Talks Open\n\nDec. 11, 2013\n\nThe ministers met on Wednesday.", "2013-12-11", "Dec. 11, 2013" },
  { "Talks Open\n\n11 December 2013\n\nThe ministers met.", "2013-12-11", "11 December 2013" },
  { "Talks Open\n\n2013-12-11\n\nThe ministers met.", "2013-12-11", "2013-12-11" },
  { "Team honored\n\nFriday, July 21, 2017\n\nA group of teenagers won.", "2017-07-21", "July 21, 2017" },
  { "Ministers meet\n\nWed Sep 28, 2016 16:40:40\n\nThe ministers met.", "2016-09-28", "Wed Sep 28, 2016" },
  { "Tue, 12/12/2017\n\nPutin meets Erdogan\n\nThe leaders met.", "2017-12-12", "Tue, 12/12/2017" },
  { "Meeting ends\n\nWritten By DNA Web Team | Updated: Apr 29, 2010, 04:48 PM IST\n\nThe talks ended.",
    "2010-04-29", "Apr 29, 2010" },
  { "Thu 19th December 2019\n\nMOSCOW, 19th December, 2019 (Sputnik) - The ministers met.", "2019-12-19",
    "Thu 19th December 2019" },
};

static void
test_datelines (gconstpointer data)
{
  const DatelineCase *c = data;
  g_autoptr (BylineDocument) d = doc_new (c->input);
  g_autofree char *iso = byline_day_valid (&d->date) ? byline_day_to_iso (&d->date) : NULL;
  g_autofree char *dl = span_str (d, &d->dateline);

  g_assert_cmpstr (iso, ==, c->iso);
  g_assert_cmpstr (dl, ==, c->dateline);
}

typedef struct
{
  const char *input;
  const char *place;
  const char *agency;
} WireCase;

static const WireCase wire_cases[] = {
  { "Talks\n\nWASHINGTON (Reuters) - The United States said on Monday that talks would go on.", "WASHINGTON", "Reuters" },
  { "Talks\n\nANKARA (AA) – Turkish officials met their counterparts.", "ANKARA", "AA" },
  { "Talks\n\nPyongyang, October 23 (KCNA) -- Pak Thae Song met Wolodin.", "Pyongyang", "KCNA" },
  { "Talks\n\nSEOUL, Nov. 24 (Yonhap) -- Russian officials met North Korean leaders.", "SEOUL", "Yonhap" },
  { "Speakers meet in Tehran\n\nTEHRAN-Anadolu Agency\n\nThe speakers met on Dec. 7.", "TEHRAN", "Anadolu Agency" },
  { "Talks\n\nKUALA LUMPUR - Singapore's minister met Malaysian leaders.", "KUALA LUMPUR", NULL },
  { "Plant\n\nWARSAW/SEOUL, Sept 14 - SK On will build a plant.", "WARSAW/SEOUL", NULL },
  /* no dash after a dated place's agency: the lead goes on in the line */
  { "Rail\n\nHsinchu, May 6 (CNA) Two rail operators signed a deal on Friday.", "Hsinchu", "CNA" },
  { "Dam\n\nGuwahati, Jan. 19 (IANS) Officials of Assam and Meghalaya met.", "Guwahati", "IANS" },
  { "Vote\n\nNAIROBI (KNA) Kenyan senators voted on Tuesday.", "NAIROBI", "KNA" },
  /* a known place in lower case, a dash set off by spaces and the lead: no agency */
  { "Envoy\n\nLuanda - The President of the Republic received an envoy.", "Luanda", NULL },
  { "Talks\n\nNairobi – Kenyan and Ethiopian ministers met on Monday.", "Nairobi", NULL },
  /* a particle inside the place; the Spanish agencies' ".-" */
  { "Port\n\nRio de Janeiro, May 2 (Reuters) - Officials met the port's owners.", "Rio de Janeiro", "Reuters" },
  { "Trade\n\nBuenos Aires, Mar 14, 2019 (EFE).- The ministers met in the capital.", "Buenos Aires", "EFE" },
  { "Visas\n\nMexico City.- The foreign secretary hosted his counterpart.", "Mexico City", NULL },
  /* no comma between the place and its day, the year after a slash */
  { "Dam\n\nBahir Dar March 14/2019 (ENA) Regional officials met the engineers today.", "Bahir Dar", "ENA" },
  { "Dam\n\nKAMPALA June 2, 2021 (UNA) Ministers met the engineers today.", "KAMPALA", "UNA" },
  /* but not a name before a dash */
  { "Bill\n\nMara Quist - The senator said nothing more.", NULL, NULL },
  /* a name and its party, not a dateline */
  { "Bill\n\nSenator Mara Quist (D) Said nothing more on Monday.", NULL, NULL },
  { "Bill\n\nMara Quist (D) said on Monday that the bill would pass.", NULL, NULL },
};

static void
test_wire (gconstpointer data)
{
  const WireCase *c = data;
  g_autoptr (BylineDocument) d = doc_new (c->input);
  g_autofree char *place = span_str (d, &d->wire_place);
  g_autofree char *agency = span_str (d, &d->wire_agency);

  g_assert_cmpstr (place, ==, c->place);
  g_assert_cmpstr (agency, ==, c->agency);
}

static void
test_structure (void)
{
  const char *s =
    "Iran, Russia Boost Ties\n\n"
    "Top leaders travel to Moscow, Tehran for talks on key issues\n\n"
    "Sergei Lavrov / AP\n"
    "December 11, 2013\n\n"
    "Senior Iranian and Russian officials traveled to each other’s countries this week for a series of meetings.\n\n"
    "Russian Foreign Minister Sergei Lavrov was scheduled to land in Tehran on Wednesday.\n";
  g_autoptr (BylineDocument) d = doc_new (s);
  g_autofree char *title = span_str (d, &d->title);
  g_autofree char *standfirst = span_str (d, &d->standfirst);
  g_autofree char *credit = span_str (d, &d->credit);
  g_autofree char *byline = span_str (d, &d->byline);

  g_assert_cmpstr (title, ==, "Iran, Russia Boost Ties");
  g_assert_cmpstr (standfirst, ==, "Top leaders travel to Moscow, Tehran for talks on key issues");
  g_assert_cmpstr (credit, ==, "Sergei Lavrov / AP");
  g_assert_null (byline);
  g_assert_cmpuint (d->paragraphs->len, ==, 5);
  g_assert_cmpuint (d->sentences->len, ==, 6);
}

static void
test_byline_and_caption_credit (void)
{
  const char *s =
    "Ministers Meet\n\n"
    "By Jane Doe\n\n"
    "Foreign ministers listen to remarks during a meeting in Singapore July 23, 2008. REUTERS/Vivek Prakash\n\n"
    "SINGAPORE (Reuters) - The ministers met on Wednesday.\n";
  g_autoptr (BylineDocument) d = doc_new (s);
  g_autofree char *byline = span_str (d, &d->byline);
  g_autofree char *credit = span_str (d, &d->credit);

  g_assert_cmpstr (byline, ==, "By Jane Doe");
  g_assert_cmpstr (credit, ==, "REUTERS/Vivek Prakash");
  g_assert_cmpint (d->date.year, ==, 2008);
}

/* a credit whose left side is a role ("Staff writer / Outlet"); a dateline in
 * fields ("AGENCY | Place | Updated: ...") names the agency and the place */
static void
test_role_credit_and_field_dateline (void)
{
  const char *s =
    "Ministers Meet\n\n"
    "Staff writer / Harbour Post\n\n"
    "UNI | Nairobi | Updated: 05-03-2022 10:00 IST\n\n"
    "The ministers met on Wednesday.\n";
  g_autoptr (BylineDocument) d = doc_new (s);
  g_autofree char *credit = span_str (d, &d->credit);
  g_autofree char *agency = span_str (d, &d->wire_agency);
  g_autofree char *place = span_str (d, &d->wire_place);

  g_assert_cmpstr (credit, ==, "Staff writer / Harbour Post");
  g_assert_cmpstr (agency, ==, "UNI");
  g_assert_cmpstr (place, ==, "Nairobi");
}

/* a wire dateline with no year: the year in which its day fell on the weekday
 * the lead names, up to today; none with no weekday, or "last Monday"; a full
 * date near the top of that day, or of a year that fits the weekday, first */
typedef struct
{
  const char *input;
  int         month;
  int         day;
  int         weekday;  /* 0: no date */
  const char *iso;      /* or this exact date */
} YearlessCase;

static const YearlessCase yearless_cases[] = {
  { "NAIROBI, Mar 4 (Reuters) - Kenya and Uganda agreed on Tuesday to reopen two border posts.", 3, 4, 2, NULL },
  { "LISBON, 9 October (Lusa) -- Portugal's prime minister said Friday that the budget would pass.", 10, 9, 5, NULL },
  { "OSLO, Jan. 7 (NTB) - The two ministers, who met last Monday in Bergen, spoke again.", 0, 0, 0, NULL },
  { "HANOI, Aug 3 (VNA) - The ministers met in Hanoi to discuss rice exports.", 0, 0, 0, NULL },
  { "PERTH, Feb 2 (AAP) - The ministers met on Monday.\n\nFebruary 2, 2021\n\nThey agreed on a plan.",
    0, 0, 0, "2021-02-02" },
  /* (a full date of another day only when its year puts the wire's day on the
   * lead's weekday: not "the June 4, 1967 lines"; then the wire's day in it) */
  { "AMMAN, Oct. 14 (Petra) - The King on Monday received the president. He backed a state on the June 4, 1967 "
    "lines.", 10, 14, 1, NULL },
  { "AMMAN, Oct. 14 (Petra) - The King on Monday received the president. The accord of October 10, 2019 was "
    "discussed.", 0, 0, 0, "2019-10-14" },
};

static void
test_yearless_dateline (gconstpointer data)
{
  const YearlessCase *c = data;
  g_autoptr (BylineDocument) d = doc_new (c->input);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  GDate day;

  if (c->iso != NULL)
    {
      g_autofree char *iso = byline_day_to_iso (&d->date);
      g_assert_cmpstr (iso, ==, c->iso);
      return;
    }
  if (c->weekday == 0)
    {
      g_assert_cmpint (d->date.year, ==, 0);
      return;
    }
  g_assert_cmpint (d->date.month, ==, c->month);
  g_assert_cmpint (d->date.day, ==, c->day);
  g_assert_cmpint (d->date.year, <=, g_date_time_get_year (now));
  g_assert_cmpint (d->date.year, >, g_date_time_get_year (now) - 28);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, (GDateDay) c->day, (GDateMonth) c->month, (GDateYear) d->date.year);
  g_assert_cmpint (g_date_get_weekday (&day), ==, c->weekday);
}

/* the day the yearless dateline is read against can be set (BYLINE_TODAY), so
 * that a run is reproducible: the latest year up to it, a day ahead allowed */
static void
test_yearless_dateline_today (void)
{
  static const struct { const char *today; const char *iso; } cases[] = {
    { "2026-12-06", "2025-03-04" },
    { "2031-06-01", "2031-03-04" },
    { "2025-03-03", "2025-03-04" },  /* the dateline a day ahead of the reader */
    { "2025-03-01", "2014-03-04" },
  };
  const char *input = "KAMPALA, March 4 (Xinhua) -- Uganda and Rwanda signed a transit accord on Tuesday.";

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (BylineDocument) d = NULL;
      g_autofree char *iso = NULL;

      g_setenv ("BYLINE_TODAY", cases[i].today, TRUE);
      d = doc_new (input);
      iso = byline_day_to_iso (&d->date);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
  g_unsetenv ("BYLINE_TODAY");
}

/* a press release's dateline: city, country, date, dash */
static void
test_city_country_dateline (void)
{
  g_autoptr (BylineDocument) d = doc_new ("Harbour Opens\n\nFOR IMMEDIATE RELEASE\n\n"
                                          "TROMSO, Norway, March 3, 2025 - The harbour opened today.\n");
  g_autofree char *place = span_str (d, &d->wire_place);

  g_assert_cmpstr (place, ==, "TROMSO");
  g_assert_cmpint (d->date.year, ==, 2025);
  g_assert_cmpint (d->date.month, ==, 3);
  g_assert_cmpint (d->date.day, ==, 3);
}

static void
test_paragraphs_without_blank_lines (void)
{
  g_autoptr (BylineDocument) d = doc_new ("First line.\r\nSecond line.\r\nThird line.");

  g_assert_cmpuint (d->paragraphs->len, ==, 3);
  g_assert_cmpuint (d->sentences->len, ==, 3);
}

static void
test_empty_document (void)
{
  g_autoptr (BylineDocument) d = doc_new ("");

  g_assert_cmpuint (d->paragraphs->len, ==, 0);
  g_assert_cmpuint (d->sentences->len, ==, 0);
  g_assert_cmpuint (d->title.end, ==, 0);
}

/* A token keeps its length in 16 bits: a longer word goes on in the next
 * token, cut at a character's start; the tokens still cover the text */
static void
test_long_word (void)
{
  g_autoptr (GString) s = g_string_new ("Ministers said ");
  g_autoptr (BylineDocument) d = NULL;
  const BylineToken *toks;
  guint32 at;

  for (guint i = 0; i < 40000; i++)
    g_string_append (s, "\xC3\xA9"); /* é, two bytes */
  g_string_append (s, " talks");
  d = doc_new (s->str);
  toks = (const BylineToken *) d->tokens->data;
  g_assert_cmpuint (d->tokens->len, ==, 5);
  g_assert_cmpuint (byline_token_end (&toks[1]), ==, strlen ("Ministers said"));
  g_assert_true (byline_token_cls (&toks[1]) & BYLINE_WORD_SPEECH);
  at = toks[2].start;
  g_assert_cmpuint (byline_token_len (&toks[2]), ==, 65534);
  g_assert_cmpuint (toks[3].start, ==, byline_token_end (&toks[2]));
  g_assert_cmpuint (byline_token_end (&toks[3]), ==, at + 80000);
  g_assert_true (g_utf8_validate (s->str + toks[3].start, byline_token_len (&toks[3]), NULL));
  g_assert_cmpuint (toks[4].start, ==, at + 80001);
  g_assert_cmpuint (byline_token_len (&toks[4]), ==, 5);
  g_assert_cmpuint (byline_token_cls (&toks[2]), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (sentence_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/sentences/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &sentence_cases[i], test_sentences);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (dateline_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/dateline/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &dateline_cases[i], test_datelines);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (wire_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/wire/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &wire_cases[i], test_wire);
    }
  for (guint i = 0; i < G_N_ELEMENTS (yearless_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/yearless-dateline/%u", i);
      g_test_add_data_func (path, &yearless_cases[i], test_yearless_dateline);
    }
  g_test_add_func ("/document/yearless-dateline/today", test_yearless_dateline_today);
  g_test_add_func ("/document/structure", test_structure);
  g_test_add_func ("/document/byline-and-caption-credit", test_byline_and_caption_credit);
  g_test_add_func ("/document/role-credit-and-field-dateline", test_role_credit_and_field_dateline);
  g_test_add_func ("/document/city-country-dateline", test_city_country_dateline);
  g_test_add_func ("/document/paragraphs-without-blank-lines", test_paragraphs_without_blank_lines);
  g_test_add_func ("/document/empty", test_empty_document);
  g_test_add_func ("/document/long-word", test_long_word);
  return g_test_run ();
}
