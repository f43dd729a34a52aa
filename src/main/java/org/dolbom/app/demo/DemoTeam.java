package org.dolbom.app.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The saved ids the case work refers to.
 *
 * @param leader   the team leader, who makes the plan checks
 * @param nurses   the visiting nurses, who take vitals
 * @param services catalogue service ids by code (HW-01 …)
 * @param providers provider ids by name
 */
record DemoTeam(UUID leader, List<UUID> nurses, Map<String, UUID> services, Map<String, UUID> providers) {
}
