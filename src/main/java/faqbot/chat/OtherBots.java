package faqbot.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers the groups where the bot has seen signs of another bot (a message from a bot, a
 * command addressed to another bot), because there a command without {@code @botname}, such as
 * {@code /help}, may be meant for that other bot and is better left alone. In memory only and
 * bounded: forgetting a group just means answering bare commands there again.
 */
final class OtherBots {
    static final int MAX_GROUPS = 100_000;

    private final Set<Long> groups = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > MAX_GROUPS;
        }
    });

    synchronized void seen(long chatId) {
        groups.add(chatId);
    }

    synchronized boolean present(long chatId) {
        return groups.contains(chatId);
    }
}
