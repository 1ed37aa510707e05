package org.irrigate.app.demo;

import static org.irrigate.app.demo.Cast.*;
import static org.irrigate.core.api.OutcomeArea.EDUCATION_AND_LEARNING;
import static org.irrigate.core.api.OutcomeArea.LOCAL_ECONOMY;
import static org.irrigate.core.api.OutcomeArea.MENTAL_AND_PHYSICAL_HEALTH;
import static org.irrigate.core.api.OutcomeArea.NEIGHBOURHOOD_TRUST;
import static org.irrigate.core.api.OutcomeArea.PARTICIPATION_AND_INFLUENCE;
import static org.irrigate.core.api.OutcomeArea.QUALITY_OF_EMPLOYMENT;
import static org.irrigate.core.api.OutcomeArea.WELLBEING;
import static org.irrigate.evidence.api.OutcomeLevel.INTERIM;
import static org.irrigate.evidence.api.OutcomeLevel.LONG_TERM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.evidence.KnownHistory;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.core.api.Viewer;
import org.irrigate.evidence.api.CaseStudyCommand.DraftCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.LinkCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.PublishCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.RecordConsent;
import org.irrigate.evidence.api.CaseStudyCommand.ReviseCaseStudy;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.ConsentMethod;
import org.irrigate.evidence.api.HarvestCommand.HarvestOutcome;
import org.irrigate.evidence.api.HarvestCommand.SubstantiateOutcome;
import org.irrigate.evidence.api.LearningReviewCommand.OpenLearningReview;
import org.irrigate.evidence.api.LearningReviewCommand.PinItem;
import org.irrigate.evidence.api.LearningReviewCommand.WriteFinding;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.Outcome;
import org.irrigate.evidence.api.OutcomeNarrative;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.Participants;
import org.irrigate.evidence.api.ReflectionCommand.AddLearningPoint;
import org.irrigate.evidence.api.ReflectionCommand.RecordReflection;
import org.irrigate.evidence.api.ReflectionKind;
import org.irrigate.evidence.api.ReviewScope;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ChoosePriorityOutcomes;
import org.irrigate.evidence.api.TheoryOfChangeCommand.DraftTheoryOfChange;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ReviseTheoryOfChange;
import org.irrigate.evidence.api.TimelineItem;
import org.irrigate.evidence.api.Verdict;
import org.springframework.stereotype.Component;

/**
 * The network's evidence (seed 001): the Theory of Change drafted in May 2022 and revised into the outcome
 * framework, the priority outcomes chosen in October 2022, the reflection meetings, one case study per partner from
 * September 2023, two harvested outcomes, and the research partner's learning review of what led to the Stroud hubs
 * funding. Influence and funding records are pinned and linked only where the chapters that tell them have run.
 */
@Component
public class EvidenceChapter implements DemoChapter {
    public static final TheoryOfChangeId THEORY_OF_CHANGE = new TheoryOfChangeId(DemoIds.uuid("evidence:theory-of-change"));
    public static final ReflectionId OCTOBER_2022_REFLECTION = reflection("2022-10");
    public static final ReflectionId MARCH_2023_REFLECTION = reflection("2023-03");
    public static final ReflectionId DECEMBER_2023_REFLECTION = reflection("2023-12");
    public static final CaseStudyId GGT_CASE_STUDY = caseStudy("ggt");
    public static final CaseStudyId GL11_CASE_STUDY = caseStudy("gl11");
    public static final CaseStudyId GRACE_CASE_STUDY = caseStudy("grace");
    public static final CaseStudyId GCBC_CASE_STUDY = caseStudy("gcbc");
    public static final CaseStudyId FAIR_SHARES_CASE_STUDY = caseStudy("fair-shares");
    public static final CaseStudyId VENTURE_CASE_STUDY = caseStudy("venture");
    public static final HarvestedOutcomeId STROUD_HUBS_OUTCOME = new HarvestedOutcomeId(
            DemoIds.uuid("evidence:harvest:stroud-hubs"));
    public static final HarvestedOutcomeId YOUTH_SERVICES_OUTCOME = new HarvestedOutcomeId(
            DemoIds.uuid("evidence:harvest:youth-services"));
    public static final LearningReviewId STROUD_LEARNING_REVIEW = new LearningReviewId(
            DemoIds.uuid("evidence:review:stroud-hubs-funding"));
    public static final LocalDate REVIEW_OPENED = LocalDate.of(2024, 7, 15);
    /** The review looks at the history as recorded when it was opened (the demo records two days after). */
    public static final Instant REVIEW_RECORD_TIME = REVIEW_OPENED.plusDays(Story.DAYS_TO_RECORD).atTime(10, 0)
            .toInstant(ZoneOffset.UTC);

    // Told by the influence and funding chapters; used here only when they exist in the event store.
    public static final AdvocacyActionId UKSPF_ADVOCACY = new AdvocacyActionId(
            DemoIds.uuid("influence:advocacy:ukspf-10-percent"));
    public static final List<ConversationId> STROUD_CONVERSATIONS = Stream.of("stroud-1", "stroud-2", "stroud-3")
            .map(key -> new ConversationId(DemoIds.uuid("influence:conversation:" + key))).toList();
    public static final AwardId STROUD_AWARD = new AwardId(DemoIds.uuid("funding:award:stroud-ukspf"));

    private static final PlaceCode GLOUCESTERSHIRE = new PlaceCode("E10000013");
    private static final PlaceCode STROUD = new PlaceCode("E07000082");
    private static final List<OrganisationId> PARTNERS = List.of(GGT, GL11, GRACE, GCBC, FAIR_SHARES, VENTURE);
    private static final Viewer EVERYONE = new Viewer("demo", null, true);

    private final DemoUsers users;
    private final EventStore events;
    private final KnownHistory history;

    EvidenceChapter(DemoUsers users, EventStore events, KnownHistory history) {
        this.users = users;
        this.events = events;
        this.history = history;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void tell(Story story) {
        theoryOfChange(story);
        reflections(story);
        caseStudies(story);
        harvest(story);
        review(story);
    }

    private void theoryOfChange(Story story) {
        OrganisationId network = users.network();
        LocalDate drafted = LocalDate.of(2022, 5, 16);
        story.tell("coordinator", network, drafted, new DraftTheoryOfChange(THEORY_OF_CHANGE,
                "Hotspots Network Theory of Change", outcomes(false), drafted));
        LocalDate framework = LocalDate.of(2022, 9, 20);
        story.tell("researcher", CTP, framework, new ReviseTheoryOfChange(THEORY_OF_CHANGE, null, outcomes(true),
                "Outcome framework: interim outcomes refined with partners and mapped to Thriving Places Index "
                        + "domains", framework));
        LocalDate chosen = LocalDate.of(2022, 10, 12);
        story.tell("coordinator", network, chosen, new ChoosePriorityOutcomes(THEORY_OF_CHANGE,
                List.of("I2", "I4", "I5", "I6"), "Partners chose the outcomes closest to their current work, funding "
                        + "and other priorities, after reviewing the indicators with delivery staff", chosen));
    }

    /** The long-term outcomes of May 2022 and seven interim outcomes; the framework maps them more fully. */
    private static List<Outcome> outcomes(boolean framework) {
        return List.of(
                new Outcome("L1", LONG_TERM, "The VCSE is recognised as an important part of the mainstream economy, "
                        + "contributing to the health and wellbeing of communities", List.of(LOCAL_ECONOMY)),
                new Outcome("L2", LONG_TERM, "Communities are at the table as equal partners",
                        List.of(PARTICIPATION_AND_INFLUENCE)),
                new Outcome("L3", LONG_TERM, "Communities and residents don't believe they need permission to take "
                        + "action", List.of(PARTICIPATION_AND_INFLUENCE)),
                new Outcome("L4", LONG_TERM, "Bottom-up initiatives, plans and enterprise are seen as the best way "
                        + "to make neighbourhoods happier and stronger", List.of(LOCAL_ECONOMY, NEIGHBOURHOOD_TRUST)),
                new Outcome("L5", LONG_TERM, "There is realistic and accessible commissioning for the community "
                        + "sector", List.of(LOCAL_ECONOMY)),
                new Outcome("I1", INTERIM, "Community members can better articulate what their needs are and what "
                        + "community wealth means to them", List.of(PARTICIPATION_AND_INFLUENCE)),
                new Outcome("I2", INTERIM, "There is an increase in individual and community levels of agency to "
                        + "take action to improve local outcomes", framework
                        ? List.of(PARTICIPATION_AND_INFLUENCE, WELLBEING) : List.of(PARTICIPATION_AND_INFLUENCE)),
                new Outcome("I3", INTERIM, "Communities can give examples of where work led by them has resulted in "
                        + "positive outcomes for their community", List.of(PARTICIPATION_AND_INFLUENCE)),
                new Outcome("I4", INTERIM, framework
                        ? "Community organisations can demonstrate they deliver outcomes for individuals in their "
                        + "communities, outlined in their funding or evaluation plans"
                        : "Community organisations can demonstrate outcomes for individuals", framework
                        ? List.of(MENTAL_AND_PHYSICAL_HEALTH, EDUCATION_AND_LEARNING, QUALITY_OF_EMPLOYMENT, WELLBEING)
                        : List.of(WELLBEING)),
                new Outcome("I5", INTERIM, "There is increased trust within the community (and the community level "
                        + "institutions)", List.of(NEIGHBOURHOOD_TRUST)),
                new Outcome("I6", INTERIM, "There is evidence of the Hotspots Network organisations being more "
                        + "influential in discussions and strategic conversations with mainstream agencies locally",
                        List.of(PARTICIPATION_AND_INFLUENCE)),
                new Outcome("I7", INTERIM, "Resources made available for VCSE to shape and deliver levelling up "
                        + "activities", List.of(LOCAL_ECONOMY)));
    }

    private void reflections(Story story) {
        Participants network = new Participants(Stream.concat(PARTNERS.stream(), Stream.of(CTP)).toList(),
                List.of(ALEX_MORGAN, SAM_LEE, WILL_MANSELL, JO_BENNETT, KIM_OKAFOR));
        LocalDate october = LocalDate.of(2022, 10, 12);
        story.tell("researcher", CTP, october, new RecordReflection(OCTOBER_2022_REFLECTION,
                ReflectionKind.REFLECTION_SESSION, "Priority outcomes and the measurement framework", network,
                "Partners chose priority outcomes and reviewed the suggested indicators with their teams. One-to-one "
                        + "support from CTP to apply them in practice.", october));
        story.tell("researcher", CTP, october, new AddLearningPoint(OCTOBER_2022_REFLECTION,
                "Indicators only work if they can be built into conversations with community members without "
                        + "feeling intrusive or artificial", List.of(PARTICIPATION_AND_INFLUENCE, WELLBEING),
                List.of(TimelineItem.of(THEORY_OF_CHANGE)), october));

        LocalDate march = LocalDate.of(2023, 3, 14);
        story.tell("researcher", CTP, march, new RecordReflection(MARCH_2023_REFLECTION,
                ReflectionKind.REFLECTION_SESSION, "Learning and reflection meeting: gathering impact data", network,
                "Partners discussed trying to implement a consistent approach to gathering quantitative data. It was "
                        + "agreed that it would not work in practice: collecting data at several time points does not "
                        + "fit community-led delivery, and some partners prefer their own qualitative approaches. Each "
                        + "partner will gather insight with the standardised case study template instead, aligned to "
                        + "the priority outcome areas.", march));
        story.tell("researcher", CTP, march, new AddLearningPoint(MARCH_2023_REFLECTION,
                "The quantitative approach is dropped in favour of case studies in a shared template",
                List.of(PARTICIPATION_AND_INFLUENCE, NEIGHBOURHOOD_TRUST, WELLBEING),
                List.of(TimelineItem.of(THEORY_OF_CHANGE)), march));
        story.tell("researcher", CTP, march, new AddLearningPoint(MARCH_2023_REFLECTION,
                "Small frontline organisations must balance the demands of data collection with delivering their "
                        + "work", List.of(QUALITY_OF_EMPLOYMENT, WELLBEING), List.of(), march));

        LocalDate december = LocalDate.of(2023, 12, 6);
        story.tell("researcher", CTP, december, new RecordReflection(DECEMBER_2023_REFLECTION,
                ReflectionKind.REFLECTION_SESSION, "Reflection meeting: case studies and influence", network,
                "Partners reflected on the case studies and on influencing: success with Gloucester and Stroud, less "
                        + "at county level; the Levelling Up conference felt tokenistic; many conversations that led "
                        + "to funding were never tracked.", december));
        List<TimelineItem> stroudHistory = existing(Stream.concat(Stream.of(UKSPF_ADVOCACY),
                STROUD_CONVERSATIONS.stream()).toList());
        story.tell("researcher", CTP, december, new AddLearningPoint(DECEMBER_2023_REFLECTION,
                "A year of convening gave partners the confidence and the content to make bold asks, as in Stroud",
                List.of(PARTICIPATION_AND_INFLUENCE, LOCAL_ECONOMY), stroudHistory, december));
        story.tell("researcher", CTP, december, new AddLearningPoint(DECEMBER_2023_REFLECTION,
                "Case studies show the journey: the point in a relationship where something changed, and how long "
                        + "it took", List.of(NEIGHBOURHOOD_TRUST), List.of(), december));
        story.tell("researcher", CTP, december, new AddLearningPoint(DECEMBER_2023_REFLECTION,
                "Many interesting conversations were not tracked: what are the conversations that lead to funding?",
                List.of(PARTICIPATION_AND_INFLUENCE), existing(STROUD_CONVERSATIONS), december));
    }

    private void caseStudies(Story story) {
        LocalDate september = LocalDate.of(2023, 9, 12);
        LocalDate published = LocalDate.of(2023, 9, 29);
        caseStudy(story, "ggt", GGT, GGT_CASE_STUDY, "Read with Me: growing a children's reading business",
                new CaseStudyContent("Supported by GGT for two years", "Read with Me, a small organisation improving "
                        + "children's reading, supported with capacity building", null, "The team wanted to grow "
                        + "without losing what made them trusted", "Regular mentoring and introductions to local "
                        + "networks", List.of(narrative(EDUCATION_AND_LEARNING, "More children reached and reading with "
                                + "confidence"), narrative(LOCAL_ECONOMY, "The business grew and kept its commitments"),
                        narrative(NEIGHBOURHOOD_TRUST, "Families connected with each other through the sessions")),
                        "GGT's credibility and networks, and support given over time", "Unexpected: the team took on "
                        + "partnership work beyond reading"), september, published);
        caseStudy(story, "gl11", GL11, GL11_CASE_STUDY, "Meals and connection for people seeking asylum",
                gl11Meals("Running since 2022", ""), september, published);
        LocalDate revised = LocalDate.of(2023, 9, 20);
        story.tell("gl11", GL11, revised, new ReviseCaseStudy(GL11_CASE_STUDY, null,
                gl11Meals("Running since 2022; Meals on Wheels rescued in 2023",
                        "; the council also asked GL11 to save the Meals on Wheels service"),
                "Added the Meals on Wheels request from the council", revised));
        caseStudy(story, "grace", GRACE, GRACE_CASE_STUDY, "Eat and Greet",
                new CaseStudyContent("Two years of Eat and Greet lunches", "Eat and Greet: community members "
                        + "(Greeters) host shared meals for people who would otherwise eat alone (Eaters)", null,
                        "To turn a meal into a deep connection", "Weekly lunches in community businesses supported by "
                        + "the Grace Network", List.of(narrative(WELLBEING, "Strong wellbeing outcomes for Eaters and "
                                + "Greeters, who feel valued"), narrative(NEIGHBOURHOOD_TRUST, "Deep connections "
                                + "between neighbours"), narrative(LOCAL_ECONOMY, "Footfall for local businesses")),
                        "The Grace Network's practical support and connections", "Unexpected: Greeters improved "
                        + "their hosting to give Eaters the best experience"), september, published);
        caseStudy(story, "gcbc", GCBC, GCBC_CASE_STUDY, "Recycled Teenagers",
                new CaseStudyContent("Group meeting for three years", "The Recycled Teenagers, a group of older "
                        + "residents brought together by GCBC's community builders", null, "Loneliness and isolation "
                        + "after Covid", "Activities in local green spaces, at the members' own pace", List.of(
                        narrative(WELLBEING, "Members report a change in mindset, more open to other people"),
                        narrative(NEIGHBOURHOOD_TRUST, "Belonging and social connections in the neighbourhood"),
                        narrative(PARTICIPATION_AND_INFLUENCE, "Members brought others in and improved a green space")),
                        "Taking as long as necessary to build confidence before action", "Unexpected: the group "
                        + "started improving the space itself"), september, published);
        CaseStudyContent timeBanker = new CaseStudyContent("Member of the time bank for four years",
                "A time bank member who now acts as an ambassador", "Woman in her fifties, returning to work after "
                        + "caring for a parent", "To feel useful again after a difficult period", "Exchanging hours of "
                        + "help with other members at her own pace", List.of(
                narrative(EDUCATION_AND_LEARNING, "New skills gained through exchanges"),
                narrative(WELLBEING, "A sense of purpose and fulfilment"),
                narrative(NEIGHBOURHOOD_TRUST, "Acceptance, belonging and a wider circle of friends")),
                "Fair Shares' person-centred approach and patience", "Unexpected: she became an ambassador, "
                + "helping others outside the projects");
        story.tell("fairshares", FAIR_SHARES, september, new DraftCaseStudy(FAIR_SHARES_CASE_STUDY, FAIR_SHARES,
                "From time bank member to ambassador", timeBanker, september));
        story.tell("fairshares", FAIR_SHARES, september.plusDays(2), new RecordConsent(FAIR_SHARES_CASE_STUDY,
                ConsentMethod.WRITTEN, "Use in the network's learning report and review packs", september.plusDays(2)));
        story.tell("fairshares", FAIR_SHARES, published, new PublishCaseStudy(FAIR_SHARES_CASE_STUDY, published));
        caseStudy(story, "venture", VENTURE, VENTURE_CASE_STUDY, "Healthy food and company after Covid",
                new CaseStudyContent("Families attending for two years", "Family meals and activities at The "
                        + "Venture in White City", null, "Overcoming loneliness after Covid", "A safe, "
                        + "non-judgemental place with healthy food", List.of(
                        narrative(MENTAL_AND_PHYSICAL_HEALTH, "Healthy food for families"),
                        narrative(WELLBEING, "Growing confidence and self-esteem"),
                        narrative(NEIGHBOURHOOD_TRUST, "People met new people and brought family members")),
                        "A person-centred approach that may involve support over years", "Expected: healthier "
                        + "meals. Unexpected: whole families joining"), september, published);
        Links stroudAdvocacy = new Links(List.of(), existingIds(List.of(UKSPF_ADVOCACY)), List.of());
        if (!stroudAdvocacy.isEmpty()) {
            story.tell("grace", GRACE, published, new LinkCaseStudy(GRACE_CASE_STUDY, stroudAdvocacy, published));
        }
    }

    /** GL11's case study; the revision adds what the council asked of GL11 later. */
    private static CaseStudyContent gl11Meals(String stage, String councilRequest) {
        return new CaseStudyContent(stage, "GL11 cooks meals for people seeking asylum housed in a local hotel, and "
                + "connects them to other support" + councilRequest, null, "A volunteer working with the hotel asked "
                + "GL11 for help because of its local credibility", "Meals with a person-centred approach; bikes, "
                + "technology and football provided", List.of(
                narrative(MENTAL_AND_PHYSICAL_HEALTH, "Regular healthy meals and physical activity"),
                narrative(PARTICIPATION_AND_INFLUENCE, "Residents took part in carpentry and befriending"),
                narrative(NEIGHBOURHOOD_TRUST, "Different parties brought together around a common goal")),
                "GL11 facilitated meetings and conversations between the parties",
                "Expected: meals. Unexpected: how much connectivity mattered");
    }

    private static void caseStudy(Story story, String user, OrganisationId partner, CaseStudyId id, String title,
                                  CaseStudyContent content, LocalDate drafted, LocalDate published) {
        story.tell(user, partner, drafted, new DraftCaseStudy(id, partner, title, content, drafted));
        story.tell(user, partner, published, new PublishCaseStudy(id, published));
    }

    private static OutcomeNarrative narrative(OutcomeArea area, String text) {
        return new OutcomeNarrative(area, text);
    }

    private void harvest(Story story) {
        LocalDate agreed = LocalDate.of(2023, 2, 8);
        Links stroudLinks = new Links(existingIds(STROUD_CONVERSATIONS), existingIds(List.of(UKSPF_ADVOCACY)),
                existingIds(List.of(STROUD_AWARD)));
        story.tell("researcher", CTP, agreed, new HarvestOutcome(STROUD_HUBS_OUTCOME, new OutcomeStatement(
                "Stroud District Council put 10% of its UK Shared Prosperity Fund money straight into community "
                        + "groups: £275,000 over three years for ten Stroud community hubs", STROUD_DC, STROUD,
                "Money reaches grassroots groups, including unconstituted 'people on benches' groups that could "
                        + "never have applied; the council adopted the community-led approach as policy",
                "Two network partners and a local leader made the case in conversations and a proposal, drawing on "
                        + "the collective Theory of Change and a year of convening",
                List.of(PARTICIPATION_AND_INFLUENCE, LOCAL_ECONOMY), List.of(GL11, GRACE), stroudLinks), agreed));
        LocalDate asked = LocalDate.of(2024, 6, 20);
        story.tell("researcher", CTP, asked, new SubstantiateOutcome(STROUD_HUBS_OUTCOME, PRIYA_SHAH, Verdict.AGREES,
                "The network's proposal shaped how the council used the fund", asked));
        story.tell("researcher", CTP, asked.plusDays(3), new SubstantiateOutcome(STROUD_HUBS_OUTCOME, TOM_HUGHES,
                Verdict.PARTLY_AGREES, "Community grants were already planned; the proposal decided how they reached "
                        + "the hubs", asked.plusDays(3)));

        LocalDate awarded = LocalDate.of(2024, 3, 1);
        story.tell("researcher", CTP, awarded, new HarvestOutcome(YOUTH_SERVICES_OUTCOME, new OutcomeStatement(
                "Gloucestershire County Council commissioned open-access youth services in Gloucester and the Forest "
                        + "of Dean from a GGT-led partnership of over 30 local organisations: £640,000 a year for five "
                        + "years", COUNTY, GLOUCESTERSHIRE,
                "A council with a preference for national suppliers commissioned local organisations, doubling the "
                        + "pot for those already working with young people",
                "GGT led the partnership's bid; The Venture and Forest Voluntary Action Forum lead delivery; early "
                        + "conversations in the network shaped the proposal",
                List.of(LOCAL_ECONOMY, QUALITY_OF_EMPLOYMENT), List.of(GGT, VENTURE), Links.NONE), awarded));
        LocalDate verified = LocalDate.of(2024, 7, 2);
        story.tell("researcher", CTP, verified, new SubstantiateOutcome(YOUTH_SERVICES_OUTCOME, MARCUS_WEBB,
                Verdict.PARTLY_AGREES, "An open procurement decided it; the partnership's local knowledge scored "
                        + "well", verified));
    }

    private void review(Story story) {
        story.tell("researcher", CTP, REVIEW_OPENED, new OpenLearningReview(STROUD_LEARNING_REVIEW,
                "What led to the Stroud hubs funding?", new DateRange(LocalDate.of(2022, 1, 1),
                LocalDate.of(2024, 3, 31)), new ReviewScope(List.of(STROUD_DC, STROUD_HUBS, GL11, GRACE),
                List.of(STROUD), List.of(PARTICIPATION_AND_INFLUENCE, LOCAL_ECONOMY)), REVIEW_RECORD_TIME,
                REVIEW_OPENED));
        TimelineItem theory = pin(story, TimelineItem.of(THEORY_OF_CHANGE),
                "Members felt the collective Theory of Change helped them make the case");
        TimelineItem reflection = pin(story, TimelineItem.of(DECEMBER_2023_REFLECTION),
                "Partners' own account of what made them bold");
        TimelineItem outcome = pin(story, TimelineItem.of(STROUD_HUBS_OUTCOME),
                "The change itself, and how council officers substantiated it");
        TimelineItem caseStudy = pin(story, TimelineItem.of(GRACE_CASE_STUDY),
                "How a partner in Stroud works with grassroots groups");
        List<TimelineItem> advocacy = existing(List.of(UKSPF_ADVOCACY)).stream()
                .map(item -> pin(story, item, "The ask: 10% of UKSPF money for community groups")).toList();
        List<TimelineItem> conversations = existing(STROUD_CONVERSATIONS).stream()
                .map(item -> pin(story, item, "Conversations with the council before the decision")).toList();
        List<TimelineItem> award = existing(List.of(STROUD_AWARD)).stream()
                .map(item -> pin(story, item, "The money awarded")).toList();

        finding(story, "A year of convening gave partners the confidence and the content to ask boldly for 10% of "
                + "UKSPF money for community groups", Stream.of(List.of(reflection, theory), advocacy));
        finding(story, "The council adopting the community-led approach as policy was the enabling factor; one "
                + "officer agrees the network's proposal shaped it, another only partly", Stream.of(List.of(outcome),
                conversations));
        finding(story, "The funding reaches groups the council could not fund directly, as the partners' work with "
                + "grassroots groups had shown", Stream.of(List.of(outcome, caseStudy), award));
    }

    private TimelineItem pin(Story story, TimelineItem item, String why) {
        Instant firstRecorded = history.of(item, null, EVERYONE).getFirst().recordedAt();
        story.tell("researcher", CTP, REVIEW_OPENED, new PinItem(STROUD_LEARNING_REVIEW, item, why, firstRecorded,
                REVIEW_OPENED));
        return item;
    }

    private static void finding(Story story, String text, Stream<List<TimelineItem>> restsOn) {
        story.tell("researcher", CTP, REVIEW_OPENED, new WriteFinding(STROUD_LEARNING_REVIEW, text,
                restsOn.flatMap(List::stream).toList(), REVIEW_OPENED));
    }

    /** The influence and funding records that exist in this event store, as timeline items. */
    private List<TimelineItem> existing(List<?> ids) {
        return existingIds(ids).stream().map(TimelineItem::of).toList();
    }

    private <T> List<T> existingIds(List<T> ids) {
        return ids.stream().filter(id -> events.lastSequenceNumberFor(id.toString()).isPresent()).toList();
    }

    private static ReflectionId reflection(String month) {
        return new ReflectionId(DemoIds.uuid("evidence:reflection:" + month));
    }

    private static CaseStudyId caseStudy(String partner) {
        return new CaseStudyId(DemoIds.uuid("evidence:case-study:" + partner));
    }
}
