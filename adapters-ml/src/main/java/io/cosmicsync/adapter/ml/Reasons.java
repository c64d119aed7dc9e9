package io.cosmicsync.adapter.ml;

import java.util.Arrays;

/**
 * Explains a match: the columns two rows share, ordered by their share of the cosine (the product of
 * the two weights), largest first; ties by column.
 */
final class Reasons {

    private Reasons() {
    }

    /**
     * @return up to {@code max} shared columns of query row {@code q} and database row {@code d}
     */
    static int[] shared(SparseRows queries, int q, SparseRows database, int d, int max) {
        int i = queries.start[q];
        int j = database.start[d];
        int iEnd = queries.start[q + 1];
        int jEnd = database.start[d + 1];
        int[] columns = new int[Math.min(iEnd - i, jEnd - j)];
        float[] parts = new float[columns.length];
        int found = 0;
        while (i < iEnd && j < jEnd) {
            int a = queries.cols[i];
            int b = database.cols[j];
            if (a == b) {
                columns[found] = a;
                parts[found++] = queries.vals[i] * database.vals[j];
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        Integer[] order = new Integer[found];
        for (int x = 0; x < found; x++) {
            order[x] = x;
        }
        Arrays.sort(order, (x, y) -> parts[x] != parts[y] ? Float.compare(parts[y], parts[x])
                : Integer.compare(columns[x], columns[y]));
        int[] result = new int[Math.min(max, found)];
        for (int x = 0; x < result.length; x++) {
            result[x] = columns[order[x]];
        }
        return result;
    }
}
