/**
 * The funding module's public face: commands, events, queries and views for funding opportunities, bids and their
 * decisions, awards with their schedules and disbursements, and contribution claims. Nothing else of the module may
 * be used from outside.
 */
package org.irrigate.funding.api;
