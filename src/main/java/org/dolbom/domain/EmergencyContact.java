package org.dolbom.domain;

public record EmergencyContact(String name, String relation, PhoneNumber phone) {
}
