package org.dolbom.domain;

import java.util.UUID;

/** An institution that delivers planned services: a hospital, welfare centre, home-care centre and so on. */
public record Provider(UUID id, String name, ProviderKind kind, PhoneNumber phone) {
}
