package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditPage;
import io.github.vncustoms.core.audit.AuditQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Turns entries in sequence order into one page of a query: criteria, the caller's visible units,
 * cursor, offset and limit, the way a database's {@code WHERE ... ORDER BY sequence OFFSET ... LIMIT}
 * would.
 *
 * <p>Stateless and thread-safe.
 */
public final class QueryPager {
    private QueryPager() {}

    /**
     * Collects a page.
     *
     * @param entries the entries, in sequence order
     * @param visibleUnits the units the caller may see
     * @param query the query
     * @return the page
     */
    public static AuditPage page(Iterator<AuditEntry> entries, UnitFilter visibleUnits, AuditQuery query) {
        List<AuditEntry> page = new ArrayList<>(Math.min(query.limit(), 256));
        int skipped = 0;
        while (entries.hasNext()) {
            AuditEntry e = entries.next();
            if (!query.matches(e) || !visibleUnits.test(e.objectUnit())) {
                continue;
            }
            if (skipped < query.offset()) {
                skipped++;
            } else if (page.size() < query.limit()) {
                page.add(e);
            } else {
                return new AuditPage(page, true);
            }
        }
        return new AuditPage(page, false);
    }
}
