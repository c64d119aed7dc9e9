package io.cosmicsync.domain.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks for free-text fields shared by the value objects. Lengths count Unicode code points. */
public final class Texts {

    private Texts() {
    }

    /** Trims {@code value} and checks it is non-empty and at most {@code max} code points. */
    public static String requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return requireAtMost(field, value.strip(), max);
    }

    /** Returns {@code value} (empty when null) after checking it is at most {@code max} code points. */
    public static String optionalText(String field, String value, int max) {
        return value == null ? "" : requireAtMost(field, value.strip(), max);
    }

    /**
     * Normalizes a list of short tags: trimmed, blank ones dropped, duplicates (ignoring case) removed,
     * order kept; at most {@code maxItems} tags of at most {@code maxLength} code points each.
     */
    public static List<String> tags(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String tag = requireAtMost(field, value.strip(), maxLength);
            if (seen.add(tag.toLowerCase(java.util.Locale.ROOT))) {
                result.add(tag);
            }
        }
        if (result.size() > maxItems) {
            throw new InvalidValueException(field, "must have at most " + maxItems + " entries");
        }
        return List.copyOf(result);
    }

    /** Whether {@code value} holds a C0 control character (below U+0020, tab and line breaks included). */
    public static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses text a database cannot store, a person cannot see, or UTF-8 cannot carry: NUL and the other
     * C0 control characters except tab, line feed and carriage return, and unpaired UTF-16 surrogates.
     */
    public static String requirePrintable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidValueException(field, "must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidValueException(field, "must be valid Unicode (found an unpaired surrogate)");
            }
        }
        return value;
    }

    /** The length in Unicode code points, the unit of every text limit here. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String requireAtMost(String field, String value, int max) {
        requirePrintable(field, value);
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
