package faqbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Looks at every getUpdates answer before the library maps it, so that a body that is not a Bot API
 * answer (empty, cut off, an HTML page from a proxy, a "result" of the wrong shape, far too large)
 * fails as a network problem, retried with the same offset, and is never mistaken for one update the
 * library cannot read, which the poller would skip. Also remembers the update ids of the last good
 * answer, so an update that is really unreadable is skipped by its own id.
 */
final class PollResponseCheck implements Interceptor {
    /** A full batch of 100 updates is far below this; a body above it is not a Bot API answer. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile List<Long> lastIds = List.of();

    /** The update ids of the last answer that had the right shape, e.g. [815] after a limit=1 poll. */
    List<Long> lastIds() {
        return lastIds;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body == null) {
            response.close();
            throw new MalformedAnswer("getUpdates answered HTTP " + response.code() + " with no body");
        }
        ResponseBody peeked = response.peekBody(MAX_BODY_BYTES + 1);
        byte[] bytes = peeked.bytes();
        if (bytes.length > MAX_BODY_BYTES) {
            response.close();
            throw new MalformedAnswer("getUpdates answered HTTP " + response.code() + " with more than " + MAX_BODY_BYTES + " bytes");
        }
        String problem = problem(bytes);
        if (problem != null) {
            response.close();
            throw new MalformedAnswer("getUpdates answered HTTP " + response.code() + " with " + problem);
        }
        return response;
    }

    /** What is wrong with the body, or null when it is a Bot API answer the library may map. */
    private String problem(byte[] bytes) {
        if (bytes.length == 0) {
            return "an empty body";
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return bytes[0] == '<' ? "an HTML page, not JSON" : "a body that is not JSON (cut off?)";
        } catch (IOException e) {
            return "an unreadable body";
        }
        if (root == null || !root.isObject() || !root.path("ok").isBoolean()) {
            return "JSON that is not a Bot API answer";
        }
        if (!root.get("ok").booleanValue()) {
            // An error answer ({"ok":false,"error_code":...}): the library reads it and we classify the code.
            return root.path("error_code").isInt() ? null : "an error answer without error_code";
        }
        JsonNode result = root.get("result");
        if (result == null || !result.isArray()) {
            return "a \"result\" that is not a list";
        }
        List<Long> ids = new ArrayList<>(result.size());
        for (JsonNode u : result) {
            if (!u.isObject() || !u.path("update_id").canConvertToLong() || !u.path("update_id").isIntegralNumber()) {
                return "a \"result\" entry that is not an update";
            }
            ids.add(u.get("update_id").longValue());
        }
        lastIds = List.copyOf(ids);
        return null;
    }

    /** A getUpdates body that is not a Bot API answer; an IOException so it is handled as a network failure. */
    static final class MalformedAnswer extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedAnswer(String message) {
            super(message);
        }
    }
}
