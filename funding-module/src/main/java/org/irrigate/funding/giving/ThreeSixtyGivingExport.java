package org.irrigate.funding.giving;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindAwards;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.directory.NetworkDirectory;
import org.irrigate.core.api.NotFoundException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports awards as a 360Giving data package. Every grant is checked against the bundled 360Giving schema before it
 * goes in; an award that lacks what the standard needs (an organisation identifier, a known place) or that fails the
 * schema is left out and reported with the reason, never dropped silently.
 */
@Service
public class ThreeSixtyGivingExport {
    private final QueryGateway queries;
    private final NetworkDirectory directory;
    private final GivingSettings settings;
    private final GrantPackageSchema schema;

    ThreeSixtyGivingExport(QueryGateway queries, NetworkDirectory directory, GivingSettings settings,
                           GrantPackageSchema schema) {
        this.queries = queries;
        this.directory = directory;
        this.settings = settings;
        this.schema = schema;
    }

    /**
     * @param awards      the awards to export, or empty for all
     * @param identifiers organisation identifiers to use for organisations without a charity number, by id
     */
    public GivingExport export(List<AwardId> awards, Map<UUID, String> identifiers) {
        GrantBuilder builder = new GrantBuilder(settings.prefix(),
                new OrganisationIdentifiers(settings.organisationIdentifiers(), identifiers), directory);
        List<ExportProblem> problems = new ArrayList<>();
        ArrayNode grants = JsonNodeFactory.instance.arrayNode();
        for (AwardView award : awards(awards)) {
            for (ObjectNode grant : builder.grants(award, problems)) {
                List<String> errors = schema.errors(packageOf(List.of(grant)));
                if (errors.isEmpty()) {
                    grants.add(grant);
                } else {
                    errors.forEach(error -> problems.add(new ExportProblem(award.awardId(), award.title(),
                            "schema", "grant " + grant.get("id").asString() + " breaks the 360Giving schema at "
                            + error)));
                }
            }
        }
        if (grants.isEmpty()) {
            return new GivingExport(null, 0, problems);
        }
        ObjectNode dataPackage = packageOf(grants.valueStream().map(ObjectNode.class::cast).toList());
        return new GivingExport(dataPackage, grants.size(), problems);
    }

    private List<AwardView> awards(List<AwardId> ids) {
        if (ids == null || ids.isEmpty()) {
            return QueryAnswers.list(queries, new FindAwards(null, null), AwardView.class);
        }
        return ids.stream().map(id -> QueryAnswers.find(queries, new FindAward(id), AwardView.class)
                .orElseThrow(() -> new NotFoundException("Award", id))).toList();
    }

    private static ObjectNode packageOf(List<ObjectNode> grants) {
        ObjectNode dataPackage = JsonNodeFactory.instance.objectNode();
        ArrayNode array = dataPackage.putArray("grants");
        grants.forEach(array::add);
        return dataPackage;
    }
}
