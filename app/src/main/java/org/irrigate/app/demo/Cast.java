package org.irrigate.app.demo;

import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;

/**
 * The organisations (real, from DOMAIN.md) and people (invented officers and staff, except the Grace Network's
 * founder who is named in the seeds) of the demo story, by stable id.
 */
public final class Cast {
    private Cast() {
    }

    // Partners of the Hotspots Network
    public static final OrganisationId GGT = DemoIds.organisation("ggt");
    public static final OrganisationId GL11 = DemoIds.organisation("gl11");
    public static final OrganisationId GRACE = DemoIds.organisation("grace");
    public static final OrganisationId GCBC = DemoIds.organisation("gcbc");
    public static final OrganisationId FAIR_SHARES = DemoIds.organisation("fair-shares");
    public static final OrganisationId VENTURE = DemoIds.organisation("venture");
    public static final OrganisationId VENUE = DemoIds.organisation("venue");
    // Funder and research partner
    public static final OrganisationId THIRTY_PERCY = DemoIds.organisation("thirty-percy");
    public static final OrganisationId CTP = DemoIds.organisation("ctp");
    // Statutory bodies
    public static final OrganisationId COUNTY = DemoIds.organisation("gloucestershire-county-council");
    public static final OrganisationId STROUD_DC = DemoIds.organisation("stroud-district-council");
    public static final OrganisationId GLOUCESTER_CITY = DemoIds.organisation("gloucester-city-council");
    public static final OrganisationId FOREST_OF_DEAN = DemoIds.organisation("forest-of-dean-district-council");
    public static final OrganisationId COTSWOLD = DemoIds.organisation("cotswold-district-council");
    public static final OrganisationId CHELTENHAM = DemoIds.organisation("cheltenham-borough-council");
    public static final OrganisationId TEWKESBURY = DemoIds.organisation("tewkesbury-borough-council");
    public static final OrganisationId ICB = DemoIds.organisation("nhs-gloucestershire-icb");
    public static final OrganisationId LSP = DemoIds.organisation("local-strategic-partnership");
    // Others in the story
    public static final OrganisationId FVAF = DemoIds.organisation("forest-voluntary-action-forum");
    public static final OrganisationId CREATIVE_SUSTAINABILITY = DemoIds.organisation("creative-sustainability");
    public static final OrganisationId STROUD_HUBS = DemoIds.organisation("stroud-community-hubs");
    public static final OrganisationId GL4 = DemoIds.organisation("gl4-cic");
    public static final OrganisationId READ_WITH_ME = DemoIds.organisation("read-with-me");
    public static final OrganisationId PEOPLE_ON_BENCHES = DemoIds.organisation("people-on-benches");
    /** A duplicate entered by a partner in 2023 and merged into Stroud District Council. */
    public static final OrganisationId STROUD_DC_DUPLICATE = DemoIds.organisation("stroud-dc-duplicate");

    // People
    public static final PersonId WILL_MANSELL = DemoIds.person("will-mansell");
    public static final PersonId ALEX_MORGAN = DemoIds.person("alex-morgan");
    public static final PersonId SAM_LEE = DemoIds.person("sam-lee");
    public static final PersonId JO_BENNETT = DemoIds.person("jo-bennett");
    public static final PersonId KIM_OKAFOR = DemoIds.person("kim-okafor");
    /** The county officer who leaves in 2023: the key-person risk of the story. */
    public static final PersonId HELEN_CARTER = DemoIds.person("helen-carter");
    public static final PersonId MARCUS_WEBB = DemoIds.person("marcus-webb");
    public static final PersonId PRIYA_SHAH = DemoIds.person("priya-shah");
    public static final PersonId TOM_HUGHES = DemoIds.person("tom-hughes");
    public static final PersonId DAN_PRICE = DemoIds.person("dan-price");
    public static final PersonId RUTH_ELLIS = DemoIds.person("ruth-ellis");
}
