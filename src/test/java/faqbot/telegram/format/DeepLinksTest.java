package faqbot.telegram.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeepLinksTest {
    @Test
    void aDeepLinkOpensThePrivateChatAtThePayload() {
        assertEquals(Optional.of("https://t.me/faq_bot?start=help"), DeepLinks.url("faq_bot", DeepLinks.HELP));
        assertEquals(Optional.of("https://t.me/faq_bot?start=get-help"), DeepLinks.url("faq_bot", "get-help"));
    }

    @Test
    void noLinkWithoutAUsernameOrWithAPayloadTelegramWouldRefuse() {
        assertEquals(Optional.empty(), DeepLinks.url("", "help"));
        assertEquals(Optional.empty(), DeepLinks.url("faq_bot", "a b"));
        assertEquals(Optional.empty(), DeepLinks.url("faq_bot", "x".repeat(65)));
    }

    @Test
    void startArgumentsAreReadOnlyWhenTheyAreAPayload() {
        assertEquals(Optional.of("fees"), DeepLinks.payload(" fees "));
        assertEquals(Optional.empty(), DeepLinks.payload("is it legal?"));
        assertEquals(Optional.empty(), DeepLinks.payload(""));
    }

    @Test
    void topicButtonsComeInRowsOfTwo() {
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), ButtonGrid.rows(List.of(1, 2, 3, 4, 5), 2));
        assertEquals(List.of(), ButtonGrid.rows(List.of(), 2));
    }
}
