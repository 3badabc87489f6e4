package faqbot.reply;

import faqbot.faq.Lang;

/** The bot's own sentences (greeting, help, fallback), kept together so both languages stay in step. */
final class UiText {
    private UiText() {
    }

    static String start(Lang lang) {
        return lang == Lang.KO
                ? "안녕하세요! 휴대폰 소액결제 현금화에 대해 궁금한 점을 한국어나 영어로 물어보세요. "
                  + "법적 문제, 실제 비용, 사기 수법, 도움받을 곳을 있는 그대로 알려 드립니다. "
                  + "현금화 업체를 소개·링크·추천하지 않고, 현금화하거나 단속을 피하는 방법은 알려 드리지 않습니다."
                : "Hi! Ask me anything about cashing in small mobile payments (휴대폰 소액결제 현금화), "
                  + "in English or Korean. I explain the law, the real cost, the scams and where to get help, honestly. "
                  + "I never name, link or recommend a cash-out service, and I never explain how to cash out or avoid getting caught.";
    }

    static String howToAsk(Lang lang, String botUsername) {
        String mention = botUsername == null || botUsername.isBlank() ? "" : "@" + botUsername;
        if (lang == Lang.KO) {
            return mention.isEmpty()
                    ? "예: \"수수료는 얼마예요?\", \"불법인가요?\""
                    : "예: \"수수료는 얼마예요?\" 그룹에서는 " + mention + " 을(를) 붙여 물어보세요.";
        }
        return mention.isEmpty()
                ? "For example: \"what fee do they charge?\" or \"is it legal?\""
                : "For example: \"what fee do they charge?\" In a group, mention " + mention + " in your question.";
    }

    static String help(Lang lang, String botUsername) {
        String at = botUsername == null || botUsername.isBlank() ? "" : "@" + botUsername;
        if (lang == Lang.KO) {
            return "질문을 그대로 보내 주세요. 한국어로 물으면 한국어로, 영어로 물으면 영어로 답합니다.\n\n"
                    + "• /topics: 주제 목록\n"
                    + "• /start: 처음 안내\n"
                    + (at.isEmpty() ? "" : "• 그룹에서는 " + at + " 을(를) 언급하거나, 제 메시지에 답장하거나, /ask" + at + " 질문 형식으로 물어보세요. "
                    + "부르지 않은 대화에는 끼어들지 않습니다.\n")
                    + "\n답변 아래 버튼으로 관련 주제를 볼 수 있습니다.";
        }
        return "Just send your question; I answer in the language you write in (English or Korean).\n\n"
                + "• /topics: the list of topics\n"
                + "• /start: the introduction\n"
                + (at.isEmpty() ? "" : "• In a group, mention " + at + ", reply to one of my messages, or write /ask" + at
                + " followed by your question. I stay quiet when nobody addresses me.\n")
                + "\nThe buttons under an answer open related topics.";
    }

    static String topicsHeader(Lang lang) {
        return lang == Lang.KO ? "물어볼 수 있는 주제:" : "Topics I can answer:";
    }

    static String topicsPick(Lang lang) {
        return lang == Lang.KO ? "주제를 골라 주세요." : "Pick a topic.";
    }

    static String fallbackIntro(Lang lang) {
        return lang == Lang.KO
                ? "죄송해요, 어떤 주제의 질문인지 찾지 못했어요. 다른 말로 다시 물어보시거나 아래 주제에서 골라 주세요."
                : "Sorry, I couldn't tell which topic that is about. Try other words, or pick a topic below.";
    }

    static String maybe(Lang lang) {
        return lang == Lang.KO ? "혹시 이 중 하나인가요?" : "Did you mean one of these?";
    }

    static String didYouMean(Lang lang) {
        return lang == Lang.KO
                ? "찾으시던 답이 아니라면, 아래 버튼의 비슷한 주제도 확인해 보세요."
                : "Not quite what you asked? The buttons below include close topics.";
    }

    static String hint(Lang lang) {
        return lang == Lang.KO
                ? "저는 글로 된 질문만 읽을 수 있어요. 궁금한 점을 문자로 보내 주세요. 주제 목록은 /topics 입니다."
                : "I can only read text. Please type your question; /topics lists what I can answer.";
    }
}
