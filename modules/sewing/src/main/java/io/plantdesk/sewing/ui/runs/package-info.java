/** The sewing runs screen: planners and supervisors list, create and edit runs and their cutting. */
package io.plantdesk.sewing.ui.runs;
