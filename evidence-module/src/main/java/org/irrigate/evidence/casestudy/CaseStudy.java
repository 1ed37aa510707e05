package org.irrigate.evidence.casestudy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.evidence.rules.EvidenceRules.SHORT_TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.TITLE;
import static org.irrigate.evidence.rules.EvidenceRules.happened;
import static org.irrigate.evidence.rules.EvidenceRules.happenedSince;
import static org.irrigate.evidence.rules.EvidenceRules.optionalText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.evidence.api.CaseStudyCommand.DraftCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.LinkCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.PublishCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.RecordConsent;
import org.irrigate.evidence.api.CaseStudyCommand.ReviseCaseStudy;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyLinked;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyPublished;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyRevised;
import org.irrigate.evidence.api.CaseStudyEvent.ConsentRecorded;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.OutcomeNarrative;

/**
 * A partner's case study in the network's template. A draft may be incomplete; publishing needs every section of
 * the template, and consent recorded when the study holds personal details about someone.
 */
@Aggregate
public class CaseStudy {
    @AggregateIdentifier
    private CaseStudyId caseStudyId;
    private OrganisationId partner;
    private int version;
    private String title;
    private CaseStudyContent content;
    private LocalDate draftedOn;
    private boolean consented;
    private boolean published;
    private Links links = Links.NONE;

    protected CaseStudy() {
        // for Axon
    }

    @CommandHandler
    public CaseStudy(DraftCaseStudy command) {
        OrganisationId owner = requirePresent(command.partner(), "partner");
        String newTitle = requireText(command.title(), "title", TITLE);
        CaseStudyContent newContent = validContent(command.content());
        apply(new CaseStudyDrafted(command.caseStudyId(), owner, newTitle, newContent, happened(command.happenedOn())));
    }

    @CommandHandler
    void handle(ReviseCaseStudy command) {
        String newTitle = command.title() == null ? title : requireText(command.title(), "title", TITLE);
        CaseStudyContent newContent = validContent(command.content());
        String reason = requireText(command.reason(), "reason", SHORT_TEXT);
        LocalDate on = happenedSince(command.happenedOn(), draftedOn, "the case study");
        check(!newTitle.equals(title) || !newContent.equals(content),
                "The revision is the same as version " + version + "; nothing to record");
        if (published) {
            requireConsentFor(newContent);
            requireComplete(newContent);
        }
        apply(new CaseStudyRevised(caseStudyId, partner, version + 1, newTitle, newContent, reason, on));
    }

    @CommandHandler
    void handle(RecordConsent command) {
        requirePresent(command.method(), "method");
        String scope = requireText(command.scope(), "scope", SHORT_TEXT);
        LocalDate on = happenedSince(command.happenedOn(), draftedOn, "the case study");
        check(!consented, "Consent has already been recorded for this case study");
        apply(new ConsentRecorded(caseStudyId, partner, command.method(), scope, on));
    }

    @CommandHandler
    void handle(LinkCaseStudy command) {
        Links asked = requirePresent(command.links(), "links");
        require(!asked.isEmpty(), "links", "must name at least one conversation, advocacy action or award");
        LocalDate on = happenedSince(command.happenedOn(), draftedOn, "the case study");
        Links added = asked.without(links);
        check(!added.isEmpty(), "The case study is already linked to all of these");
        apply(new CaseStudyLinked(caseStudyId, partner, added, on));
    }

    @CommandHandler
    void handle(PublishCaseStudy command) {
        LocalDate on = happenedSince(command.happenedOn(), draftedOn, "the case study");
        check(!published, "The case study is already published");
        requireConsentFor(content);
        requireComplete(content);
        apply(new CaseStudyPublished(caseStudyId, partner, version, title, on));
    }

    private void requireConsentFor(CaseStudyContent candidate) {
        check(!candidate.hasPersonalDetails() || consented,
                "The case study holds personal details: record the person's consent before publishing it");
    }

    private static void requireComplete(CaseStudyContent candidate) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("stage", candidate.stage());
        sections.put("motivation", candidate.motivation());
        sections.put("experience", candidate.experience());
        sections.put("whyItHappened", candidate.whyItHappened());
        sections.put("expectedAndUnexpected", candidate.expectedAndUnexpected());
        List<String> missing = sections.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        check(missing.isEmpty(), "A published case study fills every section of the template; missing: "
                + String.join(", ", missing));
    }

    /** Who/what and at least one outcome narrative are needed from the first draft; other sections may follow. */
    static CaseStudyContent validContent(CaseStudyContent content) {
        requirePresent(content, "content");
        String subject = requireText(content.subject(), "content.subject", TEXT);
        List<OutcomeNarrative> narratives = new ArrayList<>();
        Set<OutcomeArea> areas = new HashSet<>();
        require(!content.whatHappened().isEmpty(), "content.whatHappened",
                "must tell what happened for at least one outcome area");
        for (int i = 0; i < content.whatHappened().size(); i++) {
            OutcomeNarrative narrative = content.whatHappened().get(i);
            String field = "content.whatHappened[" + i + "]";
            OutcomeArea area = requirePresent(narrative.area(), field + ".area");
            require(areas.add(area), field + ".area", "repeats " + area + "; tell each area once");
            narratives.add(new OutcomeNarrative(area, requireText(narrative.narrative(), field + ".narrative", TEXT)));
        }
        return new CaseStudyContent(optionalText(content.stage(), "content.stage", SHORT_TEXT), subject,
                optionalText(content.personalDetails(), "content.personalDetails", SHORT_TEXT),
                optionalText(content.motivation(), "content.motivation", TEXT),
                optionalText(content.experience(), "content.experience", TEXT), narratives,
                optionalText(content.whyItHappened(), "content.whyItHappened", TEXT),
                optionalText(content.expectedAndUnexpected(), "content.expectedAndUnexpected", TEXT));
    }

    @EventSourcingHandler
    void on(CaseStudyDrafted event) {
        caseStudyId = event.caseStudyId();
        partner = event.partner();
        version = 1;
        title = event.title();
        content = event.content();
        draftedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(CaseStudyRevised event) {
        version = event.version();
        title = event.title();
        content = event.content();
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consented = true;
    }

    @EventSourcingHandler
    void on(CaseStudyLinked event) {
        links = links.plus(event.links());
    }

    @EventSourcingHandler
    void on(CaseStudyPublished event) {
        published = true;
    }
}
