/** The command line: the same launcher as the GUI, for installers, servers and scripts. */
package io.plantdesk.app.cli;
