/**
 * The evidence module's public api: commands, events, queries and views of the Theory of Change, case studies,
 * reflections, outcome harvesting and learning reviews, and the value types they share. Nothing else of the module
 * may be used from outside.
 */
package org.irrigate.evidence.api;
