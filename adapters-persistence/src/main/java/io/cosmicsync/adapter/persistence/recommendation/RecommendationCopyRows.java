package io.cosmicsync.adapter.persistence.recommendation;

import io.cosmicsync.application.recommendation.NeighbourRow;
import io.cosmicsync.application.recommendation.NeighbourTable;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import java.util.List;

/**
 * Writes the rows of {@code user_recommendations} for one generation in PostgreSQL's COPY text format
 * (tab-separated columns, arrays as {@code {a,b}}). Only uuids, numbers and the mode's wire name are
 * written, so no value needs escaping.
 */
final class RecommendationCopyRows {

    static final String COPY = "COPY user_recommendations (generation, user_id, mode, neighbour_ids, scores, "
            + "reason_counts, reason_ids) FROM STDIN";

    private RecommendationCopyRows() {
    }

    /** Appends the line of the user at {@code position} in {@code mode} to {@code out}. */
    static void append(StringBuilder out, long generation, NeighbourTable table, RecommendationMode mode, int position) {
        List<?> users = table.users();
        NeighbourRow row = table.row(mode, position);
        out.append(generation).append('\t').append(users.get(position)).append('\t').append(mode.wireName())
                .append("\t{");
        for (int i = 0; i < row.size(); i++) {
            out.append(i == 0 ? "" : ",").append(users.get(row.neighbours()[i]));
        }
        out.append("}\t{");
        for (int i = 0; i < row.size(); i++) {
            out.append(i == 0 ? "" : ",").append(row.scores()[i]);
        }
        out.append("}\t{");
        for (int i = 0; i < row.size(); i++) {
            out.append(i == 0 ? "" : ",").append(row.reasons()[i].length);
        }
        out.append("}\t{");
        boolean first = true;
        for (int i = 0; i < row.size(); i++) {
            for (int reason : row.reasons()[i]) {
                if (reason < 0 || reason >= table.vocabulary().size()) {
                    throw new IllegalArgumentException("reason " + reason + " is not in the vocabulary");
                }
                out.append(first ? "" : ",").append(reason);
                first = false;
            }
        }
        out.append("}\n");
    }
}
