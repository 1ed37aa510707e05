package org.irrigate.core.api;

import java.util.List;

/** The outcome of importing places from CSV: every row's fate, and whether anything was written. */
public record PlaceImport(boolean dryRun, boolean applied, int rows, int registered, int alreadyKnown,
                          List<RowError> errors) {
    public record RowError(int row, String field, String reason) {
    }
}
