package org.irrigate.app.security.ownership;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.irrigate.core.api.OrganisationCommand;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonCommand;
import org.irrigate.evidence.api.CaseStudyCommand.DraftCaseStudy;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.HarvestCommand.SubstantiateOutcome;
import org.irrigate.funding.api.FundingCommand.ChallengeContributionClaim;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.ReopenDecision;
import org.irrigate.funding.api.FundingCommand.WithdrawContributionClaim;
import org.irrigate.funding.api.FundingEvent.AwardRecorded;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidRevised;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.Recipient;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LinkFollowUpConversation;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change which record (docs/decisions/0004): a partner writes only on behalf of its own organisation. For
 * each command, the organisations allowed are worked out from the target record's stored events; the coordinator,
 * admins and this process itself act for the whole network and are not asked.
 */
final class OwnershipRules {
    private OwnershipRules() {
    }

    static void check(Object command, History history, Actor actor) {
        if (actor.network()) {
            return;
        }
        OrganisationId self = actor.organisation();
        if (history.isEmpty()) {
            creating(command, self);
        } else {
            Owners owners = changing(command, history, self);
            if (!owners.include(self)) {
                throw new AccessDeniedException("Only " + owners.organisations() + " or the coordinator may do this");
            }
        }
    }

    /** A new record must be recorded for the partner's own organisation wherever the command names one. */
    private static void creating(Object command, OrganisationId self) {
        boolean own = switch (command) {
            case DraftBid c -> namesOnly(self, Owners.of(c.lead()).and(orEmpty(c.partners())));
            case StartAdvocacyAction c -> namesOnly(self, Owners.of().and(orEmpty(c.advocates())));
            case LogConversation c -> namesOnly(self, Owners.of(c.loggedBy()));
            case ClaimContribution c -> namesOnly(self, Owners.of(c.claimedBy()));
            case DraftCaseStudy c -> namesOnly(self, Owners.of(c.partner()));
            case RecordAward c -> namesOnly(self, Owners.of(c.funder()).and(recipients(c.recipients())));
            case ChallengeContributionClaim c -> namesOnly(self, Owners.of(c.challengedBy()));
            case PersonCommand.ErasePerson c -> false;
            default -> true;
        };
        if (!own) {
            throw new AccessDeniedException("A partner records only on behalf of its own organisation");
        }
    }

    /** Who may change an existing record; the organisation that first recorded it always may. */
    private static Owners changing(Object command, History history, OrganisationId self) {
        Owners recorder = Owners.of(history.recorder());
        return switch (command) {
            // An organisation's record: the organisation itself and whoever registered it.
            case OrganisationCommand c -> recorder.and(c.organisationId());
            // Erasure is the data controller's act (the coordinator's), never a partner's.
            case PersonCommand.ErasePerson c -> Owners.of();
            // A funding decision is the funder's to record (or the coordinator's on its behalf).
            case DecideBid c -> funder(history);
            case ReopenDecision c -> funder(history);
            // Anyone may challenge a claim or substantiate an outcome, but only as itself: that is the point of them.
            case ChallengeContributionClaim c -> Owners.of(c.challengedBy());
            case SubstantiateOutcome c -> Owners.of(self);
            // A follow-up may fall to another partner; the controller checks the conversation is visible.
            case CompleteFollowUp c -> Owners.of(c.completedBy());
            case LinkFollowUpConversation c -> Owners.of(self);
            case WithdrawContributionClaim c -> history.first(ContributionClaimed.class) instanceof ContributionClaimed
                    claimed ? Owners.of(claimed.claimedBy()) : Owners.of();
            default -> recorder.and(recordOwners(history));
        };
    }

    private static Owners funder(History history) {
        return history.first(BidDrafted.class) instanceof BidDrafted drafted ? Owners.of(drafted.funder())
                : Owners.of();
    }

    /** The organisations a record names as its own (beyond the one that recorded it). */
    private static Collection<OrganisationId> recordOwners(History history) {
        if (history.first(BidDrafted.class) instanceof BidDrafted drafted) {
            BidRevised revised = history.last(BidRevised.class);
            return List.of(revised == null ? drafted.lead() : revised.lead());
        }
        if (history.first(AdvocacyActionStarted.class) instanceof AdvocacyActionStarted started) {
            return started.advocates();
        }
        if (history.first(ConversationLogged.class) instanceof ConversationLogged logged) {
            return List.of(logged.loggedBy());
        }
        if (history.first(CaseStudyDrafted.class) instanceof CaseStudyDrafted drafted) {
            return List.of(drafted.partner());
        }
        if (history.first(AwardRecorded.class) instanceof AwardRecorded award) {
            return Owners.of(award.funder()).and(recipients(award.recipients())).organisations();
        }
        if (history.first(FundingOpportunityRecorded.class) instanceof FundingOpportunityRecorded opportunity) {
            return List.of(opportunity.funder());
        }
        if (history.first(RepresentationStarted.class) instanceof RepresentationStarted started) {
            return List.of(started.organisationId());
        }
        return Set.of();
    }

    /**
     * A record that names organisations as its own must name the partner's; one that names none yet is left to the
     * record's own validation (which answers 400 naming the missing field).
     */
    private static boolean namesOnly(OrganisationId self, Owners named) {
        return named.organisations().isEmpty() || named.include(self);
    }

    private static <T> Collection<T> orEmpty(Collection<T> values) {
        return values == null ? List.of() : values;
    }

    private static List<OrganisationId> recipients(List<Recipient> recipients) {
        return recipients == null ? List.of()
                : recipients.stream().filter(Objects::nonNull).map(Recipient::organisation).toList();
    }
}
