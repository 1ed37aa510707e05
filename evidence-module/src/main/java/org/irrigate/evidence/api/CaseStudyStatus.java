package org.irrigate.evidence.api;

public enum CaseStudyStatus {
    DRAFT, PUBLISHED
}
