/**
 * The benchmark harness (never timed tests): runs the scenarios feature modules register, and the
 * scenarios that belong to no feature (start-up, the tracker, generating a plant at scale).
 */
package io.plantdesk.bench;
