package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.adapter.ml.survey.SurveyPerson;
import io.cosmicsync.adapter.ml.survey.SurveyReader;
import io.cosmicsync.application.user.ImportCounts;
import io.cosmicsync.application.user.port.in.ImportPeopleCommand;
import io.cosmicsync.application.user.port.in.ImportPeopleUseCase;
import io.cosmicsync.application.user.port.in.ImportedPerson;
import io.cosmicsync.bootstrap.OfflineNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code cosmicsync import so-survey FILE.zip}: the Stack Overflow Developer Survey 2019 respondents as
 * users with profiles (skills: {@code *WorkedWith}, interests: {@code *DesireNextYear}), in batches of
 * 1,000 per transaction. Respondent {@code n} (1-based row) becomes user {@code so2019-n} with e-mail
 * {@code so2019-n@survey.invalid} and no usable password, so importing again creates nobody twice.
 */
@Command(name = "so-survey", description = "Import the Stack Overflow 2019 survey zip (survey_results_public.zip).")
public final class ImportSurveyCommand implements Callable<Integer> {

    static final int BATCH = 1_000;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "FILE.zip", description = "survey_results_public.zip")
    Path file;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (OfflineNode node = OfflineNode.open(dataDir.path(), System.getenv())) {
            ImportPeopleUseCase importPeople = node.bean(ImportPeopleUseCase.class);
            ProgressBar bar = new ProgressBar(System.err);
            List<ImportedPerson> batch = new ArrayList<>(BATCH);
            ImportCounts[] total = {new ImportCounts(0, 0)};
            int people = SurveyReader.read(file, person -> {
                batch.add(person(person));
                if (batch.size() == BATCH) {
                    total[0] = total[0].plus(importPeople.importPeople(new ImportPeopleCommand(batch)));
                    batch.clear();
                }
            }, fraction -> bar.show("import so-survey", fraction));
            total[0] = total[0].plus(importPeople.importPeople(new ImportPeopleCommand(batch)));
            bar.show("import so-survey", 1.0);
            System.out.printf("imported %d people from %s: %d created, %d already present (%.1f s)%n", people,
                    file.getFileName(), total[0].created(), total[0].skipped(), (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (RuntimeException e) {
            System.err.println("cosmicsync: import failed: " + Failures.message(e));
            return 1;
        }
    }

    /** The account a respondent becomes. */
    static ImportedPerson person(SurveyPerson person) {
        String username = "so2019-" + person.row();
        String bio = String.join(" · ", List.of(person.mainBranch(), person.country()).stream()
                .filter(text -> !text.isEmpty()).toList());
        return new ImportedPerson(username, username + "@survey.invalid", "Survey respondent " + person.row(),
                bio.length() > 2000 ? bio.substring(0, 2000) : bio, person.skills(), person.interests());
    }
}
