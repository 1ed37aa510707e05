package org.irrigate.core.api;

/** Imports wards and LSOAs (or any ONS places) from CSV; see {@link PlaceImport} for the report. */
public interface PlaceImporter {
    /** Checks every row; writes only when all rows are valid and this is not a dry run. */
    PlaceImport importCsv(String csv, boolean dryRun);
}
