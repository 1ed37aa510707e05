package org.irrigate.funding.giving;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The 360Giving package schema, loaded from the copies bundled in this module. The package schema refers to the grant
 * schema by its published 1.4.2 URL and the grant schema calls itself by its 1.4.3 URL: both are mapped to the local
 * file, so validating never fetches anything.
 */
@Component
public class GrantPackageSchema {
    public static final String PACKAGE_ID =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";
    public static final String GRANT_REFERENCED =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";
    public static final String GRANT_ID =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json";
    public static final String LOCAL = "classpath:standards/360giving/";

    private final Schema schema;

    public GrantPackageSchema() {
        Map<String, String> local = Map.of(
                PACKAGE_ID, LOCAL + "360-giving-package-schema.json",
                GRANT_REFERENCED, LOCAL + "360-giving-schema.json",
                GRANT_ID, LOCAL + "360-giving-schema.json");
        // Dates in the schema are oneOf(date-time format, date pattern): without format assertions a plain date
        // would match both branches and fail oneOf.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(ids -> ids.mappings(local))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        this.schema = registry.getSchema(SchemaLocation.of(PACKAGE_ID));
        this.schema.initializeValidators();
    }

    /** Every way the package breaks the standard, as "location: message"; empty when it is valid. */
    public List<String> errors(JsonNode dataPackage) {
        return schema.validate(dataPackage).stream().map(GrantPackageSchema::describe).toList();
    }

    private static String describe(Error error) {
        String at = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        return at + ": " + error.getMessage();
    }
}
