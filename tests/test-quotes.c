/* test-quotes.c: quote marks, kinds, speakers, cues and channels
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-util.h"

typedef struct
{
  const char     *input;
  const char     *words;    /* the quote to find */
  BylineQuoteKind kind;
  const char     *speaker;  /* its speaker_name, or NULL */
  const char     *cue;      /* the reporting verb, or NULL */
  const char     *via;      /* the outlet, or NULL */
} QuoteCase;

static const QuoteCase cases[] = {
  /* a quotation its reporting clause splits is one direct quotation in two parts;
   * "Martin's office said": his words, said for him */
  { "The talks opened in London.\n\nForeign Secretary Emma Clarke met Luc Martin.\n\n\"The talks,\" Clarke "
    "added, \"were long but useful.\"", "The talks,", BYLINE_QUOTE_DIRECT, "Emma Clarke", NULL, NULL },
  { "The talks opened in London.\n\nForeign Secretary Emma Clarke met Luc Martin.\n\n\"The talks,\" Clarke "
    "added, \"were long but useful.\"", "were long but useful.", BYLINE_QUOTE_DIRECT, "Emma Clarke", NULL, NULL },
  { "The talks opened in London.\n\nForeign Secretary Emma Clarke met Luc Martin.\n\nMartin's office said the "
    "minister would return next month.", "the minister would return next month", BYLINE_QUOTE_INDIRECT,
    "Luc Martin", "said", NULL },
  /* an interview: "A:" is the one the introduction names, "Q:" nobody's quote */
  { "A ferry captain on the storm\n\nBy Lena Holt\n\nErik Sand has sailed the island route for thirty years. He "
    "talked to us in Tromso.\n\nQ: Were you afraid?\n\nA: Not for myself. The passengers were calm, and the "
    "crew knew what to do.\n\nQ: Will you sail again?\n\nA: On Monday, if the wind drops.",
    "Not for myself. The passengers were calm, and the crew knew what to do.", BYLINE_QUOTE_DIRECT, "Erik Sand",
    NULL, NULL },
  /* a toned verb with no "that" reports when a subject and its verb follow; "told
   * CNN's X that"; a description the last speaker's office does not fit */
  { "The Senate met.\n\nSen. Bernie Sanders spoke first.\n\nSanders warned the party would pay a price.",
    "the party would pay a price", BYLINE_QUOTE_INDIRECT, "Bernie Sanders", "warned", NULL },
  { "The Senate met.\n\nHouse Speaker Nancy Pelosi spoke first.\n\nPelosi told CNN's Jake Tapper that she had "
    "the votes.", "she had the votes", BYLINE_QUOTE_INDIRECT, "Nancy Pelosi", "told", NULL },
  { "The Senate met.\n\nIn an op-ed, former Vice President Al Gore argued the provisions were essential.\n\n"
    "The senator claimed that the count was wrong.", "the count was wrong", BYLINE_QUOTE_INDIRECT, "senator",
    "claimed", NULL },
  /* "he" after "X's deputy, Y, was ...": Y, the subject in apposition */
  { "The talks opened in Moscow.\n\nForeign Minister Pavel Orlov met Ravi Mehta.\n\nOrlov's deputy, Igor "
    "Sokolov, was also present. \"The talks were frank,\" he told reporters.", "The talks were frank,",
    BYLINE_QUOTE_DIRECT, "Igor Sokolov", "told", NULL },
  /* "A spokeswoman for the body, X," is X; a noun that names the future ("plan")
   * can be the reported clause's subject */
  { "The talks opened in Athens.\n\nA spokeswoman for the Democratic National Committee, Maria Lopez, declined "
    "to comment but said the party would respond.", "the party would respond", BYLINE_QUOTE_INDIRECT, "Maria Lopez",
    "said", NULL },
  { "The talks opened in Athens.\n\nEconomists argue the plan would add to the deficit.",
    "the plan would add to the deficit", BYLINE_QUOTE_INDIRECT, "Economists", "argue", NULL },
  /* a name before a quoted predicate speaks, but not inside a reported clause, nor
   * when the words go on in the first person of the one quoted before */
  { "The talks opened in Athens.\n\nAnna Berg said Omer Celik \"was in a good mood\" during the talks.",
    "was in a good mood", BYLINE_QUOTE_PARTIAL, "Anna Berg", "said", NULL },
  { "The talks opened in Athens.\n\n\"I thought the atmosphere was good,\" Foreign Minister Anna Berg said.\n\n"
    "Turkish Foreign Minister Omer Celik \"talked about the importance of trust. I do not want to go into "
    "details.\"", "talked about the importance of trust. I do not want to go into details.",
    BYLINE_QUOTE_PARTIAL, "Anna Berg", NULL, NULL },
  { "The talks opened in Athens.\n\nIranian Ambassador Reza Karimi \"praised the high level of relations\" "
    "between the two countries.", "praised the high level of relations", BYLINE_QUOTE_PARTIAL, "Reza Karimi",
    NULL, NULL },
  /* a clause of three words is a report; a clause after a verb with a tone needs
   * no "that" when its subject and verb follow */
  { "The talks opened in Athens.\n\nForeign Minister Nikos Pappas said Greece wanted peace.",
    "Greece wanted peace", BYLINE_QUOTE_INDIRECT, "Nikos Pappas", "said", NULL },
  { "The talks opened in Athens.\n\nCarlos Vela claimed the figures were false and misleading.",
    "the figures were false and misleading", BYLINE_QUOTE_INDIRECT, "Carlos Vela", "claimed", NULL },
  /* a description whose title the person named before does not hold is not that person */
  { "The talks opened in Athens.\n\nDefence Minister Elena Ruiz met Carlos Vela.\n\nThe envoy noted that the "
    "ceasefire was holding.", "the ceasefire was holding", BYLINE_QUOTE_INDIRECT, "envoy", "noted", NULL },
  /* "the president's spokesman, X," is X */
  { "The talks opened in Athens.\n\nElena Ruiz met Carlos Vela.\n\nThe president's spokesman, Marco Diaz, "
    "said in a briefing that no decision had been made.", "no decision had been made", BYLINE_QUOTE_INDIRECT,
    "Marco Diaz", "said", NULL },
  /* a body, its title, then the person who holds it: the person speaks */
  { "\"This is a historic day,\" said European Council President Charles Martel in a statement.",
    "This is a historic day,", BYLINE_QUOTE_DIRECT, "Charles Martel", "said", NULL },
  { "Hamas political chief Omar Khalil said the truce would hold.",
    "the truce would hold", BYLINE_QUOTE_INDIRECT, "Omar Khalil", "said", NULL },
  /* "the ministry" is a ministry, not the broadcaster named last */
  { "State broadcaster TRT showed the talks.\n\nThe ministry said in a statement that the talks had been "
    "\"frank and productive\".", "frank and productive", BYLINE_QUOTE_PARTIAL, "ministry", "said", NULL },
  /* a family name that is also a word, named in full before: "Park said" */
  { "Park Ji-hoon, leader of the party, spoke on Monday.\n\n\"We are ready,\" Park said.",
    "We are ready,", BYLINE_QUOTE_DIRECT, "Park Ji-hoon", "said", NULL },
  { "Condoleezza Young met Lars Holm in Oslo.\n\nYoung said the talks were useful.",
    "the talks were useful", BYLINE_QUOTE_INDIRECT, "Condoleezza Young", "said", NULL },
  /* "said in a Facebook post that ...": "post" is a noun there, the words start after "that" */
  { "Foreign Minister Olena Kovalenko said in a Facebook post that Kyiv would respond to the attack.",
    "Kyiv would respond to the attack", BYLINE_QUOTE_INDIRECT, "Olena Kovalenko", "said", NULL },
  /* the one who speaks for a person: the name in apposition, or the unnamed spokesman */
  { "Minister Anna Berg met Lars Holm.\n\nBerg's spokesman, Erik Dahl, told reporters that the minister was "
    "pleased.", "the minister was pleased", BYLINE_QUOTE_INDIRECT, "Erik Dahl", "told", NULL },
  { "Minister Anna Berg met Lars Holm.\n\nBerg's spokesman said the talks would go on.",
    "the talks would go on", BYLINE_QUOTE_INDIRECT, "Berg's spokesman", "said", NULL },
  /* "he" is the subject of the sentence before, read past its fronted phrase and
   * title by the clause reader, not the last person named */
  { "During the visit, Premier Karl Weber praised Lars Holm.\n\nHe said the talks were useful.",
    "the talks were useful", BYLINE_QUOTE_INDIRECT, "Karl Weber", "said", NULL },
  /* quote then "X said" */
  { "Foreign Minister Anna Berg met Li Wei in Oslo.\n\n\"We agreed on a great deal,\" Berg said on Monday.",
    "We agreed on a great deal,", BYLINE_QUOTE_DIRECT, "Anna Berg", "said", NULL },
  /* quote then "said X" with a lower-case title */
  { "The talks were “very good talks,” said foreign secretary Nirupama Rao.",
    "very good talks,", BYLINE_QUOTE_PARTIAL, "Nirupama Rao", "said", NULL },
  /* "X said:" then the quote */
  { "Mateo Fuentes said: “Chile remains committed to open science and will publish the data.”",
    "Chile remains committed to open science and will publish the data.", BYLINE_QUOTE_DIRECT, "Mateo Fuentes",
    "said", NULL },
  /* "he added" resolved to the person quoted before */
  { "“The talks were useful,” Anna Berg said. “We will meet again in April,” she added.",
    "We will meet again in April,", BYLINE_QUOTE_DIRECT, "Anna Berg", "added", NULL },
  /* "the statement said" resolved to the body that issued it */
  { "Russia’s Foreign Ministry said on Tuesday that the visit was useful.\n\n"
    "\"The dialogue between our countries is maintained on a regular basis,\" the statement said.",
    "The dialogue between our countries is maintained on a regular basis,", BYLINE_QUOTE_DIRECT, "Foreign Ministry",
    "said", NULL },
  /* a title and an apposition between quote and verb; the channel of the words */
  { "\"We still insist on the fulfillment of our previous agreements,\" Zarif said in response to a question, "
    "according to a translation of a report in Russia's Rossiyskaya Gazeta newspaper.",
    "We still insist on the fulfillment of our previous agreements,", BYLINE_QUOTE_DIRECT, "Zarif", "said",
    "Rossiyskaya Gazeta" },
  /* reported speech: "X made clear to the press that ..." */
  { "Sergei Lavrov made clear to the Russian press that he is not in Tehran as a representative of the group.",
    "he is not in Tehran as a representative of the group", BYLINE_QUOTE_INDIRECT, "Sergei Lavrov", NULL, NULL },
  /* reported speech after a wire dateline, a title before the name, a phrase after the verb */
  { "Steel talks\n\nOTTAWA (Reuters) - Canada will press the United States to lift tariffs, Canadian Foreign "
    "Minister Claire Thibodeau said on Thursday after talks with her Mexican counterpart.",
    "Canada will press the United States to lift tariffs", BYLINE_QUOTE_INDIRECT, "Claire Thibodeau", "said",
    NULL },
  /* "the company said", "the museum said": the body named before, by its head word first */
  { "Battery maker SK On will invest $7.5 billion in a plant in Poland, the company said on Wednesday.",
    "Battery maker SK On will invest $7.5 billion in a plant in Poland", BYLINE_QUOTE_INDIRECT, "SK On", "said",
    NULL },
  { "The Natal Broadcasting Corporation reported on the dig.\n\nCasts of the bones will go on display at the "
    "Ditsong National Museum of Natural History from next month, the museum said.",
    "Casts of the bones will go on display at the Ditsong National Museum of Natural History from next month",
    BYLINE_QUOTE_INDIRECT, "Ditsong National Museum of Natural History", "said", NULL },
  { "Plant\n\nWARSAW/SEOUL, Sept 14 - Battery maker SK On will invest in Poland, the company said on "
    "Wednesday, in one of the largest investments in the country's history.",
    "Battery maker SK On will invest in Poland", BYLINE_QUOTE_INDIRECT, "SK On", "said", NULL },
  /* "in the words of X, "..."" */
  { "Her skin broke every day, and in the words of the prosecutor, Mark Tedeschi, \"Gloria spent a lot of "
    "her life crying.\"", "Gloria spent a lot of her life crying.", BYLINE_QUOTE_PARTIAL, "Mark Tedeschi", NULL,
    NULL },
  /* a quotation after "X issued a statement" */
  { "Senator John Cornyn, Republican from Texas, issued a statement on the choice. \"Like many Texans, I am "
    "disappointed with the decision.\"", "Like many Texans, I am disappointed with the decision.",
    BYLINE_QUOTE_DIRECT, "John Cornyn", NULL, NULL },
  /* "according to" a person with a long title, whatever the verb of the content */
  { "According to Afghan Ambassador to the United States Hamdullah Mohib, the participation of this team in "
    "this competition shows progress.", "the participation of this team in this competition shows progress",
    BYLINE_QUOTE_INDIRECT, "Hamdullah Mohib", "According", NULL },
  { "The two sides will exchange ideas on bilateral relations, according to Foreign Ministry spokeswoman Hua "
    "Chunying.", "The two sides will exchange ideas on bilateral relations", BYLINE_QUOTE_INDIRECT, "Hua Chunying",
    "according", NULL },
  /* the reporting clause in the middle; a surname misspelt by one letter */
  { "Karen Maurer spoke to students.\n\nInstitutional recipients, said Mauer, are required to exhibit their "
    "photographs every ten years.", "Institutional recipients, said Mauer, are required to exhibit their "
    "photographs every ten years", BYLINE_QUOTE_INDIRECT, "Karen Maurer", "said", NULL },
  /* reported speech from unnamed people: no speaker name is invented */
  { "Almost half of all primary school children are mildly iodine deficient, researchers say.",
    "Almost half of all primary school children are mildly iodine deficient", BYLINE_QUOTE_INDIRECT, "researchers",
    "say", NULL },
  { "The World Health Organisation recommends that every country should iodise all edible salt.",
    "every country should iodise all edible salt", BYLINE_QUOTE_INDIRECT, "World Health Organisation", "recommends",
    NULL },
  { "Turkish media reported last week that Ankara is considering a third border crossing with Iran.",
    "Ankara is considering a third border crossing with Iran", BYLINE_QUOTE_INDIRECT, "Turkish media", "reported",
    NULL },
  { "Hungary had also competed for the project, two people familiar with the matter said.",
    "Hungary had also competed for the project", BYLINE_QUOTE_INDIRECT, "two people familiar with the matter",
    "said", NULL },
  { "The committee is expected to vote on the treaty next month, congressional aides said.",
    "The committee is expected to vote on the treaty next month", BYLINE_QUOTE_INDIRECT, "congressional aides",
    "said", NULL },
  /* reported speech: "..., X said." */
  { "There was a lot of discussion about the mechanism to verify the program, Rice said.",
    "There was a lot of discussion about the mechanism to verify the program", BYLINE_QUOTE_INDIRECT, "Rice",
    "said", NULL },
  /* according to X */
  { "\"Bilateral, regional, and international issues\" will all be on the table, according to Afkham.",
    "Bilateral, regional, and international issues", BYLINE_QUOTE_PARTIAL, "Afkham", NULL, NULL },
  /* a scare quote of one word */
  { "She said nothing “surprising” happened at the meeting in Singapore.",
    "surprising", BYLINE_QUOTE_PARTIAL, NULL, NULL, NULL },
  /* guillemets and „low-high“ marks */
  { "Le ministre Jean Dupont a dit : « Nous sommes prêts à discuter de tout. »",
    "Nous sommes prêts à discuter de tout.", BYLINE_QUOTE_DIRECT, NULL, NULL, NULL },
  { "Kanzler Olaf Weber sagte: „Wir sind bereit, über alles zu reden.“",
    "Wir sind bereit, über alles zu reden.", BYLINE_QUOTE_DIRECT, NULL, NULL, NULL },
  /* two apostrophes for a double mark */
  { "Mayor Ines Duarte held ''frank'' talks with union leaders.\n\n''We have reached an understanding on wages "
    "and on hours,'' Duarte said after the meeting.", "We have reached an understanding on wages and on hours,",
    BYLINE_QUOTE_DIRECT, "Ines Duarte", "said", NULL },
  { "Mayor Ines Duarte held ''frank'' talks with union leaders.", "frank", BYLINE_QUOTE_PARTIAL, NULL, NULL, NULL },
  /* a headline naming its source after a dash or a colon */
  { "Two rival airlines are set to merge next spring - reports\n\nThe deal would create the largest carrier.",
    "Two rival airlines are set to merge next spring", BYLINE_QUOTE_INDIRECT, NULL, NULL, NULL },
  { "Port workers end strike after pay deal: Reuters\n\nDock workers returned to work on Monday.",
    "Port workers end strike after pay deal", BYLINE_QUOTE_INDIRECT, "Reuters", NULL, NULL },
  /* ", adding that ...": a second report by the same speaker */
  { "“The bridge will open in May,” Mayor Ines Duarte said, adding that the tolls would be lower than planned.",
    "the tolls would be lower than planned", BYLINE_QUOTE_INDIRECT, "Ines Duarte", "adding", NULL },
  /* "X said that A and stressed that B": two reports */
  { "Mayor Ines Duarte met the builders.\n\nShe said that the bridge would open in May and stressed that the "
    "tolls would stay low for residents.", "the tolls would stay low for residents", BYLINE_QUOTE_INDIRECT,
    "Ines Duarte", "stressed", NULL },
  { "Mayor Ines Duarte met the builders.\n\nShe said that the bridge would open in May and stressed that the "
    "tolls would stay low for residents.", "the bridge would open in May", BYLINE_QUOTE_INDIRECT, "Ines Duarte",
    "said", NULL },
  /* an abbreviated title after the verb; "told reporters" names the listeners, not the speaker */
  { "\"It is a disgrace to this chamber,\" said Sen. Mark Cole, a Texas Republican.",
    "It is a disgrace to this chamber,", BYLINE_QUOTE_DIRECT, "Mark Cole", "said", NULL },
  { "Mark Cole spoke first.\n\n\"I think it is wrong for the country,\" Cole, a Republican from Texas, told "
    "reporters.", "I think it is wrong for the country,", BYLINE_QUOTE_DIRECT, "Mark Cole", "told", NULL },
  { "\"Why now, after all these years?\" asked Anna Berg.", "Why now, after all these years?", BYLINE_QUOTE_DIRECT,
    "Anna Berg", "asked", NULL },
  /* "X argued A, but critics said B": two reports, two speakers */
  { "Governor Ruth Okafor argued that the cuts would hurt schools, but critics said the plan was overdue.",
    "the cuts would hurt schools", BYLINE_QUOTE_INDIRECT, "Ruth Okafor", "argued", NULL },
  { "Governor Ruth Okafor argued that the cuts would hurt schools, but critics said the plan was overdue.",
    "the plan was overdue", BYLINE_QUOTE_INDIRECT, "critics", "said", NULL },
  /* a closing reporting clause of its own is not part of the reported words */
  { "Senator Mark Cole spoke.\n\nCole believes the law is unconstitutional, his aides said.",
    "the law is unconstitutional", BYLINE_QUOTE_INDIRECT, "Mark Cole", NULL, NULL },
  /* a description before the name */
  { "Conservative economist Anna Berg said the new tariff plan did not clarify who would pay for the subsidies.",
    "the new tariff plan did not clarify who would pay for the subsidies", BYLINE_QUOTE_INDIRECT, "Anna Berg",
    "said", NULL },
  /* a negated reporting verb reports nothing; the next one does */
  { "Officials have not said why the bridge was closed, but engineer Tomas Lind says the cables had rusted.",
    "the cables had rusted", BYLINE_QUOTE_INDIRECT, "Tomas Lind", "says", NULL },
  /* after "that", a clause opening with a comma or a phrase */
  { "Judge Mara Olsen said that, because the records were lost, the trial would be delayed.",
    "because the records were lost, the trial would be delayed", BYLINE_QUOTE_INDIRECT, "Mara Olsen", "said", NULL },
  { "Pedro Alves stated that during the visit he invited his host to Lisbon next year.",
    "during the visit he invited his host to Lisbon next year", BYLINE_QUOTE_INDIRECT, "Pedro Alves", "stated",
    NULL },
  /* "the minister": the person named last with that role */
  { "Foreign Minister Omar Castillo met Prime Minister Lena Holm on Monday. Later, Holm toured the harbour with "
    "Castillo.\n\n“We will not sign this year,” the minister said.", "We will not sign this year,",
    BYLINE_QUOTE_DIRECT, "Omar Castillo", "said", NULL },
  /* "the Turkish president": the nationality must agree */
  { "Turkish President Ali Demir met President Tom Reed in Geneva. Reed spoke first.\n\nThe Turkish president "
    "says they have “many issues” to settle.", "many issues", BYLINE_QUOTE_PARTIAL, "Ali Demir", NULL, NULL },
  /* "the U.K. envoy": the ambassador of that country */
  { "Port visit\n\nU.K. Ambassador to Chile Mark Dubois visited the port on Monday. Port director Ana Silva "
    "received him.\n\nThe U.K. envoy said he was glad to be at the port for the first time.",
    "he was glad to be at the port for the first time", BYLINE_QUOTE_INDIRECT, "Mark Dubois", "said", NULL },
  /* "the party official" with no such role named: the subject of the sentence before */
  { "The envoy arrived at the party office on Monday. Deputy chairman Ilse Brandt received him.\n\n“We will "
    "talk about trade and about the border,” the party official said.",
    "We will talk about trade and about the border,", BYLINE_QUOTE_DIRECT, "Ilse Brandt", "said", NULL },
  /* an opening phrase with a name in it is not the subject */
  { "During his talks with President of Chile Marta Ruiz, Jonas Berg stated that the border would reopen in "
    "spring.", "the border would reopen in spring", BYLINE_QUOTE_INDIRECT, "Jonas Berg", "stated", NULL },
  /* "the report says": the study named before */
  { "Results of the Coastal Water Quality Study were published on Friday by the university.\n\nThe report says "
    "the bays are cleaner than they were a decade ago.", "the bays are cleaner than they were a decade ago",
    BYLINE_QUOTE_INDIRECT, "Coastal Water Quality Study", "says", NULL },
  /* "the report's authors say" in a lede, the study named just after; "the authors" later */
  { "Rivers are cleaner\n\nMost rivers now meet the standard. The report's authors say the cleanup was a "
    "success.\n\nThe findings of the Northern Rivers Survey were published this week in a journal.",
    "the cleanup was a success", BYLINE_QUOTE_INDIRECT, "Northern Rivers Survey", "say", NULL },
  { "The findings of the Northern Rivers Survey were published this week.\n\nThe authors say the results "
    "confirm that pollution has declined.", "the results confirm that pollution has declined",
    BYLINE_QUOTE_INDIRECT, "Northern Rivers Survey", "say", NULL },
  /* "..., Norway's Ministry of Fisheries said": the body, not the country */
  { "Talks on the fishing quota will resume in June, Norway's Ministry of Fisheries said in a statement on Monday.",
    "Talks on the fishing quota will resume in June", BYLINE_QUOTE_INDIRECT, "Ministry of Fisheries", "said", NULL },
  /* "..., according to a body" reports; "according to" an outlet is a claim (see test_according_to_outlet) */
  { "A landslide blocked the coastal highway for six hours on Sunday, according to Chile's National Emergency "
    "Office.", "A landslide blocked the coastal highway for six hours on Sunday", BYLINE_QUOTE_INDIRECT,
    "National Emergency Office", "according", NULL },
  /* "according to the coach, NAME, ...": the name in apposition; a title in marks inside the report */
  { "Ambassador Rosa Lind praised the students. According to the Kenyan team's coach, Daniel Otieno, in their "
    "first round, the team's drone, named \"Swift River Falcon,\" scored two points for the alliance.",
    "in their first round, the team's drone, named \"Swift River Falcon,\" scored two points for the alliance",
    BYLINE_QUOTE_INDIRECT, "Daniel Otieno", "According", NULL },
  /* "he": the subject of the sentence before rather than the last person quoted */
  { "“We want a fair deal,” Anna Berg said on Monday.\n\nTomas Holm arrived later in the day. He said the "
    "ferries would keep running through the winter.", "the ferries would keep running through the winter",
    BYLINE_QUOTE_INDIRECT, "Tomas Holm", "said", NULL },
  /* "CONTENT, said X." at the sentence's end, a body and a title before the name */
  { "The economy added 200,000 jobs last month, said Labor Secretary Ana Ruiz.",
    "The economy added 200,000 jobs last month", BYLINE_QUOTE_INDIRECT, "Ana Ruiz", "said", NULL },
  /* a party or nationality as the group that speaks */
  { "Democrats said the measure would strip coverage from millions of families.",
    "the measure would strip coverage from millions of families", BYLINE_QUOTE_INDIRECT, "Democrats", "said",
    NULL },
  /* a surname misspelt by one letter right before the verb */
  { "Gallery owner Anna Rivers opened the show on Monday.\n\n\"Everyone knows the painter and her early work\", "
    "River said.", "Everyone knows the painter and her early work", BYLINE_QUOTE_DIRECT, "Anna Rivers", "said", NULL },
  /* "Y quoted X as saying": X speaks, Y carried the words */
  { "The Xinhua news agency quoted Foreign Minister Li Qiang as saying that China would send a delegation to the "
    "talks.", "China would send a delegation to the talks", BYLINE_QUOTE_INDIRECT, "Li Qiang", "saying",
    "Xinhua" },
  /* "X, quoted by Y as saying" and the passive "was quoted as saying": X speaks */
  { "Defence Minister Ivan Petrov, quoted by the TASS news agency as saying, \"We will respond to any "
    "provocation.\"", "We will respond to any provocation.", BYLINE_QUOTE_DIRECT, "Ivan Petrov", NULL, NULL },
  { "Defence Minister Ivan Petrov was quoted as saying that the army would withdraw from the border by May.",
    "the army would withdraw from the border by May", BYLINE_QUOTE_INDIRECT, "Ivan Petrov", NULL, NULL },
  /* the outlet the words went to: "told X", "in an interview with X" */
  { "Iran's ambassador Hadi Rezaei told IRNA that the two countries would sign a new trade accord next month.",
    "the two countries would sign a new trade accord next month", BYLINE_QUOTE_INDIRECT, "Hadi Rezaei", "told",
    "IRNA" },
  { "Hadi Rezaei said in an interview with the Kyodo news agency that the two countries would sign a new trade "
    "accord.", "the two countries would sign a new trade accord", BYLINE_QUOTE_INDIRECT, "Hadi Rezaei", "said",
    "Kyodo" },
  /* an outlet with no name: "according to reports in Chile's state-run media" */
  { "Deputy Minister Pavel Orlov said the visit would \"strengthen the partnership between the two states,\" "
    "according to reports in Chile's state-run media.", "strengthen the partnership between the two states,",
    BYLINE_QUOTE_PARTIAL, "Pavel Orlov", NULL, "Chile's state-run media" },
  /* reporting verbs beyond "said" */
  { "Trade Minister Sofia Reyes met farmers. She denied that the talks had stalled.", "the talks had stalled",
    BYLINE_QUOTE_INDIRECT, "Sofia Reyes", "denied", NULL },
  { "Senator Paul Dunn told reporters that the bill would reach the floor next week.",
    "the bill would reach the floor next week", BYLINE_QUOTE_INDIRECT, "Paul Dunn", "told", NULL },
  { "In an interview, Governor Ruth Okafor said how surprised she is that the budget passed so quickly.",
    "how surprised she is that the budget passed so quickly", BYLINE_QUOTE_INDIRECT, "Ruth Okafor", "said", NULL },
  /* a transcript's lines open with the speaker's name in capitals */
  { "Debate\n\nGovernor Mike Pence and Senator Tim Kaine met in Virginia.\n\nPENCE: Well, look, we have a plan "
    "to cut taxes for working families.\n\nKAINE: The plan you describe would add billions to the debt.\n",
    "The plan you describe would add billions to the debt.", BYLINE_QUOTE_DIRECT, "Tim Kaine", NULL, NULL },
  { "Night of the debate\n\nThe two candidates met on stage.\n\nHARRIS: We will lower the cost of housing."
    "\n\nVANCE: Prices went up on your watch.\n\nHARRIS: That is not what happened.\n",
    "That is not what happened.", BYLINE_QUOTE_DIRECT, "Harris", NULL, NULL },
  /* a shortened title before a name ("State Rep.", "Gov."): the subject "he" stands
   * for, and a speaker after the content */
  { "Mayor Ana Petit spoke first. She said the plan was sound.\n\nState Rep. Omar Fields disputed the "
    "figures. He said the plan would cost more than promised.", "the plan would cost more than promised",
    BYLINE_QUOTE_INDIRECT, "Omar Fields", "said", NULL },
  { "The levy is unfair to renters, Gov. Carol Whitman said on Friday.", "The levy is unfair to renters",
    BYLINE_QUOTE_INDIRECT, "Carol Whitman", "said", NULL },
  /* ", and he predicted that ...": a second report with a subject of its own */
  { "Councilman Ray Dorsey said the budget was balanced, and he predicted that taxes would stay flat.",
    "the budget was balanced", BYLINE_QUOTE_INDIRECT, "Ray Dorsey", "said", NULL },
  { "Councilman Ray Dorsey said the budget was balanced, and he predicted that taxes would stay flat.",
    "taxes would stay flat", BYLINE_QUOTE_INDIRECT, "Ray Dorsey", "predicted", NULL },
  /* "CONTENT, X said, warning that ...": the participle reports too */
  { "Exports will fall this year, the Trade Ministry said on Monday, warning that tariffs were hurting growth.",
    "Exports will fall this year", BYLINE_QUOTE_INDIRECT, "Trade Ministry", "said", NULL },
  { "Exports will fall this year, the Trade Ministry said on Monday, warning that tariffs were hurting growth.",
    "tariffs were hurting growth", BYLINE_QUOTE_INDIRECT, "Trade Ministry", "warning", NULL },
  /* a title in lower case before the name: "agency spokeswoman X" */
  { "The port will reopen within days, agency spokeswoman Ines Calder told a news conference.",
    "The port will reopen within days", BYLINE_QUOTE_INDIRECT, "Ines Calder", "told", NULL },
  /* "CONTENT, X said in an interview, but CONTENT": the report goes on */
  { "The county can pay for the repairs, treasurer Hal Brandt said in an interview, but only if the state "
    "releases the grant.", "but only if the state releases the grant", BYLINE_QUOTE_INDIRECT, "Hal Brandt",
    "said", NULL },
  /* a verb in the present after the clause's subject: "Austria supports", "they want" */
  { "Chancellor Mia Vogt said Austria supports the plan.", "Austria supports the plan", BYLINE_QUOTE_INDIRECT,
    "Mia Vogt", "said", NULL },
  { "Union leader Pete Sorensen says they want a meeting with the minister.",
    "they want a meeting with the minister", BYLINE_QUOTE_INDIRECT, "Pete Sorensen", "says", NULL },
  /* "the governor" of "Gov. X", "the congresswoman" of "Rep. X": a shortened title fits */
  { "Gov. Alma Ruiz toured the flooded towns on Monday.\n\nThe governor acknowledged that the levees had "
    "failed.", "the levees had failed", BYLINE_QUOTE_INDIRECT, "Alma Ruiz", "acknowledged", NULL },
  { "Rep. Nora Quist held a town hall.\n\nThe congresswoman said the clinic would stay open.",
    "the clinic would stay open", BYLINE_QUOTE_INDIRECT, "Nora Quist", "said", NULL },
  /* a transcript: a label that opens one line only is a speaker too */
  { "Town hall on roads\n\nThe candidates took questions in Dayton on Tuesday night.\n\nThe debate was "
    "calm.\n\nHOST: Welcome to all of you tonight.\n\nGRANT: Thank you for having me here.\n\nOKAFOR: It "
    "is good to be back in Dayton.\n\nGRANT: We will fix the roads first.\n", "Welcome to all of you tonight.",
    BYLINE_QUOTE_DIRECT, "Host", NULL, NULL },
  /* ", saying ..." with no report before it: the main clause's subject speaks */
  { "The Dock Workers Union ended the strike on Friday, saying its members had won a fair raise.",
    "its members had won a fair raise", BYLINE_QUOTE_INDIRECT, "Dock Workers Union", "saying", NULL },
  /* a body's short name in brackets after it; "an FAA spokeswoman said" is the body */
  { "Rice exports to Vietnam doubled last year, the Cambodian Rice Federation (CRF) reported on Monday.",
    "Rice exports to Vietnam doubled last year", BYLINE_QUOTE_INDIRECT, "Cambodian Rice Federation", "reported",
    NULL },
  { "The Federal Aviation Administration (FAA) grounded the jets.\n\nThe inspections will take two weeks, an "
    "FAA spokeswoman said on Friday.", "The inspections will take two weeks", BYLINE_QUOTE_INDIRECT,
    "Federal Aviation Administration", "said", NULL },
  { "Main opposition Green Alliance (GA) lawmaker Tomas Reindl criticized the plan, saying that it would raise "
    "rents.", "it would raise rents", BYLINE_QUOTE_INDIRECT, "Tomas Reindl", "saying", NULL },
  /* a noun, then a verb in the past: "said talks went well" */
  { "Mayor Ida Brandt met the striking drivers.\n\nShe said talks went well.", "talks went well",
    BYLINE_QUOTE_INDIRECT, "Ida Brandt", "said", NULL },
  /* "Secretary of Commerce X": a title with "of" in it; the subject after a dateline */
  { "The tariffs will stay, Secretary of Commerce Neil Ashby said.", "The tariffs will stay",
    BYLINE_QUOTE_INDIRECT, "Neil Ashby", "said", NULL },
  { "BOSTON (AP) — Secretary of Labor Rosa Lindqvist urged employers on Monday to raise wages, arguing that the "
    "Federal Reserve expects prices to fall.", "the Federal Reserve expects prices to fall", BYLINE_QUOTE_INDIRECT,
    "Rosa Lindqvist", "arguing", NULL },
  /* a quotation standing alone after a sentence whose subject spoke */
  { "Summit over\n\nChancellor Ilse Brandauer spoke to reporters in Vienna after the summit.\n\n\"The talks "
    "were hard, and we gave ground on farming.\"", "The talks were hard, and we gave ground on farming.",
    BYLINE_QUOTE_DIRECT, "Ilse Brandauer", NULL, NULL },
  /* "told a regular news conference that", "told the crowd the plan was dead": whom, then the report */
  { "Agency spokesman Lars Eklund told a regular news conference that the ferries would run again on Monday.",
    "the ferries would run again on Monday", BYLINE_QUOTE_INDIRECT, "Lars Eklund", "told", NULL },
  { "Mayor Tim Colby spoke first.\n\nHe told the crowd the stadium plan was dead.", "the stadium plan was dead",
    BYLINE_QUOTE_INDIRECT, "Tim Colby", "told", NULL },
  /* a party's members named after a body, past ", meanwhile," */
  { "The vote is near.\n\nHouse Republicans said the levy was dead.", "the levy was dead", BYLINE_QUOTE_INDIRECT,
    "Republicans", "said", NULL },
  { "The vote is near.\n\nSenate Democrats, meanwhile, said they had offered a deal on Monday.",
    "they had offered a deal on Monday", BYLINE_QUOTE_INDIRECT, "Democrats", "said", NULL },
  /* "his counterpart said": the other one of the pair named before */
  { "Chilean Foreign Minister Tomas Errazuriz met his Bolivian counterpart Ana Quispe in La Paz.\n\nErrazuriz "
    "said the talks had been useful. His counterpart said the border would reopen in March.",
    "the border would reopen in March", BYLINE_QUOTE_INDIRECT, "Ana Quispe", "said", NULL },
  /* "the ministers said in a joint statement": a group with no one name */
  { "Chilean Foreign Minister Tomas Errazuriz met his Bolivian counterpart Ana Quispe in La Paz.\n\nThe two "
    "ministers said in a joint statement that they would meet again in June.", "they would meet again in June",
    BYLINE_QUOTE_INDIRECT, "two ministers", "said", NULL },
  /* people of an office, unnamed: "moderate senators said" */
  { "The measure passed the House, but at least three moderate senators said they would vote against it.",
    "they would vote against it", BYLINE_QUOTE_INDIRECT, "at least three moderate senators", "said", NULL },
  /* "told \"Face the Nation\" that": a programme's name in marks */
  { "Mara Lindgren told \"Face the Nation\" that the strike would end soon.", "the strike would end soon",
    BYLINE_QUOTE_INDIRECT, "Mara Lindgren", "told", NULL },
  /* "A spokeswoman for X, Y, said": Y speaks for X */
  { "Governor Ray Delgado was not at the hearing.\n\nA spokeswoman for Delgado, Rita Vance, said Delgado would "
    "not resign.", "Delgado would not resign", BYLINE_QUOTE_INDIRECT, "Rita Vance", "said", NULL },
  /* "the Ghanaian leader": the one whose country the article does not give, not
   * the last speaker of another country */
  { "Talks in Accra\n\nPresident Kofi Mensah received Togolese Prime Minister Ama Dzifa on Monday.\n\nDzifa "
    "said her government would share intelligence. The Ghanaian leader said a joint commission would meet in "
    "September.", "a joint commission would meet in September", BYLINE_QUOTE_INDIRECT, "Kofi Mensah", "said",
    NULL },
  /* "the foreign minister": the whole title, not a deputy prime minister named nearer */
  { "Peruvian Foreign Minister Elena Paz held talks with Chilean Deputy Prime Minister Jorge Ibar, who is "
    "visiting Lima.\n\nThe foreign minister said the two countries should build a new road.",
    "the two countries should build a new road", BYLINE_QUOTE_INDIRECT, "Elena Paz", "said", NULL },
  /* "said a statement issued by X", "a statement from the ministry said" */
  { "The ministers met in Oslo.\n\n\"The Arctic is our shared responsibility,\" said a statement issued by "
    "Danish Foreign Minister Karen Holm after the talks.", "The Arctic is our shared responsibility,",
    BYLINE_QUOTE_DIRECT, "Karen Holm", "said", NULL },
  { "The ferry sank on Monday.\n\nA statement from the Interior Ministry said the port would stay closed.",
    "the port would stay closed", BYLINE_QUOTE_INDIRECT, "Interior Ministry", "said", NULL },
  /* a fragment followed by "according to" a person: that person's words, not the
   * subject's; after an outlet, the subject's */
  { "Leader Kim Sung-ho met the envoy.\n\nThe envoy and Kim agreed to meet again \"as soon as possible,\" "
    "according to presidential spokesman Kim Dae-jin.", "as soon as possible,", BYLINE_QUOTE_PARTIAL,
    "Kim Dae-jin", "according", NULL },
  /* "said a statement of the X", "said in a communique" */
  { "The ferry sank on Monday.\n\nThe port would stay closed for a week, said a statement of the Interior Ministry.",
    "The port would stay closed for a week", BYLINE_QUOTE_INDIRECT, "Interior Ministry", "said", NULL },
  { "The ferry sank on Monday.\n\nThe port would stay closed for a week, the Interior Ministry said in a "
    "communique.", "The port would stay closed for a week", BYLINE_QUOTE_INDIRECT, "Interior Ministry", "said", NULL },
  /* a headline's source with a shortened word, "Dept", is the department the body names */
  { "Ottawa to cut fuel tax next year - Canada Finance Dept\n\nOTTAWA (Reuters) - Canada will cut the federal "
    "fuel tax in January, the Finance Department said on Monday.", "Ottawa to cut fuel tax next year",
    BYLINE_QUOTE_INDIRECT, "Finance Department", NULL, NULL },
  /* "asked whether ...", "explained how ...": a question or a manner reported */
  { "Senator Ada Kerr asked whether the tariffs would be lifted before the harvest.",
    "whether the tariffs would be lifted before the harvest", BYLINE_QUOTE_INDIRECT, "Ada Kerr", "asked", NULL },
  { "Curator Lina Ostrova led the tour.\n\nShe explained how the painter's use of the camera changed his "
    "method.", "how the painter's use of the camera changed his method", BYLINE_QUOTE_INDIRECT, "Lina Ostrova",
    "explained", NULL },
  /* an auxiliary and its negation in one word: "don't", "can't", "weren’t" */
  { "Pollster Dana Whitlock spoke.\n\nWhitlock said voters don't trust either party.",
    "voters don't trust either party", BYLINE_QUOTE_INDIRECT, "Dana Whitlock", "said", NULL },
  { "Pollster Dana Whitlock spoke.\n\nWhitlock says Delaney can’t win the county.",
    "Delaney can’t win the county", BYLINE_QUOTE_INDIRECT, "Dana Whitlock", "says", NULL },
  /* quoted words in a report: "X, speaking to reporters, said Chile was \"...\"" is X's,
   * not the report's subject's */
  { "Talks in Lima\n\nThe talks ended on Monday.\n\nDuarte, speaking to reporters after the meeting, said "
    "Chile was \"not seeking a quarrel\".", "not seeking a quarrel", BYLINE_QUOTE_PARTIAL, "Duarte", NULL, NULL },
  /* "a senior EU diplomat": someone of the body, unnamed, not the body */
  { "Talks in Brussels\n\nThe talks ended on Monday.\n\nA senior EU diplomat described the mood as \"tense "
    "but polite\".", "tense but polite", BYLINE_QUOTE_PARTIAL, "EU diplomat", "described", NULL },
  /* "According to X, the two sides agreed ... \"...\"": X's report, whatever verb it holds */
  { "Talks in Lima\n\nForeign Minister Alba Duarte met her Bolivian counterpart.\n\nAccording to Duarte, the "
    "two sides agreed to meet again in \"the coming weeks\".", "the coming weeks", BYLINE_QUOTE_PARTIAL,
    "Alba Duarte", NULL, NULL },
  /* "accused X of V-ing": what the speaker charges X with */
  { "Councilwoman Ines Marlowe accused the county of hiding the audit from voters.",
    "the county of hiding the audit from voters", BYLINE_QUOTE_INDIRECT, "Ines Marlowe", "accused", NULL },
  /* a noun of speech owned by its speaker: "X's claim that ...", "the party's view
   * that ...", the clause before the sentence's own verb */
  { "Senator Ann Holmgren's claim that the levy would cut rents for families was disputed by economists.",
    "the levy would cut rents for families", BYLINE_QUOTE_INDIRECT, "Ann Holmgren", "claim", NULL },
  { "Mayor Jon Pruitt spoke first.\n\nThe Green Party's view that fares must fall is popular.",
    "fares must fall", BYLINE_QUOTE_INDIRECT, "Green Party", "view", NULL },
  /* a report in the passive: the agent after "by", or no one */
  { "Ferry news\n\nThe storm passed.\n\nIt was announced by the Harbour Authority that the ferries would run "
    "again on Monday.", "the ferries would run again on Monday", BYLINE_QUOTE_INDIRECT, "Harbour Authority",
    "announced", NULL },
  { "Ferry news\n\nThe storm passed.\n\nThe quay will be closed for a month, it was announced on Friday.",
    "The quay will be closed for a month", BYLINE_QUOTE_INDIRECT, NULL, "announced", NULL },
  /* "she" showed who a woman is: a later "he" is someone else */
  { "Council vote\n\nMayor Ana Ruiz spoke first. She said the budget was balanced.\n\nRuiz met councilman "
    "Dale Fisk on Monday. He said the talks had failed.", "the talks had failed", BYLINE_QUOTE_INDIRECT,
    "Dale Fisk", "said", NULL },
  /* the reporting clause between a short subject and its verb */
  { "Budget fight\n\nThe Senate met on Monday.\n\nThe governor, aides said, was furious about the leak.",
    "The governor, aides said, was furious about the leak", BYLINE_QUOTE_INDIRECT, "aides", "said", NULL },
  { "Budget fight\n\nThe Senate met on Monday.\n\nThe levy, said Senator Ray Ostby, was dead.",
    "The levy, said Senator Ray Ostby, was dead", BYLINE_QUOTE_INDIRECT, "Ray Ostby", "said", NULL },
  /* "..., said X, a spokeswoman for ...": the name's apposition ends the sentence */
  { "Budget fight\n\nThe Senate met on Monday.\n\nThe rules are clear, said Rosa Lindgren, a spokeswoman "
    "for the Transport Department.", "The rules are clear", BYLINE_QUOTE_INDIRECT, "Rosa Lindgren", "said", NULL },
  /* a transcript's label with a role or a party after the name */
  { "Sunday interview transcript\n\nThe following is a transcript of the interview.\n\nDANA MORROW, KBTV "
    "HOST: Senator, thanks for joining us.\n\nSEN. PAUL ENGSTROM (D-MN): Glad to be here, Dana.\n\nMORROW: "
    "Will the bill pass?\n\nENGSTROM: Not this year. The votes are not there.\n",
    "Glad to be here, Dana.", BYLINE_QUOTE_DIRECT, "PAUL ENGSTROM", NULL, NULL },
  /* "Chile's ambassador to Peru said" in a lede: the person of that office named
   * just after, not the country */
  { "Envoy praises ties\n\nLIMA, Jan. 12 -- Chile's ambassador to Peru said on Sunday that relations between "
    "the two countries had never been better.\n\nSpeaking to reporters, Ignacio Fuentes said the two sides "
    "would open a trade office in Arica.", "relations between the two countries had never been better",
    BYLINE_QUOTE_INDIRECT, "Ignacio Fuentes", "said", NULL },
  /* a verb in the present after "the ADJ NOUN": "the close race reflects anger" */
  { "Polls close tonight.\n\nPollster Vera Lund says the close race reflects anger over rents.",
    "the close race reflects anger over rents", BYLINE_QUOTE_INDIRECT, "Vera Lund", "says", NULL },
  /* a subject with a phrase after it: "results from 11 of 28 districts had ..." */
  { "Count goes on\n\nCommission head Judit Orban spoke on Friday. She said results from 9 of 20 districts "
    "had been checked.", "results from 9 of 20 districts had been checked", BYLINE_QUOTE_INDIRECT, "Judit Orban",
    "said", NULL },
  /* ", saying its own count showed ...": a short subject and its verb */
  { "Count goes on\n\nThe Farmers Union claimed victory on Thursday, saying its own count showed a clear lead.",
    "its own count showed a clear lead", BYLINE_QUOTE_INDIRECT, "Farmers Union", "saying", NULL },
  /* people of an office "from" a body speak for it */
  { "Count goes on\n\nThe count was slow.\n\nLawyers from the Farmers Union said the ballots had been moved.",
    "the ballots had been moved", BYLINE_QUOTE_INDIRECT, "Farmers Union", "said", NULL },
  /* what a study or a poll shows or found */
  { "Transit levy\n\nThe levy passed the council.\n\nPolls show the levy is unpopular with drivers.",
    "the levy is unpopular with drivers", BYLINE_QUOTE_INDIRECT, "Polls", "show", NULL },
  { "Transit levy\n\nThe levy passed the council.\n\nA new county survey found that most riders want later "
    "buses.", "most riders want later buses", BYLINE_QUOTE_INDIRECT, "A new county survey", "found", NULL },
  /* a relative clause whose subject reports: "a move that officials said was meant to ..." */
  { "Port fees\n\nThe port raised its fees, a step that officials in Gdansk said was meant to drive shippers away.",
    "was meant to drive shippers away", BYLINE_QUOTE_INDIRECT, "officials", "said", NULL },
  { "Port fees\n\nThe plan, which critics say would cost billions, passed on Monday.", "would cost billions",
    BYLINE_QUOTE_INDIRECT, "critics", "say", NULL },
  /* "a federal judge ..., saying": the judge named just after */
  { "Rule blocked\n\nDENVER (AP) — A federal judge on Monday blocked the new zoning rule, saying it likely "
    "violates state law.\n\nU.S. District Judge Nora Blakely wrote that the city had not shown the rule was "
    "needed.", "it likely violates state law", BYLINE_QUOTE_INDIRECT, "Nora Blakely", "saying", NULL },
  /* ", though analysts dispute how ...": another speaker's report, a question */
  { "Rule blocked\n\nThe rule took effect in June.\n\nCity officials say rents have fallen since June, though "
    "independent analysts dispute how much of the fall is due to the rule.",
    "how much of the fall is due to the rule", BYLINE_QUOTE_INDIRECT, "independent analysts", "dispute", NULL },
  /* "X's top adviser defended ..., saying": the adviser named as a subject just after */
  { "Tariff fight\n\nGovernor Lynn Ashford's top trade adviser on Sunday defended the new fees, saying they would "
    "protect local jobs.\n\nOscar Velde told a radio station that no county would be exempt.",
    "they would protect local jobs", BYLINE_QUOTE_INDIRECT, "Oscar Velde", "saying", NULL },
  /* "Tasnim reported X as saying", "said, according to IRNA, that" */
  { "Ports deal\n\nForeign Minister Dara Karimzadeh met his Iraqi counterpart on Monday.\n\nThe agency reported "
    "Karimzadeh as saying that the visit was a success.", "the visit was a success", BYLINE_QUOTE_INDIRECT,
    "Dara Karimzadeh", "saying", NULL },
  { "Ports deal\n\nForeign Minister Dara Karimzadeh met his Iraqi counterpart on Monday.\n\nKarimzadeh said, "
    "according to IRNA, that the port would open in May.", "the port would open in May", BYLINE_QUOTE_INDIRECT,
    "Dara Karimzadeh", "said", NULL },
  /* "they call for \"...\"": "call" reports, as "called" did */
  { "The findings of the Coastal Health Survey were published this week.\n\nThe authors say the water is safe to "
    "drink. They call for \"regular testing of all private wells.\"", "regular testing of all private wells.",
    BYLINE_QUOTE_PARTIAL, "Coastal Health Survey", "call", NULL },
  /* "the results confirm ...": a plural noun, then a verb of saying in the present */
  { "The findings of the Coastal Health Survey were published this week.\n\nThe authors say the results confirm "
    "the existence of unsafe wells in the county.", "the results confirm the existence of unsafe wells in the county",
    BYLINE_QUOTE_INDIRECT, "Coastal Health Survey", "say", NULL },
  /* a sentence with no subject ("Said the next round ...") goes on from the one quoted before */
  { "Talks in Oslo\n\nThe talks ended on Friday.\n\n\"We made progress,\" envoy Mara Quist said.\n\nSaid the "
    "next round would be held in May.", "the next round would be held in May", BYLINE_QUOTE_INDIRECT, "Mara Quist",
    "Said", NULL },
  /* "..., they said.": a report by people not named here */
  { "Talks in Beijing\n\nThe minister arrived on Monday.\n\nThe minister will also discuss the railway project "
    "with Chinese leaders, they said.", "The minister will also discuss the railway project with Chinese leaders",
    BYLINE_QUOTE_INDIRECT, NULL, "said", NULL },
  /* "the North's state media said": the outlet named just after */
  { "Talks in Minsk\n\nMINSK, May 4 (Reuters) -- A Polish delegation arrived in Minsk on Tuesday to discuss "
    "gas prices, Belarus's state media said.\n\nThe BelTA news agency reported that the talks would last two "
    "days.", "A Polish delegation arrived in Minsk on Tuesday to discuss gas prices", BYLINE_QUOTE_INDIRECT,
    "BelTA", "said", NULL },
  /* "the two ministers agreed to ...": what they did, the ministry's report */
  { "Fishing talks\n\nThe talks ended in Oslo.\n\nThe two ministers agreed to pool their fishing data and will "
    "meet again in Lima in May, the Norwegian Foreign Ministry said in a statement.",
    "The two ministers agreed to pool their fishing data and will meet again in Lima in May", BYLINE_QUOTE_INDIRECT,
    "Foreign Ministry", "said", NULL },
  /* "Russian state media reported": "state" is a noun of the source's name, not the verb */
  { "Arctic plans\n\nThe talks ended.\n\nRussian state media reported last week that Moscow plans to open two "
    "new ports on its northern coast.", "Moscow plans to open two new ports on its northern coast",
    BYLINE_QUOTE_INDIRECT, "Russian state media", "reported", NULL },
  /* "the official" after "a senior official said": the one quoted unnamed, not an
   * official the article names */
  { "Talks in Ankara\n\nANKARA (Reuters) - Secretary of State Mark Wells met Turkish leaders on Monday.\n\nA "
    "senior Commerce Department official said the talks had gone well.\n\n\"We are close,\" the official said.",
    "We are close,", BYLINE_QUOTE_DIRECT, "Commerce Department official", "said", NULL },
  /* "said the official, who spoke on condition of anonymity": no one the article names */
  { "Talks in Ankara\n\nANKARA (Reuters) - Secretary of State Mark Wells met Turkish leaders on Monday.\n\nThe "
    "talks went well, said the official, who spoke on condition of anonymity.", "The talks went well",
    BYLINE_QUOTE_INDIRECT, "official", "said", NULL },
  /* single quotes inside double quotes are one quotation */
  { "\"He told me 'never again' and left the room,\" Berg said.",
    "He told me 'never again' and left the room,", BYLINE_QUOTE_DIRECT, "Berg", "said", NULL },
};

/* Sentences that report nothing: "said" used otherwise, a participle with an object */
static const struct
{
  const char *input;
  const char *words;  /* no quote may hold these */
} no_report_cases[] = {
  { "The curator walked through the hall, noting the paintings of the old port that hung near the door.",
    "paintings" },
  { "Stocks rose as the so-called tech rally continued into a second week.", "rally" },
  { "That said, traders remained cautious about the rate decision.", "traders" },
  { "It is easier said than done to balance the budget, and needless to say, few tried.", "budget" },
  { "The said company reported higher profits.", "profits" },
  { "In the second half, Ruud Pekel's shot went wide to the left, missing a chance to level the score.", "wide" },
  { "The minister told a story about her first year in office.", "story" },
  { "The coach blamed the rain for the loss.", "rain" },
  { "The quiz show found a new host in March.", "host" },
  { "The fair closed.\n\nPerhaps they had learned a lesson from the fair that crowds like these were hard to "
    "manage.", "crowds" },
  { "Ferry news\n\nThe Harbour Authority said the storm had passed.\n\nIt is understood that the quay will "
    "reopen soon.", "quay" },
};

static void
test_no_report (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (no_report_cases); i++)
    test_assert_no_report (no_report_cases[i].input, no_report_cases[i].words);
}

static void
test_case (gconstpointer data)
{
  const QuoteCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  const BylineQuote *found = NULL;

  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      g_autofree char *t = test_quote_text (a, q);
      if (g_str_equal (t, c->words))
        found = q;
      else
        g_test_message ("other quote: “%s” (%s)", t, q->speaker_name ? q->speaker_name : "-");
    }
  g_assert_nonnull (found);
  g_assert_cmpint (found->kind, ==, c->kind);
  if (c->speaker)
    g_assert_cmpstr (found->speaker_name, ==, c->speaker);
  if (c->cue)
    {
      g_autofree char *cue = g_strndup (a->text->data + found->cue.start, found->cue.end - found->cue.start);
      g_assert_cmpstr (cue, ==, c->cue);
      g_assert_nonnull (found->connotation);
    }
  if (c->via)
    g_assert_cmpstr (found->via_name, ==, c->via);
}

/* @count direct quotations in @a, all spoken by @speaker */
static void
assert_direct_quotes_by (const BylineAnalysis *a, const char *speaker, guint count)
{
  guint direct = 0;

  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      if (q->kind == BYLINE_QUOTE_DIRECT)
        {
          direct++;
          g_assert_cmpstr (q->speaker_name, ==, speaker);
        }
    }
  g_assert_cmpuint (direct, ==, count);
}

static void
test_multi_paragraph (void)
{
  /* the opening mark is repeated at each paragraph; the closing one only at the end */
  g_autoptr (BylineAnalysis) a = test_analyse ("Anna Berg spoke after the talks.\n\n"
                                          "“We agreed on fisheries and on shipping,” Berg said. “It was not easy.\n\n"
                                          "“There were three rounds of talks and many disagreements.\n\n"
                                          "“But we have a deal.”\n\nThe ministers left Oslo.");

  assert_direct_quotes_by (a, "Anna Berg", 4);
}

/* attributed only at the end: the earlier paragraphs take the speaker too */
static void
test_multi_paragraph_attributed_at_end (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Talks went on.\n\nLars Holm briefed reporters in Oslo.\n\n"
                                               "“An informal dinner was held yesterday evening.\n\n"
                                               "“They spent more than eight hours together,” Anna Berg said.");

  assert_direct_quotes_by (a, "Anna Berg", 2);
}

/* the outlet that carried a speaker's words is not the speaker of his next words */
/* at least @least quotations in @a, every one spoken by @speaker */
static void
assert_quotes_by (const BylineAnalysis *a, const char *speaker, guint least)
{
  g_assert_cmpuint (a->quotes->len, >=, least);
  for (guint i = 0; i < a->quotes->len; i++)
    g_assert_cmpstr (((const BylineQuote *) a->quotes->pdata[i])->speaker_name, ==, speaker);
}

static void
test_via_is_not_speaker (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Sergei Mironov arrived in Pyongyang.\n\nAccording to a report "
                                               "from Itar-Tass, Mironov said that the visit was arranged at the "
                                               "invitation from \"the leadership of North Korea\" and that he felt "
                                               "need \"to hold talks on a wide circle of problems.\"");

  assert_quotes_by (a, "Sergei Mironov", 2);
}

/* a headline's quoted words take the speaker who says them in the body */
static void
test_headline_echo (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Leaders meet with ‘many issues’ to discuss\n\nThe two leaders met "
                                               "in New York.\n\nThe Turkish president, Recep Tayyip Erdogan, "
                                               "said they have “many issues” to discuss.");

  assert_quotes_by (a, "Recep Tayyip Erdogan", 2);
}

/* "stressed the need for ...": an object, not reported speech; "stressed that" is */
static void
test_emphatic_verb_object (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Javad Zarif met Mevlut Cavusoglu.\n\nZarif stressed the need "
                                               "for the further expansion of mutual cooperation in all fields "
                                               "that was agreed last year.");
  g_autoptr (BylineAnalysis) b = test_analyse ("Javad Zarif met Mevlut Cavusoglu.\n\nZarif stressed that the "
                                               "two countries would expand their cooperation.");

  g_assert_cmpuint (a->quotes->len, ==, 0);
  g_assert_cmpuint (b->quotes->len, ==, 1);
}

static void
test_continued_without_mark (void)
{
  /* a sloppier layout: the second paragraph has no opening mark, only the closing one */
  g_autoptr (BylineAnalysis) a = test_analyse ("After the match, Anna Berg, the coach, said, \"We learned a lot today.\n\n"
                                               "It was a very emotional day for all of us.\"\n\nThe team left.");
  gboolean found = FALSE;

  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      g_autofree char *t = test_quote_text (a, q);
      if (g_str_equal (t, "It was a very emotional day for all of us."))
        {
          found = TRUE;
          g_assert_cmpstr (q->speaker_name, ==, "Anna Berg");
        }
      g_assert_null (strstr (t, "The team left"));
    }
  g_assert_true (found);
}

static void
test_unbalanced (void)
{
  /* an unclosed mark ends at its paragraph and runs no further */
  g_autoptr (BylineAnalysis) a = test_analyse ("He said \"this never ends and goes on\n\nThe next paragraph is plain. "
                                          "\"A fresh quote,\" Berg said.");

  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      g_autofree char *t = test_quote_text (a, q);
      g_assert_null (strstr (t, "next paragraph"));
    }
  g_assert_cmpuint (a->quotes->len, >=, 2);
}

static void
test_reporting_verb_connotations (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("\"The vote was fair,\" the minister claimed.\n\n"
                                          "\"We made mistakes,\" Anna Berg admitted.\n\n"
                                          "\"We will not back down,\" Mateo Fuentes insisted.");
  const char *want[] = { "doubting", "conceding", "emphatic" };

  g_assert_cmpuint (a->quotes->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (((BylineQuote *) a->quotes->pdata[i])->connotation, ==, want[i]);
}

/* The seed article: Sanaei's and Morgulov's words came through Iran's
 * state-run media, and reported speech is there without marks */
static void
test_seed_via (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse_seed ();
  guint found = 0;

  if (a == NULL)
    return;
  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];

      if (g_strcmp0 (q->speaker_name, "Mehdi Sanaei") == 0 || g_strcmp0 (q->speaker_name, "Igor Morgulov") == 0)
        {
          g_assert_nonnull (q->via_name);
          g_assert_nonnull (strstr (q->via_name, "state-run media"));
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 2);
}

/* "LONDON: ..." is a dateline in capitals, not a speaker */
static void
test_transcript_dateline (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Markets\n\nLONDON: Shares fell sharply on Monday after the "
                                               "bank raised rates.\n\nPARIS: Shares rose on Monday.\n");

  g_assert_cmpuint (a->quotes->len, ==, 0);
}

/* a title in marks, its small words in lower case, is no quotation */
static void
test_title_in_marks (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Kristen Hall, curator of \"Maps and Prints from the Old Harbour "
                                               "Collection\" at the city museum, opened the show.");

  g_assert_cmpuint (a->quotes->len, ==, 0);
}

/* a headline's last words after a dash that name no source: a section, not a speaker */
static void
test_headline_label (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Apple unveils a new phone at its event in California: Live\n\n"
                                               "The company showed its phone.\n");

  g_assert_cmpuint (a->quotes->len, ==, 0);
}

static void
test_according_to_outlet (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Prices rose sharply in the capital last month, according to Reuters.");

  g_assert_cmpuint (a->quotes->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/quotes/case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/quotes/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/quotes/no-report", test_no_report);
  g_test_add_func ("/quotes/via-is-not-speaker", test_via_is_not_speaker);
  g_test_add_func ("/quotes/headline-echo", test_headline_echo);
  g_test_add_func ("/quotes/emphatic-verb-object", test_emphatic_verb_object);
  g_test_add_func ("/quotes/multi-paragraph-attributed-at-end", test_multi_paragraph_attributed_at_end);
  g_test_add_func ("/quotes/unbalanced", test_unbalanced);
  g_test_add_func ("/quotes/continued-without-mark", test_continued_without_mark);
  g_test_add_func ("/quotes/connotations", test_reporting_verb_connotations);
  g_test_add_func ("/quotes/seed-via", test_seed_via);
  g_test_add_func ("/quotes/transcript-dateline", test_transcript_dateline);
  g_test_add_func ("/quotes/according-to-outlet", test_according_to_outlet);
  g_test_add_func ("/quotes/title-in-marks", test_title_in_marks);
  g_test_add_func ("/quotes/headline-label", test_headline_label);
  return g_test_run ();
}
