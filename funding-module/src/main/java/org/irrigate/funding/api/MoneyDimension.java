package org.irrigate.funding.api;

/** The ways money can be added up: see {@link FundingQuery.FindMoney}. */
public enum MoneyDimension {
    FUNDER,
    /** Awarded by award date, scheduled by the year a part starts, paid by payment date. */
    YEAR,
    /** Each of an award's beneficiary places counts the whole award. */
    PLACE,
    /** Exact shares: each schedule part belongs to one recipient. */
    RECIPIENT,
    /** Each organisation on the bid (lead or partner) counts the whole award. */
    PARTNER
}
