package faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.match.MatchSettings;
import faqbot.reply.ReplyComposer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the shipped FAQ's content: the topics users need exist, and the safety stance holds in every answer. */
class ShippedFaqTest {
    /**
     * Phrasing that frames the bot as a cash-out helper: an offer of details, a way to choose or do it,
     * a recommendation. Titles and answers may say what the bot will not do, never offer how.
     */
    private static final List<String> HOW_TO = List.of("ask about any of them", "for details", "how to choose", "how to pick",
            "how do i spot", "how to spot", "trustworthy service", "reliable service", "which cash-out methods", "best way to",
            "safest way", "step by step", "step-by-step", "here's how", "here is how", "buying gift cards to sell",
            "자세히 알려", "고르는 법", "고르는 방법", "고르나요", "방법에는 어떤", "추천해 드", "추천합니다", "단계별", "하는 법",
            "이렇게 하면 됩니다");

    private static Faq faq;

    @BeforeAll
    static void load() throws Exception {
        faq = new FaqLoader().load(Path.of("faq"));
    }

    @Test
    void everyRequiredTopicExists() {
        Set<String> ids = faq.entries().stream().map(Entry::id).collect(Collectors.toSet());
        for (String id : List.of("what-is-cash-out", "small-mobile-payments", "why-convert", "methods", "online-platforms",
                "third-party-services", "gift-cards", "carrier-bank-transfer", "peer-to-peer", "legality",
                "trusted-platforms", "scams", "fees", "data-security", "advantages", "get-help",
                "crisis", "evasion", "minors-parents", "scammed-what-now", "still-owe-bill", "help-lines-real")) {
            assertTrue(ids.contains(id), "missing entry " + id);
        }
    }

    @Test
    void everyExampleMatchesItsOwnEntry() {
        assertEquals(List.of(), FaqCheck.problems(faq, MatchSettings.DEFAULTS));
    }

    @Test
    void warningsStateTheLawThePenaltyAndTheHelpLines() {
        for (Lang lang : Lang.values()) {
            String block = faq.warnings().block(lang);
            assertTrue(block.contains("72"), "article 72 in " + lang);
            // 109 too: people in despair who never say so in words a rule knows still see it under every reply.
            for (String line : List.of("1332", "112", "118", "109")) {
                assertTrue(block.contains(line), line + " in " + lang);
            }
            assertTrue(block.length() < 700, "warnings fit on a phone screen: " + block.length());
        }
        assertTrue(faq.warnings().legal().get(Lang.EN).contains("3 years"));
        assertTrue(faq.warnings().legal().get(Lang.KO).contains("3년"));
    }

    @Test
    void answersLinkOnlyToPublicHelpServices() {
        Pattern link = Pattern.compile("(https?://|www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|net|kr|org|io|me|gov)\\b");
        Set<String> allowed = Set.of("ecrm.police.go.kr", "msafer.or.kr", "reportfraud.ftc.gov");
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                Matcher m = link.matcher(e.text(lang).answer().toLowerCase(Locale.ROOT));
                while (m.find()) {
                    String host = m.group().replaceFirst("^(https?://)?(www\\.)?", "");
                    assertTrue(allowed.contains(host), e.id() + "/" + lang + " links to " + host);
                }
            }
        }
    }

    @Test
    void answersNeverRepeatTheWrongClaimsSeenOnAdPages() {
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                String a = e.text(lang).answer();
                assertFalse(a.contains("7 years") || a.contains("7년"), e.id() + ": the penalty is up to 3 years, not 7");
                assertFalse(a.contains("전자금융거래법 제6조") || a.toLowerCase(Locale.ROOT).contains("electronic financial transactions act"),
                        e.id() + ": carrier billing falls under the Information and Communications Network Act");
                assertFalse(a.contains("182"), e.id() + ": 182 is not the cyber-crime line");
            }
        }
    }

    @Test
    void everyMethodAnswerStatesARisk() {
        for (String id : List.of("online-platforms", "third-party-services", "gift-cards", "carrier-bank-transfer", "peer-to-peer")) {
            Entry e = faq.expect(id);
            String en = e.text(Lang.EN).answer().toLowerCase(Locale.ROOT);
            String ko = e.text(Lang.KO).answer();
            assertTrue(en.matches("(?s).*(risk|crime|illegal|scam|lose|owe).*"), id + " en states no risk");
            assertTrue(ko.matches("(?s).*(위험|범죄|불법|사기|손해|갚아야|부담).*"), id + " ko states no risk");
        }
    }

    @Test
    void bothLanguagesOfAnAnswerGiveTheSameHelpNumbersAndAddresses() {
        for (Entry e : faq.entries()) {
            assertEquals(HelpLines.in(e.text(Lang.EN).answer()), HelpLines.in(e.text(Lang.KO).answer()), e.id() + ": en vs ko");
        }
    }

    @Test
    void noTitleOrAnswerOffersHowToDoIt() {
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                String text = (e.text(lang).title() + "\n" + e.text(lang).answer()).toLowerCase(Locale.ROOT);
                for (String phrase : HOW_TO) {
                    assertFalse(text.contains(phrase), e.id() + "/" + lang + " says \"" + phrase + "\"");
                }
            }
        }
    }

    @Test
    void everyTitleIsAQuestion() {
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                assertTrue(e.text(lang).title().endsWith("?"), e.id() + "/" + lang + ": " + e.text(lang).title());
            }
        }
    }

    @Test
    void theCrisisAnswerGivesTheSuicidePreventionLineFirstInBothLanguages() {
        Entry crisis = faq.expect("crisis");
        assertTrue(crisis.urgent(), "crisis wins over every topic and passes the rate limits");
        for (Lang lang : Lang.values()) {
            String a = crisis.text(lang).answer();
            int first = a.indexOf("109");
            assertTrue(first >= 0, "109 in " + lang);
            for (String later : List.of("1577-0199", "1600-5500", "1397")) {
                assertTrue(a.indexOf(later) > first, later + " after 109 in " + lang);
            }
        }
        assertEquals(List.of("crisis"), faq.entries().stream().filter(Entry::urgent).map(Entry::id).toList());
    }

    @Test
    void theMethodsAnswerEndsBySayingTheBotExplainsRisksNeverHow() {
        Entry methods = faq.expect("methods");
        assertTrue(methods.text(Lang.EN).answer().endsWith("it never explains how to do any of them."));
        assertTrue(methods.text(Lang.KO).answer().endsWith("어떻게 하는지는 알려 드리지 않습니다."));
    }

    @Test
    void theGreetingSaysWhatTheBotWillAndWillNotDo() {
        ReplyComposer replies = new ReplyComposer(faq);
        String en = replies.start(Lang.EN, "").body();
        String ko = replies.start(Lang.KO, "").body();
        assertTrue(en.contains("I explain the law, the real cost, the scams and where to get help"), en);
        assertTrue(en.contains("never explain how to cash out"), en);
        assertFalse(en.contains("the methods"), en);
        assertTrue(ko.contains("방법은 알려 드리지 않습니다"), ko);
    }

    @Test
    void bothWarningsNameSolicitingLikeTheStatute() {
        assertTrue(faq.warnings().legal().get(Lang.EN).contains("soliciting"));
        assertTrue(faq.warnings().legal().get(Lang.KO).contains("권유"));
    }
}
