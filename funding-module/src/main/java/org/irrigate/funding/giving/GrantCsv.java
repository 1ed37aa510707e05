package org.irrigate.funding.giving;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 360Giving CSV form of a data package: one row per grant, with the standard's column titles
 * ("Recipient Org:Identifier"). Beneficiary locations take numbered columns ("Beneficiary Location:0:Name") when any
 * grant has more than one, as the standard's flattening does for repeated items.
 */
public final class GrantCsv {
    private GrantCsv() {
    }

    record Column(String title, Function<JsonNode, String> value) {
    }

    public static String of(ObjectNode dataPackage) {
        List<JsonNode> grants = dataPackage.get("grants").valueStream().toList();
        List<Column> columns = columns(grants.stream().mapToInt(g -> size(g.get("beneficiaryLocation"))).max()
                .orElse(0));
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", columns.stream().map(c -> quote(c.title())).toList())).append("\r\n");
        for (JsonNode grant : grants) {
            csv.append(String.join(",", columns.stream().map(c -> quote(c.value().apply(grant))).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static List<Column> columns(int locations) {
        List<Column> columns = new ArrayList<>(List.of(
                field("Identifier", "id"),
                field("Title", "title"),
                field("Description", "description"),
                field("Currency", "currency"),
                field("Amount Applied For", "amountAppliedFor"),
                field("Amount Awarded", "amountAwarded"),
                field("Amount Disbursed", "amountDisbursed"),
                field("Award Date", "awardDate"),
                first("Planned Dates:Start Date", "plannedDates", "startDate"),
                first("Planned Dates:End Date", "plannedDates", "endDate"),
                first("Recipient Org:Identifier", "recipientOrganization", "id"),
                first("Recipient Org:Name", "recipientOrganization", "name"),
                first("Recipient Org:Charity Number", "recipientOrganization", "charityNumber"),
                first("Funding Org:Identifier", "fundingOrganization", "id"),
                first("Funding Org:Name", "fundingOrganization", "name"),
                first("Grant Programme:Title", "grantProgramme", "title")));
        for (int i = 0; i < locations; i++) {
            String prefix = locations == 1 ? "Beneficiary Location:" : "Beneficiary Location:" + i + ":";
            columns.add(nth(prefix + "Name", "beneficiaryLocation", i, "name"));
            columns.add(nth(prefix + "Geographic Code", "beneficiaryLocation", i, "geoCode"));
            columns.add(nth(prefix + "Geographic Code Type", "beneficiaryLocation", i, "geoCodeType"));
            columns.add(nth(prefix + "Country Code", "beneficiaryLocation", i, "countryCode"));
        }
        columns.add(field("Last Modified", "dateModified"));
        return columns;
    }

    private static Column field(String title, String name) {
        return new Column(title, grant -> text(grant.get(name)));
    }

    private static Column first(String title, String array, String name) {
        return nth(title, array, 0, name);
    }

    private static Column nth(String title, String array, int index, String name) {
        return new Column(title, grant -> {
            JsonNode items = grant.get(array);
            return items == null || items.size() <= index ? "" : text(items.get(index).get(name));
        });
    }

    private static int size(JsonNode array) {
        return array == null ? 0 : array.size();
    }

    /** Numbers keep their exact decimal form (275000.00), never a double's. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asString();
    }

    /** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */
    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
