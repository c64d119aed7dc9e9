package io.cosmicsync.adapter.ml.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyReaderTest {

    static final String HEADER = "MainBranch,,OpenSourcer,Country,LanguageWorkedWith,LanguageDesireNextYear,"
            + "DatabaseWorkedWith,DatabaseDesireNextYear,PlatformWorkedWith,PlatformDesireNextYear,"
            + "WebFrameWorkedWith,WebFrameDesireNextYear\r\n";

    @TempDir
    Path directory;

    @Test
    void reads_skills_and_interests_with_category_prefixes_from_the_zip() throws IOException {
        Path zip = zip("survey.zip", HEADER
                + "I am a developer by profession,,Never,Germany,Java;Python,Rust,PostgreSQL,NA,Docker;Other(s):,AWS,NA,React.js\r\n"
                + "\"I code, sometimes\",,Never,NA,NA,NA,NA,NA,NA,NA,NA,NA\r\n");

        List<SurveyPerson> people = SurveyReader.readAll(zip);

        assertThat(people).hasSize(2);
        SurveyPerson first = people.get(0);
        assertThat(first.row()).isEqualTo(1);
        assertThat(first.country()).isEqualTo("Germany");
        assertThat(first.skills()).containsExactly("Language:Java", "Language:Python", "Database:PostgreSQL",
                "Platform:Docker");
        assertThat(first.interests()).containsExactly("Language:Rust", "Platform:AWS", "WebFrame:React.js");
        assertThat(people.get(1).mainBranch()).isEqualTo("I code, sometimes");
        assertThat(people.get(1).skills()).isEmpty();
        assertThat(people.get(1).country()).isEmpty();
    }

    @Test
    void reports_progress_up_to_the_whole_file() throws IOException {
        Path zip = zip("survey.zip", HEADER + "x,,y,z,Java,Go,NA,NA,NA,NA,NA,NA\r\n");
        List<Double> fractions = new ArrayList<>();

        int rows = SurveyReader.read(zip, person -> { }, fractions::add);

        assertThat(rows).isEqualTo(1);
        assertThat(fractions).last().isEqualTo(1.0);
    }

    @Test
    void names_the_missing_column_of_a_csv_that_is_not_the_survey() throws IOException {
        Path zip = zip("other.zip", "a,b,c\r\n1,2,3\r\n");

        assertThatThrownBy(() -> SurveyReader.readAll(zip)).isInstanceOf(SurveyFormatException.class)
                .hasMessageContaining("is not the 2019 survey").hasMessageContaining("LanguageWorkedWith");
    }

    @Test
    void refuses_a_file_that_is_not_a_zip_or_does_not_exist() throws IOException {
        Path text = Files.writeString(directory.resolve("survey.zip"), "just text");

        assertThatThrownBy(() -> SurveyReader.readAll(text)).isInstanceOf(SurveyFormatException.class)
                .hasMessageContaining("not a zip");
        assertThatThrownBy(() -> SurveyReader.readAll(directory.resolve("missing.zip")))
                .isInstanceOf(SurveyFormatException.class).hasMessageContaining("does not exist");
    }

    @Test
    void refuses_a_zip_without_exactly_one_csv() throws IOException {
        Path zip = directory.resolve("empty.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hi".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> SurveyReader.readAll(zip)).isInstanceOf(SurveyFormatException.class)
                .hasMessageContaining("exactly one .csv");
    }

    private Path zip(String name, String csv) throws IOException {
        return writeZip(directory.resolve(name), csv);
    }

    /** Writes a survey-shaped zip holding {@code csv}; used by other modules' tests through copies. */
    static Path writeZip(Path zip, String csv) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("survey_results_public.csv"));
            out.write(csv.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
