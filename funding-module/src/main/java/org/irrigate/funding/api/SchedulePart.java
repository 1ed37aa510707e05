package org.irrigate.funding.api;

import java.time.LocalDate;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;

/**
 * One part of an award's schedule: an amount for one recipient, due on a day ({@code from == to}) or spread over a
 * period. The parts of a schedule add up exactly to the award's total.
 *
 * @param key short, stable name of the part within its award ("hubs-2023"), used by disbursements and amendments
 */
public record SchedulePart(String key, String label, OrganisationId recipient, LocalDate from, LocalDate to,
                           Pence amount) {
}
