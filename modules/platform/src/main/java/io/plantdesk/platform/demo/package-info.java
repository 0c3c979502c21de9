/** The demo plant on the embedded server. */
package io.plantdesk.platform.demo;
