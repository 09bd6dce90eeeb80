package org.emporium.systemtest.catalog;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.emporium.catalog.boundary.Catalog;

/**
 * Runs a piece of a test as a signed-in catalogue manager: the boundaries called inside the given work see
 * that role, while the test method itself stays an anonymous caller who may only read.
 */
@Stateless
@RunAs(Catalog.CATALOG_MANAGER)
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class AsStructureManager {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
