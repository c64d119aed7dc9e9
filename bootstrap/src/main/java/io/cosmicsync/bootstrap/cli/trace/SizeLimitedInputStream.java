package io.cosmicsync.bootstrap.cli.trace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than {@code maxBytes} have been read, then fails with
 * {@link LimitExceededException}. Placed after decompression, it stops a gzip bomb after
 * {@code maxBytes + 1} inflated bytes.
 */
final class SizeLimitedInputStream extends FilterInputStream {
    private final long maxBytes;
    private long count;

    SizeLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    private void advance(long n) throws LimitExceededException {
        count += n;
        if (count > maxBytes) {
            throw new LimitExceededException(maxBytes);
        }
    }

    /** More than the allowed number of bytes. */
    static final class LimitExceededException extends IOException {
        LimitExceededException(long maxBytes) {
            super("the trace is larger than " + maxBytes + " bytes (decompressed); raise --max-bytes to read it");
        }
    }
}
