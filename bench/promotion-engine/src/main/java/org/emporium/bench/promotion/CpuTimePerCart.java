package org.emporium.bench.promotion;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The same carts as {@link PromotionEngineBenchmark}, timed in the pricing thread's own CPU time, which a busy
 * machine disturbs far less than wall-clock time: {@code java -cp target/benchmarks.jar
 * org.emporium.bench.promotion.CpuTimePerCart [narrow|broad] [carts]}.
 */
public final class CpuTimePerCart {

    private CpuTimePerCart() {}

    public static void main(String[] args) {
        PromotionEngineBenchmark bench = new PromotionEngineBenchmark();
        bench.lines = 50;
        bench.campaigns = 200;
        bench.shop = args.length > 0 ? args[0] : "broad";
        int carts = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < carts; i++) {
            bench.priceCart(); // warm up
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < carts; i++) {
            bench.priceCart();
        }
        System.out.printf(
                "%s shop, %d carts: %.2f ms CPU per cart, %.2f ms wall clock per cart%n",
                bench.shop,
                carts,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / carts,
                (System.nanoTime() - wall) / 1e6 / carts);
    }
}
