/**
 * The maintenance department of the demo plant: its asset tree, meters, PM schedules, parts and a
 * year of work-order history, generated deterministically (a fixed random seed, dates relative to
 * the day the plant is seeded) through the {@code DemoSeed} contribution point.
 */
package io.plantdesk.maintenance.demo;
