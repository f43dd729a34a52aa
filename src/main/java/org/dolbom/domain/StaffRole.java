package org.dolbom.domain;

public enum StaffRole {
    TEAM_LEADER, SOCIAL_WORKER, VISITING_NURSE, OTHER
}
