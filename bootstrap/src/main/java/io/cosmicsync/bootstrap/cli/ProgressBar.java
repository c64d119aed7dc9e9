package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.application.recommendation.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr ({@code \r}-redrawn, at most every 1%), e.g.
 * {@code import so-survey [##########----------]  50%}. Thread-safe.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private String stage = "";
    private int shown = -1;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    /** Draws {@code fraction} (0 to 1) of {@code label}. */
    synchronized void show(String label, double fraction) {
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (label.equals(stage) && percent == shown) {
            return;
        }
        if (!label.equals(stage) && !stage.isEmpty() && shown < 100) {
            out.println();
        }
        stage = label;
        shown = percent;
        int filled = percent * WIDTH / 100;
        out.print(String.format(Locale.ROOT, "\r%-26s [%s%s] %3d%%", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                percent));
        if (percent == 100) {
            out.println();
        }
        out.flush();
    }

    @Override
    public void report(String stage, long done, long total) {
        show(stage, total == 0 ? 1 : done / (double) total);
    }
}
