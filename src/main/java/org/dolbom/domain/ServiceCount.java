package org.dolbom.domain;

import java.util.UUID;

/** How many times a catalogue service was delivered during one visit. */
public record ServiceCount(UUID serviceId, int count) {
}
