package io.cosmicsync.adapter.ml.survey;

/** The file is not a readable Stack Overflow 2019 survey zip; the message says what is wrong and where. */
public final class SurveyFormatException extends RuntimeException {

    public SurveyFormatException(String message) {
        super(message);
    }

    public SurveyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
