/**
 * The influence module's public face: commands, events, queries and views as records, and the value types they use.
 * Nothing else of the module may be used from outside (ModuleBoundariesTest).
 */
package org.irrigate.influence.api;
