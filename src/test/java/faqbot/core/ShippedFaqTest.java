package faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.match.MatchSettings;
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
                "trusted-platforms", "scams", "fees", "data-security", "advantages", "get-help")) {
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
            for (String line : List.of("1332", "112", "118")) {
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
}
