package org.irrigate.app.demo;

import static org.irrigate.app.demo.Cast.*;

import java.time.LocalDate;
import org.irrigate.core.api.OrganisationCommand.JoinNetwork;
import org.irrigate.core.api.OrganisationCommand.MergeOrganisation;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PersonCommand.EndRole;
import org.irrigate.core.api.PersonCommand.RegisterPerson;
import org.irrigate.core.api.PersonCommand.StartRole;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.PlaceCode;
import org.springframework.stereotype.Component;

/**
 * The network and the people around it: six community anchors forming the Hotspots Network after COVID, the
 * councils, the ICB and the funder, and the officers who come and go.
 */
@Component
class NetworkChapter implements DemoChapter {
    static final PlaceCode GLOUCESTERSHIRE = new PlaceCode("E10000013");
    static final PlaceCode STROUD = new PlaceCode("E07000082");
    static final PlaceCode GLOUCESTER = new PlaceCode("E07000081");
    static final PlaceCode FOREST = new PlaceCode("E07000080");
    static final LocalDate FORMED = LocalDate.of(2021, 10, 1);

    private final DemoUsers users;

    NetworkChapter(DemoUsers users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void tell(Story story) {
        OrganisationId network = users.network();
        registerOrganisations(story, network);
        for (OrganisationId partner : new OrganisationId[] {GGT, GL11, GRACE, GCBC, FAIR_SHARES, VENTURE}) {
            story.tell("coordinator", network, FORMED, new JoinNetwork(partner, FORMED));
        }
        story.tell("coordinator", network, LocalDate.of(2023, 5, 2), new JoinNetwork(VENUE, LocalDate.of(2023, 5, 2)));
        registerPeople(story, network);
        // A partner typed Stroud District Council in again; the coordinator folds it into the real record.
        story.tell("grace", GRACE, LocalDate.of(2023, 1, 16), new RegisterOrganisation(STROUD_DC_DUPLICATE,
                "Stroud DC", OrganisationKind.LOCAL_AUTHORITY, STROUD, null, LocalDate.of(2023, 1, 16)));
        story.tell("coordinator", network, LocalDate.of(2023, 1, 20), new MergeOrganisation(STROUD_DC_DUPLICATE,
                STROUD_DC, "Duplicate of Stroud District Council", LocalDate.of(2023, 1, 20)));
    }

    private void registerOrganisations(Story story, OrganisationId network) {
        LocalDate known = LocalDate.of(2021, 9, 1);
        Object[][] organisations = {
                {GGT, "Gloucestershire Gateway Trust", OrganisationKind.COMMUNITY_ANCHOR, GLOUCESTER},
                {GL11, "GL11 Community Hub", OrganisationKind.COMMUNITY_ANCHOR, STROUD},
                {GRACE, "The Grace Network", OrganisationKind.COMMUNITY_ANCHOR, STROUD},
                {GCBC, "Gloucestershire Community Building Collective", OrganisationKind.COMMUNITY_ANCHOR, GLOUCESTER},
                {FAIR_SHARES, "Fair Shares Gloucestershire", OrganisationKind.COMMUNITY_ANCHOR, GLOUCESTER},
                {VENTURE, "The Venture: White City", OrganisationKind.COMMUNITY_ANCHOR, GLOUCESTER},
                {VENUE, "The Venue", OrganisationKind.COMMUNITY_ANCHOR, FOREST},
                {THIRTY_PERCY, "Thirty Percy", OrganisationKind.FUNDER, null},
                {CTP, "Centre for Thriving Places", OrganisationKind.RESEARCH_PARTNER, null},
                {COUNTY, "Gloucestershire County Council", OrganisationKind.LOCAL_AUTHORITY, GLOUCESTERSHIRE},
                {STROUD_DC, "Stroud District Council", OrganisationKind.LOCAL_AUTHORITY, STROUD},
                {GLOUCESTER_CITY, "Gloucester City Council", OrganisationKind.LOCAL_AUTHORITY, GLOUCESTER},
                {FOREST_OF_DEAN, "Forest of Dean District Council", OrganisationKind.LOCAL_AUTHORITY, FOREST},
                {COTSWOLD, "Cotswold District Council", OrganisationKind.LOCAL_AUTHORITY, new PlaceCode("E07000079")},
                {CHELTENHAM, "Cheltenham Borough Council", OrganisationKind.LOCAL_AUTHORITY, new PlaceCode("E07000078")},
                {TEWKESBURY, "Tewkesbury Borough Council", OrganisationKind.LOCAL_AUTHORITY, new PlaceCode("E07000083")},
                {ICB, "NHS Gloucestershire Integrated Care Board", OrganisationKind.HEALTH_BODY, GLOUCESTERSHIRE},
                {LSP, "Local Strategic Partnership", OrganisationKind.STRATEGIC_PARTNERSHIP, STROUD},
                {FVAF, "Forest Voluntary Action Forum", OrganisationKind.VOLUNTARY_ORGANISATION, FOREST},
                {CREATIVE_SUSTAINABILITY, "Creative Sustainability CIC", OrganisationKind.SOCIAL_ENTERPRISE, STROUD},
                {STROUD_HUBS, "Stroud community hubs", OrganisationKind.COMMUNITY_GROUP, STROUD},
                {GL4, "GL4 CIC", OrganisationKind.SOCIAL_ENTERPRISE, GLOUCESTER},
                {READ_WITH_ME, "Read with Me", OrganisationKind.VOLUNTARY_ORGANISATION, GLOUCESTERSHIRE},
                {PEOPLE_ON_BENCHES, "People on benches groups", OrganisationKind.UNCONSTITUTED_GROUP, STROUD},
        };
        for (Object[] o : organisations) {
            story.tell("coordinator", network, known, new RegisterOrganisation((OrganisationId) o[0], (String) o[1],
                    (OrganisationKind) o[2], (PlaceCode) o[3], null, known));
        }
    }

    private void registerPeople(Story story, OrganisationId network) {
        LocalDate known = LocalDate.of(2021, 10, 4);
        person(story, network, WILL_MANSELL, "Will Mansell", GRACE, "Founder", LocalDate.of(2015, 1, 1), known);
        person(story, network, ALEX_MORGAN, "Alex Morgan", network, "Network Coordinator", FORMED, known);
        person(story, network, SAM_LEE, "Sam Lee", CTP, "Research Lead", LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 1));
        person(story, network, JO_BENNETT, "Jo Bennett", GGT, "Chief Executive", LocalDate.of(2018, 4, 1), known);
        person(story, network, KIM_OKAFOR, "Kim Okafor", VENTURE, "Youth Services Manager", LocalDate.of(2019, 6, 1), known);
        person(story, network, HELEN_CARTER, "Helen Carter", COUNTY, "Head of Communities",
                LocalDate.of(2020, 3, 1), LocalDate.of(2022, 2, 7));
        person(story, network, PRIYA_SHAH, "Priya Shah", STROUD_DC, "Community Resilience Manager",
                LocalDate.of(2019, 9, 1), LocalDate.of(2022, 3, 14));
        person(story, network, TOM_HUGHES, "Tom Hughes", STROUD_DC, "UKSPF Programme Officer",
                LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 5));
        person(story, network, DAN_PRICE, "Dan Price", GLOUCESTER_CITY, "Communities Officer",
                LocalDate.of(2021, 1, 11), LocalDate.of(2022, 6, 20));
        person(story, network, RUTH_ELLIS, "Ruth Ellis", ICB, "Head of Community Partnerships",
                LocalDate.of(2022, 7, 1), LocalDate.of(2022, 10, 10));
        // High officer turnover at the county: the network's main contact leaves in 2023.
        story.tell("coordinator", network, LocalDate.of(2023, 6, 30), new EndRole(HELEN_CARTER,
                DemoIds.role("helen-carter"), "Left the council", LocalDate.of(2023, 6, 30)));
        person(story, network, MARCUS_WEBB, "Marcus Webb", COUNTY, "Interim Head of Communities",
                LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 18));
    }

    private static void person(Story story, OrganisationId network, PersonId id, String name,
                               OrganisationId organisation, String title, LocalDate roleFrom, LocalDate recordedAround) {
        String key = name.toLowerCase().replace(' ', '-');
        LocalDate registered = roleFrom.isAfter(recordedAround) ? roleFrom : recordedAround;
        story.tell("coordinator", network, registered,
                new RegisterPerson(id, new PersonalDetails(name, null, null), registered));
        story.tell("coordinator", network, registered,
                new StartRole(id, DemoIds.role(key), organisation, title, roleFrom));
    }
}
