package org.dolbom.exchange.json;

/** One assessed domain: its need level 0–3 and a note. Travels inside its assessment. */
public record AssessmentDomainJson(String domain, Integer needLevel, String note) {
}
