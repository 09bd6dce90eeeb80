package org.emporium.order.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.order.entity.Region;

/**
 * China's provinces, cities and districts held in memory: reference data that a migration writes and nothing
 * changes afterwards, read many times for every checkout page and order (the lists of the address form, the
 * address's codes for the fee and payment rules). Each node reads the 3,400 rows once, on first use.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegionTree {

    /** All regions, read once: by parent ("" for the provinces) in code order, and by parent and name. */
    record Tree(Map<String, List<Region>> children, Map<String, Region> byName) {

        static Tree of(List<Region> regions) {
            Map<String, List<Region>> children = new HashMap<>();
            Map<String, Region> byName = new HashMap<>();
            for (Region r : regions) {
                String parent = parentKey(r);
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(r);
                byName.putIfAbsent(parent + '/' + r.getName(), r);
            }
            children.replaceAll((parent, list) -> List.copyOf(list));
            return new Tree(Map.copyOf(children), Map.copyOf(byName));
        }

        private static String parentKey(Region r) {
            return r.getDepth() == 1 || r.getParentCode() == null ? "" : r.getParentCode();
        }

        List<Region> under(String parentCode) {
            return children.getOrDefault(parentCode == null ? "" : parentCode, List.of());
        }

        Optional<Region> named(String parentCode, String name) {
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            return Optional.ofNullable(byName.get((parentCode == null ? "" : parentCode) + '/' + name.strip()));
        }
    }

    @PersistenceContext
    EntityManager em;

    private volatile Tree tree;

    private Tree tree() {
        Tree read = tree;
        if (read == null) {
            // Two first readers may both read it; they read the same rows.
            read = Tree.of(em.createQuery("SELECT r FROM Region r ORDER BY r.code", Region.class)
                    .getResultList());
            tree = read;
        }
        return read;
    }

    /** The regions under a parent (the provinces under none), by code. */
    public List<Region> children(String parentCode) {
        return tree().under(parentCode);
    }

    /** The region of that name under the parent (a province under none). */
    public Optional<Region> named(String parentCode, String name) {
        return tree().named(parentCode, name);
    }
}
