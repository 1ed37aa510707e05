package org.irrigate.evidence.api;

/** How the person a case study is about gave consent for their personal details to be recorded. */
public enum ConsentMethod {
    WRITTEN, VERBAL, ONLINE_FORM
}
