/**
 * "As known on" for every page: a record, or every record of a kind, folded from its own event stream as far as it
 * had been recorded by an instant (decision 14).
 */
package org.irrigate.app.knownon;
