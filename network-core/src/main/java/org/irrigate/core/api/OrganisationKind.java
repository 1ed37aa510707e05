package org.irrigate.core.api;

/** What kind of body an organisation is (DOMAIN.md); network membership is separate, see joins and leaves. */
public enum OrganisationKind {
    COMMUNITY_ANCHOR(false),
    VOLUNTARY_ORGANISATION(false),
    COMMUNITY_GROUP(false),
    /** A group with no legal form ("people on benches"): it can only be funded through a host organisation. */
    UNCONSTITUTED_GROUP(false),
    SOCIAL_ENTERPRISE(false),
    LOCAL_AUTHORITY(true),
    HEALTH_BODY(true),
    STRATEGIC_PARTNERSHIP(true),
    FUNDER(false),
    BUSINESS(false),
    RESEARCH_PARTNER(false);

    private final boolean statutory;

    OrganisationKind(boolean statutory) {
        this.statutory = statutory;
    }

    /** Statutory bodies hold public money and power: the people the network tries to influence. */
    public boolean statutory() {
        return statutory;
    }
}
