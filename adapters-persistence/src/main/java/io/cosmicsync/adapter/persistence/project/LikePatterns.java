package io.cosmicsync.adapter.persistence.project;

/** Builds LIKE/ILIKE patterns that match text literally, with {@code \} as the escape character. */
final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching text that contains {@code text}, whose {@code %}, {@code _} and {@code \} match themselves. */
    static String containing(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
