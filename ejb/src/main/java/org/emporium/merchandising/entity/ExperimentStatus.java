package org.emporium.merchandising.entity;

/** An experiment is prepared as a draft, splits traffic while running, and keeps its figures once stopped. */
public enum ExperimentStatus {
    DRAFT,
    RUNNING,
    STOPPED
}
