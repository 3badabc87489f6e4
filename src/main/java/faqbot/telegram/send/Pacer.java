package faqbot.telegram.send;

import faqbot.chat.IdleMap;
import faqbot.config.BotConfig;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Telegram's sending limits as arithmetic: how long a message to a chat must wait so the bot stays
 * under about one message a second per chat, 20 a minute per group and 30 a second overall.
 */
public final class Pacer {
    /**
     * @param perChatMillis   gap between two messages to one chat, e.g. 1000
     * @param groupPerMinute  messages per rolling minute to one group, e.g. 20
     * @param globalPerSecond messages per rolling second overall, e.g. 30
     */
    public record Limits(long perChatMillis, int groupPerMinute, int globalPerSecond) {
        /** The configured defaults (config.BotConfig.RateLimits), which keep under Telegram's own limits. */
        public static final Limits DEFAULTS = of(BotConfig.RateLimits.DEFAULTS);

        /** The configured send limits as the pacer's arithmetic: messages a second become the gap between two. */
        public static Limits of(BotConfig.RateLimits r) {
            return new Limits((1000L + r.perChatPerSecond() - 1) / r.perChatPerSecond(), r.perGroupPerMinute(), r.globalPerSecond());
        }

        public Limits {
            if (perChatMillis < 0 || groupPerMinute < 1 || globalPerSecond < 1) {
                throw new IllegalArgumentException("limits must be positive: " + perChatMillis + ", " + groupPerMinute + ", " + globalPerSecond);
            }
        }
    }

    private static final long MINUTE = 60_000;
    private static final long SECOND = 1_000;

    private static final class ChatState {
        long nextAllowed;
        long pausedUntil;
        // Only groups fill this; at most groupPerMinute entries.
        final ArrayDeque<Long> recent = new ArrayDeque<>();
    }

    private final Clock clock;
    private final Limits limits;
    private final IdleMap<Long, ChatState> chats;
    private final ArrayDeque<Long> global = new ArrayDeque<>();
    private long globalPausedUntil;

    public Pacer(Clock clock, Limits limits, int maxTrackedChats) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        // A chat's state matters for one group window after its last message; retry pauses are far shorter.
        this.chats = new IdleMap<>(clock, MINUTE + SECOND, maxTrackedChats);
    }

    public Pacer(Clock clock) {
        this(clock, Limits.DEFAULTS, 100_000);
    }

    /** Milliseconds until a message to this chat may go; 0 means now. */
    public synchronized long delay(long chatId, boolean group) {
        long now = clock.millis();
        long ready = Math.max(now, globalPausedUntil);
        trim(global, now - SECOND);
        if (global.size() >= limits.globalPerSecond()) {
            ready = Math.max(ready, global.peekFirst() + SECOND);
        }
        ChatState c = chats.peek(chatId).orElse(null);
        if (c != null) {
            ready = Math.max(ready, Math.max(c.nextAllowed, c.pausedUntil));
            if (group) {
                trim(c.recent, now - MINUTE);
                if (c.recent.size() >= limits.groupPerMinute()) {
                    ready = Math.max(ready, c.recent.peekFirst() + MINUTE);
                }
            }
        }
        return ready - now;
    }

    /** Records that a message to this chat is being sent now. */
    public synchronized void sent(long chatId, boolean group) {
        long now = clock.millis();
        global.addLast(now);
        trim(global, now - SECOND);
        ChatState c = chats.get(chatId, ChatState::new);
        c.nextAllowed = now + limits.perChatMillis();
        if (group) {
            c.recent.addLast(now);
            while (c.recent.size() > limits.groupPerMinute()) {
                c.recent.pollFirst();
            }
        }
    }

    /** Holds a chat back after Telegram answered 429 with retry_after. */
    public synchronized void pause(long chatId, long millis) {
        ChatState c = chats.get(chatId, ChatState::new);
        c.pausedUntil = Math.max(c.pausedUntil, clock.millis() + millis);
    }

    /** Holds every chat back, e.g. after a 429 on a call that belongs to no chat. */
    public synchronized void pauseAll(long millis) {
        globalPausedUntil = Math.max(globalPausedUntil, clock.millis() + millis);
    }

    /** Chats with pacing state, for the memory tests. */
    public int trackedChats() {
        return chats.size();
    }

    private static void trim(ArrayDeque<Long> times, long before) {
        while (!times.isEmpty() && times.peekFirst() <= before) {
            times.pollFirst();
        }
    }
}
