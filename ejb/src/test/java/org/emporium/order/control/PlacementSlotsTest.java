package org.emporium.order.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlacementSlotsTest {

    final ExecutorService buyers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        buyers.shutdownNow();
    }

    static PlacementSlots slots(int slots, int waitSeconds) {
        PlacementSlots placementSlots = new PlacementSlots();
        placementSlots.slots = slots;
        placementSlots.waitSeconds = waitSeconds;
        placementSlots.open();
        return placementSlots;
    }

    @Test
    void no_more_placements_run_at_once_than_there_are_slots_and_the_others_wait_their_turn() throws Exception {
        PlacementSlots slots = slots(2, 10);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Future<?>[] placed = new Future<?>[8];
        for (int i = 0; i < placed.length; i++) {
            placed[i] = buyers.submit(() -> {
                start.await();
                return slots.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return "order";
                });
            });
        }
        start.countDown();
        for (Future<?> order : placed) {
            assertThat(order.get(10, TimeUnit.SECONDS)).isEqualTo("order");
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void a_buyer_who_waits_longer_than_allowed_is_told_to_try_again_and_nothing_runs() throws Exception {
        PlacementSlots slots = slots(1, 0);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Future<String> first = buyers.submit(() -> slots.run(() -> {
            inside.countDown();
            try {
                leave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        inside.await();
        AtomicInteger ran = new AtomicInteger();

        assertThatThrownBy(() -> slots.run(ran::incrementAndGet))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.busy"));
        assertThat(ran).hasValue(0);

        leave.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(slots.run(() -> "after")).as("the slot is free again").isEqualTo("after");
    }
}
