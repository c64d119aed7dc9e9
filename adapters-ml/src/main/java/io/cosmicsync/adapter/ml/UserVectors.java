package io.cosmicsync.adapter.ml;

import io.cosmicsync.domain.recommendation.ReasonKind;
import io.cosmicsync.domain.recommendation.UserFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The users as weighted sparse vectors, one row per user (in the order given):
 *
 * <ul>
 *   <li>{@link #profiles}: skills, interests and projects as separate columns ({@code skill:java} and
 *       {@code interest:java} differ), for mode {@code similar};</li>
 *   <li>{@link #interests} and {@link #skills}: over one shared tag vocabulary, for mode
 *       {@code complementary} (my interests against their skills).</li>
 * </ul>
 *
 * Tags are matched ignoring case. Weights are BM25 IDF ({@link Idf}) counted over all users (for
 * {@code complementary}: over the skill rows, the side being searched), then rows are L2-normalized.
 */
final class UserVectors {

    final SparseRows profiles;
    final ReasonKind[] profileKinds;
    final Vocabulary profileColumns;
    final SparseRows interests;
    final SparseRows skills;
    final Vocabulary tags;

    private UserVectors(SparseRows profiles, ReasonKind[] profileKinds, Vocabulary profileColumns,
                        SparseRows interests, SparseRows skills, Vocabulary tags) {
        this.profiles = profiles;
        this.profileKinds = profileKinds;
        this.profileColumns = profileColumns;
        this.interests = interests;
        this.skills = skills;
        this.tags = tags;
    }

    static UserVectors of(List<UserFeatures> users) {
        Vocabulary profileColumns = new Vocabulary();
        List<ReasonKind> kinds = new ArrayList<>();
        Vocabulary tags = new Vocabulary();
        List<int[]> profileRows = new ArrayList<>(users.size());
        List<int[]> interestRows = new ArrayList<>(users.size());
        List<int[]> skillRows = new ArrayList<>(users.size());
        for (UserFeatures user : users) {
            List<Integer> row = new ArrayList<>();
            add(row, profileColumns, kinds, ReasonKind.SHARED_SKILL, user.skills());
            add(row, profileColumns, kinds, ReasonKind.SHARED_INTEREST, user.interests());
            add(row, profileColumns, kinds, ReasonKind.SHARED_PROJECT, user.projects());
            profileRows.add(distinct(row));
            interestRows.add(tagColumns(tags, user.interests()));
            skillRows.add(tagColumns(tags, user.skills()));
        }
        SparseRows profiles = SparseRows.weighted(profileRows, profileColumns.size(),
                Idf.of(profileRows, profileColumns.size()));
        float[] skillIdf = Idf.of(skillRows, tags.size());
        return new UserVectors(profiles, kinds.toArray(ReasonKind[]::new), profileColumns,
                SparseRows.weighted(interestRows, tags.size(), skillIdf),
                SparseRows.weighted(skillRows, tags.size(), skillIdf), tags);
    }

    private static void add(List<Integer> row, Vocabulary columns, List<ReasonKind> kinds, ReasonKind kind,
                            List<String> values) {
        for (String value : values) {
            int before = columns.size();
            int column = columns.columnOf(kind.name() + '\u0000' + key(value), value);
            if (columns.size() > before) {
                kinds.add(kind);
            }
            row.add(column);
        }
    }

    private static int[] tagColumns(Vocabulary tags, List<String> values) {
        List<Integer> row = new ArrayList<>(values.size());
        for (String value : values) {
            row.add(tags.columnOf(key(value), value));
        }
        return distinct(row);
    }

    private static int[] distinct(List<Integer> columns) {
        return columns.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    private static String key(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
