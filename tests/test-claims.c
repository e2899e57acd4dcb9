/* test-claims.c: attribution of claims, hedges, loaded words, signals
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-util.h"

/* the claim whose words have @words, read back into one of a few views
 * that stay valid for the next calls and as long as @a */
static const BylineClaimView *
claim_with (const BylineAnalysis *a, const char *words)
{
  static BylineClaimView views[8];
  static guint next;

  for (guint i = 0; i < a->claims->len; i++)
    {
      BylineClaimView *c = &views[next % G_N_ELEMENTS (views)];
      g_autofree char *t = NULL;

      byline_claims_view (a->claims, i, c);
      t = g_strndup (a->text->data + c->start, c->end - c->start);
      if (strstr (t, words) != NULL)
        {
          next++;
          return c;
        }
    }
  return NULL;
}

typedef struct
{
  const char *sentence;
  BylineAttribution attribution;
  const char *source; /* source_name, or NULL */
} ClaimCase;

static const ClaimCase cases[] = {
  { "Iran continues to unveil new weaponry, according to Fars.", BYLINE_ATTRIBUTION_STATE_MEDIA,
    "Fars" },
  { "Russian state media reported last week that Moscow plans to open four new rescue centers.",
    BYLINE_ATTRIBUTION_STATE_MEDIA, "Russian state media" },
  { "Turkish media reported last week that Ankara is considering a third border crossing.",
    BYLINE_ATTRIBUTION_MEDIA, "Turkish media" },
  { "Russia’s Foreign Ministry stated that it considers Tehran influential, Iran’s Fars News "
    "reported on Tuesday.",
    BYLINE_ATTRIBUTION_STATE_MEDIA, "Fars News" },
  { "Lavrov is not in Tehran as a representative of the group, according to Russian media reports.",
    BYLINE_ATTRIBUTION_MEDIA, NULL },
  { "Senior officials traveled to each other’s countries this week, according to officials from "
    "both countries.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { "Officials familiar with the negotiations said the agreement is likely to be signed in April.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { "\"We still insist on the fulfillment of our agreements,\" Javad Zarif said.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Javad Zarif" },
  { "The Foreign Ministry said the talks would go on next month.", BYLINE_ATTRIBUTION_NAMED_ORG,
    "Foreign Ministry" },
  { "Iran’s space program is believed to be a cover for a weapons research program.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { "The deal would provide Tehran somewhere near $7 billion in sanctions relief.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { "Western nations have balked at the request, citing its blatant support for the embattled "
    "president.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
};

/* The frame a claim sits in, read from the structure of the sentence; the
 * sentences are written for these tests. `before` is the text ahead of it. */
typedef struct
{
  const char *before;
  const char *sentence;
  BylineAttribution attribution;
  const char *source; /* source_name, or NULL */
} FrameCase;

static const FrameCase frame_cases[] = {
  /* "according to": the person of the noun group, past the body and the role */
  { NULL,
    "The ferry link will reopen in May, according to Transport Ministry spokeswoman Maria Lopez.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Maria Lopez" },
  { NULL,
    "According to the club's captain, Peter Novak, the players had not been paid since March.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Peter Novak" },
  { NULL,
    "In the words of the defence lawyer, John Okafor, \"the case should never have come to "
    "court.\"",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "John Okafor" },
  /* "according to the report": the outlet named before */
  { "Xinhua reported that the two ministers met in Lanzhou on Friday. ",
    "The ministers agreed to double the number of flights between the two cities, according to the "
    "report.",
    BYLINE_ATTRIBUTION_STATE_MEDIA, "Xinhua" },
  /* a frame after its content: the outer source */
  { NULL, "The two ministers discussed grain exports on Monday, the country's state media said.",
    BYLINE_ATTRIBUTION_STATE_MEDIA, NULL },
  { NULL,
    "The talks ended after six hours and will resume on Friday, Ukrainian news agencies reported.",
    BYLINE_ATTRIBUTION_MEDIA, NULL },
  { NULL,
    "The delegation will also raise the water dispute in its meetings with local leaders, they "
    "said.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { NULL, "The envoy hopes the talks will resume before the elections, Tanjug reports.",
    BYLINE_ATTRIBUTION_STATE_MEDIA, "Tanjug" },
  { NULL, "Most of the grant went to rural schools, said Okafor, who runs the fund.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
  /* "it is learned that": the writer's unnamed sources */
  { NULL, "It is learned that the pipeline project was also raised at the dinner.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  /* the subject of the frame: a role, an apposition, a possessive */
  { NULL, "The envoy said he was glad to visit the party headquarters.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
  { NULL,
    "David Chen, chief executive of the port authority, said 300 ships used the canal last year.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "David Chen" },
  { NULL, "The survey's authors say the shortage is worst in the north.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { NULL,
    "Elena Petrova, the deputy mayor, was quoted as telling reporters that the bridge would reopen "
    "in June.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Elena Petrova" },
  { NULL,
    "The Brazilian agriculture minister, meanwhile, pointed to the drought and said, \"We cannot "
    "plant before the rains.\"",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
  { NULL,
    "Citing court rules, officials have not said why the ship was held, but harbour master Peter "
    "Novak says the papers were missing.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Peter Novak" },
  /* an outlet that is the venue or the employer, not the speaker */
  { NULL, "In an interview with The Guardian, the senator said she would not run again.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
  { NULL, "\"It could have been far worse,\" David Chen, a columnist at the Daily Mirror, said.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "David Chen" },
  { NULL, "\"The bill is dead,\" said Sen. Maria Lopez, a Democrat from Maine.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Maria Lopez" },
  /* a place for its government, as the subject; not after a preposition */
  { NULL, "Moscow has repeatedly denied sending troops across the border.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Moscow" },
  { NULL,
    "Peter Novak in a meeting with the governor in Warsaw underlined the need for more trains.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Peter Novak" },
  /* emphasis asserts what it stresses; a request does not */
  { NULL,
    "Elena Petrova thanked her hosts for the invitation and stressed the value of the new rail "
    "link.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Elena Petrova" },
  { NULL, "At the briefing, David Chen spoke of the talks being frank and useful.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "David Chen" },
  { NULL, "Maria Lopez urged the council to approve the budget before July.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  /* a participle frame: the sentence's subject speaks */
  { NULL, "Norway and Chile rejected the proposal, saying it ignored small fishing fleets.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Chile" },
  /* the head of the subject, past the phrase attached to it */
  { NULL, "Officials at the Finance Ministry said the tax would be dropped.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { NULL,
    "Customs Service officials, speaking on condition of anonymity, said the cargo had been "
    "seized.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { NULL,
    "Several geologists contacted by the Guardian said the cave was older than first thought.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { NULL,
    "Exports fell 9 percent in May, according to figures released by the International Monetary "
    "Fund.",
    BYLINE_ATTRIBUTION_NAMED_ORG, NULL },
  /* a finding of a court, a survey or a body; a figure a body reports or ranks by */
  { NULL, "Judge Tom Reed ruled that the bank had breached its duty.", BYLINE_ATTRIBUTION_NAMED_PERSON, "Tom Reed" },
  { NULL, "A survey by the Pew Research Center found that most adults distrust the news.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Pew Research Center" },
  { NULL, "Freedom House ranked Chad 160th of 195 countries.", BYLINE_ATTRIBUTION_NAMED_ORG, "Freedom House" },
  { NULL, "Volvo Cars reported a 9 percent rise in quarterly sales.", BYLINE_ATTRIBUTION_NAMED_ORG, "Volvo Cars" },
  { NULL, "Police found the car in a lake on Monday.", BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  /* "Figures released by X show" at a sentence's start; a port authority's name is no anonymous
   * "authorities"; "its results" of the body named in the sentence before */
  { NULL, "Figures released by the Bank of Ghana show the cedi lost 20 percent of its value.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Bank of Ghana" },
  { NULL, "According to the Port of Tema Authority, 30 ships were waiting to berth.", BYLINE_ATTRIBUTION_NAMED_ORG,
    NULL },
  { "Nestlé cut its sales forecast on Monday.", "Sales in Brazil fell 3 percent, according to its quarterly results.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Nestlé" },
  { NULL, "Russia has fired 900 missiles, according to a tally by the Institute for the Study of War.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Institute for the Study of War" },
  /* an outlet quoting a named person: the person's words; unnamed officials stay the outlet's */
  { NULL, "Xinhua quoted Foreign Minister Wang Lei as saying the talks were useful.", BYLINE_ATTRIBUTION_NAMED_PERSON,
    "Wang Lei" },
  { NULL, "IRNA quoted officials as saying the talks were useful.", BYLINE_ATTRIBUTION_STATE_MEDIA, "IRNA" },
  /* the owner of the data; "an estimate by the commission" */
  { NULL, "The Riksbank's latest data show household lending accelerated in March.", BYLINE_ATTRIBUTION_NAMED_ORG,
    "Riksbank" },
  { NULL, "Kenya loses a third of its budget to graft, according to a 2023 estimate by the commission.",
    BYLINE_ATTRIBUTION_NAMED_ORG, NULL },
  /* observers of a named body; people close to someone; an outlet named after its kind */
  { NULL, "Observers from the African Union said the vote was calm.", BYLINE_ATTRIBUTION_NAMED_ORG, "African Union" },
  { NULL, "People close to the governor said she would resign.", BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { NULL, "The newspaper Daily Planet reported that the mayor had resigned.", BYLINE_ATTRIBUTION_MEDIA, NULL },
  /* analysts of a named body speak through it; "its results" are the body's */
  { NULL, "Analysts at Morgan Stanley said the plant would double its output by 2030.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Morgan Stanley" },
  { NULL, "The merger will cut costs by a fifth, economists from Deutsche Bank said on Friday.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Deutsche Bank" },
  { NULL, "Rolls-Royce lost $2 billion last year, according to its annual results.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Rolls-Royce" },
  { NULL, "Housing starts fell 6 percent in June, according to data released by Statistics Canada.",
    BYLINE_ATTRIBUTION_NAMED_ORG, "Statistics Canada" },
  { NULL,
    "The strike cost the airline $40 million, according to a translation of a report in the Asahi "
    "Shimbun.",
    BYLINE_ATTRIBUTION_MEDIA, NULL },
  { NULL,
    "Peter Novak, director of the city museum, and chair of the heritage trust, says the roof must "
    "be replaced.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Peter Novak" },
  { "Elena Petrova, the Bulgarian ambassador, arrived on Monday. ",
    "Pointing to the new ferry line, the diplomat expressed hope that trade would double.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
  { NULL, "Secretary of State Maria Lopez said the embassy would reopen in the spring.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Maria Lopez" },
  /* "..., said the X" names the speaker; "..., said the deal could ..." does not */
  { NULL, "Water levels are falling, said the regional governor.", BYLINE_ATTRIBUTION_NAMED_PERSON,
    NULL },
  /* a plural role: the ones named before, or an unnamed group */
  { "Anna Berg and Mateo Fuentes met in Oslo on Monday. ",
    "Both ministers said the talks on fishing quotas had been useful.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
  { NULL, "Several ambassadors said the summit would be moved to Vienna.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  /* speech that has not happened frames nothing */
  { NULL,
    "The ministers could elaborate on a new agreement that commits both sides to cut tariffs.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  /* a pronoun stands for a person */
  { NULL, "She said she had \"no regrets\" about leaving the party.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
  /* unnamed groups and bodies */
  { NULL, "Police said the driver was arrested near the station late on Sunday.",
    BYLINE_ATTRIBUTION_ANONYMOUS, NULL },
  { NULL, "Investigators believe the fire started in the kitchen.", BYLINE_ATTRIBUTION_ANONYMOUS,
    NULL },
  { NULL, "The bank expects inflation to ease to 3 percent next year.",
    BYLINE_ATTRIBUTION_NAMED_ORG, NULL },
  { NULL, "State radio said the curfew would be lifted on Friday.", BYLINE_ATTRIBUTION_STATE_MEDIA,
    NULL },
  /* the writer's report of an act, not reported speech */
  { NULL, "Elena Petrova met the mayor of Gdansk, who expressed his wish to expand the port.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { NULL,
    "Elena Petrova opened talks with the Polish minister this morning and voiced hope that the "
    "visit will settle the dispute.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { NULL, "President Maria Lopez made the remarks while receiving the new ambassador.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { NULL, "At the start of the dinner, Maria Lopez heaped praise on her guest.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { NULL, "Governor John Okafor personally asked the water board to help the farmers.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { NULL,
    "Peter Novak spoke through an interpreter and referred to his host as \"a true partner.\"",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  { NULL, "On the long history of trade between the two ports, she called for more ferries.",
    BYLINE_ATTRIBUTION_UNATTRIBUTED, NULL },
  /* a frame that takes a clause: the speaker */
  { NULL, "Maria Lopez admitted she was willing to delay the vote.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, "Maria Lopez" },
  { NULL, "The minister stressed that the budget would not be cut.",
    BYLINE_ATTRIBUTION_NAMED_PERSON, NULL },
};

static void
test_frame_case (gconstpointer data)
{
  const FrameCase *f = data;
  g_autofree char *text = g_strconcat ("Talks\n\nDecember 11, 2013\n\n", f->before ? f->before : "",
                                       f->sentence, NULL);
  g_autoptr (BylineAnalysis) a = test_analyse (text);
  const BylineClaimView *claim = claim_with (a, f->sentence + 4);

  g_assert_nonnull (claim);
  g_assert_cmpstr (byline_attribution_to_string (claim->attribution), ==,
                   byline_attribution_to_string (f->attribution));
  if (f->source)
    g_assert_cmpstr (claim->source_name, ==, f->source);
  if (f->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA)
    g_assert_nonnull (claim->reason);
}

static void
test_case (gconstpointer data)
{
  const ClaimCase *c = data;
  g_autofree char *text = g_strconcat ("Talks\n\nDecember 11, 2013\n\n", c->sentence, NULL);
  g_autoptr (BylineAnalysis) a = test_analyse (text);
  const BylineClaimView *claim = claim_with (a, c->sentence + 4);

  g_assert_nonnull (claim);
  g_assert_cmpint (claim->attribution, ==, c->attribution);
  if (c->source)
    g_assert_cmpstr (claim->source_name, ==, c->source);
  if (c->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA)
    g_assert_nonnull (claim->reason);
}

static gboolean
spans_have (const BylineAnalysis *a, const BylineSpan *spans, guint n, const char *words)
{
  for (guint i = 0; i < n; i++)
    {
      const BylineSpan *s = &spans[i];
      g_autofree char *t = g_strndup (a->text->data + s->start, s->end - s->start);
      if (g_str_equal (t, words))
        return TRUE;
    }
  return FALSE;
}

static void
test_cues (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
      "Talks\n\nDecember 11, 2013\n\n"
      "Iran will likely be allowed to continue some enrichment under a final agreement.\n\n"
      "Western nations have balked, citing its blatant support for the embattled president.\n\n"
      "Iran’s space program is believed to be a cover for a weapons research program.\n\n"
      "\"It is a blatant lie,\" Anna Berg said.");
  const BylineClaimView *hedged = claim_with (a, "will likely");
  const BylineClaimView *loaded = claim_with (a, "balked");
  const BylineClaimView *passive = claim_with (a, "believed");
  const BylineClaimView *quoted = claim_with (a, "blatant lie");

  g_assert_true (spans_have (a, hedged->hedges, hedged->n_hedges, "likely"));
  g_assert_cmpint (hedged->kind, ==, BYLINE_CLAIM_PREDICTION);
  g_assert_true (spans_have (a, loaded->loaded, loaded->n_loaded, "blatant"));
  g_assert_true (spans_have (a, loaded->loaded, loaded->n_loaded, "embattled"));
  g_assert_true (spans_have (a, passive->agentless, passive->n_agentless, "is believed to"));
  /* loaded words inside a quotation are the speaker's, not the writer's */
  g_assert_cmpuint (quoted->n_loaded, ==, 0);
}

static void
test_signals (void)
{
  g_autoptr (BylineAnalysis) a
      = test_analyse ("Talks\n\nDecember 11, 2013\n\n"
                      "\"We agreed,\" Anna Berg said. \"It was hard,\" Berg added. \"We are "
                      "ready,\" Mateo Fuentes said.\n\n"
                      "The accord cost fleets an estimated $40 million.\n\n"
                      "Officials said the deal is likely to be signed in April.");
  const BylineSignals *s = &a->signals;
  const BylineVoice *first;

  /* Anna Berg twice, Mateo Fuentes once, and the unnamed "Officials" */
  g_assert_cmpuint (s->voices->len, ==, 3);
  first = &g_array_index (s->voices, BylineVoice, 0);
  g_assert_cmpstr (first->name, ==, "Anna Berg");
  g_assert_cmpuint (first->quotes, ==, 2);
  g_assert_cmpuint (s->numbers_without_source, ==, 1);
  g_assert_cmpuint (s->unnamed_sources, ==, 1);
  g_assert_cmpuint (s->by_attribution[BYLINE_ATTRIBUTION_NAMED_PERSON], >=, 1);
}

/* Claims are kept packed: a source named twice is one string in the pool,
 * each claim's spans are its own, and an empty text has no claims */
static void
test_packed (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
      "Talks\n\nDecember 11, 2013\n\n"
      "Officials from both countries said the talks would likely resume in March.\n\n"
      "Officials from both countries said the embattled plan was dropped.\n\n"
      "The two countries signed a deal on Wednesday in Tehran.");
  g_autoptr (BylineAnalysis) empty = test_analyse ("");
  const BylineClaimView *first = claim_with (a, "likely resume");
  const BylineClaimView *second = claim_with (a, "was dropped");
  const BylineClaimView *third = claim_with (a, "signed a deal");
  guint pooled = 0;

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (third);
  g_assert_nonnull (first->source_name);
  g_assert_cmpstr (first->source_name, ==, second->source_name);
  g_assert_true (first->source_name == second->source_name);
  g_assert_true (spans_have (a, first->hedges, first->n_hedges, "likely"));
  g_assert_cmpuint (first->n_loaded, ==, 0);
  g_assert_true (spans_have (a, second->loaded, second->n_loaded, "embattled"));
  g_assert_cmpuint (second->n_hedges, ==, 0);
  g_assert_cmpuint (third->n_hedges + third->n_loaded + third->n_agentless, ==, 0);
  g_assert_cmpuint (sizeof (BylineClaimRow), ==, 28);
  for (guint i = 0; i < a->claims->len; i++)
    if (a->claims->rows[i].source_name != 0)
      pooled++;
  g_assert_cmpuint (pooled, >=, 2);
  g_assert_cmpuint (empty->claims->len, ==, 0);
}

static void
test_credit_is_not_a_source (void)
{
  g_autoptr (BylineAnalysis) a
      = test_analyse ("Iran, Russia Boost Ties\n\nSergei Lavrov / AP\nDecember 11, 2013\n\n"
                      "The two countries signed a deal on Wednesday in Tehran.");

  for (guint i = 0; i < a->claims->len; i++)
    {
      const BylineClaimRow *c = &a->claims->rows[i];
      g_assert_false (c->start <= a->document->credit.start && c->end > a->document->credit.start);
      g_assert_cmpint (c->attribution, !=, BYLINE_ATTRIBUTION_MEDIA);
    }
}

/* The headline and the standfirst frame the article: they are not claims
 * (the document keeps them apart as title and standfirst) */
static void
test_framing_is_not_a_claim (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
      "Ankara, Athens Patch Up Fishing Row\n\n"
      "Ministers fly to Crete for talks on quotas\n\n"
      "March 3, 2021\n\n"
      "The two governments agreed on Tuesday to share the catch in the disputed waters.");

  g_assert_cmpuint (a->document->title.end, >, 0);
  g_assert_cmpuint (a->document->standfirst.end, >, 0);
  g_assert_null (claim_with (a, "Patch Up"));
  g_assert_null (claim_with (a, "fly to Crete"));
  g_assert_nonnull (claim_with (a, "share the catch"));
}

/* A first line with a photo credit is a caption: it asserts what the picture shows */
static void
test_caption_is_a_claim (void)
{
  g_autoptr (BylineAnalysis) a
      = test_analyse ("Premier Lena Voss (L) greets visiting Trade Minister Omar Haddad in Oslo "
                      "May 4, 2019. [Photo by Ana Ruiz/Nordic Wire]\n\n"
                      "Voss and Haddad began two days of talks on fish exports on Monday.");

  g_assert_nonnull (claim_with (a, "greets visiting"));
}

/* The seed article: its headline and standfirst are not claims; its claims
 * rest on the speakers of their frames */
static void
test_seed_framing (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse_seed ();

  if (a == NULL)
    return;
  g_assert_cmpuint (a->document->title.end, >, 0);
  for (guint i = 0; i < a->claims->len; i++)
    {
      const BylineClaimRow *c = &a->claims->rows[i];
      g_assert_false (byline_span_contains (&a->document->title, c->start));
      g_assert_false (byline_span_contains (&a->document->standfirst, c->start));
    }
  /* a claim's source is the speaker of its sentence's frame: the outer one
   * when the sentence reports a report */
  {
    const BylineClaimView *c = claim_with (a, "influential states");
    g_assert_nonnull (c);
    g_assert_cmpint (c->attribution, ==, BYLINE_ATTRIBUTION_STATE_MEDIA);
    g_assert_cmpstr (c->source_name, ==, "Fars News");
    c = claim_with (a, "was quoted as telling reporters");
    g_assert_nonnull (c);
    g_assert_cmpint (c->attribution, ==, BYLINE_ATTRIBUTION_NAMED_PERSON);
    g_assert_cmpstr (c->source_name, ==, "Marzieh Afkham");
    c = claim_with (a, "Foreign Ministry said");
    g_assert_nonnull (c);
    g_assert_cmpint (c->attribution, ==, BYLINE_ATTRIBUTION_NAMED_ORG);
  }
  /* "at least two more ... reactors": a bound on a figure, not a hedge */
  {
    const BylineClaimView *c = claim_with (a, "at least two");
    g_assert_nonnull (c);
    g_assert_false (spans_have (a, c->hedges, c->n_hedges, "at least"));
  }
}

typedef struct
{
  const char *sentence;
  const char *hedge; /* the hedge the claim must have, or NULL for none */
} HedgeCase;

static const HedgeCase hedge_cases[] = {
  /* a bound on a figure states it */
  { "The utility plans to build at least three new dams before the end of the decade.", NULL },
  { "At least 40 people were hurt when the bridge gave way on Sunday.", NULL },
  { "The ministry will spend at least $2 billion on the upgrade.", NULL },
  { "The port can hold at most 12 tankers at a time.", NULL },
  /* softening words stay hedges */
  { "The plant will probably close before the winter.", "probably" },
  { "Roughly 300 families were moved from the valley.", "Roughly" },
  { "The talks may resume in the autumn.", "may" },
};

static void
test_hedge_case (gconstpointer data)
{
  const HedgeCase *h = data;
  g_autofree char *text = g_strconcat ("Talks\n\nDecember 11, 2013\n\n", h->sentence, NULL);
  g_autoptr (BylineAnalysis) a = test_analyse (text);
  const BylineClaimView *claim = claim_with (a, h->sentence + 4);

  g_assert_nonnull (claim);
  if (h->hedge == NULL)
    g_assert_cmpuint (claim->n_hedges, ==, 0);
  else
    g_assert_true (spans_have (a, claim->hedges, claim->n_hedges, h->hedge));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/claims/case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (frame_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/claims/frame/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &frame_cases[i], test_frame_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (hedge_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/claims/hedge/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &hedge_cases[i], test_hedge_case);
    }
  g_test_add_func ("/claims/cues", test_cues);
  g_test_add_func ("/claims/framing-is-not-a-claim", test_framing_is_not_a_claim);
  g_test_add_func ("/claims/caption-is-a-claim", test_caption_is_a_claim);
  g_test_add_func ("/claims/seed-framing", test_seed_framing);
  g_test_add_func ("/claims/signals", test_signals);
  g_test_add_func ("/claims/credit-is-not-a-source", test_credit_is_not_a_source);
  g_test_add_func ("/claims/packed", test_packed);
  return g_test_run ();
}
