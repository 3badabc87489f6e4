package faqbot.cli;

import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.match.MatchSettings;
import faqbot.store.FeedbackFile;
import faqbot.store.UnansweredLog;
import faqbot.suggest.MaintainerReport;
import faqbot.suggest.QuestionToLabel;
import faqbot.suggest.RejectionsFile;
import faqbot.suggest.RulesEditor;
import faqbot.suggest.Signal;
import faqbot.suggest.Signals;
import faqbot.suggest.Suggestion;
import faqbot.suggest.SuggestionMiner;
import faqbot.text.Printable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The current suggestion list, built the same way for {@code report} and {@code suggest}, so the
 * number a maintainer reads in one is the number the other accepts.
 */
final class MinedSuggestions {
    private MinedSuggestions() {
    }

    /** The missed questions to label for the question model, from the same signals. */
    static List<QuestionToLabel> toLabel(Faq faq, MatchSettings settings, Path dataDir) throws Main.SetupException {
        return new SuggestionMiner(faq, settings, new RulesEditor()).questionsToLabel(signals(dataDir));
    }

    /**
     * The questions-to-label section of {@code report} and {@code suggest}, empty for an FAQ the rules
     * alone answer: with labelled questions the model picks most answers, and labelling is what teaches it.
     */
    static String labelSection(FaqBot bot, MatchSettings settings, Path dataDir) throws Main.SetupException {
        return bot.matcher().hasQuestionModel()
                ? "\n" + Printable.of(MaintainerReport.questionsToLabel(toLabel(bot.faq(), settings, dataDir))) : "";
    }

    static List<Suggestion> current(Faq faq, MatchSettings settings, Path dataDir) throws Main.SetupException {
        try {
            return new SuggestionMiner(faq, settings, new RulesEditor()).mine(signals(dataDir), new RejectionsFile(dataDir).keys());
        } catch (IOException e) {
            throw new Main.SetupException("cannot read the data folder " + dataDir + ": " + e.getMessage());
        }
    }

    /** The unanswered questions and the unhelpful answers recorded in the data folder. */
    private static List<Signal> signals(Path dataDir) throws Main.SetupException {
        try {
            UnansweredLog.Contents unanswered = UnansweredLog.read(dataDir);
            FeedbackFile.Contents feedback = FeedbackFile.read(dataDir);
            return Signals.of(unanswered.records(), feedback.questions());
        } catch (IOException e) {
            throw new Main.SetupException("cannot read the data folder " + dataDir + ": " + e.getMessage());
        }
    }
}
