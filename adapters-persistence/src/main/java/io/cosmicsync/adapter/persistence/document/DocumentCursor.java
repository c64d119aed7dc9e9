package io.cosmicsync.adapter.persistence.document;

import io.cosmicsync.application.document.query.SortKey;
import io.cosmicsync.domain.common.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The keyset cursor of a document query: where the last row of a page stood, as the JSON text of each
 * sort value and the document id. Opaque to callers: base64url (no padding) of
 * {@code [version 1: u8][sort fingerprint: i32][n: u8][n x (length: i32, UTF-8 JSON)][length: i32, UTF-8 id]}.
 * The fingerprint ties a cursor to its sort keys; a cursor of another sort is refused.
 *
 * @param values the sort values of the last row, JSON text
 * @param id     its document id
 */
record DocumentCursor(List<String> values, String id) {

    private static final int VERSION = 1;
    private static final int MAX_PART_BYTES = 8_192;

    /** The cursor as a caller sees it. */
    String encode(List<SortKey> sort) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(fingerprint(sort));
            out.writeByte(values.size());
            for (String value : values) {
                writeText(out, value);
            }
            writeText(out, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Reads a cursor made by {@link #encode} for {@code sort}.
     *
     * @throws InvalidValueException on {@code cursor} when it is not one
     */
    static DocumentCursor decode(String cursor, List<SortKey> sort) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)));
            if (in.readUnsignedByte() != VERSION || in.readInt() != fingerprint(sort)
                    || in.readUnsignedByte() != sort.size()) {
                throw bad();
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < sort.size(); i++) {
                values.add(readText(in));
            }
            String id = readText(in);
            if (in.available() > 0) {
                throw bad();
            }
            return new DocumentCursor(values, id);
        } catch (IOException | IllegalArgumentException e) {
            throw bad();
        }
    }

    static InvalidValueException bad() {
        return new InvalidValueException("cursor", "is not a cursor of this query (same sort); start again without it");
    }

    private static int fingerprint(List<SortKey> sort) {
        return sort.stream().map(key -> key.field() + (key.descending() ? "-" : "+")).toList().hashCode();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_PART_BYTES || length > in.available()) {
            throw bad();
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
