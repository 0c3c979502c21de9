/**
 * Benchmarks (never timed tests): a scale data generator that writes through COPY, and a harness
 * that runs named scenarios as a plant's own login under RLS and prints and saves p50/p95/max.
 */
package io.plantdesk.bench;
