package org.dolbom.domain;

/** The installation's identity, stamped as origin on every record and bundle. */
public record Office(String code, String name) {
}
