package org.dolbom.domain;

/** What kind of institution provides a service. */
public enum ProviderKind {
    HOSPITAL, PUBLIC_HEALTH_CENTER, WELFARE_CENTER, HOME_CARE_CENTER, SENIOR_CENTER, TOWNSHIP_OFFICE, OTHER
}
