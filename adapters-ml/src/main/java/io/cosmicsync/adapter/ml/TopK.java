package io.cosmicsync.adapter.ml;

import java.util.Arrays;

/**
 * Keeps the {@code k} best (score, index) pairs seen, as a binary min-heap. Higher score wins; on equal
 * scores the lower index wins, so results do not depend on the order candidates arrive in. Reusable
 * after {@link #clear()}; not thread-safe.
 */
final class TopK {

    private final int k;
    private final float[] scores;
    private final int[] indices;
    private int size;

    TopK(int k) {
        this.k = k;
        this.scores = new float[k];
        this.indices = new int[k];
    }

    void clear() {
        size = 0;
    }

    void offer(float score, int index) {
        if (size < k) {
            scores[size] = score;
            indices[size] = index;
            siftUp(size++);
        } else if (better(score, index, scores[0], indices[0])) {
            scores[0] = score;
            indices[0] = index;
            siftDown(0);
        }
    }

    /** The indices held, best first. */
    int[] indices() {
        Integer[] order = order();
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = indices[order[i]];
        }
        return result;
    }

    /** The scores held, best first (same order as {@link #indices()}). */
    float[] scores() {
        Integer[] order = order();
        float[] result = new float[size];
        for (int i = 0; i < size; i++) {
            result[i] = scores[order[i]];
        }
        return result;
    }

    private Integer[] order() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : better(scores[a], indices[a], scores[b], indices[b]) ? -1 : 1);
        return order;
    }

    private static boolean better(float score, int index, float otherScore, int otherIndex) {
        return score > otherScore || (score == otherScore && index < otherIndex);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(scores[parent], indices[parent], scores[i], indices[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int worst = i;
            if (left < size && better(scores[worst], indices[worst], scores[left], indices[left])) {
                worst = left;
            }
            int right = left + 1;
            if (right < size && better(scores[worst], indices[worst], scores[right], indices[right])) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
        int index = indices[a];
        indices[a] = indices[b];
        indices[b] = index;
    }
}
