package org.irrigate.funding.giving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.PlaceLevel;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.DisbursementView;
import org.irrigate.funding.api.FundingView.SchedulePartView;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.directory.NetworkDirectory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one award into 360Giving grants: one grant per recipient (360Giving has one recipient organisation per
 * grant), for the recipient's exact share of the schedule. Money an unconstituted group receives through a host is a
 * grant to the host, which legally holds it, and the description names the group.
 */
final class GrantBuilder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String prefix;
    private final OrganisationIdentifiers identifiers;
    private final NetworkDirectory directory;

    GrantBuilder(String prefix, OrganisationIdentifiers identifiers, NetworkDirectory directory) {
        this.prefix = prefix;
        this.identifiers = identifiers;
        this.directory = directory;
    }

    /** The award's grants, or nothing and a problem for each thing that keeps it out of the export. */
    List<ObjectNode> grants(AwardView award, List<ExportProblem> problems) {
        List<ExportProblem> found = new ArrayList<>();
        ObjectNode funder = organisation(award, award.funder(), "fundingOrganization", found);
        ArrayNode locations = locations(award, found);
        List<ObjectNode> grants = new ArrayList<>();
        for (Recipient recipient : award.recipients()) {
            ObjectNode paidTo = organisation(award, recipient.paidTo(), "recipientOrganization", found);
            if (paidTo != null && funder != null && locations != null) {
                grants.add(grant(award, recipient, paidTo, funder, locations));
            }
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return List.of();
        }
        return grants;
    }

    private ObjectNode grant(AwardView award, Recipient recipient, ObjectNode paidTo, ObjectNode funder,
                             ArrayNode locations) {
        boolean shared = award.recipients().size() > 1;
        List<SchedulePartView> parts = award.schedule().stream()
                .filter(p -> p.recipient().equals(recipient.organisation())).toList();
        Set<String> keys = parts.stream().map(SchedulePartView::key).collect(Collectors.toSet());
        List<DisbursementView> payments = award.disbursements().stream().filter(d -> keys.contains(d.part())).toList();
        Pence awarded = parts.stream().map(SchedulePartView::amount).reduce(Pence.ZERO, Pence::plus);
        Pence disbursed = payments.stream().map(DisbursementView::amount).reduce(Pence.ZERO, Pence::plus);

        ObjectNode grant = JSON.objectNode();
        grant.put("id", prefix + "-" + award.awardId() + (shared ? "-" + recipient.organisation() : ""));
        grant.put("title", award.title());
        grant.put("description", description(award, recipient));
        grant.put("currency", "GBP");
        if (!shared && award.amountRequested() != null) {
            grant.put("amountAppliedFor", pounds(award.amountRequested()));
        }
        grant.put("amountAwarded", pounds(awarded));
        grant.put("amountDisbursed", pounds(disbursed));
        grant.put("awardDate", award.awardedOn().toString());
        ObjectNode planned = grant.putArray("plannedDates").addObject();
        planned.put("startDate", parts.stream().map(SchedulePartView::from).min(Comparator.naturalOrder())
                .map(LocalDate::toString).orElse(award.awardedOn().toString()));
        parts.stream().map(SchedulePartView::to).max(Comparator.naturalOrder())
                .ifPresent(end -> planned.put("endDate", end.toString()));
        grant.putArray("recipientOrganization").add(paidTo);
        grant.putArray("fundingOrganization").add(funder);
        if (award.programme() != null) {
            grant.putArray("grantProgramme").addObject().put("title", award.programme());
        }
        if (!locations.isEmpty()) {
            grant.set("beneficiaryLocation", locations.deepCopy());
        }
        if (!payments.isEmpty()) {
            ArrayNode transactions = grant.putArray("disbursementTransaction");
            payments.forEach(d -> transactions.addObject()
                    .put("id", prefix + "-" + d.disbursementId())
                    .put("transactionDate", d.paidOn().toString())
                    .put("value", pounds(d.amount()))
                    .put("currency", "GBP"));
        }
        grant.put("dateModified", DateTimeFormatter.ISO_INSTANT.format(award.lastModified()));
        return grant;
    }

    private String description(AwardView award, Recipient recipient) {
        String text = award.description() != null ? award.description() : award.title();
        if (recipient.host() == null) {
            return text;
        }
        return text + " For " + directory.name(recipient.organisation())
                + ", an unconstituted group funded through " + directory.name(recipient.host()) + ".";
    }

    private ObjectNode organisation(AwardView award, OrganisationId id, String field, List<ExportProblem> found) {
        Optional<OrganisationView> view = directory.organisation(id);
        if (view.isEmpty()) {
            found.add(new ExportProblem(award.awardId(), award.title(), field,
                    "organisation " + id + " is not in the organisation directory"));
            return null;
        }
        String identifier = identifiers.of(view.get());
        if (identifier == null) {
            found.add(new ExportProblem(award.awardId(), award.title(), field, identifiers.missing(view.get())));
            return null;
        }
        ObjectNode organisation = JSON.objectNode().put("id", identifier).put("name", view.get().name());
        if (view.get().charityNumber() != null && !view.get().charityNumber().isBlank()) {
            organisation.put("charityNumber", view.get().charityNumber().strip());
        }
        return organisation;
    }

    private ArrayNode locations(AwardView award, List<ExportProblem> found) {
        ArrayNode locations = JSON.arrayNode();
        for (PlaceCode code : award.places()) {
            Optional<PlaceView> place = directory.place(code);
            if (place.isEmpty()) {
                found.add(new ExportProblem(award.awardId(), award.title(), "beneficiaryLocation",
                        "place " + code + " is not in the place directory"));
                return null;
            }
            locations.addObject().put("name", place.get().name()).put("geoCode", code.value())
                    .put("geoCodeType", geoCodeType(code.level())).put("countryCode", "GB");
        }
        return locations;
    }

    /** ONS entity codes, as 360Giving's geoCodeType codelist uses them. */
    static String geoCodeType(PlaceLevel level) {
        return switch (level) {
            case COUNTY -> "CTY";
            case DISTRICT -> "LAD";
            case WARD -> "WD";
            case LSOA -> "LSOA";
        };
    }

    /** Exact pounds and pence: 27500000 pence is 275000.00, never a rounded double. */
    static BigDecimal pounds(Pence amount) {
        return BigDecimal.valueOf(amount.value(), 2);
    }
}
