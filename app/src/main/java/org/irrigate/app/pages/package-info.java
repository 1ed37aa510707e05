/**
 * Server-rendered web pages (Thymeleaf, enhanced with htmx). Pages ask the modules through their api query and
 * command records, exactly as the REST controllers do, so the same rules refuse the same input; what a page adds is
 * turning a refusal into an error next to the field, with what was typed kept.
 */
package org.irrigate.app.pages;
