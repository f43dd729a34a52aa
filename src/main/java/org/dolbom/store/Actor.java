package org.dolbom.store;

/**
 * Who is doing something, for the audit log: the staff member using the app (or the CLI's OS user),
 * and the workstation it happens on.
 */
public record Actor(String name, String workstation) {
}
