package org.emporium.merchandising.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExperimentTest {

    @Test
    void an_experiment_with_fewer_than_two_variants_cannot_start() {
        Experiment experiment = new Experiment("Hero test", 1L);
        experiment.addVariant("A", 1L, 50);

        assertThatThrownBy(experiment::start).hasMessageContaining("merchandising.experiment.variants.tooFew");
        assertThat(experiment.getStatus()).isEqualTo(ExperimentStatus.DRAFT);
    }

    @Test
    void all_weights_zero_cannot_start() {
        Experiment experiment = new Experiment("Hero test", 1L);
        experiment.addVariant("A", 1L, 0);
        experiment.addVariant("B", 2L, 0);

        assertThatThrownBy(experiment::start).hasMessageContaining("merchandising.experiment.weights.zero");
    }

    @Test
    void a_running_experiment_keeps_its_variants_and_can_be_stopped_once() {
        Experiment experiment = new Experiment("Hero test", 1L);
        experiment.addVariant("A", 1L, 50);
        experiment.addVariant("B", 2L, 50);

        experiment.start();

        assertThat(experiment.getStatus()).isEqualTo(ExperimentStatus.RUNNING);
        assertThatThrownBy(() -> experiment.addVariant("C", 3L, 1)).hasMessageContaining("notDraft");
        experiment.stop();
        assertThatThrownBy(experiment::stop).hasMessageContaining("merchandising.experiment.notRunning");
    }

    @Test
    void two_variants_with_the_same_label_are_refused() {
        Experiment experiment = new Experiment("Hero test", 1L);
        experiment.addVariant("A", 1L, 50);
        experiment.addVariant("A", 2L, 50);

        assertThatThrownBy(experiment::checkRules).hasMessageContaining("merchandising.experiment.variant.duplicate");
    }

    @Test
    void rates_are_per_visitor_and_zero_before_anyone_came() {
        Experiment experiment = new Experiment("Hero test", 1L);
        ExperimentVariant variant = experiment.addVariant("A", 1L, 50);

        assertThat(variant.getOrderRate()).isZero();
        assertThat(variant.getAddToCartRate()).isZero();
    }
}
