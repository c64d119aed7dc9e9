package io.cosmicsync.adapter.ml.survey;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the people of the Stack Overflow Developer Survey 2019 ({@code survey_results_public.zip}:
 * one CSV, UTF-8, header row, {@code NA} for no answer, multi-choice answers separated by {@code ;})
 * straight from the zip, without unpacking, with Apache Commons CSV.
 *
 * <p>Skills are the four {@code *WorkedWith} columns, interests the four {@code *DesireNextYear} columns,
 * each token prefixed with its category ({@code Language:}, {@code Database:}, {@code Platform:},
 * {@code WebFrame:}) because {@code Other(s):} occurs in all four; {@code Other(s):} itself is dropped
 * (it names no technology). Columns are found by header name, so the 21-column subset and the full
 * 85-column file both work.
 */
public final class SurveyReader {

    private static final List<String> PREFIXES = List.of("Language", "Database", "Platform", "WebFrame");
    private static final String OTHER = "Other(s):";

    private SurveyReader() {
    }

    /**
     * Reads every person of {@code zip} in file order.
     *
     * @param zip      the survey zip
     * @param person   receives each person
     * @param progress receives the fraction of the CSV read so far, 0 to 1 (about every 1,000 rows)
     * @return the number of people read
     * @throws SurveyFormatException when the file is missing, not a zip, holds no CSV, or lacks a column
     */
    public static int read(Path zip, Consumer<SurveyPerson> person, Consumer<Double> progress) {
        if (!Files.isRegularFile(zip)) {
            throw new SurveyFormatException(zip + " does not exist or is not a file");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = csvEntry(file, zip);
            long size = Math.max(1, entry.getSize());
            try (CountingStream in = new CountingStream(file.getInputStream(entry));
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
                java.util.Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    throw new SurveyFormatException(zip + ": the CSV is empty (no header row)");
                }
                Columns columns = Columns.of(records.next().toList(), zip);
                int rows = 0;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    rows++;
                    person.accept(columns.person(rows, record));
                    if (rows % 1000 == 0) {
                        progress.accept(Math.min(1.0, in.count / (double) size));
                    }
                }
                progress.accept(1.0);
                return rows;
            }
        } catch (ZipException e) {
            throw new SurveyFormatException(zip + " is not a zip file: " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new SurveyFormatException(zip + " does not exist", e);
        } catch (UncheckedIOException e) {
            throw new SurveyFormatException(zip + ": malformed CSV: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new SurveyFormatException(zip + ": malformed CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SurveyFormatException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    /** Reads every person into a list. */
    public static List<SurveyPerson> readAll(Path zip) {
        List<SurveyPerson> people = new ArrayList<>();
        read(zip, people::add, fraction -> { });
        return people;
    }

    private static ZipEntry csvEntry(ZipFile file, Path zip) {
        List<? extends ZipEntry> csvs = Collections.list(file.entries()).stream()
                .filter(e -> !e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                .toList();
        if (csvs.size() != 1) {
            throw new SurveyFormatException(zip + " must hold exactly one .csv file, holds " + csvs.size());
        }
        return csvs.get(0);
    }

    /** Positions of the columns used. */
    private record Columns(int mainBranch, int country, int[] workedWith, int[] desired) {

        static Columns of(List<String> header, Path zip) {
            int[] worked = new int[PREFIXES.size()];
            int[] desired = new int[PREFIXES.size()];
            for (int i = 0; i < PREFIXES.size(); i++) {
                worked[i] = require(header, PREFIXES.get(i) + "WorkedWith", zip);
                desired[i] = require(header, PREFIXES.get(i) + "DesireNextYear", zip);
            }
            return new Columns(header.indexOf("MainBranch"), header.indexOf("Country"), worked, desired);
        }

        private static int require(List<String> header, String name, Path zip) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new SurveyFormatException(zip + " is not the 2019 survey: its CSV has no column " + name);
            }
            return index;
        }

        SurveyPerson person(int row, CSVRecord record) {
            return new SurveyPerson(row, text(record, mainBranch), text(record, country),
                    tags(record, workedWith), tags(record, desired));
        }

        private static List<String> tags(CSVRecord record, int[] columns) {
            Set<String> tags = new LinkedHashSet<>();
            for (int i = 0; i < columns.length; i++) {
                String answer = text(record, columns[i]);
                if (answer.isEmpty()) {
                    continue;
                }
                for (String token : answer.split(";")) {
                    String name = token.strip();
                    if (!name.isEmpty() && !name.equals(OTHER)) {
                        tags.add(PREFIXES.get(i) + ":" + name);
                    }
                }
            }
            return List.copyOf(tags);
        }

        private static String text(CSVRecord record, int column) {
            if (column < 0 || column >= record.size()) {
                return "";
            }
            String value = record.get(column).strip();
            return value.equals("NA") ? "" : value;
        }
    }

    /** Counts the compressed-entry bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
