package org.dolbom.app.demo;

import java.util.List;

import org.dolbom.domain.Household;

/**
 * A demo household (세대) and the residents living in it, before anything is saved.
 *
 * @param areaIndex which of {@link DemoGenerator#areas()} it lies in
 */
public record DemoHousehold(int areaIndex, Household household, List<DemoResident> members) {

    public DemoHousehold {
        members = List.copyOf(members);
    }
}
