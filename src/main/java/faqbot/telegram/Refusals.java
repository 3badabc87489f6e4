package faqbot.telegram;

import faqbot.telegram.send.ApiException;
import java.util.Locale;

/**
 * Recognises the few 400 answers the bot can recover from by sending differently, by Telegram's
 * documented wording, because the Bot API gives them one error code and tells them apart only in
 * the description.
 */
final class Refusals {
    private Refusals() {
    }

    /** "Bad Request: can't parse entities: ...": our HTML was refused. */
    static boolean entities(ApiException e) {
        return badRequest(e, "can't parse entities");
    }

    /** "Bad Request: message thread not found": a forum topic id that cannot be sent to (the General topic trap). */
    static boolean threadNotFound(ApiException e) {
        return badRequest(e, "thread not found");
    }

    /** "Bad Request: message is not modified": an edit that changes nothing, e.g. the same button pressed twice. */
    static boolean unchanged(ApiException e) {
        return badRequest(e, "message is not modified");
    }

    private static boolean badRequest(ApiException e, String words) {
        return e.kind() == ApiException.Kind.REJECTED && e.errorCode() == 400
                && e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains(words);
    }
}
