package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.adapter.ml.survey.SurveyFormatException;
import io.cosmicsync.domain.common.InvalidValueException;

/**
 * Turns an exception into the one-line message a command prints: our own exceptions' messages as they are
 * (they say what to fix), else the innermost cause with a message (not the framework's wrapping).
 */
final class Failures {

    private Failures() {
    }

    static String message(Throwable error) {
        if (error instanceof IllegalStateException || error instanceof IllegalArgumentException
                || error instanceof SurveyFormatException || error instanceof InvalidValueException) {
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
