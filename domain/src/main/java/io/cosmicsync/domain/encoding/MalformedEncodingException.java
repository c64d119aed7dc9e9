package io.cosmicsync.domain.encoding;

/** Bytes that are not a valid encoding: truncated, over a size limit, wrong magic or version, or inconsistent. */
public class MalformedEncodingException extends RuntimeException {

    public MalformedEncodingException(String message) {
        super(message);
    }

    public MalformedEncodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
