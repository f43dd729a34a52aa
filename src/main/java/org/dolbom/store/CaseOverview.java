package org.dolbom.store;

import java.util.List;

import org.dolbom.domain.Assessment;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;

/**
 * The whole case on one screen: the plan the team works by, the latest assessment, the last visits and the next
 * date for every reason the resident is due.
 *
 * @param currentPlan      {@code null} when there is none
 * @param latestAssessment {@code null} when there is none
 * @param next             most urgent first, however far ahead
 */
public record CaseOverview(SupportPlan currentPlan, Assessment latestAssessment, List<Visit> recentVisits,
                           List<DueItem> next) {
}
