package faqbot.feedback;

import faqbot.faq.Lang;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Counts a vote once per message however often its buttons are pressed (two quick taps, two
 * people in a group), and links a 👎 to the question it answered. What it remembers for that is
 * held in memory only, bounded, and never written anywhere: chat ids must not reach the store.
 */
public final class FeedbackCounter {
    /** Messages remembered as voted; older ones have lost their buttons to the thank-you edit anyway. */
    static final int MAX_MESSAGES = 50_000;
    /** Chats whose recent questions are remembered, and questions per chat. */
    static final int MAX_CHATS = 10_000;
    static final int QUESTIONS_PER_CHAT = 8;

    private final FeedbackStore store;
    private final Map<MessageKey, Boolean> voted = lru(MAX_MESSAGES);
    private final Map<Long, Deque<Asked>> recent = lru(MAX_CHATS);

    private record Asked(String entryId, Lang lang, String question) {
    }

    private record MessageKey(long chatId, int messageId) {
    }

    private final Consumer<Vote> counted;

    public FeedbackCounter(FeedbackStore store) {
        this(store, v -> { });
    }

    /** @param counted told each vote that was counted, e.g. for the metrics */
    public FeedbackCounter(FeedbackStore store, Consumer<Vote> counted) {
        this.store = Objects.requireNonNull(store, "store");
        this.counted = Objects.requireNonNull(counted, "counted");
    }

    /** Remembers which question got which entry in a chat, so a later 👎 can say what was asked. */
    public synchronized void answered(long chatId, String entryId, Lang lang, String question) {
        Deque<Asked> q = recent.computeIfAbsent(chatId, k -> new ArrayDeque<>());
        q.addFirst(new Asked(entryId, lang, question == null ? "" : question));
        while (q.size() > QUESTIONS_PER_CHAT) {
            q.removeLast();
        }
    }

    /**
     * Counts a press on the buttons under message {@code messageId} in {@code chatId}.
     *
     * @return true when this press was counted, false when the message already had its vote
     */
    public boolean press(long chatId, int messageId, String entryId, Vote vote) {
        Optional<Asked> asked;
        synchronized (this) {
            if (voted.putIfAbsent(new MessageKey(chatId, messageId), Boolean.TRUE) != null) {
                return false;
            }
            asked = vote == Vote.UNHELPFUL ? latest(chatId, entryId) : Optional.empty();
        }
        store.vote(entryId, vote);
        counted.accept(vote);
        asked.filter(a -> !a.question().isBlank()).ifPresent(a -> store.unhelpful(a.question(), a.lang(), entryId));
        return true;
    }

    private Optional<Asked> latest(long chatId, String entryId) {
        Deque<Asked> q = recent.get(chatId);
        return q == null ? Optional.empty() : q.stream().filter(a -> a.entryId().equals(entryId)).findFirst();
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}
