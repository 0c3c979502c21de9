/** The sewing floor at scale: the data generator and the floor screen's benchmark (modules/bench runs it). */
package io.plantdesk.sewing.bench;
