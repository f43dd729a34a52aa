package org.dolbom.exchange;

/** The office that made a bundle: its office code and name. */
public record Origin(String code, String name) {
}
