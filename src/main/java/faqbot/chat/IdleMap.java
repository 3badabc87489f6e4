package faqbot.chat;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Per-chat state that forgets chats nobody has used for a while, so a million one-off chats cost
 * no more memory than the few that are active now; the size cap is a last line of defence.
 *
 * @param <K> e.g. a chat id
 * @param <V> mutable state, guarded by its owner
 */
public final class IdleMap<K, V> {
    private final Clock clock;
    private final long idleMillis;
    private final int maxEntries;
    // Access order: the eldest entry is the one used longest ago, so eviction stops at the first live one.
    private final LinkedHashMap<K, Slot<V>> map = new LinkedHashMap<>(64, 0.75f, true);

    private static final class Slot<V> {
        final V value;
        long lastUsed;

        Slot(V value, long lastUsed) {
            this.value = value;
            this.lastUsed = lastUsed;
        }
    }

    /**
     * @param idleMillis how long an unused entry is kept, e.g. 61_000
     * @param maxEntries the most entries kept, e.g. 100_000 (the least recently used go first)
     */
    public IdleMap(Clock clock, long idleMillis, int maxEntries) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (idleMillis <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("idleMillis and maxEntries must be positive");
        }
        this.idleMillis = idleMillis;
        this.maxEntries = maxEntries;
    }

    /** The entry for the key, created when absent; marks it as used now. */
    public synchronized V get(K key, Supplier<V> create) {
        long now = clock.millis();
        evictIdle(now);
        Slot<V> slot = map.get(key);
        if (slot == null) {
            slot = new Slot<>(Objects.requireNonNull(create.get(), "created value"), now);
            map.put(key, slot);
            if (map.size() > maxEntries) {
                Iterator<Map.Entry<K, Slot<V>>> it = map.entrySet().iterator();
                it.next();
                it.remove();
            }
        }
        slot.lastUsed = now;
        return slot.value;
    }

    /** The entry if present and not idle, without creating one; marks it as used. */
    public synchronized Optional<V> peek(K key) {
        long now = clock.millis();
        evictIdle(now);
        Slot<V> slot = map.get(key);
        if (slot == null) {
            return Optional.empty();
        }
        slot.lastUsed = now;
        return Optional.of(slot.value);
    }

    /** How many entries are held after dropping idle ones. */
    public synchronized int size() {
        evictIdle(clock.millis());
        return map.size();
    }

    private void evictIdle(long now) {
        Iterator<Slot<V>> it = map.values().iterator();
        while (it.hasNext()) {
            Slot<V> s = it.next();
            if (now - s.lastUsed < idleMillis) {
                return;
            }
            it.remove();
        }
    }
}
