package org.irrigate.funding.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.Subjects;

/**
 * What happened in the funding pipeline, from a fund existing to money paid, and the claims that influence work
 * helped bring it about. Nothing is overwritten: revisions, reopened decisions, amendments and withdrawals are events.
 */
public sealed interface FundingEvent extends NetworkEvent {

    @Revision("1")
    record FundingOpportunityRecorded(FundingOpportunityId fundingOpportunityId, OrganisationId funder,
                                      String programme, Pence totalPot, List<PlaceCode> places, LocalDate opensOn,
                                      LocalDate closesOn, String notes, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(funder).withPlaces(places.toArray(PlaceCode[]::new));
        }

        @Override
        public String summary() {
            return "Funding opportunity recorded: " + programme
                    + (totalPot == null ? "" : " (pot " + totalPot.formatted() + ")");
        }
    }

    @Revision("1")
    record FundingOpportunityRevised(FundingOpportunityId fundingOpportunityId, OrganisationId funder,
                                     String programme, Pence totalPot, LocalDate opensOn, LocalDate closesOn,
                                     String notes, String reason, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(funder);
        }

        @Override
        public String summary() {
            return "Funding opportunity revised: " + programme + ": " + reason;
        }
    }

    @Revision("1")
    record BidDrafted(BidId bidId, FundingOpportunityId fundingOpportunityId, OrganisationId funder, String title,
                      OrganisationId lead, List<OrganisationId> partners, Pence amountRequested,
                      LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return organisations(lead, funder, partners);
        }

        @Override
        public String summary() {
            return "Bid drafted: " + title + ", asking " + amountRequested.formatted() + " with " + partners.size()
                    + " partner" + (partners.size() == 1 ? "" : "s");
        }
    }

    @Revision("1")
    record BidRevised(BidId bidId, String title, OrganisationId lead, List<OrganisationId> partners,
                      Pence amountRequested, String reason, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return organisations(lead, null, partners);
        }

        @Override
        public String summary() {
            return "Bid revised: " + title + ", asking " + amountRequested.formatted() + " with " + partners.size()
                    + " partner" + (partners.size() == 1 ? "" : "s") + ": " + reason;
        }
    }

    @Revision("1")
    record BidSubmitted(BidId bidId, String title, OrganisationId lead, OrganisationId funder,
                        Pence amountRequested, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return organisations(lead, funder, List.of());
        }

        @Override
        public String summary() {
            return "Bid submitted: " + title + ", asking " + amountRequested.formatted();
        }
    }

    @Revision("1")
    record BidWithdrawn(BidId bidId, String title, OrganisationId lead, OrganisationId funder, String reason,
                        LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return organisations(lead, funder, List.of());
        }

        @Override
        public String summary() {
            return "Bid withdrawn: " + title + ": " + reason;
        }
    }

    /**
     * @param decisionNumber 1 for the first decision; higher only after an appeal or amendment reopened the bid
     * @param amount         what the decision gives: zero when declined
     */
    @Revision("1")
    record BidDecided(BidId bidId, int decisionNumber, String title, OrganisationId lead, OrganisationId funder,
                      DecisionOutcome outcome, Pence amount, Pence amountRequested, OrganisationId decisionMaker,
                      List<PersonId> decidedBy, String notes, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            Subjects about = organisations(lead, funder, List.of()).withOrganisations(decisionMaker);
            return about.withPeople(decidedBy.toArray(PersonId[]::new));
        }

        @Override
        public String summary() {
            String what = switch (outcome) {
                case AWARDED -> "awarded " + amount.formatted();
                case PARTLY_AWARDED -> "partly awarded " + amount.formatted() + " of " + amountRequested.formatted();
                case DECLINED -> "declined";
            };
            return "Bid " + what + ": " + title + (decisionNumber > 1 ? " (decision " + decisionNumber + ")" : "");
        }
    }

    /** @param decisionNumber the decision that is reopened */
    @Revision("1")
    record DecisionReopened(BidId bidId, int decisionNumber, String title, OrganisationId lead,
                            OrganisationId funder, ReopenGround ground, String reason, LocalDate happenedOn)
            implements FundingEvent {
        @Override
        public Subjects subjects() {
            return organisations(lead, funder, List.of());
        }

        @Override
        public String summary() {
            return "Decision reopened by " + (ground == ReopenGround.APPEAL ? "appeal" : "amendment") + ": " + title
                    + ": " + reason;
        }
    }

    @Revision("1")
    record AwardRecorded(AwardId awardId, BidId bidId, OrganisationId funder, String title, String description,
                         List<Recipient> recipients, Pence total, List<SchedulePart> schedule, List<PlaceCode> places,
                         LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            List<OrganisationId> involved = new ArrayList<>();
            recipients.forEach(r -> {
                involved.add(r.organisation());
                if (r.host() != null) {
                    involved.add(r.host());
                }
            });
            return organisations(funder, null, involved).withPlaces(places.toArray(PlaceCode[]::new));
        }

        @Override
        public String summary() {
            return "Award recorded: " + title + ", " + total.formatted() + " in " + schedule.size() + " part"
                    + (schedule.size() == 1 ? "" : "s");
        }
    }

    @Revision("1")
    record AwardAmended(AwardId awardId, String title, OrganisationId funder, Pence previousTotal, Pence total,
                        List<SchedulePart> schedule, String reason, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            List<OrganisationId> recipients = schedule.stream().map(SchedulePart::recipient).distinct().toList();
            return organisations(funder, null, recipients);
        }

        @Override
        public String summary() {
            return "Award amended: " + title + ", " + previousTotal.formatted() + " to " + total.formatted() + ": "
                    + reason;
        }
    }

    /** @param paidTo the recipient of the part, or its host when the recipient is funded through one */
    @Revision("1")
    record DisbursementRecorded(AwardId awardId, DisbursementId disbursementId, String title, String part,
                                OrganisationId funder, OrganisationId recipient, OrganisationId paidTo, Pence amount,
                                Pence remainingOnPart, Pence remainingOnAward, String reference, LocalDate happenedOn)
            implements FundingEvent {
        @Override
        public Subjects subjects() {
            return organisations(funder, recipient, List.of(paidTo));
        }

        @Override
        public String summary() {
            return "Paid " + amount.formatted() + " of " + title + " (part " + part + "); " + remainingOnAward.formatted()
                    + " remains";
        }
    }

    @Revision("1")
    record ContributionClaimed(ContributionClaimId contributionClaimId, ContributingWork work, BidId bidId,
                               AwardId awardId, ContributionStrength strength, String rationale, String evidence,
                               OrganisationId claimedBy, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(claimedBy);
        }

        @Override
        public String summary() {
            String article = work.kind() == ContributingWork.Kind.ADVOCACY_ACTION ? "an " : "a ";
            return "Contribution claimed (" + strength.name().toLowerCase() + "): " + article + work.describe()
                    + " contributed to " + (awardId != null ? "an award" : "a funding decision");
        }
    }

    @Revision("1")
    record ContributionClaimChallenged(ContributionClaimId contributionClaimId, OrganisationId challengedBy,
                                       String reason, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(challengedBy);
        }

        @Override
        public String summary() {
            return "Contribution claim challenged: " + reason;
        }
    }

    @Revision("1")
    record ContributionClaimWithdrawn(ContributionClaimId contributionClaimId, OrganisationId withdrawnBy,
                                      String reason, LocalDate happenedOn) implements FundingEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(withdrawnBy);
        }

        @Override
        public String summary() {
            return "Contribution claim withdrawn: " + reason;
        }
    }

    private static Subjects organisations(OrganisationId first, OrganisationId second, List<OrganisationId> more) {
        Set<OrganisationId> all = new LinkedHashSet<>(more);
        all.add(first);
        if (second != null) {
            all.add(second);
        }
        return new Subjects(all, Set.of(), Set.of());
    }
}
