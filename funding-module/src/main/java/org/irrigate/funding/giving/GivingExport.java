package org.irrigate.funding.giving;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 360Giving export: the data package of every grant that could be exported, and a problem for every award (or
 * grant) that could not. Nothing is dropped silently.
 *
 * @param dataPackage the {@code {"grants": [...]}} package, schema-valid; null when no grant could be exported
 */
public record GivingExport(ObjectNode dataPackage, int grants, List<ExportProblem> problems) {
    public boolean complete() {
        return problems.isEmpty() && dataPackage != null;
    }
}
