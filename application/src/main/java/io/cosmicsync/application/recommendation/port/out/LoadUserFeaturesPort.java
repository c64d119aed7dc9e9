package io.cosmicsync.application.recommendation.port.out;

import io.cosmicsync.domain.recommendation.UserFeatures;
import java.util.List;

/** Reads what the recommender needs about every user: profile tags and projects. */
public interface LoadUserFeaturesPort {

    /** One entry per user with a profile, in no particular order. */
    List<UserFeatures> loadAllUserFeatures();
}
