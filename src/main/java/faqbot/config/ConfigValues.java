package faqbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns one raw value (a JSON node or an environment string) into its key's type, or says what is wrong with it and where. */
final class ConfigValues {
    private ConfigValues() {
    }

    static Object fromJson(ConfigKey k, JsonNode v, String source) throws ConfigException {
        switch (k.type) {
            case PATH:
                if (!v.isTextual() || v.asText().isBlank()) {
                    throw new ConfigException(k.key, source, "must be a non-empty string (a folder path), was " + v);
                }
                return path(k, v.asText(), source);
            case LANG:
                if (!v.isTextual()) {
                    throw new ConfigException(k.key, source, "must be \"auto\", \"en\" or \"ko\", was " + v);
                }
                return lang(k, v.asText(), source);
            case DECIMAL:
                if (!v.isNumber()) {
                    throw new ConfigException(k.key, source, "must be a number, was " + v);
                }
                return v.asDouble();
            case INT:
                if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                    throw new ConfigException(k.key, source, "must be a whole number, was " + v);
                }
                return v.asInt();
            case ID_LIST:
                if (!v.isArray()) {
                    throw new ConfigException(k.key, source, "must be a list of Telegram user ids, e.g. [123456789], was " + v);
                }
                List<Long> ids = new ArrayList<>();
                for (JsonNode id : v) {
                    if (!id.isIntegralNumber() || !id.canConvertToLong()) {
                        throw new ConfigException(k.key, source, "must hold whole numbers (Telegram user ids), found " + id);
                    }
                    ids.add(id.asLong());
                }
                return ids;
            case WORD:
                if (!v.isTextual() || v.asText().isBlank()) {
                    throw new ConfigException(k.key, source, "must be a non-empty string, was " + v);
                }
                return v.asText().strip();
            default:
                throw new AssertionError(k.type);
        }
    }

    static Object fromEnv(ConfigKey k, String raw, String source) throws ConfigException {
        String v = raw == null ? "" : raw.strip();
        try {
            switch (k.type) {
                case PATH:
                    if (v.isEmpty()) {
                        throw new ConfigException(k.key, source, "must not be empty");
                    }
                    return path(k, v, source);
                case LANG:
                    return lang(k, v, source);
                case DECIMAL:
                    // BigDecimal, not Double.parseDouble: that also accepts "1d", "0x1p3" and "NaN".
                    return new BigDecimal(v).doubleValue();
                case INT:
                    return Integer.parseInt(v);
                case ID_LIST:
                    List<Long> ids = new ArrayList<>();
                    if (!v.isEmpty()) {
                        for (String part : v.split(",", -1)) {
                            ids.add(Long.parseLong(part.strip()));
                        }
                    }
                    return ids;
                case WORD:
                    if (v.isEmpty()) {
                        throw new ConfigException(k.key, source, "must not be empty");
                    }
                    return v;
                default:
                    throw new AssertionError(k.type);
            }
        } catch (NumberFormatException e) {
            String expected = switch (k.type) {
                case DECIMAL -> "a number, e.g. 2.5";
                case INT -> "a whole number, e.g. 5";
                default -> "comma-separated Telegram user ids, e.g. 123456789,987654321";
            };
            throw new ConfigException(k.key, source, "must be " + expected + ", was \"" + raw + "\"");
        }
    }

    private static Path path(ConfigKey k, String s, String source) throws ConfigException {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new ConfigException(k.key, source, "not a usable path: " + e.getMessage());
        }
    }

    private static LangMode lang(ConfigKey k, String s, String source) throws ConfigException {
        return LangMode.parse(s).orElseThrow(() ->
                new ConfigException(k.key, source, "must be auto, en or ko, was \"" + s + "\""));
    }
}
