package io.cosmicsync.adapter.ml;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.recommendation.ProgressListener;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourSearchTest {

    @Test
    void the_dense_and_the_sparse_block_scans_find_the_same_neighbours_with_the_same_scores() {
        UserVectors vectors = UserVectors.of(SmileRecommender.sortedById(HoldoutEvaluationTest.communities(2_000, 9)));
        BlockingSettings blocked = new BlockingSettings(100, 16, 1_000, 10, 300, 8, 7L);

        NeighbourSearch.Result dense = NeighbourSearch.search(vectors.profiles, vectors.profiles, 10, true, blocked,
                ProgressListener.NONE, "dense");
        NeighbourSearch.Result sparse = NeighbourSearch.search(vectors.profiles, vectors.profiles, 10, true, blocked,
                ProgressListener.NONE, "sparse", 0);

        for (int q = 0; q < vectors.profiles.rows(); q++) {
            assertThat(sparse.indices()[q]).isEqualTo(dense.indices()[q]);
            assertThat(sparse.scores()[q]).isEqualTo(dense.scores()[q]);
        }
    }

    @Test
    void exact_search_scores_are_the_cosines_of_the_weighted_vectors() {
        SparseRows rows = SparseRows.weighted(List.of(new int[] {0, 1}, new int[] {1}, new int[] {2}), 3,
                new float[] {1f, 1f, 1f});
        BlockingSettings exact = new BlockingSettings(Integer.MAX_VALUE, 2, 2, 1, 1, 1, 1L);

        NeighbourSearch.Result result = NeighbourSearch.search(rows, rows, 5, true, exact, ProgressListener.NONE, "exact");

        assertThat(result.indices()[0]).containsExactly(1);
        assertThat(result.scores()[0][0]).isCloseTo((float) (1 / Math.sqrt(2)), org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(result.indices()[2]).isEmpty();
    }
}
