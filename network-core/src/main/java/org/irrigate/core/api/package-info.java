/**
 * The shared kernel: typed ids, value types, and network-core's commands, events, queries and views.
 * Every other module may use this package; nothing outside network-core may use its internals.
 */
package org.irrigate.core.api;
