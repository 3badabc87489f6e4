package faqbot.chat.admin;

import faqbot.chat.IdleMap;
import faqbot.chat.Inbound;
import faqbot.core.ChatKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who may change a chat's settings: the bot's configured admins anywhere, the person in
 * their own private chat, and a group's creator and administrators as Telegram reports them
 * (getChatMember), asked once per person and group per short while so a busy admin costs one call.
 */
public final class AdminCheck {
    private static final Logger LOG = LoggerFactory.getLogger(AdminCheck.class);
    /** The statuses getChatMember gives a group's owner and its admins. */
    private static final Set<String> ADMIN_STATUSES = Set.of("creator", "administrator");

    /** Asks the front end (Telegram's getChatMember) for a member's status, e.g. "administrator"; "" for no member. */
    @FunctionalInterface
    public interface StatusLookup {
        String status(long chatId, long userId) throws Unavailable;
    }

    /** The front end could not be asked just now (network, 5xx, 429): nothing is known and nothing is cached. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }

    /** The answer for one person in one chat. */
    enum Verdict {
        ADMIN,
        NOT_ADMIN,
        /** Telegram could not be asked just now; nothing was cached. */
        UNKNOWN
    }

    private record Key(long chatId, long userId) {
    }

    private final StatusLookup lookup;
    private final LongPredicate botAdmin;
    private final Clock clock;
    private final long ttlMillis;
    // {time asked, 1 when admin}; forgotten after the ttl, so a demoted admin loses the right within it.
    private final IdleMap<Key, long[]> cache;

    /**
     * @param botAdmin whether a user id is one of the configured bot admins
     * @param ttl      how long a status is trusted, e.g. one minute
     */
    public AdminCheck(StatusLookup lookup, LongPredicate botAdmin, Clock clock, Duration ttl) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.botAdmin = Objects.requireNonNull(botAdmin, "botAdmin");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttlMillis = Math.max(1, ttl.toMillis());
        this.cache = new IdleMap<>(clock, ttlMillis, 50_000);
    }

    /** Whether the sender is one of the bot's configured admins (for /reload and /stats). */
    boolean isBotAdmin(Inbound.Origin o) {
        return o.userId() > 0 && !o.asChat() && botAdmin.test(o.userId());
    }

    /** Whether the sender may change the settings of the chat the message came from. */
    Verdict mayConfigure(Inbound.Origin o) {
        if (isBotAdmin(o)) {
            return Verdict.ADMIN;
        }
        if (o.kind() == ChatKind.PRIVATE) {
            // A private chat belongs to the one person in it.
            return o.userId() != 0 && o.userId() == o.chatId() ? Verdict.ADMIN : Verdict.NOT_ADMIN;
        }
        if (!o.kind().isGroup()) {
            return Verdict.NOT_ADMIN;
        }
        if (o.asChat()) {
            // Only a group's admins can post as the group itself (anonymous admins).
            return Verdict.ADMIN;
        }
        if (o.userId() <= 0 || o.fromBot()) {
            return Verdict.NOT_ADMIN;
        }
        return groupAdmin(o.chatId(), o.userId());
    }

    private Verdict groupAdmin(long chatId, long userId) {
        Key key = new Key(chatId, userId);
        long now = clock.millis();
        long[] cached = cache.peek(key).orElse(null);
        if (cached != null && now - cached[0] < ttlMillis) {
            return cached[1] == 1 ? Verdict.ADMIN : Verdict.NOT_ADMIN;
        }
        String status;
        try {
            status = lookup.status(chatId, userId).toLowerCase(Locale.ROOT);
        } catch (Unavailable e) {
            LOG.warn("getChatMember failed, cannot tell whether the sender is a group admin: {}", e.getMessage());
            return Verdict.UNKNOWN;
        }
        boolean admin = ADMIN_STATUSES.contains(status);
        long[] slot = cache.get(key, () -> new long[2]);
        slot[0] = now;
        slot[1] = admin ? 1 : 0;
        return admin ? Verdict.ADMIN : Verdict.NOT_ADMIN;
    }
}
