package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import faqbot.text.Printable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "call 010-1234-5678 now                | call [number] now",
        "+82 10 1234 5678                      | [number]",
        "id 123456789, group -1001234567890    | id [number], group -[number]",
        "in 2024 I paid 30000 won              | in 2024 I paid [number] won",
        "1234 and 56                           | 1234 and 56",
        "v1.2.3                                | v1.2.3",
        "ask @cash_helper_bot                  | ask @[user]",
        "@ab is too short to be a handle       | @ab is too short to be a handle",
        "mail kim.minsu+1@naver.com.           | mail [email].",
        "a@b is not an address                 | a@b is not an address",
        "see https://t.me/+AbC and www.x.io/y  | see [link] and [link]",
        "t.me/cashout_kr                       | [link]",
    })
    void masksWhatCouldIdentifySomeone(String in, String out) {
        assertEquals(out, Redaction.redact(in));
    }

    @Test
    void pathologicalInputsAreMaskedWithoutBlowingTheStack() {
        // These overflowed the stack with the first, regex-based version.
        assertEquals("[number]", Redaction.redact("1 ".repeat(4000).strip()));
        assertEquals("[number]-x", Redaction.redact("1-".repeat(4000) + "x"));
        String dots = "a@" + "a.".repeat(4000) + "io";
        assertEquals("[email]", Redaction.redact(dots));
        assertEquals("@[user]", Redaction.redact("@" + "a".repeat(8000)));
    }

    @Test
    void invisibleAndControlCharactersCannotHideOrInjectAnything() {
        assertEquals("[number]", Redaction.redact(Printable.oneLine("010\u200b1234\u200b5678")));
        assertEquals("a b c", Printable.oneLine("a\u001b\n\n b\t\u202ec"), "escape, newlines, tab and a bidi override");
    }
}
