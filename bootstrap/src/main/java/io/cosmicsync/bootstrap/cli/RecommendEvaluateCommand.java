package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.adapter.ml.BlockingSettings;
import io.cosmicsync.adapter.ml.HoldoutEvaluation;
import io.cosmicsync.adapter.ml.survey.SurveyPerson;
import io.cosmicsync.adapter.ml.survey.SurveyReader;
import io.cosmicsync.application.user.service.ImportPeopleService;
import io.cosmicsync.domain.recommendation.UserFeatures;
import io.cosmicsync.domain.user.Username;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cosmicsync recommend evaluate FILE.zip}: hides 20% of each respondent's interests (seeded),
 * predicts them from the {@code similar} neighbours and from popularity, and prints one JSON line with
 * precision@10, recall@10 and coverage of both (see {@link HoldoutEvaluation}). Needs no database.
 */
@Command(name = "evaluate", description = "Evaluate the recommender on the Stack Overflow 2019 survey zip "
        + "(no database needed); prints one JSON line.")
public final class RecommendEvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.zip", description = "survey_results_public.zip")
    Path file;

    @Option(names = "--seed", defaultValue = "42", description = "Seeds which interests are hidden (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--holdout", defaultValue = "0.2", description = "Share of each person's interests hidden (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--neighbours", defaultValue = "30", description = "Neighbours that vote (default: ${DEFAULT-VALUE}).")
    int neighbours;

    @Override
    public Integer call() {
        if (!(holdout > 0 && holdout < 1) || neighbours < 1 || neighbours > 1000) {
            System.err.println("cosmicsync: --holdout must be between 0 and 1 (exclusive) and --neighbours 1 to 1000");
            return 2;
        }
        try {
            long start = System.nanoTime();
            ProgressBar bar = new ProgressBar(System.err);
            List<UserFeatures> people = new ArrayList<>();
            SurveyReader.read(file, person -> people.add(features(person)), fraction -> bar.show("read survey", fraction));
            HoldoutEvaluation.Report report = HoldoutEvaluation.evaluate(people, holdout, seed, neighbours,
                    BlockingSettings.DEFAULT, bar);
            System.out.println(json(report, (System.nanoTime() - start) / 1e9));
            return 0;
        } catch (RuntimeException e) {
            System.err.println("cosmicsync: evaluation failed: " + Failures.message(e));
            return 1;
        }
    }

    private static UserFeatures features(SurveyPerson person) {
        Username username = new Username(ImportSurveyCommand.person(person).username());
        return new UserFeatures(ImportPeopleService.importedUserId(username), person.skills(), person.interests(),
                List.of());
    }

    private String json(HoldoutEvaluation.Report report, double seconds) {
        return String.format(Locale.ROOT, "{\"people\":%d,\"evaluated\":%d,\"holdout\":%s,\"seed\":%d,\"neighbours\":%d,"
                        + "\"model\":%s,\"popularity\":%s,\"seconds\":%.1f,\"process_cpu_seconds\":%.1f,\"peak_heap_mib\":%d}",
                report.people(), report.evaluated(), holdout, seed, report.neighbours(), metrics(report.model()),
                metrics(report.popularity()), seconds, HeapUse.cpuSeconds(), HeapUse.peakMiB());
    }

    private static String metrics(HoldoutEvaluation.Metrics metrics) {
        return String.format(Locale.ROOT, "{\"precision_at_10\":%.4f,\"recall_at_10\":%.4f,\"coverage\":%.4f}",
                metrics.precisionAt10(), metrics.recallAt10(), metrics.coverage());
    }
}
