package faqbot.telegram.send;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The send queue's waiting calls, one line per chat plus the chatless acks, kept apart from the queue's
 * threads and locking so the rule for which call may go next reads in one place; guarded by the queue's lock.
 */
final class SendLines {

    /** One call and its retry state. */
    static final class Pending {
        final Outgoing call;
        final RetryPolicy.Attempts attempts;
        long notBefore;

        Pending(Outgoing call, long born) {
            this.call = call;
            this.attempts = new RetryPolicy.Attempts(born);
        }
    }

    /** One chat's calls, in order; busy while its head is on the wire. */
    static final class Line {
        final ArrayDeque<Pending> queue = new ArrayDeque<>();
        final boolean group;
        boolean busy;

        Line(boolean group) {
            this.group = group;
        }
    }

    /** A call handed to a worker; line is null for an ack. */
    record Pick(Pending pending, Line line) {
    }

    // Only chats with something to send; a chat leaves as soon as its last message is delivered.
    private final LinkedHashMap<Long, Line> lines = new LinkedHashMap<>();
    private final ArrayDeque<Pending> acks = new ArrayDeque<>();
    /** After a {@link #take} that found nothing: the earliest epoch ms something may go, or Long.MAX_VALUE. */
    long soonest;

    void add(Pending p) {
        p.call.pace().ifPresentOrElse(
                pace -> lines.computeIfAbsent(p.call.chatId(), id -> new Line(pace.isGroup())).queue.addLast(p),
                () -> acks.addLast(p));
    }

    /** An ack to be retried later goes to the back of the acks. */
    void retryAck(Pending p) {
        acks.addLast(p);
    }

    int chats() {
        return lines.size();
    }

    /** Adds every call still waiting to {@code out}, chats first, then acks. */
    void remainingTo(List<Outgoing> out) {
        for (Line line : lines.values()) {
            line.queue.forEach(p -> out.add(p.call));
        }
        acks.forEach(p -> out.add(p.call));
    }

    /** The next call that may go at {@code now}, or null (then {@link #soonest} says when to look again). */
    Pick take(long now, Pacer pacer) {
        soonest = Long.MAX_VALUE;
        Pending ack = acks.peekFirst();
        if (ack != null) {
            if (ack.notBefore <= now) {
                acks.pollFirst();
                return new Pick(ack, null);
            }
            soonest = ack.notBefore;
        }
        Iterator<Map.Entry<Long, Line>> it = lines.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Line> e = it.next();
            Line line = e.getValue();
            if (line.busy) {
                continue;
            }
            Pending head = line.queue.peekFirst();
            long ready = Math.max(head.notBefore, now + Math.max(0, pacer.delay(e.getKey(), line.group)));
            if (ready <= now) {
                line.busy = true;
                pacer.started(e.getKey(), line.group);
                // Round robin: this chat goes to the back so a busy chat cannot starve the others.
                it.remove();
                lines.put(e.getKey(), line);
                return new Pick(head, line);
            }
            soonest = Math.min(soonest, ready);
        }
        return null;
    }

    /** The chat's head is off the wire; a chat with nothing left is forgotten. */
    void release(Line line, long chatId) {
        line.busy = false;
        if (line.queue.isEmpty()) {
            lines.remove(chatId);
        }
    }
}
