package io.cosmicsync.bootstrap.cli;

/** Turns an exception into the one-line message a command prints: the innermost cause with a message. */
final class Failures {

    private Failures() {
    }

    static String message(Throwable error) {
        if (error instanceof IllegalStateException || error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        String message = error.getMessage();
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? error.getClass().getSimpleName() : message;
    }
}
