package io.cosmicsync.bootstrap.recommendation;

import io.cosmicsync.application.recommendation.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the start and end of each stage of a rebuild at INFO (the scheduler's and the API's progress). */
public enum RebuildLog implements ProgressListener {
    INSTANCE;

    private static final Logger LOG = LoggerFactory.getLogger("io.cosmicsync.recommendations");

    @Override
    public void report(String stage, long done, long total) {
        if (done == 0) {
            LOG.info("recommendation rebuild: {} ({} to do)", stage, total);
        } else if (done == total) {
            LOG.info("recommendation rebuild: {} done", stage);
        }
    }
}
