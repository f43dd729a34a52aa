package org.dolbom.domain;

/** What an area is inside the township: a 리 (rural), 통 or 반 (urban), or a planning grid cell. */
public enum AreaKind {
    RI, TONG, BAN, GRID
}
