package faqbot.chat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import faqbot.chat.Inbound;
import faqbot.core.ChatKind;
import faqbot.testing.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may change a chat's settings, and how briefly Telegram's answer is trusted. */
class AdminCheckTest {
    private static final long GROUP = -100;
    /** Telegram's GroupAnonymousBot, the sender of an anonymous admin's messages. */
    private static final long ANONYMOUS_ADMIN_BOT_ID = 1087968824L;
    private final ManualClock clock = new ManualClock();
    private final List<Long> asked = new ArrayList<>();
    private Map<Long, String> statuses = Map.of(1L, "administrator", 2L, "creator", 3L, "member", 4L, "left");
    private AdminCheck.Unavailable failure;
    private final AdminCheck check = new AdminCheck((chat, user) -> {
        asked.add(user);
        if (failure != null) {
            throw failure;
        }
        return statuses.getOrDefault(user, "member");
    }, id -> id == 99, clock, Duration.ofMinutes(1));

    private static Inbound.Origin group(long user) {
        return new Inbound.Origin(GROUP, ChatKind.SUPERGROUP, 1, 0, user, false, "en");
    }

    @Test
    void creatorAndAdministratorsAreAdminsOthersAreNot() {
        assertEquals(AdminCheck.Verdict.ADMIN, check.mayConfigure(group(1)));
        assertEquals(AdminCheck.Verdict.ADMIN, check.mayConfigure(group(2)));
        assertEquals(AdminCheck.Verdict.NOT_ADMIN, check.mayConfigure(group(3)));
        assertEquals(AdminCheck.Verdict.NOT_ADMIN, check.mayConfigure(group(4)));
    }

    @Test
    void theAnswerIsCachedBrieflyPerChatAndUser() {
        check.mayConfigure(group(1));
        check.mayConfigure(group(1));
        clock.advance(Duration.ofSeconds(59));
        check.mayConfigure(group(1));
        assertEquals(List.of(1L), asked);
        statuses = Map.of(1L, "member");   // demoted
        clock.advance(Duration.ofSeconds(2));
        assertEquals(AdminCheck.Verdict.NOT_ADMIN, check.mayConfigure(group(1)), "asked again after the ttl");
        assertEquals(List.of(1L, 1L), asked);
    }

    @Test
    void aFailedLookupIsUnknownAndNotCached() {
        failure = new AdminCheck.Unavailable("getChatMember failed: timeout");
        assertEquals(AdminCheck.Verdict.UNKNOWN, check.mayConfigure(group(1)));
        failure = null;
        assertEquals(AdminCheck.Verdict.ADMIN, check.mayConfigure(group(1)));
        statuses = Map.of(5L, "");   // the front end's answer for "not a member"
        assertEquals(AdminCheck.Verdict.NOT_ADMIN, check.mayConfigure(group(5)));
    }

    @Test
    void botAdminsAnonymousAdminsAndPrivateChatOwnersNeedNoLookup() {
        assertEquals(AdminCheck.Verdict.ADMIN, check.mayConfigure(group(99)));
        assertEquals(AdminCheck.Verdict.ADMIN, check.mayConfigure(
                new Inbound.Origin(GROUP, ChatKind.SUPERGROUP, 1, 0, ANONYMOUS_ADMIN_BOT_ID, false, "", true)));
        assertEquals(AdminCheck.Verdict.ADMIN, check.mayConfigure(new Inbound.Origin(7, ChatKind.PRIVATE, 1, 0, 7, false, "en")));
        assertEquals(List.of(), asked);
        assertEquals(AdminCheck.Verdict.NOT_ADMIN, check.mayConfigure(
                new Inbound.Origin(GROUP, ChatKind.SUPERGROUP, 1, 0, 8, true, "en")), "another bot");
    }
}
