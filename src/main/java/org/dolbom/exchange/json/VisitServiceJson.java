package org.dolbom.exchange.json;

/** A catalogue service delivered during a visit, counted. Travels inside its visit. */
public record VisitServiceJson(String serviceId, Integer count) {
}
