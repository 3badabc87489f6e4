package faqbot.telegram;

/** The bot cannot start (token rejected, server unreachable, bad URL); the message is one line for a person, without the token. */
public final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }
}
