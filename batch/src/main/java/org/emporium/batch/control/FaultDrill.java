package org.emporium.batch.control;

/**
 * A failure on purpose, for ops to rehearse a restart and for tests to prove one: started with the job
 * parameter {@value #PARAMETER}{@code =n}, a writer fails on the item after the n-th it wrote in this
 * execution. The drill fires once; {@code Jobs.restart} clears the parameter, so the restart runs clean.
 */
public final class FaultDrill {

    public static final String PARAMETER = "failAfterItems";

    private final long limit;
    private long written;

    private FaultDrill(long limit) {
        this.limit = limit;
    }

    /** The drill a job parameter asks for; absent or blank means none. */
    public static FaultDrill after(String failAfterItems) {
        if (failAfterItems == null || failAfterItems.isBlank()) {
            return new FaultDrill(-1);
        }
        try {
            long limit = Long.parseLong(failAfterItems.trim());
            if (limit < 0) {
                throw new NumberFormatException("negative");
            }
            return new FaultDrill(limit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Job parameter " + PARAMETER + " must be a whole number of items, not '" + failAfterItems + "'");
        }
    }

    /** Call before writing each item: fails once the limit is reached, else counts the item. */
    public void beforeItem() {
        if (limit >= 0 && written >= limit) {
            throw new Failure(limit);
        }
        written++;
    }

    /** What the drill throws, named so that nobody mistakes it in the log for a real fault. */
    public static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Failure(long limit) {
            super("Fault drill: failing after " + limit + " items as job parameter " + PARAMETER + " asked");
        }
    }
}
