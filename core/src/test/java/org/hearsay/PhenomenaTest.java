package org.hearsay;

import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.AttributionKind;
import org.hearsay.model.Entity;
import org.hearsay.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per linguistic phenomenon hearsay must handle, each on sentences written for it. */
class PhenomenaTest {

    private static Analysis analyze(String text) {
        return SharedAnalyzer.get().analyze(text);
    }

    /** The attribution whose cue reads {@code cue}; fails when there is none. */
    private static Attribution byCue(Analysis a, String cue) {
        return byCue(a, cue::equals, "'" + cue + "'");
    }

    /** The first attribution whose cue text passes {@code test} (described as {@code what}); fails when there is none. */
    private static Attribution byCue(Analysis a, java.util.function.Predicate<String> test, String what) {
        return a.attributions().stream().filter(x -> test.test(x.cue().map(Span::text).orElse(""))).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue " + what + " in " + summary(a)));
    }

    private static String summary(Analysis a) {
        StringBuilder sb = new StringBuilder();
        for (Attribution x : a.attributions()) {
            sb.append("\n  ").append(x.id()).append(' ').append(x.kind().label()).append(" cue=")
                    .append(x.cue().map(Span::text).orElse("-")).append(" src=").append(texts(x.sources()))
                    .append(" content=").append(texts(x.contents()));
        }
        return sb.toString();
    }

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }

    private static String speaker(Attribution at) {
        return at.speaker().map(s -> s.name()).orElse("(none)");
    }

    @Test
    void directQuoteWithStraightMarks() {
        Analysis a = analyze("\"We will reopen the bridge in May,\" the minister said on Tuesday.");
        Attribution at = byCue(a, "said");
        assertThat(at.kind()).isEqualTo(AttributionKind.DIRECT);
        assertThat(texts(at.sources())).containsExactly("the minister");
        assertThat(texts(at.contents())).containsExactly("\"We will reopen the bridge in May,\"");
    }

    @Test
    void directQuoteWithCurlyMarks() {
        Analysis a = analyze("“We will reopen the bridge in May,” the minister said on Tuesday.");
        Attribution at = byCue(a, "said");
        assertThat(at.kind()).isEqualTo(AttributionKind.DIRECT);
        assertThat(texts(at.contents())).containsExactly("“We will reopen the bridge in May,”");
    }

    @Test
    void quoteInterruptedByItsCue() {
        Analysis a = analyze("“The port is closed,” she said, “and it will stay closed until the talks resume.”");
        Attribution at = byCue(a, "said");
        assertThat(texts(at.contents())).containsExactly("“The port is closed,”", "“and it will stay closed until the talks resume.”");
        assertThat(a.attributions()).hasSize(1);
    }

    @Test
    void multiParagraphQuoteReopensWithoutClosing() {
        Analysis a = analyze("“The first part of the plan is to repair the piers before the winter storms arrive.\n\n"
                + "“The second part is to widen the channel so larger ships can dock,” the harbour master said.");
        Attribution at = byCue(a, "said");
        assertThat(at.contents()).hasSize(2);
        assertThat(at.contents().get(0).text()).startsWith("“The first part").endsWith("storms arrive.");
        assertThat(at.contents().get(1).text()).startsWith("“The second part").endsWith("can dock,”");
    }

    @Test
    void reportedSpeechWithThat() {
        Analysis a = analyze("The mayor said that the bridge would reopen in May.");
        Attribution at = byCue(a, "said");
        assertThat(at.kind()).isEqualTo(AttributionKind.INDIRECT);
        assertThat(texts(at.sources())).containsExactly("The mayor");
        assertThat(texts(at.contents())).containsExactly("that the bridge would reopen in May");
    }

    @Test
    void aVerbThatOpensWithAParticipleAfterByIsOneCueWithIt() {
        Analysis a = analyze("The coach began his talk by thanking the fans.");
        Attribution at = byCue(a, cue -> cue.startsWith("began") && cue.endsWith("thanking"), "'began … thanking'");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("The coach");
        assertThat(a.attributions()).as(summary(a)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The governor promised on Sunday at a rally in Leeds to end the bridge toll.|promised|The governor|to end the bridge toll",
            "The envoy wrote to the minister about a visit by her son.|wrote|The envoy|a visit by her son",
            "She also argued in favour of the town keeping its library.|argued|She|the town keeping its library"})
    void aVerbOfSayingWithoutAClauseReportsTheWordsItGoverns(String text, String verb, String source, String reported) {
        Analysis a = analyze(text);
        Attribution at = byCue(a, c -> c.contains(verb), "'" + verb + "'");
        assertThat(texts(at.sources())).containsExactly(source);
        assertThat(String.join(" ", texts(at.contents()))).contains(reported);
    }

    @Test
    void reportedSpeechAfterItsContent() {
        Analysis a = analyze("The bridge will reopen in May, the mayor told reporters.");
        Attribution at = byCue(a, "told");
        assertThat(texts(at.contents())).containsExactly("The bridge will reopen in May");
        assertThat(texts(at.sources())).containsExactly("the mayor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "says", "has said", "told reporters", "reported", "added", "wrote", "warned",
            "stated", "claimed", "denied", "announced", "insisted", "will say", "had written"})
    void verbCuesInAnyTense(String verb) {
        Analysis a = analyze("The engineer " + verb + " that the bridge was unsafe.");
        assertThat(a.attributions()).as(verb + ": " + summary(a)).isNotEmpty();
        Attribution at = a.attributions().get(0);
        assertThat(texts(at.sources())).containsExactly("The engineer");
        assertThat(at.contents().get(0).text()).endsWith("the bridge was unsafe");
        assertThat(verb).contains(at.cue().orElseThrow().text().split(" ")[0]);
    }

    @Test
    void invertedCueAfterContent() {
        Analysis a = analyze("The Times reported that the bridge cost twice the estimate. Repairs will take a year, adds the Times.");
        Attribution at = byCue(a, "adds");
        assertThat(texts(at.sources())).containsExactly("the Times");
        assertThat(texts(at.contents())).containsExactly("Repairs will take a year");
    }

    @Test
    void cueSpansAreDrawnAsAnnotatorsDrawThem() {
        // auxiliaries and adverbs before the verb, and a preposition right after it, belong to the cue
        assertThat(byCue(analyze("The union has repeatedly argued that the overtime rates were cut unfairly."), "has repeatedly argued")
                .sources()).isNotEmpty();
        Attribution railed = byCue(analyze("The senator railed against the new tariff during the debate."), "railed against");
        assertThat(texts(railed.contents())).containsExactly("the new tariff");
        // a time is not part of the cue
        assertThat(analyze("The mayor said on Tuesday that the bridge would reopen.").attributions())
                .anySatisfy(at -> assertThat(at.cue().map(Span::text)).contains("said"));
        // but an adverb before the verb is, a bare weekday right after it, and a written medium
        Attribution back = byCue(analyze("The minister later denied her remarks about the strike."),
                cue -> cue.startsWith("later denied"), "starting 'later denied'");
        assertThat(texts(back.sources())).containsExactly("The minister");
        Attribution tuesday = byCue(analyze("The harbour authority announced Tuesday that the cranes would be replaced."),
                "announced Tuesday");
        assertThat(texts(tuesday.contents())).containsExactly("that the cranes would be replaced");
        Attribution statement = byCue(analyze("The union said in a statement that the talks had failed."), "said in a statement");
        assertThat(texts(statement.contents())).containsExactly("that the talks had failed");
    }

    @Test
    void theClauseAfterTheVerbIsWhatItReports() {
        // parsers sometimes hang a fronted phrase on the verb as a second clause; what is reported follows the verb
        Attribution at = byCue(analyze("On a day rich in symbolism, under a grey sky that seemed to capture the mood of the town, "
                + "the mayor warned that the new bridge would not be a cure for the harbour's troubles."), "warned");
        assertThat(texts(at.contents())).containsExactly("that the new bridge would not be a cure for the harbour's troubles");
    }

    @Test
    void aCueInASubordinateClauseReportsWhatFollowsIt() {
        // not the main clause it hangs on: that is the article's
        Analysis a = analyze("The senator faces a hard primary next year, and the talk of a challenger may fade now that the "
                + "governor has endorsed him.");
        assertThat(texts(byCue(a, "has endorsed").contents())).containsExactly("him");
    }

    @Test
    void aDatelineIsNeverTheContent() {
        // the dateline makes the parser hang "said" on "VALMORA"; the dateline is still the article's, not the mayor's
        Attribution at = byCue(analyze("VALMORA -- Mayor Ortiz, dedicating the Harbour Museum of Valmora on Saturday, said it would tell a story of "
                + "loss and recovery."), "said");
        assertThat(texts(at.contents())).singleElement().asString().contains("would tell a story of loss and recovery");
    }

    @Test
    void invertedSpeakerAfterAClosingQuote() {
        // parsers often file the name after "said" as an open complement; it is still the speaker
        Analysis a = analyze("“We need the money for the school to go forward,” said Joseph, who has four children.");
        assertThat(texts(byCue(a, "said").sources())).containsExactly("Joseph, who has four children");
    }

    @Test
    void theOneMadeToSpeakIsTheSource() {
        Analysis a = analyze("The hearing forced Stumpf to admit that no senior executives had been punished.");
        assertThat(texts(byCue(a, "to admit").sources())).containsExactly("Stumpf");
    }

    @Test
    void accordingToBeforeAndAfter() {
        Analysis a = analyze("According to the Gazette, the bridge was never inspected. "
                + "The ferry was also late, according to the harbour office.");
        Attribution first = a.attributions().get(0);
        assertThat(first.cue().orElseThrow().text()).isEqualTo("According to");
        assertThat(texts(first.sources())).containsExactly("the Gazette");
        assertThat(texts(first.contents())).containsExactly("the bridge was never inspected");
        Attribution second = a.attributions().get(1);
        assertThat(texts(second.sources())).containsExactly("the harbour office");
        assertThat(texts(second.contents())).containsExactly("The ferry was also late");
    }

    @Test
    void inAStatementTellsHowItsVerbReports() {
        // the annotators mark the verb the phrase hangs on, never the phrase alone
        Analysis a = analyze("In a statement, the ministry took responsibility for the delays.");
        Attribution at = byCue(a, "took responsibility for");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("the ministry");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("the delays");
        Analysis b = analyze("In a statement, the ministry rejected the report as unfounded.");
        assertThat(texts(byCue(b, "rejected").sources())).containsExactly("the ministry");
        Analysis c = analyze("In an interview with the Herald, the mayor unloaded on the port authority.");
        assertThat(texts(byCue(c, "unloaded on").sources())).as(summary(c)).containsExactly("the mayor");
        assertThat(c.attributions()).as(summary(c)).hasSize(1);
    }

    @Test
    void aPhraseTellingHowAVerbReportedStaysOutOfWhatItReports() {
        // the verb is the cue and what it reports starts after the phrase; the phrase builds no report of its own
        Analysis a = analyze("Okafor claimed in an interview with Harbour Wire News that she is not backing any "
                + "particular slate, and she met both candidates last spring.");
        Attribution at = byCue(a, "claimed");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("Okafor");
        assertThat(texts(at.contents())).as(summary(a)).singleElement().asString().startsWith("that she is not backing");
        assertThat(a.attributions()).as(summary(a)).noneMatch(x -> x.cue().map(Span::text).orElse("").startsWith("in an interview"));
        Analysis b = analyze("As Ines Okafor points out in a column on the Ledger's website, keeping the cranes idle costs the port dearly.");
        Attribution pointsOut = byCue(b, "points out");
        assertThat(texts(pointsOut.contents())).as(summary(b)).containsExactly("keeping the cranes idle costs the port dearly");
        assertThat(b.attributions()).as(summary(b)).hasSize(1);
    }

    @Test
    void aReportInsideARelativeClauseKeepsWhatFollowsItsPronoun() {
        // the parser makes the pronoun the verb's object and hangs the rest of the clause on the verb
        Analysis a = analyze("The levy, which Ortiz said was a mistake, will end in May.");
        assertThat(texts(byCue(a, "said").contents())).as(summary(a)).containsExactly("which", "was a mistake");
        Analysis b = analyze("The cranes stand idle at what the union calls the worst port in the region.");
        assertThat(texts(byCue(b, "calls").contents())).as(summary(b)).containsExactly("what", "the worst port in the region");
    }

    @Test
    void whatAnObjectIsLikenedToOrCreditedWithIsPartOfTheContent() {
        Analysis a = analyze("Ortiz likened the new levy to a tax on every family in Valmora.");
        assertThat(texts(byCue(a, "likened").contents())).as(summary(a))
                .containsExactly("the new levy to a tax on every family in Valmora");
        Analysis b = analyze("The council credited the harbour crew with saving the port from ruin.");
        assertThat(texts(byCue(b, "credited").contents())).as(summary(b)).containsExactly("the harbour crew with saving the port from ruin");
        // a message goes to someone: "to readers" is not what the column says
        Analysis c = analyze("Okafor wrote a column to readers of the Ledger about the strike.");
        assertThat(texts(byCue(c, "wrote").contents())).as(summary(c)).noneMatch(x -> x.contains("readers"));
    }

    @Test
    void aSubjectTheParserTookForAnObjectKeepsItsPredicate() {
        // the parser reads "[Ortiz said the real threat to the port] is the new levy"
        Analysis a = analyze("Ortiz said the real threat to the port is the new levy, and he railed against the council.");
        assertThat(texts(byCue(a, "said").contents())).as(summary(a)).containsExactly("the real threat to the port is the new levy");
        Analysis b = analyze("Okafor said life for the next generation of dockers would be worse than life today, while others disagreed.");
        assertThat(texts(byCue(b, "said").contents())).as(summary(b))
                .containsExactly("life for the next generation of dockers would be worse than life today");
    }

    @Test
    void aVerbInASeriesIsNoInversionOfItsObject() {
        // "…, mocked the council and …": the comma is the series', the words after the verb its object, not its speaker
        Analysis a = analyze("Okafor defended the strike as lawful, mocked the harbour council and its chairman, and made it clear "
                + "that the union would not back down.");
        Attribution mocked = byCue(a, "mocked");
        assertThat(texts(mocked.sources())).as(summary(a)).containsExactly("Okafor");
        assertThat(texts(mocked.contents())).as(summary(a)).containsExactly("the harbour council and its chairman");
        // a real inversion stays one, a clause with its own subject after it
        Analysis b = analyze("The levy also hurts the small traders, said Ortiz, but the council has not changed its mind.");
        assertThat(texts(byCue(b, "said").sources())).as(summary(b)).containsExactly("Ortiz");
    }

    @Test
    void aSpeakersPhraseStopsAtAQuotation() {
        Analysis a = analyze("“We have lost two ships this month,” said Ines Okafor, the union's spokeswoman, \"and the owners "
                + "have not called once.\"");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("Ines Okafor, the union's spokeswoman");
        // a title inside the phrase is the phrase's own
        Analysis b = analyze("Marta Ruiz, a host of the radio show “Harbour Hour,” who covered the strike, said the talks had failed.");
        assertThat(texts(byCue(b, "said").sources())).as(summary(b)).singleElement().asString().contains("Harbour Hour");
    }

    @Test
    void aReportingVerbOutsideTheLexiconIsLearned() {
        // "likened" is in no list; the cue model trained on PolNeAR train judges it from its context
        Analysis a = analyze("The senator likened the new tariff to a tax on every family in the state.");
        Attribution at = byCue(a, "likened");
        assertThat(texts(at.sources())).containsExactly("The senator");
        assertThat(texts(at.contents())).anySatisfy(c -> assertThat(c).contains("the new tariff"));
    }

    @Test
    void possessiveNounCue() {
        Analysis a = analyze("The mayor's claim that the bridge was safe angered residents.");
        Attribution at = byCue(a, "claim");
        // the possessive is in the span, as annotators mostly draw it; the speaker is the mayor
        assertThat(texts(at.sources())).containsExactly("The mayor's");
        assertThat(at.speaker().map(s -> s.name())).as(summary(a)).contains("mayor");
        assertThat(texts(at.contents())).containsExactly("that the bridge was safe");
    }

    @Test
    void recipientOfTell() {
        Analysis a = analyze("“We are ready,” the minister told the Gazette on Tuesday.");
        Attribution at = byCue(a, "told");
        assertThat(at.recipient()).isPresent();
        assertThat(at.recipient().get().span().text()).isEqualTo("the Gazette");
        assertThat(at.recipient().get().name()).isEqualTo("The Gazette");
    }

    @Test
    void hedges() {
        Analysis a = analyze("The army reportedly sent up to 3,000 troops to the border, according to the Gazette.");
        Attribution at = byCue(a, "according to");
        assertThat(texts(at.hedges())).containsExactly("reportedly", "up to");
    }

    @Test
    void sourceWithDescriptivePhraseGivesNameAndRole() {
        Analysis a = analyze("Anna Kowalski, the city's chief engineer, said the bridge was safe.");
        Attribution at = byCue(a, "said");
        assertThat(texts(at.sources())).containsExactly("Anna Kowalski, the city's chief engineer");
        assertThat(speaker(at)).isEqualTo("Anna Kowalski");
        assertThat(at.speaker().orElseThrow().role()).contains("the city's chief engineer");
    }

    @Test
    void titleBeforeNameIsTheRole() {
        Analysis a = analyze("Harbour Minister Tomas Reyes said the port would stay open.");
        Attribution at = byCue(a, "said");
        assertThat(speaker(at)).isEqualTo("Tomas Reyes");
        assertThat(at.speaker().orElseThrow().role()).contains("Harbour Minister");
    }

    @Test
    void pronounSpeakerResolvesToThePersonBefore() {
        Analysis a = analyze("Anna Kowalski inspected the bridge on Monday. She said it was safe for traffic.");
        Attribution at = byCue(a, "said");
        assertThat(texts(at.sources())).containsExactly("She");
        assertThat(speaker(at)).isEqualTo("Anna Kowalski");
    }

    @Test
    void surnameAfterFullNameIsTheSameEntity() {
        Analysis a = analyze("Anna Kowalski said the bridge was safe. Kowalski added that repairs would start soon.");
        assertThat(at(a, 0).speaker().orElseThrow().entity()).isEqualTo(at(a, 1).speaker().orElseThrow().entity());
        Entity e = a.findEntity(at(a, 0).speaker().orElseThrow().entity()).orElseThrow();
        assertThat(e.name()).isEqualTo("Anna Kowalski");
        assertThat(e.aliases()).contains("Kowalski");
    }

    private static Attribution at(Analysis a, int i) {
        assertThat(a.attributions()).as(summary(a)).hasSizeGreaterThan(i);
        return a.attributions().get(i);
    }

    @Test
    void outletAliasesResolveToOneOutlet() {
        Analysis a = analyze("The New York Times reported that the bridge was closed. "
                + "Repairs will take a year, adds the Times. The mayor told the NYT that he was confident.");
        String times = byCue(a, "reported").speaker().orElseThrow().entity();
        assertThat(byCue(a, "adds").speaker().orElseThrow().entity()).isEqualTo(times);
        assertThat(byCue(a, "told").recipient().orElseThrow().entity()).isEqualTo(times);
        Entity e = a.findEntity(times).orElseThrow();
        assertThat(e.name()).isEqualTo("The New York Times");
        assertThat(e.aliases()).contains("Times", "NYT");
    }

    @Test
    void quoteWithNoCueInTheSameParagraphJoinsThePreviousSpeaker() {
        Analysis a = analyze("“The water is rising,” the harbour master said. “We need more pumps tonight.”");
        Attribution at = byCue(a, "said");
        assertThat(texts(at.contents())).containsExactly("“The water is rising,”", "“We need more pumps tonight.”");
    }

    @Test
    void quoteWithNoCueInTheNextParagraphContinuesThePreviousSpeaker() {
        Analysis a = analyze("“The water is rising,” said Anna Kowalski, the chief engineer.\n\n"
                + "“We need more pumps tonight, and we need them at the north pier.”");
        Attribution continuation = a.attributions().stream().filter(x -> x.kind() == AttributionKind.CONTINUATION)
                .findFirst().orElseThrow(() -> new AssertionError(summary(a)));
        assertThat(continuation.cue()).isEmpty();
        assertThat(speaker(continuation)).isEqualTo("Anna Kowalski");
    }

    @Test
    void nestedReportGetsItsParent() {
        Analysis a = analyze("The Gazette reported that city engineers said the bridge was unsafe.");
        Attribution outer = byCue(a, "reported");
        Attribution inner = byCue(a, "said");
        assertThat(inner.parent()).contains(outer.id());
        assertThat(a.chain(inner)).containsExactly("city engineers", "The Gazette", "this article");
    }

    @Test
    void elaboratingSentenceNestsInThePreviousReport() {
        Analysis a = analyze("Thousands of workers joined the strike, according to the Gazette. "
                + "Specifically, 4,000 dockers stayed home, reported the port union.");
        assertThat(byCue(a, "reported").parent()).contains(byCue(a, "according to").id());
    }

    @Test
    void scareQuotesAndTitlesHaveNoSpeaker() {
        Analysis a = analyze("The ferry carried a new “batch” of tourists. She bought the novel \"Small Harbours\" twice.");
        assertThat(a.attributions()).as(summary(a)).isEmpty();
    }

    @Test
    void pressReleaseSignatureAfterTheQuote() {
        Analysis a = analyze("“Our new bridge will serve the city for a century.”\n— Anna Kowalski, Chief Engineer\n");
        Attribution at = a.attributions().get(0);
        assertThat(texts(at.sources())).containsExactly("Anna Kowalski, Chief Engineer");
        assertThat(speaker(at)).isEqualTo("Anna Kowalski");
        assertThat(at.speaker().orElseThrow().role()).contains("Chief Engineer");
        assertThat(texts(at.contents())).containsExactly("“Our new bridge will serve the city for a century.”");
    }

    @Test
    void pressReleaseFromLineBeforeTheQuote() {
        Analysis a = analyze("From Mayor Tomas Reyes:\n“Today we open the bridge to everyone who lives here.”\n");
        Attribution at = a.attributions().get(0);
        assertThat(at.cue().map(Span::text)).contains("From");
        assertThat(texts(at.sources())).containsExactly("Mayor Tomas Reyes");
        assertThat(texts(at.contents())).containsExactly("“Today we open the bridge to everyone who lives here.”");
    }

    @Test
    void oddQuoteMarkDoesNotDerailTheRest() {
        Analysis a = analyze("He said \"the bridge is safe and will stay open all winter.\n\n"
                + "The council said that the vote would happen on Friday.\n\n"
                + "“The vote is final,” the council's chair said.");
        Attribution council = byCue(a, "said");
        assertThat(a.attributions().stream().map(x -> x.contents().get(0).text()))
                .contains("that the vote would happen on Friday", "“The vote is final,”");
        assertThat(council).isNotNull();
    }

    @Test
    void speakerKnownOnlyByDescriptionKeepsIt() {
        Analysis a = analyze("A driver who declined to give his name said the queue stretched for five kilometres.");
        Attribution at = byCue(a, "said");
        assertThat(texts(at.sources())).containsExactly("A driver who declined to give his name");
        assertThat(speaker(at)).isEqualTo("A driver who declined to give his name");
    }

    @Test
    void offsetsCountCodePointsEvenAfterAnEmoji() {
        String text = "🚢🚢 “Ships are waiting outside the harbour,” the harbour master said.";
        Analysis a = analyze(text);
        Attribution at = byCue(a, "said");
        Span content = at.contents().get(0);
        assertThat(content.start()).isEqualTo(3); // two emoji are two code points (four UTF-16 chars), then a space
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, content.start(), content.end() - content.start())).isEqualTo(content.text());
        Span cue = at.cue().orElseThrow();
        assertThat(new String(cps, cue.start(), cue.end() - cue.start())).isEqualTo("said");
    }

    @Test
    void cuesInsideSomeonesQuoteAreNotNewAttributions() {
        Analysis a = analyze("“I think the bridge is safe, and I believe the council knows it,” the engineer said.");
        assertThat(a.attributions()).hasSize(1);
        assertThat(byCue(a, "said").sources().get(0).text()).isEqualTo("the engineer");
    }

    @Test
    void emptyTextHasNoAttributions() {
        assertThat(analyze("   ").attributions()).isEmpty();
        assertThat(Optional.of(analyze("The bridge is open.").attributions())).get().asList().isEmpty();
    }

    @Test
    void trailingCueWhoseClauseTheParserLosesStillReports() {
        Analysis a = analyze("However the new tariffs in and of themselves are not likely to alter the vote, noted the Herald's Anna Berg.");
        Attribution at = byCue(a, "noted");
        assertThat(texts(at.sources())).containsExactly("the Herald's Anna Berg");
        assertThat(texts(at.contents())).containsExactly("However the new tariffs in and of themselves are not likely to alter the vote");
    }

    @Test
    void sentenceFinalReportAfterALongClause() {
        Analysis a = analyze("The mayor left the hearing early — but skipped the vote and drove to the harbour to keep the talks quiet, The Gazette has learned.");
        Attribution at = byCue(a, "has learned");
        assertThat(texts(at.sources())).containsExactly("The Gazette");
        assertThat(texts(at.contents()).get(0)).startsWith("The mayor left the hearing early").endsWith("keep the talks quiet");
    }

    @Test
    void parentheticalAsClause() {
        Analysis a = analyze("Valmora, as one of the governor's climate advisers pointed out, rarely gets two storms in a row.");
        Attribution at = byCue(a, "pointed out");
        assertThat(texts(at.sources())).containsExactly("one of the governor's climate advisers");
        assertThat(texts(at.contents())).containsExactly("Valmora", "rarely gets two storms in a row");
    }

    @Test
    void reportedClauseAfterAMisparsedObject() {
        Analysis a = analyze("Early polls showed Ortiz was the winner of Monday's debate.");
        Attribution at = byCue(a, "showed");
        assertThat(texts(at.sources())).containsExactly("Early polls");
        assertThat(texts(at.contents())).containsExactly("Ortiz was the winner of Monday's debate");
    }

    @Test
    void theTopicAfterSaidStaysOutOfTheCue() {
        Analysis a = analyze("The senator said of the plan that it was reckless.");
        assertThat(byCue(a, "said").contents()).isNotEmpty();
    }

    @Test
    void aVerbGoverningTheCueJoinsIt() {
        Analysis a = analyze("The chancellor appeared to suggest that the tax would stay.");
        Attribution at = byCue(a, "appeared to suggest");
        assertThat(texts(at.contents())).containsExactly("that the tax would stay");
        assertThat(a.attributions()).hasSize(1);
    }

    @Test
    void severalSignedQuotesInOneParagraph() {
        Analysis a = analyze("“The port must stay open.” ― Lena Ortiz “We cannot wait another week.” ― Tomas Berg");
        assertThat(a.attributions()).extracting(x -> texts(x.sources())).containsExactly(List.of("Lena Ortiz"), List.of("Tomas Berg"));
    }

    @Test
    void transcriptTurn() {
        Analysis a = analyze("BRANDT: Well, look, the harbour has been closed for a month and nobody cares.");
        Attribution at = byCue(a, ":");
        assertThat(texts(at.sources())).containsExactly("BRANDT");
        assertThat(texts(at.contents())).containsExactly("Well, look, the harbour has been closed for a month and nobody cares.");
    }

    @Test
    void subjectOfAReducedRelativeTheParserMadeTheMainVerb() {
        Analysis a = analyze("A Harbour University poll released in late August found that most voters wanted the port open.");
        Attribution at = byCue(a, "found");
        assertThat(texts(at.sources())).containsExactly("A Harbour University poll released in late August");
        assertThat(texts(at.contents())).containsExactly("that most voters wanted the port open");
    }

    @Test
    void relativePronounBeforeACueIsItsSource() {
        Analysis a = analyze("Ortiz, who in 2010 said the union's main goal was to close the port, declined to comment.");
        Attribution at = byCue(a, "said");
        assertThat(texts(at.sources())).containsExactly("who");
        assertThat(speaker(at)).isEqualTo("Ortiz");
    }

    @Test
    void aStatementAndItsParticipleAreOneReport() {
        Analysis a = analyze("The union issued a statement saying the port would reopen on Monday.");
        assertThat(a.attributions()).as(summary(a)).hasSize(1);
        Attribution at = a.attributions().get(0);
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("The union");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("the port would reopen on Monday");
    }

    @Test
    void noWordIsBothSourceAndContent() {
        for (String text : List.of(
                "\"The city did not keep track of the numbers,\" said Ana Ortiz, a dockworker who founded the union.",
                "\"There was not much help for the families in those years, said Ortiz, whose union is pushing for a new law.")) {
            Analysis a = analyze(text);
            Attribution at = byCue(a, "said");
            for (Span c : at.contents()) {
                for (Span s : at.sources()) {
                    assertThat(c.end() <= s.start() || s.end() <= c.start()).as(summary(a)).isTrue();
                }
            }
            assertThat(texts(at.contents())).as(summary(a)).hasSize(1);
        }
    }

    @Test
    void aRelativeClauseThatReportsIsNotPartOfTheOuterSource() {
        Analysis a = analyze("“The port will reopen,” said Ana Ortiz, who told reporters last week that it would close.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("Ana Ortiz");
        Analysis b = analyze("“The port will reopen,” said Ana Ortiz, who has worked there for thirty years.");
        assertThat(texts(byCue(b, "said").sources())).as(summary(b)).containsExactly("Ana Ortiz, who has worked there for thirty years");
    }

    @Test
    void aReportedClauseRunsToTheEndOfItsSentence() {
        Analysis a = analyze("The inspector said that the agency could not be sure that money used for the berths was not coming from smugglers.");
        assertThat(texts(byCue(a, "said").contents()))
                .containsExactly("that the agency could not be sure that money used for the berths was not coming from smugglers");
    }

    @Test
    void whatFollowsTheCuesPrepositionIsTheContent() {
        Analysis a = analyze("The mayor called for a ban on night shifts at the port. Ortiz pointed to the polls.");
        assertThat(texts(byCue(a, "called for").contents())).containsExactly("a ban on night shifts at the port");
        assertThat(texts(byCue(a, "pointed to").contents())).containsExactly("the polls");
    }

    @Test
    void aCueEndingInAColonReportsTheNextParagraph() {
        Analysis a = analyze("The Daily Ledger reports:\n\nWorkers at the port earned about $40,000 a year, and bonuses were small.\n");
        Attribution at = byCue(a, "reports:");
        assertThat(texts(at.sources())).containsExactly("The Daily Ledger");
        assertThat(texts(at.contents())).containsExactly("Workers at the port earned about $40,000 a year, and bonuses were small.");
    }

    @Test
    void headlineWithASpeakerBeforeAColon() {
        Analysis a = analyze("Ortiz: Port Must Stay Open Until Spring\n\nThe union leader spoke on Tuesday.\n");
        Attribution at = byCue(a, ":");
        assertThat(texts(at.sources())).containsExactly("Ortiz");
        assertThat(texts(at.contents())).containsExactly("Port Must Stay Open Until Spring");
        assertThat(a.attributions()).hasSize(1); // "spoke on Tuesday": a time is not what was said
        assertThat(analyze("Update: The port reopened on Monday.\n\nShips are moving again.\n").attributions()).isEmpty();
        assertThat(analyze("The Latest: Port reopens after strike.\n\nShips are moving again.\n").attributions()).isEmpty();
        assertThat(analyze("Monday's Morning Email: Port reopens.\n\nShips are moving again.\n").attributions()).isEmpty();
    }

    @Test
    void evidenceShowsAnObjectWithItsPredicate() {
        Analysis a = analyze("The latest average of polls shows Ortiz leading Berg by three points.");
        assertThat(texts(byCue(a, "shows").contents())).containsExactly("Ortiz leading Berg by three points");
    }

    @Test
    void calledOnSomeoneToAct() {
        Analysis a = analyze("The union called on the minister to resign.");
        assertThat(texts(byCue(a, "called on").contents())).containsExactly("the minister to resign");
    }

    @Test
    void quotedWordsBeforeTheVerbAreNotItsSpeaker() {
        Analysis a = analyze("\"That,\" he added, \"would make the crossing far slower.\"\n\n"
                + "\"Full panic mode,\" said Leslie Ortiz, a caucus president.");
        assertThat(texts(byCue(a, "added").sources())).containsExactly("he");
        assertThat(texts(byCue(a, "said").sources())).containsExactly("Leslie Ortiz, a caucus president");
    }

    @Test
    void speakerBeforeALongAppositionTheParserLost() {
        Analysis a = analyze("Jorge Almeida, a former harbour minister who is a harsh critic of Mr. Reyes, "
                + "suggests that the port's best argument is weak.");
        assertThat(texts(byCue(a, "suggests").sources()))
                .containsExactly("Jorge Almeida, a former harbour minister who is a harsh critic of Mr. Reyes");
    }

    @Test
    void participleAfterACommaSpeaksForTheSentenceSubject() {
        Analysis a = analyze("The mayor spoke to a gathering of ferry captains, promising to dredge the channel.");
        assertThat(texts(byCue(a, "promising").sources())).containsExactly("The mayor");
    }

    @Test
    void sourceLeavesOutItsParticipleAndItsTime() {
        Analysis a = analyze("Ortiz, speaking to dockworkers in Valmora, said the strike would end.\n\n"
                + "Federal prosecutors in April said the firm had lied.");
        assertThat(texts(byCue(a, "said").sources())).containsExactly("Ortiz");
        assertThat(a.attributions().get(1).sources().get(0).text()).isEqualTo("Federal prosecutors");
    }

    @Test
    void raisingVerbsAndExpletiveItHaveNoSource() {
        Analysis a = analyze("The harbour plan seems to favour the largest shipping lines.\n\n"
                + "It is unclear whether the ferries will run on Sunday.");
        assertThat(byCue(a, "seems").sources()).isEmpty();
        for (Attribution at : a.attributions()) {
            assertThat(at.sources()).as(summary(a)).isEmpty();
        }
    }

    @Test
    void signaturesAfterNonBreakingSpaces() {
        Analysis a = analyze("Readers wrote to us.\n\n“We will keep the ferries running.”\u00a0― Ana Lima\u00a0\n"
                + "“The port is ours.” ―\u00a0Rui Costa.\n\nThe letters keep coming.");
        assertThat(a.attributions()).extracting(at -> texts(at.sources())).contains(List.of("Ana Lima"), List.of("Rui Costa"));
    }

    @Test
    void ofTwoSubjectsTheOneRightBeforeTheVerbSpoke() {
        Analysis a = analyze("The difference now, he told reporters on Friday, is that the port is open at night.");
        assertThat(texts(byCue(a, "told").sources())).containsExactly("he");
    }

    @Test
    void aNounCueTakesItsTopicAfterAPreposition() {
        Analysis a = analyze("The union's allegations of fraud at the port authority led to an inquiry.");
        Attribution at = byCue(a, "allegations of");
        assertThat(texts(at.sources())).containsExactly("The union's");
        assertThat(texts(at.contents())).containsExactly("fraud at the port authority");
    }

    @Test
    void aNounCuesTopicInsideAnotherClaimIsThatClaims() {
        Analysis a = analyze("Mayor Ortiz made comments about the strike.");
        assertThat(a.attributions()).as(summary(a)).noneMatch(at -> at.cue().map(Span::text).orElse("").equals("comments about"));
    }

    @Test
    void hasContractedBeforeAParticipleIsNotAPassive() {
        Analysis a = analyze("Though he’s heralded plans to tax the shipping lines, the mayor has not said how much they would raise.");
        // (the extent step may draw "plans" into the cue)
        assertThat(texts(byCue(a, cue -> cue.startsWith("’s heralded"), "'’s heralded'").sources())).containsExactly("he");
    }

    @Test
    void whoAsksAnOpeningAskedIsNotNamed() {
        Analysis a = analyze("Asked about the strike, Ortiz said the port would reopen on Friday.");
        assertThat(byCue(a, "Asked about").sources()).as(summary(a)).isEmpty();
        assertThat(texts(byCue(a, "said").sources())).containsExactly("Ortiz");
    }

    @Test
    void aSpeechVerbAfterAClosingQuoteSpeaksForTheNameBesideIt() {
        Analysis a = analyze("“The harbour has always been, and will stay, a public place,” said the 62-year-old. “Now it is sold.”\n\n"
                + "“We are all passengers on this ferry and nobody steers,” said Valmora councillor Rui Costa, angered that "
                + "the vote was delayed again.");
        assertThat(a.attributions()).as(summary(a)).extracting(at -> texts(at.sources()))
                .contains(List.of("the 62-year-old"), List.of("Valmora councillor Rui Costa"));
    }

    @Test
    void peopleAParticipleModifiesAreItsSource() {
        Analysis a = analyze("The mayor has slipped in the polls, with 30 percent of dockers saying they would vote for her again.");
        Attribution at = byCue(a, "saying");
        assertThat(texts(at.sources())).containsExactly("30 percent of dockers");
        assertThat(texts(at.contents())).containsExactly("they would vote for her again");
    }

    @Test
    void reasonsCitedAreTheCitingSpeakersContent() {
        Analysis a = analyze("“It is a reflection of the anger that dockers feel,” Ortiz said, citing low wages, long shifts and "
                + "growing inequality.");
        Attribution at = byCue(a, "citing");
        assertThat(texts(at.sources())).containsExactly("Ortiz");
        assertThat(texts(at.contents())).containsExactly("low wages, long shifts and growing inequality");
    }

    @Test
    void anInfinitiveSpeaksForTheSubjectUnlessAPersonWasMadeToSpeak() {
        Analysis a = analyze("The mayor used her speech on Friday to call for a ban on night shifts.\n\n"
                + "The evidence led Ortiz to admit that the port had lied.");
        assertThat(texts(byCue(a, "to call for").sources())).containsExactly("The mayor");
        assertThat(texts(byCue(a, "to admit").sources())).containsExactly("Ortiz");
    }

    @Test
    void aQuotationOpenedWithTwoApostrophesIsNotTheSubject() {
        Analysis a = analyze("The strike goes on.\n\n''Anyone who talks about closing the port as a solution is a threat to the town, "
                + "to the dockers and to the ferries, and we take every one of those threats seriously,'' said Rui L. Costa, "
                + "president of the ferry union.");
        assertThat(texts(byCue(a, "said").sources())).containsExactly("Rui L. Costa, president of the ferry union");
    }

    @Test
    void aParticipleAfterTheSpeakersAppositionIsNotTheSpeaker() {
        Analysis a = analyze("\"The retirees decide this race,\" said Dana Whitfield, a pollster who advises the council, "
                + "citing the mayor's pension plan.");
        assertThat(texts(byCue(a, "said").sources())).containsExactly("Dana Whitfield, a pollster who advises the council");
    }

    @Test
    void aVerbBeforeAColonSaysTheQuotationAfterIt() {
        Analysis a = analyze("Ferry strike enters third week.\n\nAsked which pier was her favourite, she demurred: "
                + "“Whichever one I’m standing on.”\n\nThe Herald confirmed the account, reporting:\n\n"
                + "\"The port paid the consultants twice in 2024, records show.\"");
        Attribution demurred = byCue(a, "demurred:");
        assertThat(texts(demurred.sources())).containsExactly("she");
        assertThat(texts(demurred.contents())).containsExactly("“Whichever one I’m standing on.”");
        assertThat(texts(byCue(a, "Asked").contents())).noneMatch(c -> c.contains("Whichever"));
        assertThat(texts(byCue(a, "reporting:").contents()))
                .contains("\"The port paid the consultants twice in 2024, records show.\"");
    }

    @Test
    void aParticipleAfterACommaReportsItsOwnWords() {
        Analysis a = analyze("Lima defended the night shifts, calling them an absolute necessity for the port.\n\n"
                + "The mayor is pushing back, questioning the union's judgment.");
        assertThat(texts(byCue(a, "calling").contents())).containsExactly("them an absolute necessity for the port");
        assertThat(texts(byCue(a, "questioning").contents())).containsExactly("the union's judgment");
    }

    @Test
    void aVerbHungOnTheClauseBeforeItReportsItsOwnObject() {
        Analysis a = analyze("The strike is unpopular, the councillor repeated his promise to end it by May.");
        assertThat(texts(byCue(a, "repeated").contents())).containsExactly("his promise to end it by May");
    }

    @Test
    void aSpeakerBetweenTwoQuotationsInApostrophesIsInNeither() {
        Analysis a = analyze("The strike goes on.\n\n''The most important voters are the retirees,'' said Dana Whitfield, a pollster "
                + "who is now advising the council. ''They vote in every election.''");
        Attribution said = byCue(a, "said");
        assertThat(texts(said.sources())).containsExactly("Dana Whitfield, a pollster who is now advising the council");
        assertThat(texts(said.contents())).containsExactly("''The most important voters are the retirees,''",
                "''They vote in every election.''");
    }

    @Test
    void timesAndOpeningByPhrasesAreNoSpeakers() {
        Analysis a = analyze("By the end of the day, the mayor was forced into a retreat and said that her words had been misread.\n\n"
                + "The columnist Ana Lima has been critical of the port but on Tuesday wrote that she agreed with the mayor.");
        assertThat(texts(byCue(a, "said").sources())).containsExactly("the mayor");
        assertThat(texts(byCue(a, "wrote").sources())).doesNotContain("Tuesday");
    }

    @Test
    void aParticipleOpeningTheSentenceSpeaksForItsSubject() {
        Analysis a = analyze("Claiming the criticism of Lima is designed to pressure the union, Ortiz told the Herald that the port "
                + "would stay open.");
        assertThat(texts(byCue(a, "Claiming").sources())).containsExactly("Ortiz");
    }

    @Test
    void makeSureAndToBeSureReportNothing() {
        // an adjective cue takes its copula, as annotators draw it (the extent step learned "is sure")
        Analysis a = analyze("The union will make sure that the ferries run on Sunday.\n\n"
                + "To be sure, the port has lost money for years.\n\nOrtiz is sure that the port will reopen.");
        assertThat(a.attributions()).as(summary(a)).extracting(at -> at.cue().map(Span::text).orElse("-")).containsExactly("is sure");
    }

    @Test
    void appearingOnAShowReportsNothing() {
        Analysis a = analyze("The mayor appeared on Harbour Radio on Sunday morning.\n\nThe plan appears to favour the ferry lines.");
        assertThat(a.attributions()).as(summary(a)).extracting(at -> at.cue().map(Span::text).orElse("-"))
                .noneMatch(cue -> cue.startsWith("appeared"));
    }

    @Test
    void aThoughtInsideAReportIsPartOfItButSpeechIsNested() {
        Analysis a = analyze("The mayor said the union believes that the port will reopen.\n\n"
                + "The mayor said that Ortiz had told reporters on Monday that the port would reopen.");
        assertThat(a.attributions()).as(summary(a)).extracting(at -> at.cue().map(Span::text).orElse("-"))
                .containsExactly("said", "said", "had told");
        assertThat(byCue(a, "had told").parent()).isPresent();
    }

    @Test
    void aPassivesSubjectIsNoSourceEvenByWordOrder() {
        Analysis a = analyze("Although the ferry line is not thought to be able to carry lorries across the bay, it is said to be a "
                + "threat to the port in Valmora and Lisbon.\n\nWhen the Herald examined the mayor’s statement, it was labeled “Mostly True.”");
        assertThat(byCue(a, cue -> cue.endsWith("is said"), "ending 'is said'").sources()).as(summary(a)).isEmpty();
        assertThat(byCue(a, "was labeled").sources()).as(summary(a)).isEmpty();
    }

    @Test
    void whichRightBeforeACueIsItsSourceWhateverTheParse() {
        Analysis a = analyze("Much of the push came from Valmora and Lisbon, the two biggest ports, which together vowed to cut "
                + "emissions by half.");
        assertThat(texts(byCue(a, "vowed").sources())).containsExactly("which");
    }

    @Test
    void whatPollsShowMayBeSomeoneWithALead() {
        Analysis a = analyze("Polling averages show Ortiz with a lead in the low single digits.");
        Attribution shown = byCue(a, "show");
        assertThat(texts(shown.contents())).as(summary(a)).containsExactly("Ortiz with a lead in the low single digits");
        assertThat(texts(shown.sources())).containsExactly("Polling averages");
    }

    @Test
    void aParticipleOnAMessageSpeaksForItsSender() {
        Analysis a = analyze("Dockworkers sent a letter to the board urging it to reopen talks. "
                + "The mayor spoke at a news conference announcing that the city would sue the port.");
        // (or the letter carries the report: annotators draw "sent a letter to … urging" as one cue too)
        assertThat(texts(byCue(a, cue -> cue.equals("urging") || cue.startsWith("sent a letter"), "'urging' or the letter's")
                .sources())).as(summary(a)).containsExactly("Dockworkers");
        assertThat(texts(byCue(a, "announcing").sources())).as(summary(a)).containsExactly("The mayor");
        // and so does a restrictive relative clause on one, not its "that"
        Analysis b = analyze("Ortiz ran an ad in the Gazette that accused the council of lying.");
        // (the extent step may draw the cue with its "that", as the annotators sometimes do: "that oppose")
        assertThat(texts(byCue(b, cue -> cue.endsWith("accused"), "ending 'accused'").sources())).as(summary(b))
                .containsExactly("Ortiz");
    }

    @Test
    void findingAWayFindsNothingOut() {
        Analysis a = analyze("The mayor found a way to keep the port open. The union found itself without allies. "
                + "An audit found that the port lost money.");
        assertThat(a.attributions()).as(summary(a)).hasSize(1);
        assertThat(texts(byCue(a, "found").contents())).containsExactly("that the port lost money");
    }

    @Test
    void aPhraseWithoutAVerbCanBeWhatWasSaid() {
        Analysis a = analyze("The union wants a leader with roots in the port. People like Ortiz, he said.");
        assertThat(texts(byCue(a, "said").contents())).as(summary(a)).containsExactly("People like Ortiz");
        assertThat(texts(byCue(a, "said").sources())).containsExactly("he");
        assertThat(analyze("Then, last week, he said.").attributions()).isEmpty();
    }

    @Test
    void aFiniteVerbTheParserMadeAModifierStillReports() {
        // the parser reads "said Pemberton" as a name with a modifier
        Analysis a = analyze("Ortiz would simultaneously expand the standard deduction they take, but for some, the losses "
                + "would outstrip the gains, said Pemberton.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("Pemberton");
    }

    @Test
    void aReportInterruptedByItsSpeakerGoesOnAfterAnd() {
        Analysis a = analyze("The top tenth paid 41 percent, the harbour board said in its spring report, and those in the "
                + "lowest tenth paid 2 percent.");
        Attribution said = byCue(a, "said");
        assertThat(texts(said.contents())).as(summary(a))
                .containsExactly("The top tenth paid 41 percent", "those in the lowest tenth paid 2 percent");
        assertThat(texts(said.sources())).containsExactly("the harbour board");
    }

    @Test
    void aParticipleAfterATrailingCueIsNoPartOfTheSpeaker() {
        Analysis a = analyze("The port \"has made dramatic changes for the better,\" Ortiz said in June 2012, citing the "
                + "release of the dock workers and the election of a new harbour board.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("Ortiz");
    }

    @Test
    void whatTheOneSpokenToWasToldToDo() {
        Analysis a = analyze("Ortiz tells his supporters at a Valmora rally to \"go to the harbour and vote\" and then "
                + "\"go to some other place.\"");
        Attribution tells = byCue(a, "tells");
        assertThat(texts(tells.contents()).get(0)).as(summary(a)).startsWith("to \"go to the harbour");
        assertThat(texts(tells.sources())).containsExactly("Ortiz");
    }

    @Test
    void accordingToWhenTheParserMadeItsNounTheHead() {
        Analysis a = analyze("Most dockworkers want the strike to end. That's according to early results of a survey conducted "
                + "for the union.");
        Attribution that = byCue(a, "'s according to");
        assertThat(texts(that.contents())).as(summary(a)).containsExactly("That");
        assertThat(texts(that.sources())).containsExactly("early results of a survey conducted for the union");
        a = analyze("According to early results of exit polls conducted for the Harbour Wire and two radio stations by a "
                + "research firm, majorities of port voters in all five towns say they feel betrayed by the council.");
        Attribution polls = byCue(a, "According to");
        assertThat(texts(polls.contents()).get(0)).as(summary(a)).startsWith("majorities of port voters");
    }

    @Test
    void whatSomeoneWasAskedIsTheQuestion() {
        Analysis a = analyze("Asked if he was ever bullied, the mayor said no.");
        assertThat(texts(byCue(a, "Asked").contents())).as(summary(a)).containsExactly("if he was ever bullied");
        assertThat(byCue(a, "Asked").sources()).isEmpty();
    }

    @Test
    void whatSomeoneIsBlamedOrThankedFor() {
        Analysis a = analyze("Much like the mayor, Ortiz was criticized for trading one harbour for another, even by his allies. "
                + "Rivera thanked the crew for staying on.");
        // whether "for" is in the cue is the extent step's call: PolNeAR draws "was criticized" more often than not
        Attribution criticized = a.attributions().stream().filter(x -> x.cue().map(Span::text).orElse("").startsWith("was criticized"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'was criticized' cue in " + summary(a)));
        assertThat(texts(criticized.contents())).as(summary(a)).contains("Ortiz");
        assertThat(String.join(" ", texts(criticized.contents()))).contains("trading one harbour for another");
        assertThat(texts(byCue(a, "thanked").contents())).as(summary(a)).containsExactly("for staying on");
    }
    @Test
    void whatSeemsIsTheSubjectWithItsComplement() {
        Analysis a = analyze("Ortiz's supporters seemed equally unperturbed. The board appears to be moving behind the mayor.");
        assertThat(texts(byCue(a, "seemed").contents())).as(summary(a)).containsExactly("Ortiz's supporters", "equally unperturbed");
        assertThat(byCue(a, "seemed").sources()).isEmpty();
        assertThat(texts(byCue(a, "appears").contents())).containsExactly("The board", "to be moving behind the mayor");
    }

    @Test
    void whatWasReportedIsThePassiveSubject() {
        Analysis a = analyze("The harbour deal was first reported by the Valmora Ledger.");
        Attribution reported = a.attributions().get(0);
        assertThat(texts(reported.contents())).as(summary(a)).containsExactly("The harbour deal");
        assertThat(texts(reported.sources())).containsExactly("the Valmora Ledger");
    }
    @Test
    void madeClearIsOneCue() {
        Analysis a = analyze("The mayor made it clear to the council that she has their backs.");
        Attribution clear = byCue(a, "made it clear");
        assertThat(texts(clear.contents())).as(summary(a)).containsExactly("that she has their backs");
        assertThat(texts(clear.sources())).containsExactly("The mayor");
    }
    @Test
    void turnsOfAnInterviewAndOfADebateSummary() {
        Analysis a = analyze("The candidates disagree on the harbour.\n\nOrtiz: \"Our goal is to reopen the port, not to sell it.\"\n\n"
                + "Q: Did the union help you?\n\nA: No, not once.");
        List<Attribution> turns = a.attributions().stream().filter(x -> x.cue().map(Span::text).orElse("").equals(":")).toList();
        assertThat(turns).as(summary(a)).hasSize(3);
        assertThat(texts(turns.get(0).sources())).containsExactly("Ortiz");
        assertThat(texts(turns.get(2).contents())).containsExactly("No, not once.");
    }
    @Test
    void aPollIsTheSourceOfWhatItFound() {
        Analysis a = analyze("Ortiz leads Rivera by roughly 9 percentage points in the latest Harbour Ledger poll. "
                + "Voters in a Ledger poll said the port should reopen.");
        Attribution poll = byCue(a, "in");
        assertThat(texts(poll.sources())).as(summary(a)).containsExactly("the latest Harbour Ledger poll");
        assertThat(texts(poll.contents())).containsExactly("Ortiz leads Rivera by roughly 9 percentage points");
        assertThat(a.attributions()).hasSize(2); // the voters' poll is told by what they said
    }
    @Test
    void decliningToCommentIsAReport() {
        Analysis a = analyze("The port may close next week. A spokesman for the mayor declined to comment.");
        Attribution declined = byCue(a, "declined");
        assertThat(texts(declined.contents())).as(summary(a)).containsExactly("to comment");
        assertThat(texts(declined.sources())).containsExactly("A spokesman for the mayor");
    }
    @Test
    void aCueEndsWhereAnnotatorsEndIt() {
        Analysis a = analyze("The union went on to say that the strike would last into March. "
                + "The harbour master expressed concern that the cranes were unsafe.");
        assertThat(texts(byCue(a, "went on to say").contents())).as(summary(a)).containsExactly("that the strike would last into March");
        assertThat(texts(byCue(a, "expressed concern").contents())).as(summary(a)).containsExactly("that the cranes were unsafe");
    }

    @Test
    void aVerbOfSayingWithItsSpeakerAfterItReportsHoweverItWasParsed() {
        // the parser hangs "adds" on "avoid"; the clause step, reading a loose dependent, would veto it
        Analysis a = analyze("Crews unload the ferries at night when tired to avoid the heat, adds the Ledger.");
        Attribution adds = byCue(a, "adds");
        assertThat(texts(adds.sources())).as(summary(a)).containsExactly("the Ledger");
        assertThat(texts(adds.contents())).as(summary(a)).containsExactly("Crews unload the ferries at night when tired to avoid the heat");
    }

    @Test
    void aQuestionQuotedBeforeItsSpeakerGoesToThemNotToThePreviousSpeaker() {
        // the quote is a sentence of its own, so "demanded" has no content in the parse; the quote beside it is it
        Analysis a = analyze("“Every shift ends late,” Tomas Ruiz said.\n\n"
                + "“Why should the crews pay for a board that cannot count?” Ana Ortiz demanded.");
        Attribution demanded = byCue(a, "demanded");
        assertThat(texts(demanded.sources())).as(summary(a)).containsExactly("Ana Ortiz");
        assertThat(texts(demanded.contents())).as(summary(a))
                .containsExactly("“Why should the crews pay for a board that cannot count?”");
    }

    @Test
    void aQuantityOfSpeakersKeepsItsAtLeast() {
        Analysis a = analyze("At least half of the dockworkers said the strike would go on.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("At least half of the dockworkers");
    }

    @Test
    void aLegislatorsPartyLabelIsPartOfTheSource() {
        Analysis a = analyze("Rep. Tomas Ruiz (R-S.C.) said the claim smacked of hypocrisy. "
                + "\"Not good, great,\" Sen. Ana Ortiz (D-Md.) said in an interview.");
        Attribution ruiz = byCue(a, "said");
        assertThat(texts(ruiz.sources())).as(summary(a)).containsExactly("Rep. Tomas Ruiz (R-S.C.)");
        assertThat(texts(ruiz.contents())).as(summary(a)).containsExactly("the claim smacked of hypocrisy");
        assertThat(a.attributions()).as(summary(a)).anySatisfy(x -> {
            assertThat(texts(x.sources())).containsExactly("Sen. Ana Ortiz (D-Md.)");
            assertThat(speaker(x)).isEqualTo("Ana Ortiz");
        });
    }

    @Test
    void theOneToldIsTheRecipientNotPartOfWhatWasSaid() {
        Analysis a = analyze("The mayor told reporters the port would reopen on Monday.");
        Attribution at = byCue(a, "told");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("the port would reopen on Monday");
        assertThat(at.recipient()).isPresent();
        assertThat(at.recipient().get().span().text()).isEqualTo("reporters");
    }

    @Test
    void thoseWhoFeelItHoldTheView() {
        Analysis a = analyze("Dockworkers were frustrated that the port authority did not release the report.");
        Attribution at = byCue(a, "were frustrated");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("Dockworkers");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("that the port authority did not release the report");
    }

    @Test
    void asSomeonePutItIsAReportAndPuttingThingsIsNot() {
        Analysis a = analyze("As one dockworker put it, the cranes are older than the men who run them. "
                + "The union put pressure on the council and put its plan to a vote.");
        Attribution at = byCue(a, "put it");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("one dockworker");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("the cranes are older than the men who run them");
        assertThat(a.attributions()).as(summary(a)).noneMatch(x -> x.cue().map(Span::text).orElse("").startsWith("put")
                && x != at);
    }

    @Test
    void whoeverAFeelingIsCausedInHoldsIt() {
        // "X worries Y": the one worried is the source, what worries them the content (PolNeAR draws it so)
        Analysis a = analyze("The mayor said on Monday that the harbour would close at night.\n\n"
                + "The closure also worries the fishermen of the north quay.");
        Attribution at = byCue(a, cue -> cue.endsWith("worries"), "ending 'worries'");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("the fishermen of the north quay");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("The closure");
    }

    @Test
    void whereANamedSpeakerSpokeIsNoPartOfTheSource() {
        Analysis a = analyze("Ortiz in a statement said the port would reopen on Monday.\n\n"
                + "Senator Ruiz at a rally in Valmora warned that the cranes were unsafe.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("Ortiz");
        assertThat(texts(byCue(a, "warned").sources())).as(summary(a)).containsExactly("Senator Ruiz");
    }

    @Test
    void aParticipleAfterACommaReadAsAnAdjectiveStillReports() {
        // the parser hangs "saying" on "airstrikes" as an adjective; it is the verb of a report
        Analysis a = analyze("Some senators have called for the navy to patrol the harbour in Valmora and Lima, "
                + "saying airstrikes have been inadequate.");
        Attribution at = byCue(a, "saying");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("Some senators");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("airstrikes have been inadequate");
    }

    @Test
    void aVerbAfterAnInfinitiveReadAsAPrepositionKeepsItsSubject() {
        // the parser takes "to empathize" for a prepositional phrase on "tried"; "promised" hangs on "empathize"
        Analysis a = analyze("Addressing hundreds of dockworkers who are struggling to get by, Mayor Lena Ortiz tried here "
                + "last week to empathize with their frustrations and promised to reopen the port.");
        Attribution at = byCue(a, "promised");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("Mayor Lena Ortiz");
    }

    @Test
    void aParticipleAfterAnInvertedSpeakerSpeaksForHim() {
        Analysis a = analyze("\"The board has lost the trust of the harbour,\" said union spokesman Dario Ferri, referring to "
                + "the vote on Monday.\n\n\"Nobody cares anymore,\" wrote one dockworker, tweeting a link to a story about the strike.");
        assertThat(texts(byCue(a, "referring to").sources())).as(summary(a)).containsExactly("union spokesman Dario Ferri");
        assertThat(texts(byCue(a, "tweeting").sources())).as(summary(a)).containsExactly("one dockworker");
    }

    @Test
    void whoAskedIsNamedOnlyByBy() {
        Analysis a = analyze("Asked by a reporter whether the port would reopen, Ortiz shrugged.\n\n"
                + "Asked about the strike, Ruiz said the port would reopen.");
        assertThat(texts(byCue(a, "Asked").sources())).as(summary(a)).containsExactly("a reporter");
        assertThat(byCue(a, cue -> cue.startsWith("Asked about"), "starting 'Asked about'").sources()).as(summary(a)).isEmpty();
    }

    @Test
    void aParticipleAfterAnOpeningPrepositionSpeaksForTheSubject() {
        Analysis a = analyze("The vote was close.\n\nNow, after arguing that the vote settled the matter, the union is "
                + "suggesting that the mayor resign.\n\nIn addition to stating that the cranes are unsafe, Ortiz has vowed "
                + "to close the quay.");
        assertThat(texts(byCue(a, "arguing").sources())).as(summary(a)).containsExactly("the union");
        Attribution stating = byCue(a, "stating");
        assertThat(texts(stating.sources())).as(summary(a)).containsExactly("Ortiz");
        assertThat(stating.parent()).as("'In addition to' elaborates nothing: " + summary(a)).isEmpty();
    }

    @Test
    void anyoneBeforeAParticipleIsItsSource() {
        Analysis a = analyze("Anyone expecting the mayor to change course should read her letter.");
        assertThat(texts(byCue(a, "expecting").sources())).as(summary(a)).containsExactly("Anyone");
    }

    @Test
    void aParticipleBetweenSubjectAndVerbSpeaksForTheSubject() {
        Analysis a = analyze("The Ledger, citing internal documents, reported that the board had sold the cranes.");
        assertThat(texts(byCue(a, "citing").sources())).as(summary(a)).containsExactly("The Ledger");
    }

    @Test
    void aTitleInsideTheSpeakersPhraseStaysInIt() {
        Analysis a = analyze("After the video spread, the “Harbour Nights” actress said the port should reopen.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("the “Harbour Nights” actress");
    }

    @Test
    void aVerbAfterThenKeepsTheSubjectAndItsOwnContent() {
        Analysis a = analyze("Ortiz paused, then revealed why the cranes had been sold.");
        Attribution at = byCue(a, "revealed");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("Ortiz");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("why the cranes had been sold");
    }

    @Test
    void aNameTheTaggerMisreadBeforeAddedStillSpeaks() {
        // the tagger reads "Devine" as an adjective hung on "added" by no subject relation
        Analysis a = analyze("\"Things have changed since the strike began,\" Devine added. \"People should take a look at that.\"");
        assertThat(texts(byCue(a, "added").sources())).as(summary(a)).containsExactly("Devine");
    }

    @Test
    void aHeadlineExclamationOrLabelBeforeAColonIsNoSpeaker() {
        Analysis a = analyze("Wow: Mayor Ortiz Just Answered The Dockworkers With One Line.\n\nThe port is open.\n");
        assertThat(a.attributions().stream().flatMap(x -> texts(x.sources()).stream())).as(summary(a)).doesNotContain("Wow");
        assertThat(analyze("BYLINE: Lena Ortiz.\n\nThe port is open.\n").attributions()).isEmpty();
    }

    @Test
    void aHeadlineVerbTheTaggerReadAsAPluralNounReports() {
        Analysis a = analyze("Ortiz blasts the union over port closure.\n\nThe strike began in May.\n");
        Attribution at = byCue(a, "blasts");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("Ortiz");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("the union over port closure");
    }

    @Test
    void aHeadlineSpeakerEndsBeforeWhatTheClaimIsAbout() {
        Analysis a = analyze("Harbour Chief On Strike: ‘We Will Not Pay Anyone.’\n\nThe port is open.\n");
        assertThat(texts(byCue(a, ":").sources())).as(summary(a)).containsExactly("Harbour Chief");
    }

    @Test
    void aParticipleHungOnAReportedClauseSpeaksForTheSpeaker() {
        // the parser hangs "explaining" on "coming", whose subject is a thing
        Analysis a = analyze("Reached by phone, Ferri denied that a shakeup at the port was coming, explaining that he "
                + "had not read the report.");
        assertThat(texts(byCue(a, "explaining").sources())).as(summary(a)).containsExactly("Ferri");
    }

    @Test
    void aGroupBeforeItsParticipleIsItsSource() {
        Analysis a = analyze("Donors gave $5 million to an outside group attacking the mayor.");
        assertThat(texts(byCue(a, "attacking").sources())).as(summary(a)).containsExactly("an outside group");
    }

    @Test
    void anExtraposedItIsNobody() {
        Analysis a = analyze("It is too soon to say how the strike will end.");
        assertThat(byCue(a, cue -> cue.endsWith("say"), "ending 'say'").sources()).as(summary(a)).isEmpty();
    }

    @Test
    void anAccordingToSourceEndsWhereTheSentenceGoesOn() {
        Analysis a = analyze("The port spent, according to one report, $234 million on security.");
        assertThat(texts(byCue(a, "according to").sources())).as(summary(a)).containsExactly("one report");
    }

    @Test
    void aGerundAfterAPrepositionSpeaksForTheClausesSubject() {
        // the parser hangs "by calling" and "by proposing" on the verb as obliques, "in denouncing" on a noun
        Analysis a = analyze("The governor tripped up Ruiz by calling him out in real time.\n\nOrtiz has been the most "
                + "aggressive in the council in denouncing the harbour board.\n\nOrtiz has gone further than the mayor "
                + "by proposing that the port close.");
        assertThat(texts(byCue(a, "calling").sources())).as(summary(a)).containsExactly("The governor");
        assertThat(texts(byCue(a, "denouncing").sources())).as(summary(a)).containsExactly("Ortiz");
        assertThat(texts(byCue(a, "proposing").sources())).as(summary(a)).containsExactly("Ortiz");
    }

    @Test
    void namesJoinedByAndBeforeARelativeClauseAreOneSpeaker() {
        // the parser hangs "endorsed" on the relative clause's "races", leaving it no subject
        Analysis a = analyze("The past week is instructive. Ortiz and Sen. Maria Ruiz (D-Vt.), who are both in tight "
                + "reelection races, endorsed the compromise led by the mayor.");
        assertThat(texts(byCue(a, "endorsed").sources())).as(summary(a))
                .containsExactly("Ortiz and Sen. Maria Ruiz (D-Vt.), who are both in tight reelection races");
    }

    @Test
    void anAdjectivePhraseAfterACommaOnTheSpeakerIsLeftOut() {
        Analysis a = analyze("Ortiz, eager all evening to jab the council, said the port should reopen.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("Ortiz");
    }

    @Test
    void anAsideBetweenDashesAfterTheSpeakerIsLeftOut() {
        Analysis a = analyze("Dockworkers — buoyed by a year of record cargo — say the port should stay open.\n\n"
                + "Ortiz — now that she has won the vote — says the port should stay open.");
        assertThat(texts(byCue(a, "say").sources())).as(summary(a)).containsExactly("Dockworkers");
        assertThat(texts(byCue(a, "says").sources())).as(summary(a)).containsExactly("Ortiz");
    }

    @Test
    void aPollKeepsItsDate() {
        Analysis a = analyze("A Harbour Gazette poll in January found that most voters back the strike.");
        assertThat(texts(byCue(a, "found").sources())).as(summary(a)).containsExactly("A Harbour Gazette poll in January");
    }

    @Test
    void aSpeechVerbBetweenCommasInsideItsClauseHasItsSpeakerAfterIt() {
        // the parser makes "The real threat" the subject of "says" and "the union" its object
        Analysis a = analyze("The real threat, says the union, is the new crane at the east quay.");
        Attribution at = byCue(a, "says");
        assertThat(texts(at.sources())).as(summary(a)).containsExactly("the union");
        assertThat(texts(at.contents())).as(summary(a)).containsExactly("The real threat", "is the new crane at the east quay");
    }

    @Test
    void onlyVerbsOfSayingHaveTheirSpeakerAfterThem() {
        Analysis a = analyze("Neither Ortiz nor Ruiz has done that, even though most mayors, including Mayor Lin, "
                + "have supported regional port deals.\n\n"
                + "Ortiz, whose views on shipping have upset even members of her own party, last year proposed "
                + "a ban on night shifts at the port.");
        assertThat(a.attributions()).as(summary(a)).noneMatch(x -> texts(x.sources()).contains("regional port deals")
                || texts(x.sources()).contains("a ban on night shifts at the port"));
    }

    @Test
    void aParticipleOnAReportedClauseSpeaksForTheNamedSpeakerNotThePronounInTheClause() {
        Analysis a = analyze("Council chairman Tomas Ortiz said he was outraged by the plan, arguing that closing "
                + "the port would hurt the town.");
        assertThat(texts(byCue(a, "arguing").sources())).as(summary(a)).containsExactly("Council chairman Tomas Ortiz");
    }

    @Test
    void theOneAskedOrToldInThePassiveIsNotTheSource() {
        Analysis a = analyze("The strike was debated for an hour by port captain Lena Ortiz, who was asked about the "
                + "night shifts.\n\nRuiz smiled when asked about the harbour loan.\n\n"
                + "Mayor Lin was asked by a reporter whether the port would close.");
        assertThat(a.attributions()).as(summary(a)).noneMatch(x -> texts(x.sources()).contains("who")
                || texts(x.sources()).contains("Ruiz"));
        assertThat(texts(byCue(a, "was asked").sources())).as(summary(a)).containsExactly("a reporter");
    }

    @Test
    void aTimeBeforeTheSubjectIsNotTheSender() {
        Analysis a = analyze("Minutes later, the port authority issued a statement saying that Ortiz meant nothing by it.");
        assertThat(texts(byCue(a, cue -> cue.endsWith("saying"), "ending 'saying'").sources())).as(summary(a))
                .containsExactly("the port authority");
    }

    @Test
    void aParticipleAfterAReportedClauseSpeaksForTheReporterNotItsPronoun() {
        Analysis a = analyze("On Tuesday, the company said it would not be able to file its statement in time, "
                + "warning that it could default on its debt.");
        assertThat(texts(byCue(a, "warning").sources())).as(summary(a)).containsExactly("the company");
    }

    @Test
    void aSubordinateClauseTheParserMadeTheRootLendsNoSubject() {
        // the parser makes "As they met" the sentence's root and hangs the rest on it
        Analysis a = analyze("As they met in Valmora, Ortiz was 340 miles away in Bangor, Maine, promising to build a new quay.");
        assertThat(a.attributions()).as(summary(a)).noneMatch(x -> texts(x.sources()).contains("they"));
    }

    @Test
    void aSpeakerTheParserHungOnTheNounBeforeTheCommaIsTheSpeakerAlone() {
        Analysis a = analyze("The plan, an inside source said, is to hand out copies of the editorial at the port.\n\n"
                + "The harbour master, Mark Lund, chairman of the port board, said the quay would reopen.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("an inside source");
        assertThat(a.attributions()).as(summary(a)).anyMatch(x -> texts(x.sources()).stream().anyMatch(t -> t.contains("Mark Lund")));
    }

    @Test
    void addingAfterAQuoteAndItsSpeakerSpeaksForThatSpeaker() {
        // the parser makes "adding" the root, its subject the quote, or hangs it on the quote's last noun
        Analysis a = analyze("“It’s been a total disaster,” Ortiz said, adding, “Nobody cares. And frankly, they should.”\n\n"
                + "“Ruiz doesn’t really believe I’m unhinged. He said that because he has failed. It’s been a total "
                + "disaster,” Lin said, adding, “Nobody cares. And frankly, I built a tremendous company.”");
        List<Attribution> adding = a.attributions().stream().filter(x -> x.cue().map(Span::text).orElse("").equals("adding")).toList();
        assertThat(adding).as(summary(a)).hasSize(2);
        assertThat(adding.stream().map(x -> texts(x.sources())).toList()).as(summary(a))
                .containsExactly(List.of("Ortiz"), List.of("Lin"));
    }

    @Test
    void aParticipleAfterTheObjectSpeaksForTheSubject() {
        // the parser makes the object before the comma the participle's subject
        Analysis a = analyze("Prosecutors charged the officer, and Emanuel fired his police chief, Garry F. McCarthy, "
                + "acknowledging that the city had lost trust.");
        assertThat(texts(byCue(a, "acknowledging").sources())).as(summary(a)).containsExactly("Emanuel");
    }

    @Test
    void aSecondVerbJoinedToTheReportedClauseSpeaksForTheReporter() {
        Analysis a = analyze("Rendell, a Clinton surrogate, said he'd battled through three bouts of pneumonia in his "
                + "campaigns and called it a common ailment.\n\nThe union said it would strike on Monday and urged members "
                + "to stay home.");
        assertThat(texts(byCue(a, "called").sources())).as(summary(a)).containsExactly("Rendell, a Clinton surrogate");
        assertThat(texts(byCue(a, "urged").sources())).as(summary(a)).containsExactly("The union");
        Analysis named = analyze("Ms. Ortiz said Mr. Ruiz was ignorant of the port and criticized him for staying away.");
        assertThat(texts(byCue(named, "criticized").sources())).as(summary(named)).containsExactly("Ms. Ortiz");
    }

    @Test
    void eachBeforeAParticipleSpeaksForItself() {
        Analysis a = analyze("Ortiz and Ruiz vied for the title of harbour chief on Wednesday, each touting their own "
                + "experience and saying the other lacks the judgment to lead.");
        assertThat(texts(byCue(a, "touting").sources())).as(summary(a)).containsExactly("each");
    }

    @Test
    void aParticipleInAWithPhraseSpeaksForItsNoun() {
        Analysis a = analyze("And Ruiz turned his sights on Ortiz, with the campaign of the former mayor from Port Ellen "
                + "saying Ortiz was not a real unionist.");
        assertThat(texts(byCue(a, "saying").sources())).as(summary(a))
                .containsExactly("the campaign of the former mayor from Port Ellen");
    }

    @Test
    void anOpeningParticipleOfFeelingSpeaksForTheOneWhoFeels() {
        Analysis a = analyze("Angered by the cultural changes of the 1960s, Ortiz led a campaign against the port.");
        assertThat(texts(byCue(a, cue -> cue.startsWith("Angered"), "starting 'Angered'").sources())).as(summary(a))
                .containsExactly("Ortiz");
    }

    @Test
    void aSecondVerbJoinedToTheReportedClauseSpeaksForAPronounReporterToo() {
        Analysis a = analyze("He announced that he was undergoing therapy and vowed to focus on being a better father.");
        assertThat(byCue(a, "vowed").sources()).as(summary(a)).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(0));
    }

    @Test
    void aVerbWithAnAuxiliaryNeverHasItsSpeakerAfterIt() {
        // the parser hangs "did not mention" on the relative clause, where an inverted speaker would stand
        Analysis a = analyze("Trump, who spoke for more than 45 minutes, did not mention Cruz until a reference to the loan.");
        assertThat(a.attributions()).as(summary(a)).noneMatch(x -> texts(x.sources()).contains("Cruz"));
    }

    @Test
    void aVerbJoinedToARelativeClauseOnAThingSpeaksForTheSentencesSubject() {
        Analysis a = analyze("Ortiz spoke of the 2011 raid that killed the plotter during a forum sponsored by the Gazette "
                + "and said she has the temperament to lead.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("Ortiz");
    }

    @Test
    void aCommaBetweenTwoAdjectivesStaysInsideTheSpeakersPhrase() {
        Analysis a = analyze("Dockers are watching a seasoned, tireless member of the council, Lena Ortiz, argue that "
                + "the port is rigged against them.");
        assertThat(texts(byCue(a, "argue").sources())).as(summary(a))
                .containsExactly("a seasoned, tireless member of the council, Lena Ortiz");
    }

    @Test
    void theNameInARelativeClauseWithoutThatIsTheSpeakerNotTheNounBeforeIt() {
        Analysis a = analyze("Whatever happens next, this is not the harbour Ortiz envisioned.");
        assertThat(texts(byCue(a, "envisioned").sources())).as(summary(a)).containsExactly("Ortiz");
        Analysis b = analyze("The veteran negotiator Lena Ortiz said the port would reopen in May.");
        assertThat(texts(byCue(b, "said").sources())).as(summary(b)).containsExactly("The veteran negotiator Lena Ortiz");
    }

    @Test
    void aTimeOpeningTheSentenceIsNotPartOfTheSpeaker() {
        Analysis a = analyze("The union was furious.\n\nLast week Ortiz in a televised interview appeared to blame "
                + "low-level dockers for the delays.");
        assertThat(texts(byCue(a, cue -> cue.endsWith("blame"), "ending 'blame'").sources())).as(summary(a))
                .containsExactly("Ortiz");
    }

    @Test
    void whoeverFacesCriticismIsNotItsSource() {
        Analysis a = analyze("Ortiz has faced questions about the port authority's accounts since March.\n\n"
                + "The plan is drawing criticism from dockers.");
        assertThat(a.attributions()).as(summary(a)).noneMatch(x -> texts(x.sources()).contains("Ortiz")
                || texts(x.sources()).contains("The plan"));
    }

    @Test
    void aJoinedVerbWithASubjectOfItsOwnSpeaksForThatSubject() {
        Analysis a = analyze("The chief spoke on Friday.\n\nOrtiz told reporters that the film was not from an angle that "
                + "could show a crack in the crane's arm, but she said engineers saw a crack and that rust was found there.");
        assertThat(texts(byCue(a, "said").sources())).as(summary(a)).containsExactly("she");
    }

    @Test
    void bothNounsJoinedByAndBeforeTheVerbAreTheSource() {
        Analysis a = analyze("The strike is led by the most active wing of the dock unions, dockers and union officials "
                + "told the Gazette.");
        assertThat(texts(byCue(a, cue -> cue.startsWith("told"), "starting 'told'").sources())).as(summary(a))
                .containsExactly("dockers and union officials");
    }

    @Test
    void aVerbOfSayingInsideAnotherReportKeepsTheClauseThatOpensAfterIt() {
        // the parser hangs "arguing" on "unseal" and "the move was needed" on "filed"
        Analysis a = analyze("The Ledger filed a motion to unseal the records, arguing the move was needed to inform voters.");
        assertThat(texts(byCue(a, "arguing").contents())).as(summary(a)).containsExactly("the move was needed to inform voters");
        assertThat(texts(byCue(a, "arguing").sources())).as(summary(a)).containsExactly("The Ledger");
        Analysis b = analyze("Ortiz said the union planned a protest at the gates, though she acknowledged it was unlikely to work.");
        assertThat(texts(byCue(b, "acknowledged").contents())).as(summary(b)).containsExactly("it was unlikely to work");
    }

    @Test
    void whatIsSeenAsSomethingIsWhatIsThought() {
        Analysis a = analyze("Dock workers see the levy as a real threat to their jobs.");
        assertThat(texts(byCue(a, "see").contents())).as(summary(a)).containsExactly("the levy as a real threat to their jobs");
        Analysis b = analyze("The levy is widely seen as a tax on the dockers.");
        // whether "as" ends the cue or opens the content is the annotators' coin: in PolNeAR train a cue
        // on "seen", "viewed" or "regarded" takes the "as" after it 17 times of 32; the extent step decides
        assertThat(texts(byCue(b, cue -> cue.contains("seen"), "with 'seen'").contents()).stream()
                .map(c -> c.replaceFirst("^as ", "")).toList()).as(summary(b))
                .containsExactly("The levy", "a tax on the dockers");
    }

    @Test
    void aGerundTheParserHungOnWhatItSaysStillSaysIt() {
        // "saying" parsed as an oblique of "willing", "insisting" of "had"
        Analysis a = analyze("Ortiz distanced himself from the strike by saying he would be willing to meet the board.");
        assertThat(texts(byCue(a, "saying").contents())).as(summary(a)).containsExactly("he would be willing to meet the board");
        assertThat(texts(byCue(a, "saying").sources())).as(summary(a)).containsExactly("Ortiz");
        Analysis b = analyze("\"There is great danger in the port,\" Ortiz told reporters, before insisting he had a great "
                + "relationship with the dockers.");
        assertThat(texts(byCue(b, "insisting").contents())).as(summary(b))
                .containsExactly("he had a great relationship with the dockers");
    }

    @Test
    void reportedlyReportsTheClauseItQualifiesForNobodyNamed() {
        Analysis a = analyze("The Valmora dockers' union is reportedly planning a second strike in May.");
        Attribution r = byCue(a, "reportedly");
        assertThat(texts(r.contents())).as(summary(a)).containsExactly("The Valmora dockers' union is", "planning a second strike in May");
        assertThat(r.sources()).as(summary(a)).isEmpty();
        Analysis b = analyze("Ortiz reportedly said the strike would go on.");
        assertThat(b.attributions()).as(summary(b)).hasSize(1);
    }

    @Test
    void aClauseOpeningOnAnAdjectiveOrThereIsStillTheNestedVerbsOwn() {
        Analysis a = analyze("The governor threatened to veto the levy, arguing such measures could drive ships to rival ports.");
        assertThat(texts(byCue(a, "arguing").contents())).as(summary(a))
                .containsExactly("such measures could drive ships to rival ports");
    }

    @Test
    void anAdjectiveOfStanceIsAboutThePhraseAfterIt() {
        Analysis a = analyze("Aides to Ortiz are well aware of these problems.");
        assertThat(texts(byCue(a, cue -> cue.contains("aware"), "with 'aware'").contents())).as(summary(a))
                .containsExactly("these problems");
    }

    @Test
    void anAdjectiveInsideAReportIsPartOfWhatWasReported() {
        Analysis a = analyze("Ortiz said she was skeptical of the board's figures.");
        assertThat(a.attributions()).as(summary(a)).hasSize(1);
    }

    @Test
    void aThoughtCanBeOneWordStandingForIt() {
        Analysis a = analyze("Only half of the dockers believe that.");
        assertThat(texts(byCue(a, "believe").contents())).as(summary(a)).containsExactly("that");
    }

    @Test
    void aThoughtOnARelativePronounKeepsTheRestOfItsClause() {
        Analysis a = analyze("Ortiz rallied the mayors in a show of strength that she hopes can help end the blockade.");
        assertThat(texts(byCue(a, "hopes").contents())).as(summary(a)).containsExactly("that", "can help end the blockade");
    }

    @Test
    void anObjectSharedByTwoJoinedVerbsIsTheSecondOnesToo() {
        // the parser hangs "Ortiz" on "fired", the first of the two
        Analysis a = analyze("Both chiefs suggested the spokesman be fired and defended Ortiz as a leader.");
        assertThat(texts(byCue(a, "defended").contents())).as(summary(a)).contains("Ortiz");
    }

    @Test
    void anAccordingToSourceEndsWhereButOpensAClause() {
        Analysis a = analyze("Ortiz trails by 300 delegates, according to a count by the Ledger, but the self-described union "
                + "firebrand has vowed to soldier on and amass as many votes as possible.");
        assertThat(texts(byCue(a, cue -> cue.equalsIgnoreCase("according to"), "'according to'").sources())).as(summary(a))
                .containsExactly("a count by the Ledger");
    }

    @Test
    void aStanceSaidOfSomebodyIsTheirPosition() {
        Analysis a = analyze("Ortiz has long been a fierce critic of the harbour levy.\n\n"
                + "The council heard from Ruiz, a longtime supporter of the port authority, on Monday.");
        Attribution critic = byCue(a, "has long been a fierce critic of");
        assertThat(texts(critic.sources())).as(summary(a)).containsExactly("Ortiz");
        assertThat(texts(critic.contents())).as(summary(a)).containsExactly("the harbour levy");
        Attribution supporter = byCue(a, "a longtime supporter of");
        assertThat(texts(supporter.sources())).as(summary(a)).containsExactly("Ruiz");
        assertThat(texts(supporter.contents())).as(summary(a)).containsExactly("the port authority");
    }
}
