package org.irrigate.funding.api;

/** How much a piece of influence work is claimed to have contributed: contribution, never sole attribution. */
public enum ContributionStrength {
    /** Without it the decision would not have gone this way. */
    ESSENTIAL,
    /** It clearly shaped the decision. */
    SIGNIFICANT,
    /** It played a part. */
    SOME
}
