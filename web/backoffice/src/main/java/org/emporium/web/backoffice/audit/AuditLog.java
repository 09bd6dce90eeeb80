package org.emporium.web.backoffice.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.emporium.admin.boundary.AuditTrail;
import org.emporium.admin.entity.AuditEntry;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code audit.xhtml}: the audit log, newest first, a page at a time. Request scoped: the table keeps its
 * page in its own state, and audit entries are not meant to sit in a session.
 */
@RequestScoped
@Named
public class AuditLog {

    @Inject
    AuditTrail trail;

    private final Entries entries = new Entries();

    /** The rows of the table, fetched from the audit trail one page at a time. */
    public class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count());
        }

        @Override
        public List<AuditEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.recent(first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    }

    public Entries getEntries() {
        return entries;
    }
}
