package faqbot.telegram;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Keeps getChatMember off the polling thread: a group command from someone whose admin status is
 * not known may wait seconds on Telegram, so it is handled on these threads and a slow answer
 * delays only that command, not every chat.
 */
final class AdminLookups {
    /**
     * Two threads (ended when idle, and by the bot's stop); past a hundred waiting commands the poller
     * runs one itself, so a flood of commands slows polling rather than growing a queue.
     */
    static ExecutorService threads() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100), r -> {
            Thread t = new Thread(r, "faqbot-admin-check");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private AdminLookups() {
    }

    /** Whether a decision about this sender in this group may need getChatMember (their status is not cached). */
    @FunctionalInterface
    interface MayAsk {
        boolean test(long chatId, long userId);
    }

    /** Whether handling the update may wait on getChatMember: a command in a group from a sender not known to be an admin. */
    static Predicate<Update> mayWait(MayAsk check) {
        return u -> {
            Message m = u.getMessage();
            if (m == null || m.getChat() == null || m.getChat().getId() == null || m.getFrom() == null || m.getFrom().getId() == null
                    || m.getText() == null || !m.getText().startsWith("/")) {
                return false;
            }
            return UpdateMapper.kind(m.getChat().getType()).isGroup() && check.test(m.getChatId(), m.getFrom().getId());
        };
    }
}
