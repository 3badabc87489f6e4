package faqbot.chat;

import faqbot.match.MatchResult;
import faqbot.match.MatchSettings;
import faqbot.text.WordLists;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules for listen mode, where the bot may answer a group message nobody addressed to it: only
 * a message shaped like a question, only a clear match at the stricter listen threshold, and one
 * topic at most once per cooldown per group, because an uninvited answer must be rare and right.
 */
public final class Listening {
    // English: an auxiliary verb opening a sentence ("is it legal", "can I ..."), or a wh-word opening a clause.
    private static final Pattern EN_OPENING = Pattern.compile(
            "(?:^|[.!?;]\\s+)(?:is|are|am|was|were|can|could|do|does|did|should|would|will|shall|may|might|has|have|any(?:one|body)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_WH = Pattern.compile(
            "(?:^|[.!?;,:]\\s*|\\b(?:so|but|and|then)\\s+)(?:what|what's|whats|how|why|where|who|whom|whose|when|which)\\b",
            Pattern.CASE_INSENSITIVE);
    // Korean question words, anywhere: 뭐/무엇/어떻게/왜/어디/언제/누가/누구/얼마/몇/어느/어떤 (words.properties).
    private static final Pattern KO_WORD = Pattern.compile(anyOf(WordLists.of("listen.questionWords.ko")));
    // Korean question endings at the end of the message: 되나요, 인가요, 할까(요), 아닌가, 그렇죠, 맞지요, 뭐냐, 괜찮은지, 어때(요) ...
    private static final Pattern KO_ENDING = Pattern.compile("(?:" + anyOf(WordLists.of("listen.questionEndings.ko")) + ")$");
    // Trailing noise that says nothing about the shape: spaces, ! . ~ ), emoji, ㅋㅋ/ㅎㅎ/ㅠㅠ.
    private static final Pattern TAIL = Pattern.compile("[\\s!.~)\\]\\p{So}\\p{Sk}\\x{3131}-\\x{318E}]+$");

    private final double threshold;
    private final Duration cooldown;
    private final Clock clock;
    private final IdleMap<Topic, long[]> answered;

    private record Topic(long chatId, String entryId) {
    }

    /**
     * @param settings the listen-mode match settings; their threshold is the score a match needs, e.g. 4.0
     *                 (config listenThreshold, validated where MatchSettings is made)
     * @param cooldown one topic at most once per this per group, e.g. 5 minutes (config listenCooldownSeconds)
     * @param clock    for the cooldown
     */
    public Listening(MatchSettings settings, Duration cooldown, Clock clock) {
        this.threshold = settings.threshold();
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
        this.clock = Objects.requireNonNull(clock, "clock");
        // A topic's entry is useless once its cooldown has passed; the cap bounds memory in a flood of groups.
        this.answered = new IdleMap<>(clock, Math.max(1, cooldown.toMillis()), 100_000);
    }

    /**
     * Whether a message reads as a question: it ends with '?', opens with an English auxiliary
     * ("is", "can", "does", "should" ...), has a wh-word opening a clause ("what", "how", "why" ...),
     * contains a Korean question word (뭐, 어떻게, 왜, 어디, 언제, 누가, 얼마 ...) or ends with a Korean
     * question ending (-나요, -까(요), -가요, -죠, -냐, -는지 ...). Deliberately simple: the strict
     * score threshold does the real filtering; this only keeps statements and chatter out.
     */
    public static boolean looksLikeQuestion(String text) {
        if (text == null) {
            return false;
        }
        String t = TAIL.matcher(text.strip()).replaceAll("");
        if (t.isEmpty()) {
            return false;
        }
        if (t.endsWith("?") || t.endsWith("？")) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return EN_OPENING.matcher(lower).find() || EN_WH.matcher(lower).find()
                || KO_WORD.matcher(t).find() || KO_ENDING.matcher(t).find();
    }

    /** Whether the match is clear enough to answer unasked: a match (never a fallback), no close call, at the listen threshold. */
    public boolean strongEnough(MatchResult m) {
        return m.matched() && !m.closeCall() && m.score() >= threshold;
    }

    /** Whether this topic was answered in listen mode in this group within the cooldown. */
    public synchronized boolean coolingDown(long chatId, String entryId) {
        long[] last = answered.peek(new Topic(chatId, entryId)).orElse(null);
        return last != null && clock.millis() - last[0] < cooldown.toMillis();
    }

    /** Records a listen-mode answer on this topic in this group: the cooldown starts now. */
    public synchronized void answered(long chatId, String entryId) {
        answered.get(new Topic(chatId, entryId), () -> new long[1])[0] = clock.millis();
    }

    private static String anyOf(java.util.List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    public double threshold() {
        return threshold;
    }
}
