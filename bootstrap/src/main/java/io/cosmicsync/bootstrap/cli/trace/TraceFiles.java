package io.cosmicsync.bootstrap.cli.trace;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens and parses an editing-trace file: gzip (RFC 1952, recognised by its magic bytes {@code 1f 8b},
 * whatever the file name) or plain JSON, at most {@code maxBytes} bytes after decompression. Every
 * failure becomes a {@link MalformedTraceException} with a one-line message.
 */
public final class TraceFiles {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private TraceFiles() {
    }

    /** Reads and parses {@code file}; {@code maxBytes} bounds the (decompressed) JSON, at least 1. */
    public static ParsedTrace read(Path file, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
        if (Files.isDirectory(file)) {
            throw new MalformedTraceException(file + " is a directory, not a trace file");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream json = new SizeLimitedInputStream(decompressed(raw), maxBytes)) {
            return new EditingTraceReader(maxBytes).read(json);
        } catch (NoSuchFileException e) {
            throw new MalformedTraceException("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw new MalformedTraceException("permission denied: " + file);
        } catch (SizeLimitedInputStream.LimitExceededException e) {
            throw new MalformedTraceException(e.getMessage());
        } catch (ZipException | EOFException e) {
            throw new MalformedTraceException("corrupt or truncated gzip data in " + file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new MalformedTraceException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        raw.mark(2);
        boolean gzip = raw.read() == GZIP_MAGIC_1 && raw.read() == GZIP_MAGIC_2;
        raw.reset();
        return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    }
}
